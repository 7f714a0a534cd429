"""Start the app: a QApplication, the main window, the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from cnnviz import i18n
from cnnviz.engine import Trainer
from cnnviz.i18n import translate
from cnnviz.safe_write import shown_path

SCREENSHOT_DELAY_MS = 1500


def run_app(trainer: Trainer, label: str, size: int | None = 32, screenshot: Path | None = None,
            lesson_path: Path | None = None, tour=None, note: str = "") -> int:
    """Open the window; with `screenshot`, save a PNG of the screen once it is drawn, then quit."""
    from PySide6 import QtCore, QtWidgets

    from cnnviz.app import errors
    from cnnviz.app.window import MainWindow

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    errors.install()  # an error in a slot, timer or paint: a dialog, and the app carries on
    app.setApplicationName("cnnviz")
    app.setOrganizationName("cnnviz")
    install_language(app)
    window = MainWindow(trainer.images, label, size=size, trainer=trainer)
    window.lesson_path = lesson_path
    window.show()
    if note:  # e.g. the learning rate lowered for this image: said in the window, not only the terminal
        window.statusBar().showMessage(note, 30000)
    if tour is not None:
        window.tour.enter(tour or None)  # "": the default tour, in the language just installed
    if screenshot is not None:
        def shoot() -> None:
            window.refresh()
            # On a real X display grab the screen as a user would see it; offscreen, the window.
            real = app.platformName() == "xcb"
            pixmap = window.screen().grabWindow(0) if real else window.grab()
            ok = pixmap.save(str(screenshot))
            if not ok:
                print(translate("Main", "cnnviz: error: cannot write screenshot {path}").format(path=shown_path(screenshot)),
                      file=sys.stderr)
            window.close()
            app.exit(0 if ok else 2)

        QtCore.QTimer.singleShot(SCREENSHOT_DELAY_MS, shoot)
    return app.exec()


def app_language(preferences=None) -> str:
    """The window's language: --lang (or Lesson(lang=)), else View > Language, else the system's."""
    if i18n.chosen() is not None:
        return i18n.chosen()
    from PySide6 import QtCore

    from cnnviz.app.preferences import Preferences

    chosen = (preferences or Preferences()).language
    return chosen or i18n.system_language(QtCore.QLocale.system().name())


def install_language(app, preferences=None) -> str:
    """Translate the app (its strings and Qt's own dialogs) into its language; returns the code."""
    from cnnviz.i18n import qt

    lang = app_language(preferences)
    qt.install(app, lang)
    return lang
