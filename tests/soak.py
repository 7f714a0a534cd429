"""Sizes for stress loops: what the README's test run needs to prove, or the soak's full size.

`.ci/run` runs the tests marked `soak` again with CNNVIZ_SOAK=1, at the sizes that once found
rare races (thousands of actions, dozens of windows); the everyday run keeps each loop to the
size that exercises every path several times.
"""

import os


def soak_size(everyday: int, soak: int) -> int:
    return soak if os.environ.get("CNNVIZ_SOAK") == "1" else everyday


SOAK = os.environ.get("CNNVIZ_SOAK") == "1"


def soak_only(reason: str):
    """For a test that only makes sense at its full size: `.ci/run` runs it (CNNVIZ_SOAK=1 -m soak);
    the README's run skips it, saying what covers the feature there."""
    import pytest

    return pytest.mark.skipif(not SOAK, reason=f"soak only (CNNVIZ_SOAK=1): {reason}")
