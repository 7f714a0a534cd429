"""Everyone can use it: every control and panel named and described for a screen reader, a
logical tab order through the settings, and a keyboard cell in the grid and map panels that shows
what the mouse's hover shows (the value, the input's receptive field, the weight's pixels).

Panel descriptions are made from what each panel shows ("Gradient buffer: 3 by 3, largest 604.1
at row 2, column 2; ∂L/∂b = 12.5"), a few times a second and only when the snapshot changed (a
Describer timer), so training at full speed pays almost nothing for them.
Rows and columns are counted from 0, as the panels' hover and the weights' names w[r,c] do.
"""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.app.panels.base import GridPanel, MapPanel
from cnnviz.i18n import translate

DESCRIBE_MS = 250  # descriptions follow training at 4 Hz: a screen reader reads slower than that
CELL_KEYS = {QtCore.Qt.Key.Key_Left: (0, -1), QtCore.Qt.Key.Key_Right: (0, 1),
             QtCore.Qt.Key.Key_Up: (-1, 0), QtCore.Qt.Key.Key_Down: (1, 0)}


def panel_names() -> dict[str, str]:
    """The short name a screen reader says for each board panel (the title says the rest)."""
    return {
        "input": translate("Accessibility", "Input image"),
        "target": translate("Accessibility", "Target map"),
        "output": translate("Accessibility", "Output map"),
        "error": translate("Accessibility", "Error map"),
        "filter": translate("Accessibility", "Filter"),
        "buffer": translate("Accessibility", "Gradient buffer"),
        "input_grad": translate("Accessibility", "Input gradient"),
        "params": translate("Accessibility", "Parameter count"),
        "loss": translate("Accessibility", "Loss curve"),
        "trajectory": translate("Accessibility", "Weights over steps"),
        "untied_grads": translate("Accessibility", "Untied gradients"),  # step-through's Untied tab
        "tile_sum": translate("Accessibility", "Sum of the tiles"),
    }


# The symbol a grid's cell is named by: w[1,2] in the filter, ∂L/∂w[1,2] in the buffer (formulas
# stay as they are in every language).
CELL_SYMBOL = {"filter": "w", "compare_filter": "w", "buffer": "∂L/∂w", "check_buffer": "∂L/∂w"}


def plain(html: str) -> str:
    """The text of a rich-text label, as a screen reader should read it."""
    return QtGui.QTextDocumentFragment.fromHtml(html).toPlainText().strip() if html.strip() else ""


def largest(values: np.ndarray, rgb: bool = False) -> tuple[int, ...]:
    """Index of the entry of largest magnitude (an RGB map (H, W, 3): of its brightest channel)."""
    magnitude = np.nan_to_num(np.abs(values), nan=0.0, posinf=np.finfo(float).max)
    if rgb:
        magnitude = magnitude.max(axis=-1)
    return tuple(int(i) for i in np.unravel_index(int(np.argmax(magnitude)), magnitude.shape))


# ---- what each panel says ---------------------------------------------------------------------------
def describe_grid(panel: GridPanel, name: str) -> str:
    """'Gradient buffer: 3 by 3, largest 604.1 at row 2, column 2; ∂L/∂b = 12.5' (a colour filter:
    '3 channels of 3 by 3, largest ... at G, row 1, column 0'), numbers as the cells write them."""
    values, k = panel.values, panel.k
    where = largest(values)
    value = panel.format(float(values[where])) if hasattr(panel, "format") else f"{float(values[where]):g}"
    if panel.channels > 1:
        channel = "RGB"[where[0]] if panel.channels == 3 else str(where[0])
        text = translate("Accessibility", "{name}: {channels} channels of {k} by {k}, largest {value} at {channel}, "
                                          "row {row}, column {col}").format(
            name=name, channels=panel.channels, k=k, value=value, channel=channel, row=where[1], col=where[2])
    else:
        text = translate("Accessibility", "{name}: {k} by {k}, largest {value} at row {row}, column {col}").format(
            name=name, k=k, value=value, row=where[0], col=where[1])
    footer = plain(panel.footer.text())
    return f"{text}; {footer}" if footer else text


def describe_map(panel: MapPanel, name: str) -> str:
    """'Error map: 30 by 30, largest -1.25 at row 4, column 17', the value as the hover writes it."""
    data, o = panel.data, panel.origin
    core = data[o:data.shape[0] - o, o:data.shape[1] - o] if o else data  # the image's own pixels
    row, col = largest(core, rgb=core.ndim == 3)[:2]
    return translate("Accessibility", "{name}: {rows} by {cols}, largest {value} at row {row}, column {col}").format(
        name=name, rows=core.shape[0], cols=core.shape[1], value=panel.value_text(row, col), row=row, col=col)


def describe_cell(panel, cursor: tuple[int, ...]) -> str:
    """The focused cell, as the hover reads it: 'w[1,2] = 0.034' (a weight or its gradient), else
    'Output map, row 3, column 4: 0.52' (a colour grid's cell: 'Patch, G, row 0, column 1: ...')."""
    name = panel_names().get(panel.key) or plain(panel.title_label.text())
    if isinstance(panel, GridPanel):
        index = cursor if panel.channels > 1 else cursor[1:]
        value = panel.format(float(panel.values[index]))
        channel = ("RGB"[cursor[0]] if panel.channels == 3 else str(cursor[0])) if panel.channels > 1 else ""
        if panel.key in CELL_SYMBOL:
            return f"{CELL_SYMBOL[panel.key]}[{channel + ', ' if channel else ''}{cursor[1]},{cursor[2]}] = {value}"
        name, cursor = (f"{name}, {channel}" if channel else name), cursor[1:]
    else:
        detail = panel.hover_text(*cursor) if hasattr(panel, "hover_text") else ""  # a mosaic: position and weight
        if detail:
            return f"{name}, {plain(detail)}"
        value = panel.value_text(*cursor)
    return translate("Accessibility", "{name}, row {row}, column {col}: {value}").format(
        name=name, row=cursor[0], col=cursor[1], value=value)


def describe(panel: QtWidgets.QWidget) -> str:
    """What a screen reader says about panel now (its focused cell while it has one)."""
    cursor = getattr(panel, "cell_cursor", None)
    if cursor is not None and cursor.cell is not None and cursor.ready():
        return describe_cell(panel, cursor.cell)
    name = panel_names().get(getattr(panel, "key", ""), "")
    if isinstance(panel, GridPanel) and panel.values.size:
        return describe_grid(panel, name or plain(panel.title_label.text()))
    if isinstance(panel, MapPanel) and panel.data is not None:
        return describe_map(panel, name or plain(panel.title_label.text()))
    label = getattr(panel, "title_label", None) or getattr(panel, "label", None)  # the loss, the counts
    parts = [plain(label.text()) if label is not None else "", plain(getattr(panel, "footer", label).text())]
    return ". ".join(p for p in dict.fromkeys(parts) if p)


# ---- the keyboard's cell -------------------------------------------------------------------------------
class CellCursor(QtCore.QObject):
    """A focused cell in a grid or map panel: arrow keys move it, and it shows what hovering that
    cell shows (panel.hover_cell) with an outline in the theme's accent colour. Only while the
    panel has the keyboard focus (reached by Tab; a click does not take the arrows away from the
    window's keys)."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.cell: tuple[int, ...] | None = None  # (channel, row, col) in a grid; (row, col) in a map
        self._last = None
        # A dashed accent outline over a black halo: it shows on light and saturated cells alike.
        self.halo, self.outline = QtWidgets.QGraphicsRectItem(0, 0, 1, 1), QtWidgets.QGraphicsRectItem(0, 0, 1, 1)
        for item, colour, width, z in ((self.halo, "#000000", 6, 20), (self.outline, panel.theme.accent, 3, 21)):
            pen = QtGui.QPen(QtGui.QColor(colour), width)
            pen.setCosmetic(True)
            if item is self.outline:
                pen.setStyle(QtCore.Qt.PenStyle.DashLine)
            item.setPen(pen)
            item.setZValue(z)
            item.setVisible(False)
            panel.plot.addItem(item)
        panel.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        panel.installEventFilter(self)
        panel.cell_cursor = self

    def ready(self) -> bool:
        return isinstance(self.panel, GridPanel) or self.panel.data is not None

    def bounds(self) -> tuple[int, ...]:
        """(channels, rows, cols) a grid's cell moves in; (rows, cols) of a map's own pixels."""
        p = self.panel
        if isinstance(p, GridPanel):
            return (p.channels, p.k, p.k)
        return (p.data.shape[0] - 2 * p.origin, p.data.shape[1] - 2 * p.origin)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QtCore.QEvent.Type.ShortcutOverride and event.key() in CELL_KEYS and self.cell is not None:
            event.accept()  # the arrows move the cell here, not the window's step forward / back
            return True
        if kind == QtCore.QEvent.Type.KeyPress and event.key() in CELL_KEYS and self.cell is not None:
            self.move(*CELL_KEYS[event.key()])
            return True
        if kind == QtCore.QEvent.Type.FocusIn and self.ready():
            self.show(self._last if self._last is not None and self._fits(self._last) else self._first())
        elif kind == QtCore.QEvent.Type.FocusOut:
            self.hide()
        return False

    def _first(self) -> tuple[int, ...]:
        return (0, 0, 0) if isinstance(self.panel, GridPanel) else (0, 0)

    def _fits(self, cell) -> bool:
        return len(cell) == len(self.bounds()) and all(0 <= i < n for i, n in zip(cell, self.bounds()))

    def move(self, drow: int, dcol: int) -> None:
        """One cell on; in a colour filter, past a grid's last column to the next channel's first."""
        bounds = self.bounds()
        if isinstance(self.panel, GridPanel):
            ch, row, col = self.cell
            row = min(max(row + drow, 0), bounds[1] - 1)
            col += dcol
            if col >= bounds[2] and ch + 1 < bounds[0]:
                ch, col = ch + 1, 0
            elif col < 0 and ch > 0:
                ch, col = ch - 1, bounds[2] - 1
            cell = (ch, row, min(max(col, 0), bounds[2] - 1))
        else:
            row, col = self.cell
            cell = (min(max(row + drow, 0), bounds[0] - 1), min(max(col + dcol, 0), bounds[1] - 1))
        self.show(cell)

    def show(self, cell: tuple[int, ...]) -> None:
        p = self.panel
        self.cell = self._last = cell
        if isinstance(p, GridPanel):
            x, y = p._corner(cell[0])
            rect = QtCore.QRectF(x + cell[2] + 0.08, y + cell[1] + 0.08, 0.84, 0.84)
        else:
            rect = QtCore.QRectF(cell[1], cell[0], 1, 1)
        p.hover_cell(*cell)
        for item in (self.halo, self.outline):
            item.setRect(rect)
            item.setVisible(True)
        p.setAccessibleDescription(describe_cell(p, cell))

    def hide(self) -> None:
        if self.cell is None:
            return
        self.cell = None
        self.halo.setVisible(False)
        self.outline.setVisible(False)
        if isinstance(self.panel, GridPanel):
            self.panel.hover_cell(-1, -1, -1)
        else:
            self.panel.hover_cell(-1, -1)
        self.panel.setAccessibleDescription(describe(self.panel))


# The keys a focused widget keeps for itself instead of the window's shortcuts (Space plays, the
# arrows step, ...): a button Space, a slider, list or table its arrows.
NAVIGATION = {QtCore.Qt.Key.Key_Left, QtCore.Qt.Key.Key_Right, QtCore.Qt.Key.Key_Up, QtCore.Qt.Key.Key_Down,
              QtCore.Qt.Key.Key_Home, QtCore.Qt.Key.Key_End, QtCore.Qt.Key.Key_PageUp, QtCore.Qt.Key.Key_PageDown}


def own_keys(widget: QtWidgets.QWidget) -> set:
    if isinstance(widget, QtWidgets.QAbstractButton):
        return {QtCore.Qt.Key.Key_Space}
    if isinstance(widget, (QtWidgets.QAbstractSlider, QtWidgets.QAbstractItemView, QtWidgets.QComboBox)):
        return NAVIGATION | {QtCore.Qt.Key.Key_Space}
    return set()


class KeysWhileFocused(QtCore.QObject):
    """A button, slider or table that a click does not focus (so that Space and the arrows stay the
    window's keys) is still reached by Tab, and once there it answers its own keys."""

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QtCore.QEvent.Type.ShortcutOverride and obj.hasFocus()
                and event.modifiers() == QtCore.Qt.KeyboardModifier.NoModifier and event.key() in own_keys(obj)):
            event.accept()
            return True
        return False


def keyboard_operable(root: QtWidgets.QWidget) -> None:
    """Every button, slider, combo box and table under root that has no keyboard focus gets Tab
    focus (a click still does not take the window's keys away) and keeps its own keys while focused."""
    app = QtWidgets.QApplication.instance()
    if getattr(app, "cnnviz_keys_while_focused", None) is None:
        app.cnnviz_keys_while_focused = KeysWhileFocused(app)
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if widget.focusPolicy() == QtCore.Qt.FocusPolicy.NoFocus and own_keys(widget) and not isinstance(
                widget, (QtWidgets.QScrollBar, QtWidgets.QHeaderView)) and widget.parentWidget() is not None:
            widget.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
            widget.installEventFilter(app.cnnviz_keys_while_focused)


class TooltipOnFocus(QtCore.QObject):
    """A widget's tooltip (a panel's: its title's explanation) in the window's status bar when Tab
    brings the keyboard to it, as Qt's status tips do for menus: what the mouse's hover shows,
    reached by keyboard (and read by a screen reader as the status line changes)."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QtCore.QEvent.Type.FocusIn and event.reason() in (
                QtCore.Qt.FocusReason.TabFocusReason, QtCore.Qt.FocusReason.BacktabFocusReason):
            label = getattr(obj, "title_label", None)
            tip = (label or obj).toolTip()
            window = obj.window()
            if tip and isinstance(window, QtWidgets.QMainWindow):
                window.statusBar().showMessage(plain(tip) if "<" in tip else tip, 15000)
        return False


def tooltip_on_focus(widget: QtWidgets.QWidget) -> None:
    app = QtWidgets.QApplication.instance()
    if getattr(app, "cnnviz_tooltip_on_focus", None) is None:
        app.cnnviz_tooltip_on_focus = TooltipOnFocus(app)  # one filter for every window
    widget.installEventFilter(app.cnnviz_tooltip_on_focus)


class FocusOutline(QtWidgets.QFocusFrame):
    """A 3 px outline in the theme's accent colour around the widget with the keyboard focus
    (yellow on the dark theme, orange on the light one: 3:1 or more against the column, WCAG's
    contrast for what is not text). Drawn over the widget rather than with a style sheet, which
    would take the theme's colours away from the controls; QFocusFrame follows the widget."""

    WIDTH = 3

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        QtWidgets.QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old, new) -> None:
        shown = (new is not None and new.window() is self.window_ and not hasattr(new, "key")  # panels: their frame
                 and (interactive(new) or isinstance(new, QtWidgets.QLineEdit)))
        if shown and isinstance(new.parentWidget(), (QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox)):
            new = new.parentWidget()  # the box, not the editor inside it
        self.setWidget(new if shown else None)
        self.setVisible(shown)

    def paintEvent(self, event) -> None:
        painter = QtGui.QPainter(self)
        pen = QtGui.QPen(QtGui.QColor(self.window_.theme.accent), self.WIDTH)
        pen.setJoinStyle(QtCore.Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = self.WIDTH / 2
        painter.drawRect(QtCore.QRectF(self.rect()).adjusted(half, half, -half, -half))


# ---- names for controls -------------------------------------------------------------------------------
def spoken(text: str) -> str:
    """A button's text without its mnemonic and symbols: '▶ Play' -> 'Play', 'Step ▸' -> 'Step'."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    kept = "".join(ch for ch in text if ch.isalnum() or ch in " ,.'’-/()+−").replace("()", "")
    return " ".join(kept.split()).strip(" .")


def form_label(widget: QtWidgets.QWidget) -> str:
    """The text of the label beside widget in a form, if any."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QtWidgets.QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QtWidgets.QLabel):
            return spoken(plain(label.text()) if "<" in label.text() else label.text())
    return ""


def tab_title(widget: QtWidgets.QWidget) -> str:
    """The title of the tab whose page holds widget, if any."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QStackedWidget) and isinstance(parent.parentWidget(), QtWidgets.QTabWidget):
            tabs = parent.parentWidget()
            return tabs.tabText(tabs.indexOf(child))
        child, parent = parent, parent.parentWidget()
    return ""


def interactive(widget: QtWidgets.QWidget) -> bool:
    """A widget a person operates (by keyboard or mouse): it needs a name."""
    return (widget.focusPolicy() != QtCore.Qt.FocusPolicy.NoFocus
            or isinstance(widget, (QtWidgets.QAbstractButton, QtWidgets.QAbstractSlider, QtWidgets.QComboBox)))


def name_widgets(root: QtWidgets.QWidget) -> None:
    """Give every interactive widget under root (root too) that has none a name (its form label,
    its text, or the first sentence of its tooltip) and a description (its tooltip)."""
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not interactive(widget) or isinstance(widget, QtWidgets.QScrollBar):
            continue
        if isinstance(widget, QtWidgets.QLineEdit) and isinstance(widget.parentWidget(), (QtWidgets.QAbstractSpinBox,
                                                                                          QtWidgets.QComboBox)):
            continue  # the editor inside a spin box or combo box: the box carries the name
        text = widget.text() if isinstance(widget, QtWidgets.QAbstractButton) else ""
        if text and widget.property("named_by_text") and widget.accessibleName() != spoken(text):
            widget.setAccessibleName(spoken(text))  # a button whose text changed: Play -> Pause
        if not widget.accessibleName():
            widget.setProperty("named_by_text", bool(spoken(text)) and not form_label(widget))
            if isinstance(widget, (QtWidgets.QTabWidget, QtWidgets.QTabBar)):  # its pages' names: what it holds
                text = " / ".join(widget.tabText(i) for i in range(widget.count()))
            if isinstance(widget, QtWidgets.QTableWidget):  # its page's tab, else its columns' headings
                text = tab_title(widget) or " / ".join(
                    widget.horizontalHeaderItem(i).text() for i in range(widget.columnCount())
                    if widget.horizontalHeaderItem(i) is not None)
            name = form_label(widget) or spoken(text) or widget.toolTip().split(".")[0].split(":")[0].strip()
            internal = widget.objectName().startswith("qt_")  # Qt's own (qt_msgbox_label): no words for a person
            name = name or spoken(widget.windowTitle()) or ("" if internal else widget.objectName())
            if name:
                widget.setAccessibleName(name)
        tip = plain(widget.toolTip()) if "<" in widget.toolTip() else widget.toolTip()
        if widget.property("value_label") is not None:  # a slider whose value is a label's words
            tip = f"{widget.property('value_label').text()}. {tip}"
        if tip and widget.accessibleDescription() != tip:
            widget.setAccessibleDescription(tip)


def name_controls(controls) -> None:
    """The control column: names for the widgets without a text or label of their own, then the rest."""
    c = controls
    c.speed.setAccessibleName(translate("Accessibility", "Speed"))
    c.speed.setProperty("value_label", c.speed_label)  # its description: "20 updates/s. Updates per second ..."
    c.kernel_text.setAccessibleName(translate("Accessibility", "Kernel typed as rows"))
    name_widgets(c)


def training_order(controls) -> list[QtWidgets.QWidget]:
    """The training buttons and the speed, as shown (above the settings)."""
    c = controls
    return [c.play, c.step, c.reset, c.new_start, c.speed, c.stepthrough, c.compare]


def settings_order(controls) -> list[QtWidgets.QWidget]:
    """The settings column's fields top to bottom, as shown."""
    c = controls
    return [c.sample, c.image_index, c.target, c.kernel_text, c.kernel_size, c.stride, c.padding, c.color,
            c.lr, c.optimizer, c.momentum, c.reduction, c.activation]


BOARD_ORDER = ("input", "target", "output", "error", "filter", "buffer", "input_grad", "params", "loss", "trajectory")


def set_tab_order(window) -> None:
    """Tab: the settings top to bottom, then the panels row by row (left to right)."""
    chain = training_order(window.controls) + settings_order(window.controls) + [window.panels[k] for k in BOARD_ORDER if k in window.panels]
    for a, b in zip(chain, chain[1:]):
        QtWidgets.QWidget.setTabOrder(a, b)


def install_panels(panels: dict) -> None:
    """Names, a focusable frame and (grids and maps) a keyboard cell for each panel."""
    names = panel_names()
    for key, panel in panels.items():
        title = getattr(panel, "title_label", None)
        panel.setAccessibleName(names.get(key) or (plain(title.text()) if title is not None else "") or key)
        tooltip_on_focus(panel)
        panel.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        view = getattr(panel, "view", None)
        if view is not None:  # the frame takes the focus, not the graphics view inside it
            view.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            view.viewport().setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        if isinstance(panel, (GridPanel, MapPanel)) and getattr(panel, "cell_cursor", None) is None:
            CellCursor(panel)
        panel.setAccessibleDescription(describe(panel))


class Describer(QtCore.QObject):
    """Keeps the window's accessible descriptions current: panels when a new snapshot was drawn,
    controls when their tooltip or text changed, and names for a dialog that opens; a panel board
    rebuilt (a theme change) gets its names and keyboard cells. At most DESCRIBE_MS apart."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._panels = None
        self._version = None
        self._named_dialogs: set[int] = set()
        self._controls_state = None
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(DESCRIBE_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        w = self.window
        if w.panels is not self._panels:  # a new board (another theme)
            self._panels = w.panels
            install_panels(w.panels)
            set_tab_order(w)
            self._version = None
        for mode in (w.stepthrough, w.compare):  # their panels, once built (after the first paint)
            if mode.panel_built and not getattr(mode.panel, "accessible", False):
                mode.panel.accessible = True
                inner = [p for p in mode.panel.findChildren(QtWidgets.QFrame) if isinstance(p, (GridPanel, MapPanel))]
                install_panels({p.key: p for p in inner})
                keyboard_operable(mode.panel)
                name_widgets(mode.panel)
                self._version = None
        snap = w.snapshot
        version = None if snap is None else snap.version
        if version != self._version:
            self._version = version
            modes = [m.panel for m in (w.stepthrough, w.compare) if m.panel_built and m.active]
            inner = [p for m in modes for p in m.findChildren(QtWidgets.QFrame) if getattr(p, "cell_cursor", None)]
            for panel in list(w.panels.values()) + inner:  # hidden ones too: a layout may show them later
                text = describe(panel)
                if text != panel.accessibleDescription():
                    panel.setAccessibleDescription(text)
        c = w.controls  # whether or not a snapshot came (the speed changes while paused too)
        state = (w.config, c.play.text(), c.speed_label.text())
        if state != self._controls_state:  # tooltips follow the settings; the play button's text
            self._controls_state = state
            name_widgets(c)
        dialog = QtWidgets.QApplication.activeModalWidget() or QtWidgets.QApplication.activeWindow()
        if dialog is not None and dialog is not w and id(dialog) not in self._named_dialogs:
            self._named_dialogs.add(id(dialog))
            name_widgets(dialog)


def install_reduced_motion_action(window) -> QtGui.QAction:
    """View > Reduce Motion: remembered; the tour's animated chapters and the pass playing jump to
    where they would end instead of animating."""
    action = QtGui.QAction(translate("Accessibility", "Reduce Motion"), window)
    action.setCheckable(True)
    action.setChecked(window.prefs.reduced_motion)
    action.setToolTip(translate("Accessibility", "Animations (the tour's chapters, the pass playing) jump to their "
                                                 "end in one step"))
    action.toggled.connect(lambda on: (window.prefs.set("reduced_motion", "true" if on else "false"),
                                       window.prefs.sync()))
    window.view_menu.addAction(action)
    window.reduced_motion_action = action
    return action


def install(window) -> Describer:
    """Everything above on a new main window (after its menus)."""
    name_controls(window.controls)
    name_widgets(window)
    for menu in window.menuBar().findChildren(QtWidgets.QMenu):
        menu.setAccessibleName(spoken(menu.title()))
    window.menuBar().setAccessibleName(translate("Accessibility", "Menu bar"))
    window.controls.setAccessibleName(translate("Accessibility", "Settings"))
    window.controls_area.setAccessibleName(translate("Accessibility", "Settings"))
    window.controls_area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
    install_reduced_motion_action(window)
    keyboard_operable(window)  # the control column, presenter mode's bar, the tour's caption
    for widget in training_order(window.controls) + settings_order(window.controls):
        tooltip_on_focus(widget)
    window.focus_outline = FocusOutline(window)
    window.describer = Describer(window)
    window.describer.tick()
    return window.describer
