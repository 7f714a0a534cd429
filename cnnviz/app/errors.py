"""No exception ever reaches Qt's event loop unseen: an error in a slot, a timer or a paint is
shown (a dialog, or the status bar while a dialog is already up) and the app stays usable.

PySide reports an exception raised in Python code called from Qt (slots, timers, overridden
events such as paintEvent) through sys.excepthook and then carries on; install() makes that
hook tell the user in one line instead of printing a traceback to a terminal nobody watches.
Set CNNVIZ_DEBUG=1 to also print the full traceback to stderr.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback

from cnnviz.i18n import translate

MAX_MESSAGE = 300  # characters of an error shown


def one_line(exc: BaseException, limit: int = MAX_MESSAGE) -> str:
    text = " ".join(str(exc).split())
    text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


class ErrorReporter:
    """Shows uncaught exceptions in the app; `errors` keeps the one-line texts shown."""

    def __init__(self):
        self.errors: list[str] = []
        self._dialog = None
        self._previous = None
        self._previous_thread = None

    def install(self) -> "ErrorReporter":
        self._previous, sys.excepthook = sys.excepthook, self.excepthook
        self._previous_thread, threading.excepthook = threading.excepthook, self._thread_hook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous, self._previous_thread
            self._previous = None

    def _thread_hook(self, args) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            from PySide6 import QtWidgets

            app = QtWidgets.QApplication.instance()
            if app is not None:
                app.quit()
            return
        text = one_line(exc)
        self.errors.append(text)
        print(translate("Errors", "cnnviz: internal error: {error}").format(error=text), file=sys.stderr)
        if os.environ.get("CNNVIZ_DEBUG"):
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if threading.current_thread() is threading.main_thread():
            try:
                self._show(text)
            except Exception:  # noqa: BLE001 - reporting must never raise in its turn
                pass

    def _show(self, text: str) -> None:
        from PySide6 import QtCore, QtWidgets

        app = QtWidgets.QApplication.instance()
        if app is None:
            return
        window = app.activeWindow()
        while window is not None and not isinstance(window, QtWidgets.QMainWindow):
            window = window.parentWidget()  # a dialog's main window
        if window is None:
            window = next((w for w in visible_top_levels() if isinstance(w, QtWidgets.QMainWindow)), None)
        message = translate("Errors", "Something went wrong: {error}. The app carries on; if it looks wrong, press R "
                                      "to reset.").format(error=text)
        if self._dialog is not None and self._dialog.isVisible():
            if isinstance(window, QtWidgets.QMainWindow):
                window.statusBar().showMessage(translate("Errors", "error: {error}").format(error=text), 10000)
            return
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, translate("Errors", "cnnviz: internal error"), message,
                                    QtWidgets.QMessageBox.StandardButton.Ok, window)
        box.setWindowModality(QtCore.Qt.WindowModality.NonModal)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self._dialog = box


reporter = ErrorReporter()


def visible_top_levels() -> list:
    """The application's visible top-level widgets (windows, dialogs), listed safely.

    Panels replaced by a theme switch leave reference cycles whose pyqtgraph menus are top-level
    widgets owned by Python: a garbage collection in the middle of walking topLevelWidgets()
    would delete one under the walk (a segfault, seen in CI). Collect first, then walk with the
    collector off."""
    import gc

    from PySide6 import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance()
    if app is None:
        return []
    gc.collect()
    gc.disable()
    try:
        return [w for w in app.topLevelWidgets() if w.isVisible() and w.windowType() != QtCore.Qt.WindowType.Widget]
    finally:
        gc.enable()


def install() -> ErrorReporter:
    """Install the app's exception hooks (once); returns the reporter."""
    if reporter._previous is None:
        reporter.install()
    return reporter
