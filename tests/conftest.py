import os

# Headless by default; the Xvfb smoke test sets its own display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Every test gets its own settings file: no test reads or writes the user's preferences."""
    monkeypatch.setenv("CNNVIZ_SETTINGS", str(tmp_path / "settings" / "cnnviz.ini"))
