"""Start the app: a QApplication, the main window, the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from cnnviz.engine import LessonConfig

SCREENSHOT_DELAY_MS = 1500


def run_app(images: np.ndarray, label: str, config: LessonConfig, size: int | None = 32,
            screenshot: Path | None = None) -> int:
    """Open the window; with `screenshot`, save a PNG of the screen once it is drawn, then quit."""
    from PySide6 import QtCore, QtWidgets

    from cnnviz.app.window import MainWindow

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("cnnviz")
    app.setOrganizationName("cnnviz")
    window = MainWindow(images, label, config, size=size)
    window.show()
    if screenshot is not None:
        def shoot() -> None:
            window.refresh()
            # On a real X display grab the screen as a user would see it; offscreen, the window.
            real = app.platformName() == "xcb"
            pixmap = window.screen().grabWindow(0) if real else window.grab()
            ok = pixmap.save(str(screenshot))
            if not ok:
                print(f"cnnviz: error: cannot write screenshot {screenshot}", file=sys.stderr)
            window.close()
            app.exit(0 if ok else 2)

        QtCore.QTimer.singleShot(SCREENSHOT_DELAY_MS, shoot)
    return app.exec()
