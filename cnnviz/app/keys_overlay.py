"""The ? overlay: the keys of the mode that is on, over the board, in presenter-size text.

A teacher at a projector (or holding a clicker) sees what each key does right now; ? or Esc
closes it, and so does any other key (which then does its usual job)."""

from __future__ import annotations


from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.i18n import QT_TRANSLATE_NOOP, translate

# The key names stay as they are in every language; what they do is marked for the catalogue and
# translated when the overlay opens.
TRAINING = [("Space", QT_TRANSLATE_NOOP("KeysOverlay", "play / pause training")), ("→", QT_TRANSLATE_NOOP("KeysOverlay", "one update")),
            ("+  −", QT_TRANSLATE_NOOP("KeysOverlay", "faster / slower")), ("R", QT_TRANSLATE_NOOP("KeysOverlay", "reset to the same start")),
            ("Shift+R", QT_TRANSLATE_NOOP("KeysOverlay", "new random start")),
            ("Ctrl+Z", QT_TRANSLATE_NOOP("KeysOverlay", "undo a reset, new start, new image or setting")),
            ("B", QT_TRANSLATE_NOOP("KeysOverlay", "step through backprop")), ("C", QT_TRANSLATE_NOOP("KeysOverlay", "compare shared vs untied")),
            ("T", QT_TRANSLATE_NOOP("KeysOverlay", "guided tour")), ("F11", QT_TRANSLATE_NOOP("KeysOverlay", "presenter mode")),
            ("Ctrl+O", QT_TRANSLATE_NOOP("KeysOverlay", "open an image")),
            ("Tab", QT_TRANSLATE_NOOP("KeysOverlay", "buttons, settings, panels; arrows in a panel read a cell"))]
STEPTHROUGH = [("Space", QT_TRANSLATE_NOOP("KeysOverlay", "play / pause the pass, position by position")),
               ("→  ←", QT_TRANSLATE_NOOP("KeysOverlay", "one step forward / back")),
               ("+  −", QT_TRANSLATE_NOOP("KeysOverlay", "faster / slower (positions per second)")),
               ("Home  End", QT_TRANSLATE_NOOP("KeysOverlay", "start / end of the pass")),
               (QT_TRANSLATE_NOOP("KeysOverlay", "→ at the end"), QT_TRANSLATE_NOOP("KeysOverlay", "apply the update")), ("G", QT_TRANSLATE_NOOP("KeysOverlay", "check the gradient")),
               ("Ctrl+Z", QT_TRANSLATE_NOOP("KeysOverlay", "undo")), ("B  Esc", QT_TRANSLATE_NOOP("KeysOverlay", "back to training"))]
COMPARE = [("Space", QT_TRANSLATE_NOOP("KeysOverlay", "play / pause both layers")), ("→", QT_TRANSLATE_NOOP("KeysOverlay", "one update of each")),
           ("R", QT_TRANSLATE_NOOP("KeysOverlay", "reset both")), ("+  −", QT_TRANSLATE_NOOP("KeysOverlay", "faster / slower")),
           ("C  Esc", QT_TRANSLATE_NOOP("KeysOverlay", "back to the lesson"))]
TOUR = [("PageDown  PageUp", QT_TRANSLATE_NOOP("KeysOverlay", "next / previous chapter")),
        ("→  ←", QT_TRANSLATE_NOOP("KeysOverlay", "one position (step-through chapters), else next / previous chapter")),
        ("Space", QT_TRANSLATE_NOOP("KeysOverlay", "play / pause the chapter's animation (else next chapter)")),
        ("+  −", QT_TRANSLATE_NOOP("KeysOverlay", "faster / slower")), ("Enter", QT_TRANSLATE_NOOP("KeysOverlay", "replay the animation")),
        ("Home  End", QT_TRANSLATE_NOOP("KeysOverlay", "first / last chapter")), ("Esc", QT_TRANSLATE_NOOP("KeysOverlay", "leave the tour"))]


def keys_for(window) -> tuple[str, list[tuple[str, str]]]:
    """(the mode's name, its keys) for what is on now."""
    if window.tour.active:
        return translate("KeysOverlay", "Guided tour"), TOUR
    if window.stepthrough.active:
        return translate("KeysOverlay", "Step-through"), STEPTHROUGH
    if window.compare.active:
        return translate("KeysOverlay", "Shared vs untied"), COMPARE
    return translate("KeysOverlay", "Training"), TRAINING


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
        import html  # (on first use: not needed to open the window)

        w = self.window
        theme = w.theme
        name, keys = keys_for(w)
        rows = "".join(f"<tr><td align='right' style='padding-right:18px'><b>{html.escape(translate('KeysOverlay', k))}</b></td>"
                       f"<td>{html.escape(translate('KeysOverlay', v))}</td></tr>" for k, v in keys)
        title = translate("KeysOverlay", "{mode}: keys").format(mode=name)
        closes = translate("KeysOverlay", "? or Esc closes this")
        self.setText(f"<div style='font-size:large'><b>{html.escape(title)}</b></div><table cellpadding='3'>{rows}"
                     f"</table><div style='color:{theme.muted}'>{html.escape(closes)}</div>")
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
