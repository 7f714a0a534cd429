"""Modes of the window (step-through, comparison, presenter, tour) share one shape.

A mode enters and leaves, owns its panel and answers the keys it knows while it is on. The
window only wires them: a key becomes a command name ("play", "forward", "back", ...), the
modes that are on are asked first (the tour, then the board mode), and what none of them
handles falls to the window's default (training).
"""

from __future__ import annotations

from typing import Callable

from PySide6 import QtCore

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
            self._panel = self.build_panel()
        return self._panel

    @property
    def panel_built(self) -> bool:
        return self._panel is not None

    def build_panel(self):
        """Build, wire and place the mode's panel (called once, by the first use of `panel`)."""
        raise NotImplementedError

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
