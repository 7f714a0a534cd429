import os

# Headless by default; the Xvfb smoke test sets its own display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
