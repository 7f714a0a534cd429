"""Presenter mode (F11): full screen, every text scaled up, only play, step, speed and a big counter.

It is orthogonal to the board modes: the step-through, the comparison and the tour work in it.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app.layout import presenter_scale
from cnnviz.app.modes import Mode
from cnnviz.i18n import grouped, translate


class PresenterMode(Mode):
    def __init__(self, window):
        super().__init__(window)
        self._on = False
        self.scale = window.prefs.presenter_font_scale
        self.bar = bar = QtWidgets.QWidget()
        layout = QtWidgets.QHBoxLayout(bar)
        layout.setContentsMargins(12, 4, 12, 4)
        self.play = QtWidgets.QPushButton(self._play_text(False, False))
        self.step = QtWidgets.QPushButton(self._step_text(False))
        self.slower = QtWidgets.QPushButton("−")
        self.speed = QtWidgets.QLabel()
        self.faster = QtWidgets.QPushButton("+")
        self.slower.setToolTip(translate("PresenterMode", "Slower (−)"))
        self.faster.setToolTip(translate("PresenterMode", "Faster (+)"))
        self.counter = QtWidgets.QLabel()
        self.buttons = (self.play, self.step, self.slower, self.faster)
        for w in self.buttons:
            w.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.play.clicked.connect(lambda: window.command("play"))
        self.step.clicked.connect(lambda: window.command("forward"))
        self.slower.clicked.connect(lambda: window.pace.change(-1))
        self.faster.clicked.connect(lambda: window.pace.change(+1))
        for w in (self.play, self.step, self.slower, self.speed, self.faster):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.counter)
        self.hint = QtWidgets.QLabel(translate("PresenterMode", "F11 leaves presenter mode"))
        layout.addWidget(self.hint)
        bar.setVisible(False)

    @property
    def active(self) -> bool:
        return self._on

    def toggle(self) -> None:
        self.leave() if self._on else self.enter()

    @property
    def preferred(self) -> float:
        """The user's presenter font scale: the least it is (the screen may ask for more, layout.py)."""
        return self.window.prefs.presenter_font_scale

    def enter(self) -> bool:
        screen = self.window.screen().geometry().height()  # full screen: the window is this tall
        self.scale = presenter_scale(screen, self.preferred)
        self._set(True)
        return True

    def leave(self) -> None:
        self._set(False)

    def _set(self, on: bool) -> None:
        w = self.window
        self._on = on
        w.presenter_action.setChecked(on)
        w.controls_area.setVisible(not on)
        w.menuBar().setVisible(not on)
        w.statusBar().setVisible(not on)
        self.bar.setVisible(on)
        w.apply_font_scale(self.scale if on else 1.0)
        if getattr(w, "check_dialog", None) is not None:  # a dialog open before F11 grows too
            w.check_dialog.set_font_scale(self.scale if on else 1.0)
        self.scale_bar(self.scale if on else 1.0)
        w.showFullScreen() if on else w.showNormal()
        w.fit.apply()
        w.redraw()

    def scale_bar(self, scale: float) -> None:
        base = QtWidgets.QApplication.font().pointSizeF()
        big = QtGui.QFont()
        big.setPointSizeF(base * scale * 1.6)
        big.setBold(True)
        self.counter.setFont(big)
        normal = QtGui.QFont()
        normal.setPointSizeF(base * scale)
        for w in self.buttons + (self.speed, self.hint):
            w.setFont(normal)

    def show_playing(self, playing: bool) -> None:
        self._playing = playing
        self.play.setText(self._play_text(playing, self._short))

    def show_counter(self, text: str) -> None:
        if self._on:
            self.counter.setText(text)

    @staticmethod
    def widest_counters() -> tuple[str, ...]:
        """The longest the counter says, in the language in use (German and Chinese differ in length)."""
        numbers = dict(step=grouped(88_888), loss="0.000", shared="0.000", untied="0.000")
        return (translate("Window", "step {step}   loss {loss}").format(**numbers),
                translate("CompareMode", "step {step}   shared {shared}   untied {untied}").format(**numbers))

    def fit_bar(self) -> None:
        """Short of room (a 1024-wide projector): first the hint goes, then the keys in the button
        names (the ? overlay lists them), then the counter shrinks towards the text size (never below
        it: still 1/40 of the screen). Measured from the widgets' sizes, never by showing to try."""
        layout = self.bar.layout()
        margins = layout.contentsMargins()
        room = self.window.width() - 12 - margins.left() - margins.right()
        base = QtWidgets.QApplication.font().pointSizeF() * self.scale
        for hint, short, factor in ((True, False, 1.6), (False, False, 1.6), (False, True, 1.6),
                                    (False, True, 1.3), (False, True, 1.0)):
            self.play.setText(self._play_text(self._playing, short))
            self.step.setText(self._step_text(short))
            font = self.counter.font()
            font.setPointSizeF(base * factor)
            self.counter.setFont(font)
            counter = max(QtGui.QFontMetrics(font).horizontalAdvance(t) for t in (*self.widest_counters(), self.counter.text()))
            widgets = [w for w in (self.play, self.step, self.slower, self.speed, self.faster) + ((self.hint,) if hint else ())]
            needed = sum(w.sizeHint().width() + layout.spacing() for w in widgets) + counter + layout.spacing()
            if needed <= room:
                break
        self._short = short
        self.hint.setVisible(hint)

    _playing = False
    _short = False

    @staticmethod
    def _play_text(playing: bool, short: bool) -> str:
        text = translate("Controls", "❚❚ Pause") if playing else translate("Controls", "▶ Play")
        return text if short else translate("PresenterMode", "{button} (Space)").format(button=text)

    @staticmethod
    def _step_text(short: bool) -> str:
        text = translate("Controls", "Step ▸")
        return text if short else translate("PresenterMode", "{button} (→)").format(button=text)
