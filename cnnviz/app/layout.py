"""How the window fits the screen it is on (issue 18): classrooms project at 1024x768 and
1280x800 as often as at 1920x1080 or 4K.

Three rules:
- the window opens inside the screen's available area (a remembered place only if it still fits);
- in presenter mode every number a class reads is at least 1/40 of the screen's height;
- when the board is short of room for every panel at that size, it shows fewer panels, large:
  the tour chapter's highlighted ones, or the step-through's own, instead of every panel small.

Sizes are counted in text sizes (px), so the same rules hold at any resolution and scaling.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6 import QtCore, QtWidgets

from cnnviz.app import board as bd

NUMBER_FRACTION = 40  # numbers a class must read: at least 1/40 of the screen's height
DEFAULT_SIZE = (1600, 900)
MINIMUM_SIZE = (800, 560)
ROW_LINES = 8.5  # a board row: a title (two lines), a map or grid of about five lines, a footer
COLUMN_EMS = 15.0  # a board column: three cells of "-0.123" and a colour bar with its labels
STEPTHROUGH_LINES = 16.0  # the step-through: counter, buttons, scrubber, tab bar, header, 10 rows
STEPTHROUGH_EMS = 44.0  # and its width: patch, formulas and contribution side by side
COMPARE_ROW = 1.3  # the comparison's rows hold more than a board row: a mosaic, a test's result
LINE = 1.3  # a line of text is about 1.3 times its pixel size

# The panels shown when there is no room for all and no chapter says which (presenter mode while
# training; the step-through beside them: the picture, the map it makes, the buffer it fills).
TRAINING_FOCUS = ("input", "target", "output", "filter", "buffer", "loss")
STEPTHROUGH_FOCUS = ("buffer", "input", "output")
MODE_KEYS = ("stepthrough", "compare")


def base_px() -> float:
    font = QtWidgets.QApplication.font()
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72


def presenter_scale(screen_height: int, preferred: float) -> float:
    """The presenter font scale on a screen screen_height (logical px) tall: the preferred one, or
    more, so that text of the application's size times the scale is screen_height / 40."""
    return max(preferred, screen_height / NUMBER_FRACTION / base_px())


def initial_geometry(available: QtCore.QRect, saved: QtCore.QRect | None = None) -> QtCore.QRect:
    """Where the window opens: the saved place if it lies inside the screen's available area, else
    the default size (at most the available area) centred on it."""
    if saved is not None and saved.isValid() and available.contains(saved):
        return QtCore.QRect(saved)
    width = min(DEFAULT_SIZE[0], available.width())
    height = min(DEFAULT_SIZE[1], available.height())
    rect = QtCore.QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def grid_cells(keys: list[str], width: float, height: float, px: float, top: int = 0):
    """keys in as many columns as gives each panel the most room (in rows and columns of text)."""
    best = None
    for cols in range(1, len(keys) + 1):
        rows = math.ceil(len(keys) / cols)
        room = min(width / cols / (COLUMN_EMS * px), height / rows / (ROW_LINES * LINE * px))
        if best is None or room > best[0] + 1e-9:
            best = (room, cols)
    cols = best[1] if best else 1
    return [(key, top + i // cols, i % cols, 1, 1) for i, key in enumerate(keys)], cols


class Plan(NamedTuple):
    """A board's grid: cells (key, row, col, row span, col span) and the rows' and columns' stretch;
    compact: fewer panels than the full board; narrow: the step-through has less than its width."""
    cells: list
    rows: list
    cols: list
    compact: bool
    narrow: bool = False


def plan(width: float, height: float, px: float, mode: str | None, highlight=(), focus: bool = False) -> Plan:
    """The board's grid for a board width x height with text px tall, in `mode` (None, "stepthrough"
    or "compare"), with the tour chapter's highlighted panel keys; `focus`: a chapter about those
    panels alone shows only them, large, whatever the room."""
    line = LINE * px
    if mode == "compare":  # its own panel, whole; short of room, one of its rows at a time
        roomy = height * 0.36 >= COMPARE_ROW * ROW_LINES * line and width >= 5 * COLUMN_EMS * px
        return Plan([("compare", 0, 0, 1, 1)], [1], [1], not roomy)
    chosen = [k for k in highlight if k not in MODE_KEYS]
    order = [c[0] for c in bd.WINDOW_GRID]
    if mode == "stepthrough":
        step_h = STEPTHROUGH_LINES * line
        if height >= step_h + 2 * ROW_LINES * line and width >= 4 * COLUMN_EMS * px:
            cells = [c for c in bd.WINDOW_GRID if c[0] not in ("loss", "trajectory")]
            return Plan(cells + [("stepthrough", 2, 0, 1, 4)], [3, 3, 5], [1] * 4, False)
        extras = list(dict.fromkeys(chosen or STEPTHROUGH_FOCUS))
        room = height - step_h
        if room >= ROW_LINES * line:  # a row of them above the step-through
            extras = sorted(extras[:max(1, min(3, int(width // (COLUMN_EMS * px))))], key=order.index)
            cells = [(k, 0, i, 1, 1) for i, k in enumerate(extras)]
            return Plan(cells + [("stepthrough", 1, 0, 1, len(extras))], [int(room), int(step_h)],
                        [1] * len(extras), True)
        side = width - STEPTHROUGH_EMS * px
        if side >= COLUMN_EMS * px or chosen:
            # A column of them beside it (a wide screen; or the panels the chapter is about, with
            # the step-through narrower: its patch grid goes, the formulas say what it holds).
            extras = extras[:max(1, min(2, int(height // (ROW_LINES * line))))]
            side = min(max(side, COLUMN_EMS * px), width * 0.4)
            cells = [(k, i, 1, 1, 1) for i, k in enumerate(extras)]
            return Plan([("stepthrough", 0, 0, len(extras), 1)] + cells, [1] * len(extras),
                        [int(width - side), int(side)], True, narrow=width - side < STEPTHROUGH_EMS * px)
        return Plan([("stepthrough", 0, 0, 1, 1)], [1], [1], True)
    roomy = height * min(bd.ROW_STRETCH) / sum(bd.ROW_STRETCH) >= ROW_LINES * line and width >= 4 * COLUMN_EMS * px
    if roomy and not (focus and chosen):
        return Plan(list(bd.WINDOW_GRID), list(bd.ROW_STRETCH), [1] * 4, False)
    keys = list(dict.fromkeys(chosen)) or list(TRAINING_FOCUS)
    cells, cols = grid_cells(keys, width, height, px)
    rows = max(c[1] for c in cells) + 1
    return Plan(cells, [1] * rows, [1] * cols, True)


class ScreenFit(QtCore.QObject):
    """Keeps the window's board laid out for its size: on every resize, mode, chapter or presenter
    change (window.fit.apply())."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.compact = False
        self._plan = None
        self._applying = False
        window.installEventFilter(self)

    def place_window(self, remember: bool = True) -> None:
        """Open inside the screen's available area, at the remembered place if it still fits."""
        w = self.window
        available = w.screen().availableGeometry()
        w.setMinimumSize(min(MINIMUM_SIZE[0], available.width()), min(MINIMUM_SIZE[1], available.height()))
        saved = None
        geometry = w.prefs.geometry()
        if geometry is not None and remember:
            probe = QtWidgets.QWidget()
            if probe.restoreGeometry(geometry):
                saved = probe.geometry()
            probe.deleteLater()
        rect = initial_geometry(available, saved)
        w.resize(rect.size())
        w.move(rect.topLeft())
        self._placed_size = rect.size()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QtCore.QEvent.Type.Resize and obj is self.window:
            self.apply()
        elif event.type() == QtCore.QEvent.Type.Show and obj is self.window and not self._placed:
            self._placed = True
            for ms in (0, 250, 1000):  # once the window manager has framed it (it may take a moment)
                QtCore.QTimer.singleShot(ms, self, self.keep_inside)  # dropped if the window goes first
        return False

    _placed = False
    _placed_size = QtCore.QSize()

    def keep_inside(self) -> None:
        """The window's frame (title bar and borders included) inside the screen's available area:
        the size placed was the window's own, before the window manager framed it."""
        w = self.window
        if w.isFullScreen() or w.isMaximized() or w.size() != self._placed_size:
            return  # full screen, or resized since it opened (by the user, F11, a test): leave it
        available = w.screen().availableGeometry()
        frame, inner = w.frameGeometry(), w.geometry()
        if available.contains(frame):
            return
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        w.resize(min(inner.width(), available.width() - extra_w), min(inner.height(), available.height() - extra_h))
        self._placed_size = w.size()
        frame = w.frameGeometry()
        w.move(max(available.left(), min(frame.left(), available.right() + 1 - frame.width())),
               max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height())))

    def room(self) -> tuple[int, int]:
        """The board's room: the window less what is above, beside and below the board. Counted from
        the window, never from the board's own size (which the arrangement itself changes)."""
        w = self.window
        margins = 12  # the central widget's
        width, height = w.width() - margins, w.height() - margins
        if w.controls_area.isVisibleTo(w):
            width -= w.controls_area.width() + 6
        for bar in (w.menuBar(), w.statusBar()):
            if bar.isVisibleTo(w):
                height -= bar.sizeHint().height()
        for strip in (w.presenter.bar, w.tour.caption):
            if strip.isVisibleTo(w):
                strip_layout = strip.layout()
                hfw = strip_layout.heightForWidth(width) if strip_layout.hasHeightForWidth() else -1
                height -= max(hfw, strip_layout.sizeHint().height()) + 6
        return max(width, 1), max(height, 1)

    def text_px(self) -> float:
        return base_px() * self.window.font_scale

    def apply(self) -> None:
        """Presenter text for the screen's height, then the board's panels for the room left."""
        w = self.window
        if self._applying or not hasattr(w, "presenter") or not hasattr(w, "tour"):
            return  # still being built, or a resize caused by the arrangement itself
        self._applying = True
        try:
            self._apply()
        finally:
            self._applying = False

    def _apply(self) -> None:
        w = self.window
        if w.presenter.active:
            scale = presenter_scale(w.height(), w.presenter.preferred)
            if abs(scale - w.font_scale) > 0.01:
                w.presenter.scale = scale
                w.apply_font_scale(scale)
                w.presenter.scale_bar(scale)
            w.presenter.fit_bar()
        mode = "stepthrough" if w.stepthrough.active else "compare" if w.compare.active else None
        highlight = w.tour.chapter.highlight if w.tour.active else ()
        focus = w.tour.active and w.tour.chapter.focus
        board = w.board
        width, height = self.room()
        p = plan(width, height, self.text_px(), mode, highlight, focus)
        self.compact = p.compact
        # The modes' panels are built on first use: one not built yet is neither laid out nor made
        # here (entering its mode builds it, and that entry lays the board out again).
        placed = {cell[0] for cell in p.cells}
        if w.stepthrough.panel_built or "stepthrough" in placed:
            w.stepthrough.panel.set_compact(p.compact, p.narrow)
        if w.compare.panel_built or "compare" in placed:
            w.compare.panel.set_compact(p.compact and mode == "compare")
        new = (p, id(board), w.stepthrough.panel_built, w.compare.panel_built)
        if new == self._plan:
            return
        self._plan = new
        widgets = dict(w.panels)
        for key, m in (("stepthrough", w.stepthrough), ("compare", w.compare)):
            if m.panel_built or key in placed:
                widgets[key] = m.panel
        bd.arrange(board, widgets, p.cells, p.rows, p.cols)
