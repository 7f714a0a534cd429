"""Sizes for stress loops: what the README's test run needs to prove, or the soak's full size.

`.ci/run` runs the tests marked `soak` again with CNNVIZ_SOAK=1, at the sizes that once found
rare races (thousands of actions, dozens of windows); the everyday run keeps each loop to the
size that exercises every path several times.
"""

import os


def soak_size(everyday: int, soak: int) -> int:
    return soak if os.environ.get("CNNVIZ_SOAK") == "1" else everyday
