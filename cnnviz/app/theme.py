"""Colours, colormaps, fonts and number formatting shared by every panel."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

from cnnviz import numbers

# Must be set before any image item exists: arrays are (row, col) like the engine's.
# Lines are drawn as one polyline, not thousands of segments (far faster in software rendering).
pg.setConfigOptions(imageAxisOrder="row-major", antialias=False, segmentedLineMode="off")

GRAY = "gray"
DIVERGING = "diverging"  # stands for the chosen zero-centred colormap (a preference)
DEFAULT_DIVERGING = "CET-D1A"  # blue-white-red, colour-blind friendly, ships with pyqtgraph
_diverging = DEFAULT_DIVERGING


def set_diverging(name: str) -> None:
    """Choose the colormap for signed values; panels built afterwards use it."""
    global _diverging
    pg.colormap.get(name)  # raises for an unknown name
    _diverging = name

# Okabe-Ito (colour-blind safe) plus three extras for the 9 weights; the bias in the text colour.
PARAM_COLORS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#8DD3C7", "#BEBADA", "#E6E6E6")
PARAM_COLORS_ON_WHITE = ("#E69F00", "#3A9AD9", "#009E73", "#B8A200", "#0072B2", "#D55E00", "#CC79A7", "#2A9D8F", "#7B68EE", "#202124")


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str
    panel: str  # card / frame background
    accent: str  # receptive field, highlights
    muted: str
    param_colors: tuple[str, ...] = ()  # the 9 weights' line colours, then the bias's
    # Coloured text (WCAG AA: at least 4.5:1 against background and panel, tests/app/test_contrast.py):
    shared: str = "#56B4E9"  # the shared filter's numbers
    untied: str = "#E69F00"  # the untied layer's numbers
    warning: str = "#FF7F3F"  # the overwrite bug, a wrong answer
    good: str = "#00B386"  # a right answer


DARK = Theme("dark", background="#1e1f22", foreground="#e6e6e6", panel="#2b2d31", accent="#ffd23f", muted="#9aa0a6",
             param_colors=PARAM_COLORS)
LIGHT = Theme("light", background="#ffffff", foreground="#202124", panel="#f1f3f4", accent="#d35400", muted="#5f6368",
              param_colors=PARAM_COLORS_ON_WHITE, shared="#005A8C", untied="#9A5300", warning="#A63F00", good="#00745A")
THEMES = {"dark": DARK, "light": LIGHT}

PARAM_NAMES = [f"w[{r},{c}]" for r in range(3) for c in range(3)] + ["b"]


MAX_CURVE_POINTS = 600


def thin(steps: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """At most MAX_CURVE_POINTS evenly spread points (the first and last kept) for a curve."""
    n = len(steps)
    if n <= MAX_CURVE_POINTS:
        return steps, values
    keep = np.unique(np.linspace(0, n - 1, MAX_CURVE_POINTS).astype(int))
    return steps[keep], values[keep]


def colormap(name: str) -> pg.ColorMap:
    if name == GRAY:
        return pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)])
    return pg.colormap.get(_diverging if name == DIVERGING else name)


def fmt(v: float) -> str:
    """A loss (it spans decades): see cnnviz.numbers.fmt_loss. Map cells use numbers.cells."""
    return numbers.fmt_loss(v)


# Colour levels pyqtgraph can draw: its level span and 255 / span must stay finite. Values beyond
# +-LEVEL_MAX show in the colour bar's end colour (hover still reads their exact value).
LEVEL_MIN, LEVEL_MAX = 1e-300, 1e300


def nice_ceiling(v: float) -> float:
    """The next 1-2-5 step at or above v (for colour-bar limits a class can read), within
    [LEVEL_MIN, LEVEL_MAX]."""
    if math.isnan(v) or v <= 0:
        return 1.0
    v = min(max(v, LEVEL_MIN), LEVEL_MAX)
    exp = math.floor(math.log10(v))
    for m in (1.0, 2.0, 5.0, 10.0):
        if m * 10**exp >= v * (1 - 1e-12):
            return m * 10**exp
    return 10.0 ** (exp + 1)


class StickyLevel:
    """A symmetric colour level +-L that stays put while the data's max |value| is in [L/5, L].

    Keeps colour bars stable from frame to frame; it only jumps (to a 1-2-5 value) when the
    values outgrow it or shrink far below it.
    """

    def __init__(self):
        self.level: float | None = None

    def update(self, values: np.ndarray) -> float:
        if values.size and np.isfinite(values).all():  # the usual case: no copy (a 1024x1024 map: 1 ms)
            peak = max(-float(values.min()), float(values.max()), 0.0)
        else:
            finite = values[np.isfinite(values)]
            peak = float(np.abs(finite).max()) if finite.size else 0.0
        if peak == 0:
            peak = 1e-12
        if self.level is None or peak > self.level or peak < self.level / 5:
            self.level = nice_ceiling(peak)
        return self.level

    def reset(self) -> None:
        self.level = None


def mode_panel_style(key: str, theme: Theme) -> str:
    """The step-through's and the comparison's style sheet: tables, tabs, buttons and check boxes in
    the theme's colours (a style sheet on a parent otherwise leaves them in the platform's white)."""
    bg, fg, panel, muted = theme.background, theme.foreground, theme.panel, theme.muted
    return (f"QFrame#{key} {{ background: {bg}; border: 1px solid {panel}; }}"
            f" QLabel, QCheckBox {{ color: {fg}; background: transparent; }}"
            # A visible box, checked or not (the platform's is drawn in the style sheet's colours: none).
            f" QCheckBox::indicator {{ width: 0.9em; height: 0.9em; border: 2px solid {fg}; border-radius: 2px;"
            f" background: {bg}; }}"
            f" QCheckBox::indicator:checked {{ background: {theme.accent}; border: 2px solid {fg}; }}"
            f" QWidget#page {{ background: {bg}; }}"
            f" QTableWidget {{ background: {bg}; color: {fg}; gridline-color: {panel}; border: 1px solid {panel}; }}"
            f" QHeaderView::section {{ background: {panel}; color: {fg}; border: 0px; padding: 1px 6px; }}"
            f" QTableWidget::item {{ padding: 0px 6px; }}"
            f" QTabWidget::pane {{ border: 1px solid {panel}; background: {bg}; }}"
            f" QTabBar::tab {{ background: {panel}; color: {muted}; padding: 3px 8px; border: 1px solid {panel}; }}"
            f" QTabBar::tab:selected {{ background: {bg}; color: {fg}; }}"
            f" QPushButton {{ background: {panel}; color: {fg}; border: 1px solid {muted}; border-radius: 3px;"
            f" padding: 2px 8px; }}"
            f" QPushButton:checked, QPushButton:pressed {{ background: {muted}; }}"
            f" QComboBox {{ background: {panel}; color: {fg}; border: 1px solid {muted}; padding: 1px 4px; }}"
            f" QComboBox QAbstractItemView {{ background: {panel}; color: {fg}; }}")


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21; text wants at least 4.5)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@functools.lru_cache(maxsize=1024)  # a grid asks for every cell, every frame; a colormap has 256 colours
def text_on(cell: str) -> str:
    """Black or white, whichever reads better on a cell of colour `cell` (never under 4.58:1)."""
    return "#000000" if contrast(cell, "#000000") >= contrast(cell, "#ffffff") else "#ffffff"


def apply_palette(widget, theme: Theme) -> None:
    """Colour the Qt widgets (controls, menus, dialogs) to match the panels."""
    from PySide6 import QtGui

    pal = QtGui.QPalette()
    bg, fg, panel = QtGui.QColor(theme.background), QtGui.QColor(theme.foreground), QtGui.QColor(theme.panel)
    role = QtGui.QPalette.ColorRole
    for r, c in ((role.Window, panel), (role.WindowText, fg), (role.Base, bg), (role.AlternateBase, panel),
                 (role.Text, fg), (role.Button, panel), (role.ButtonText, fg), (role.ToolTipBase, panel),
                 (role.ToolTipText, fg), (role.PlaceholderText, QtGui.QColor(theme.muted)),
                 (role.Highlight, QtGui.QColor("#0072B2")), (role.HighlightedText, QtGui.QColor("#ffffff"))):
        pal.setColor(r, c)
    pal.setColor(QtGui.QPalette.ColorGroup.Disabled, role.Text, QtGui.QColor(theme.muted))
    pal.setColor(QtGui.QPalette.ColorGroup.Disabled, role.ButtonText, QtGui.QColor(theme.muted))
    widget.setPalette(pal)
