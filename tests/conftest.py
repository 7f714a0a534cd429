import os

# Headless by default; the Xvfb smoke test sets its own display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite reads English text whatever the machine's locale (tests/test_i18n.py sets others).
os.environ["CNNVIZ_LANG"] = "en"


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Every test gets its own settings file: no test reads or writes the user's preferences."""
    monkeypatch.setenv("CNNVIZ_SETTINGS", str(tmp_path / "settings" / "cnnviz.ini"))


@pytest.fixture(autouse=True)
def english_again():
    """A test that chose a language (--lang, Lesson(lang=), qt.install) leaves English behind."""
    yield
    import sys

    i18n = sys.modules.get("cnnviz.i18n")
    if i18n is not None and (i18n.chosen() is not None or i18n._qt_translate is not None):
        if "cnnviz.i18n.qt" in sys.modules:
            sys.modules["cnnviz.i18n.qt"].uninstall()
        i18n.set_language(None)
