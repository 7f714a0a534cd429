"""The guided tour's caption bar: a chapter's title and sentences above the live board. Widgets only."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app import theme as th
from cnnviz.i18n import translate


class CaptionBar(QtWidgets.QFrame):
    key = "caption"

    def __init__(self, theme: th.Theme = th.DARK, parent=None):
        super().__init__(parent)
        self.setObjectName(self.key)
        layout = QtWidgets.QGridLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setHorizontalSpacing(16)
        self.title = QtWidgets.QLabel()
        self.title.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # a script's <img src=file:…> stays text
        self.title.setWordWrap(True)  # a long title on a projector's narrow screen: two lines, not cut
        self.title.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.text = QtWidgets.QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.counter = QtWidgets.QLabel()
        self.prev = QtWidgets.QPushButton("◀")
        self.next = QtWidgets.QPushButton("▶")
        self.replay = QtWidgets.QPushButton(translate("CaptionBar", "↻ Replay (Enter)"))
        self.exit = QtWidgets.QPushButton(translate("CaptionBar", "Leave tour (Esc)"))
        self.prev.setToolTip(translate("CaptionBar", "Previous chapter (PageUp, ←)"))
        self.next.setToolTip(translate("CaptionBar", "Next chapter (PageDown, →, Space)"))
        self.buttons = (self.prev, self.next, self.replay, self.exit)
        for b in self.buttons:
            b.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        nav = QtWidgets.QHBoxLayout()
        for w in (self.replay, self.prev, self.counter, self.next, self.exit):
            nav.addWidget(w)
        layout.addWidget(self.title, 0, 0)
        layout.addLayout(nav, 0, 1, QtCore.Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.text, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.apply_theme(theme)
        self.set_font_scale(1.0)

    def apply_theme(self, theme: th.Theme) -> None:
        self.setStyleSheet(f"QFrame#{self.key} {{ background: {theme.panel}; border-left: 6px solid {theme.accent}; }}"
                           f" QLabel {{ color: {theme.foreground}; background: transparent; }}"
                           # The style sheet above would leave the buttons in the platform's white.
                           f" QPushButton {{ background: {theme.background}; color: {theme.foreground};"
                           f" border: 1px solid {theme.muted}; border-radius: 3px; padding: 2px 10px; }}"
                           f" QPushButton:disabled {{ color: {theme.muted}; border-color: {theme.panel}; }}")

    def set_font_scale(self, scale: float) -> None:
        """Large enough for a room even outside presenter mode; presenter mode scales it further."""
        base = QtWidgets.QApplication.font().pointSizeF()
        title = QtGui.QFont()
        # Presenter mode's scale already makes text a room can read: the caption then grows less.
        title.setPointSizeF(base * max(1.7, 1.3 * scale))
        title.setBold(True)
        self.title.setFont(title)
        text = QtGui.QFont()
        text.setPointSizeF(base * max(1.3, scale))
        for w in (self.text, self.counter) + self.buttons:
            w.setFont(text)

    interactive = True  # False on exported slides: no buttons, only the words and the counter

    def set_interactive(self, on: bool) -> None:
        self.interactive = on
        for b in self.buttons:
            b.setVisible(on)

    def show_chapter(self, title: str, text: str, number: int, total: int, animated: bool) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.counter.setText(f"{number} / {total}")
        self.prev.setEnabled(number > 1)
        self.next.setEnabled(number < total)
        self.replay.setVisible(animated and self.interactive)
