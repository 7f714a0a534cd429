"""Slow work off the GUI thread: a Python thread does it, a GUI timer waits for it, a progress
dialog offers Cancel. The window keeps painting meanwhile (NumPy and Pillow release the GIL).

Cancel cannot stop the thread: its result is simply dropped when it arrives.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6 import QtCore, QtWidgets

from cnnviz.i18n import translate

POLL_MS = 20
SHOW_AFTER_MS = 300  # quick jobs finish before a dialog would flash up


class BackgroundJob(QtCore.QObject):
    """Run work() on a thread; then done(result) or failed(exception) on the GUI thread."""

    threads: set[threading.Thread] = set()  # still running (cancelled ones too): joined on exit

    def __init__(self, parent: QtWidgets.QWidget, label: str, work: Callable[[], Any],
                 done: Callable[[Any], None], failed: Callable[[BaseException], None] | None = None,
                 cancelled: Callable[[], None] | None = None):
        """`cancelled`: called when the user cancels; without it the dialog has no Cancel button."""
        super().__init__(parent)
        self._work, self._done, self._failed, self._cancelled = work, done, failed, cancelled
        self._result: tuple[bool, Any] | None = None
        self.cancelled = False
        self._finished = False
        cancel = translate("Background", "Cancel") if cancelled else ""
        self.dialog = QtWidgets.QProgressDialog(label, cancel, 0, 0, parent)  # 0..0: busy
        if cancelled is None:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.canceled.connect(self._user_cancelled)
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._thread = threading.Thread(target=self._run, name="cnnviz-background", daemon=True)
        BackgroundJob.threads.add(self._thread)
        self._thread.start()
        self._timer.start()

    def _run(self) -> None:
        try:
            self._result = (True, self._work())
        except BaseException as e:  # handed to the GUI thread, never lost in the thread
            self._result = (False, e)
        finally:
            BackgroundJob.threads.discard(threading.current_thread())

    @classmethod
    def join_all(cls, timeout: float = 5.0) -> None:
        """Wait for every job's thread (also cancelled ones): the interpreter must not exit under them."""
        for thread in list(cls.threads):
            thread.join(timeout)

    def cancel(self) -> None:
        """Drop the result (the thread runs on, unheard); the user's Cancel also calls `cancelled`."""
        if self._finished:
            return
        self.cancelled = True
        self._finish()

    def _user_cancelled(self) -> None:
        self.cancel()
        if self._cancelled is not None:
            self._cancelled()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the work is done (tests, exports and closing the window)."""
        self._thread.join(timeout)
        self._poll()

    def _poll(self) -> None:
        if self._result is None or self._finished:
            return
        ok, value = self._result
        self._finish()
        if ok:
            self._done(value)
        elif self._failed is not None:
            self._failed(value)
        else:
            raise value

    def _finish(self) -> None:
        self._finished = True
        self._timer.stop()
        self.dialog.canceled.disconnect(self._user_cancelled)
        self.dialog.reset()
        self.dialog.hide()
        self.deleteLater()
