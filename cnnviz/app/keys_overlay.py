"""The ? overlay: the keys of the mode that is on, over the board, in presenter-size text.

A teacher at a projector (or holding a clicker) sees what each key does right now; ? or Esc
closes it, and so does any other key (which then does its usual job)."""

from __future__ import annotations

import html

from PySide6 import QtCore, QtGui, QtWidgets

TRAINING = [("Space", "play / pause training"), ("→", "one update"), ("+  −", "faster / slower"),
            ("R", "reset to the same start"), ("Shift+R", "new random start"),
            ("Ctrl+Z", "undo a reset, new start, new image or setting"), ("B", "step through backprop"),
            ("C", "compare shared vs untied"), ("T", "guided tour"), ("F11", "presenter mode"),
            ("Ctrl+O", "open an image")]
STEPTHROUGH = [("Space", "play / pause the pass, position by position"), ("→  ←", "one step forward / back"),
               ("+  −", "faster / slower (positions per second)"), ("Home  End", "start / end of the pass"),
               ("→ at the end", "apply the update"), ("G", "check the gradient"), ("Ctrl+Z", "undo"),
               ("B  Esc", "back to training")]
COMPARE = [("Space", "play / pause both layers"), ("→", "one update of each"), ("R", "reset both"),
           ("+  −", "faster / slower"), ("C  Esc", "back to the lesson")]
TOUR = [("PageDown  PageUp", "next / previous chapter"), ("→  ←", "one position (step-through chapters), "
        "else next / previous chapter"), ("Space", "play / pause the chapter's animation (else next chapter)"),
        ("+  −", "faster / slower"), ("Enter", "replay the animation"), ("Home  End", "first / last chapter"),
        ("Esc", "leave the tour")]


def keys_for(window) -> tuple[str, list[tuple[str, str]]]:
    """(the mode's name, its keys) for what is on now."""
    if window.tour.active:
        return "Guided tour", TOUR
    if window.stepthrough.active:
        return "Step-through", STEPTHROUGH
    if window.compare.active:
        return "Shared vs untied", COMPARE
    return "Training", TRAINING


class KeysOverlay(QtWidgets.QLabel):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.setVisible(False)

    def toggle(self) -> None:
        self.hide() if self.isVisible() else self.open()

    def hideEvent(self, event) -> None:
        QtWidgets.QApplication.instance().removeEventFilter(self)  # only while shown: it sees every event
        super().hideEvent(event)

    def open(self) -> None:
        w = self.window
        theme = w.theme
        name, keys = keys_for(w)
        rows = "".join(f"<tr><td align='right' style='padding-right:18px'><b>{html.escape(k)}</b></td>"
                       f"<td>{html.escape(v)}</td></tr>" for k, v in keys)
        self.setText(f"<div style='font-size:large'><b>{name}: keys</b></div><table cellpadding='3'>{rows}</table>"
                     f"<div style='color:{theme.muted}'>? or Esc closes this</div>")
        font = QtGui.QFont()
        font.setPointSizeF(QtWidgets.QApplication.font().pointSizeF() * max(1.3, w.font_scale))
        self.setFont(font)  # presenter mode: as large as the board's numbers, at least
        self.setStyleSheet(f"QLabel {{ background: {theme.panel}; color: {theme.foreground};"
                           f" border: 4px solid {theme.accent}; border-radius: 8px; padding: 18px; }}")
        self.adjustSize()
        size = self.sizeHint().boundedTo(w.size())
        self.resize(size)
        self.move((w.width() - size.width()) // 2, (w.height() - size.height()) // 2)
        self.raise_()
        self.show()
        QtWidgets.QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if self.isVisible() and event.type() == QtCore.QEvent.Type.ShortcutOverride:
            if event.key() == QtCore.Qt.Key.Key_Escape:
                self.hide()  # Esc closes the overlay, not the tour or the mode under it
                event.accept()
                return True
            if event.text() != "?":
                self.hide()  # any other key does its job, and the overlay goes
        return False
