"""Modes of the window (step-through, comparison, presenter, tour) share one shape.

A mode enters and leaves, owns its panel and answers the keys it knows while it is on. The
window only wires them: a key becomes a command name ("play", "forward", "back", ...), the
modes that are on are asked first (the tour, then the board mode), and what none of them
handles falls to the window's default (training).
"""

from __future__ import annotations

from typing import Callable

from PySide6 import QtCore, QtWidgets

# Keys and the commands they send. Clickers send PageDown/PageUp (or Right/Left, or Space).
KEYS = {
    "Space": "play", "Right": "forward", "Left": "back", "Home": "home", "End": "end",
    "PgDown": "next", "PgUp": "prev", "Esc": "leave", "R": "reset", "G": "check",
    "+": "faster", "=": "faster", "-": "slower", "Return": "replay", "Enter": "replay",
}


class Mode(QtCore.QObject):
    """One way of using the window. Subclasses implement enter/leave and list their commands."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._panel = None

    @property
    def panel(self):
        """The mode's panel, built on first use: most sessions open few modes, and the window opens
        sooner without panels nobody has asked for yet."""
        if self._panel is None:
            panel = self.build_panel()
            self.put_on_board(panel)
            if self.window.font_scale != 1.0:  # presenter mode was on before the panel existed
                panel.set_font_scale(self.window.font_scale)
            self._panel = panel
        return self._panel

    @property
    def panel_built(self) -> bool:
        return self._panel is not None

    def build_panel(self):
        """Build and wire the mode's panel (called once, by the first use of `panel`, which then puts
        it on the board in its reserved cell)."""
        raise NotImplementedError

    def reserve_cell(self, board: QtWidgets.QWidget, *cell: int) -> None:
        """Keep the panel's cell (row, col, rows, cols) of the board's grid for it, with a hidden
        stand-in until it is built: a grid lays out differently with an item there, hidden or not,
        and the board must not shift when the panel arrives."""
        self._board = board
        self._stand_in = QtWidgets.QWidget()
        self._stand_in.setVisible(False)
        board.layout().addWidget(self._stand_in, *cell)

    def put_on_board(self, panel: QtWidgets.QWidget) -> None:
        """The built panel (hidden until the mode is on) takes its stand-in's place."""
        panel.setVisible(False)
        self._board.layout().replaceWidget(self._stand_in, panel)
        self._stand_in.deleteLater()

    def build_panel_after_first_paint(self) -> None:
        """Build the panel as soon as the window has painted: the window does not wait for it to
        open, and entering the mode does not wait for it either. The window's own events only, not
        the application's: a filter on every event costs the opening window some 5,000 calls."""
        self.window.installEventFilter(self)  # until that first paint (the window paints first)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint and obj is self.window:
            self.window.removeEventFilter(self)
            # Posted now, run once this paint is done (and cancelled if the mode is deleted first).
            QtCore.QTimer.singleShot(0, self, lambda: self.panel)
        return False

    @property
    def active(self) -> bool:
        raise NotImplementedError

    def enter(self) -> bool:
        """Switch the mode on; False (nothing changed) if it cannot start now."""
        raise NotImplementedError

    def leave(self) -> None:
        raise NotImplementedError

    def show(self, on: bool) -> None:
        """Show or hide what the mode owns on the board (called after enter / leave)."""

    def resync(self) -> None:
        """The lesson changed under the mode (settings, image, weights): follow it."""

    def draw(self) -> None:
        """Draw the mode's state (called with each frame the window draws)."""

    def commands(self) -> dict[str, Callable[[], object]]:
        """The commands this mode handles while it is on."""
        return {}

    def command(self, name: str) -> bool:
        """Run `name` if this mode is on and handles it; False lets the next in line have it."""
        handler = self.commands().get(name) if self.active else None
        if handler is None:
            return False
        handler()
        return True
