"""The control column: play/step/reset, speed, and every lesson setting. Widgets only;
the window connects them to the worker."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz.engine import (ACTIVATIONS, KERNEL_DESCRIPTIONS, NAMED_KERNELS, OPTIMIZERS, REDUCTIONS, LessonConfig,
                           format_kernel, kernel_from_spec)
from cnnviz.engine.kernels import MAX_KERNEL_SIZE
from cnnviz.engine.losses import delta_formula
from cnnviz.i18n import grouped, translate

MAX_STRIDE = 3  # the lecture's strides: 1, 2, 3
PADDINGS = ("valid", "same", "full")  # or a number of pixels, typed
SPEEDS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, math.inf]
TYPED = "typed…"
# A label too long for its row (a translation) puts its field on the line below instead of clipping it.
WRAP = QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows


def speed_text(speed: float, unit: str = "updates") -> str:
    """"20 updates/s" (training), "20 positions/s" (a pass playing), "full speed"."""
    if math.isinf(speed):
        return translate("Controls", "full speed")
    if unit == "positions":
        if speed == 1:
            return translate("Controls", "1 position/s")
        return translate("Controls", "{n} positions/s").format(n=grouped(speed))
    if speed == 1:
        return translate("Controls", "1 update/s")
    return translate("Controls", "{n} updates/s").format(n=grouped(speed))


class LearningRateBox(QtWidgets.QDoubleSpinBox):
    """A learning-rate box that shows 2e-04 style numbers and steps by factors of 2. A typed
    number out of range is not silently dropped: `refused` says which (the box shows the old one)."""

    refused = QtCore.Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDecimals(12)
        self.setRange(1e-9, 100.0)
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:
        return f"{value:.3g}"

    def valueFromText(self, text: str) -> float:
        try:
            return float(text)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip()
        try:
            value = float(stripped)
        except ValueError:
            ok = stripped == "" or all(ch in "0123456789.eE+-" for ch in stripped)
            state = QtGui.QValidator.State.Intermediate if ok else QtGui.QValidator.State.Invalid
            return state, text, pos
        if math.isfinite(value) and self.minimum() <= value <= self.maximum():
            return QtGui.QValidator.State.Acceptable, text, pos
        return QtGui.QValidator.State.Intermediate, text, pos

    def stepBy(self, steps: int) -> None:
        self.setValue(self.value() * 2.0**steps)

    def fixup(self, text: str) -> str:
        """Called when editing ends on text that is not a valid value (Qt then shows the old one)."""
        if text.strip() and text.strip() != self.textFromValue(self.value()):
            self.refused.emit(text.strip())
        return text


class Controls(QtWidgets.QWidget):
    def __init__(self, config: LessonConfig, samples: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setMinimumWidth(250)
        self.setMaximumWidth(300)
        outer = QtWidgets.QVBoxLayout(self)

        run = QtWidgets.QGroupBox(translate("Controls", "Training"))
        grid = QtWidgets.QGridLayout(run)
        self.play = QtWidgets.QPushButton(translate("Controls", "▶ Play"))
        self.play.setToolTip(translate("Controls", "Start or pause training (Space)"))
        self.step = QtWidgets.QPushButton(translate("Controls", "Step ▸"))
        self.step.setToolTip(translate("Controls", "Take one update: forward, sum the gradient over all positions, apply it (Right)"))
        self.reset = QtWidgets.QPushButton(translate("Controls", "Reset"))
        self.reset.setToolTip(translate("Controls", "Back to step 0 with the same initial weights (R)"))
        self.new_start = QtWidgets.QPushButton(translate("Controls", "New start"))
        self.new_start.setToolTip(translate("Controls", "Back to step 0 with new random initial weights (Shift+R)"))
        for i, b in enumerate((self.play, self.step, self.reset, self.new_start)):
            b.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Space and arrows stay shortcuts
            grid.addWidget(b, i // 2, i % 2)
        self.stepthrough = QtWidgets.QPushButton(translate("Controls", "Step through backprop…"))
        self.stepthrough.setCheckable(True)
        self.stepthrough.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.stepthrough.setToolTip(translate("Controls", "Pause and watch one backward pass add every position's "
                                              "contribution into the one gradient buffer, position by position (B)"))
        grid.addWidget(self.stepthrough, 4, 0, 1, 2)
        self.compare = QtWidgets.QPushButton(translate("Controls", "Compare shared vs untied…"))
        self.compare.setCheckable(True)
        self.compare.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.compare.setToolTip(translate("Controls", "Pause and train the shared filter (10 parameters) next to one "
                                          "filter per position (9,000), then test both on an image they never saw (C)"))
        grid.addWidget(self.compare, 5, 0, 1, 2)
        self.speed = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.speed.setToolTip(translate("Controls", "Updates per second, from 1 to full speed"))
        self.speed_label = QtWidgets.QLabel(speed_text(math.inf))
        grid.addWidget(QtWidgets.QLabel(translate("Controls", "Speed")), 2, 0)
        grid.addWidget(self.speed_label, 2, 1)
        grid.addWidget(self.speed, 3, 0, 1, 2)
        outer.addWidget(run)

        lesson = QtWidgets.QGroupBox(translate("Controls", "Lesson"))
        form = QtWidgets.QFormLayout(lesson)
        form.setRowWrapPolicy(WRAP)
        self.sample = QtWidgets.QComboBox()
        for name, description in samples:
            self.sample.addItem(name, name)
            self.sample.setItemData(self.sample.count() - 1, description, QtCore.Qt.ItemDataRole.ToolTipRole)
        self.sample.setToolTip(translate("Controls", "A bundled sample image (File > Open Image… for your own, Ctrl+O)"))
        form.addRow(translate("Controls", "Image"), self.sample)
        self.image_index = QtWidgets.QSpinBox()
        self.image_index.setToolTip(translate("Controls", "Which image of the batch the maps show (the gradient sums over all)"))
        self.image_index_row = QtWidgets.QLabel(translate("Controls", "Show image"))
        form.addRow(self.image_index_row, self.image_index)
        self.set_batch_size(1)
        self.target = QtWidgets.QComboBox()
        for name in NAMED_KERNELS:
            self.target.addItem(name, name)
            self.target.setItemData(self.target.count() - 1, translate("Kernels", KERNEL_DESCRIPTIONS[name]), QtCore.Qt.ItemDataRole.ToolTipRole)
        self.target.addItem(translate("Controls", "typed…"), TYPED)
        self.target.setToolTip(translate("Controls", "The kernel the filter should learn"))
        form.addRow(translate("Controls", "Target"), self.target)
        self.kernel_text = QtWidgets.QLineEdit()
        self.kernel_text.setPlaceholderText("1,0,-1;2,0,-2;1,0,-1")
        form.addRow(translate("Controls", "Kernel"), self.kernel_text)
        outer.addWidget(lesson)

        # The next slides of the lecture: another layer is another lesson (new parameters, new
        # positions), started from the seeded initial weights.
        layer = QtWidgets.QGroupBox(translate("Controls", "Layer"))
        form = QtWidgets.QFormLayout(layer)
        form.setRowWrapPolicy(WRAP)
        self.kernel_size = QtWidgets.QSpinBox()
        self.kernel_size.setRange(1, MAX_KERNEL_SIZE)
        self.kernel_size.setKeyboardTracking(False)
        self.kernel_size.setSingleStep(2)  # the arrows go 1, 3, 5, 7, where a 3x3 target can stay centred
        self.kernel_size.setToolTip(translate(
            "Controls", "k: the filter is k×k (1 to {max}), k·k weights per channel + 1 bias. A 3×3 target is kept "
            "centred in zeros (the arrows step through the odd sizes); for another size type the target. Changing "
            "it starts the lesson again.").format(max=MAX_KERNEL_SIZE))
        form.addRow(translate("Controls", "Kernel size"), self.kernel_size)
        self.stride = QtWidgets.QSpinBox()
        self.stride.setRange(1, MAX_STRIDE)
        self.stride.setKeyboardTracking(False)
        self.stride.setToolTip(translate("Controls", "s: pixels the filter moves between positions; the output is "
                                         "(H + 2p − k)//s + 1 per side (stride 2: about a quarter of the positions). "
                                         "Starts the lesson again."))
        form.addRow(translate("Controls", "Stride"), self.stride)
        self.padding = QtWidgets.QComboBox()
        self.padding.setEditable(True)
        self.padding.addItems(list(PADDINGS))
        self.padding.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self.padding.setToolTip(translate("Controls", "p: zeros around the image. valid: none; same: (k−1)/2, the "
                                          "output keeps the image's size (odd k, stride 1); full: k−1; or type a "
                                          "number of pixels. Starts the lesson again."))
        form.addRow(translate("Controls", "Padding"), self.padding)
        self.color = QtWidgets.QCheckBox(translate("Controls", "R, G, B channels"))
        self.color.setToolTip(translate("Controls", "Keep the image's colour: one k×k×3 filter (3·k·k weights + 1 bias) "
                                        "still makes ONE output map; the target is the kernel on the luminance "
                                        "0.299 R + 0.587 G + 0.114 B. Meaningful with a colour image, e.g. the "
                                        "colour-shapes sample. Starts the lesson again."))
        self.color.setMinimumWidth(self.color.sizeHint().width())  # wraps below its label rather than clip
        form.addRow(translate("Controls", "Colour"), self.color)
        outer.addWidget(layer)

        opt = QtWidgets.QGroupBox(translate("Controls", "Optimizer"))
        form = QtWidgets.QFormLayout(opt)
        form.setRowWrapPolicy(WRAP)
        self.lr = LearningRateBox()
        self.lr.setToolTip(translate("Controls", "Learning rate: w ← w − lr × buffer. Arrows double or halve it."))
        form.addRow(translate("Controls", "Learning rate"), self.lr)
        self.optimizer = QtWidgets.QComboBox()
        self.optimizer.addItems(list(OPTIMIZERS))
        form.addRow(translate("Controls", "Optimizer"), self.optimizer)
        self.momentum = QtWidgets.QDoubleSpinBox()
        self.momentum.setRange(0.0, 0.99)
        self.momentum.setSingleStep(0.05)
        self.momentum.setDecimals(2)
        self.momentum.setKeyboardTracking(False)
        self.momentum.setToolTip(translate("Controls", "μ, used by the momentum optimizer only"))
        form.addRow(translate("Controls", "Momentum μ"), self.momentum)
        self.reduction = QtWidgets.QComboBox()
        self.reduction.addItems(list(REDUCTIONS))
        form.addRow(translate("Controls", "Loss reduction"), self.reduction)
        self.activation = QtWidgets.QComboBox()
        self.activation.addItems(list(ACTIVATIONS))
        form.addRow(translate("Controls", "Activation"), self.activation)
        self.seed_label = QtWidgets.QLabel()
        form.addRow(translate("Controls", "Seed"), self.seed_label)
        outer.addWidget(opt)

        keys = QtWidgets.QLabel(translate(  # the key names stay as they are in every language
            "Controls", "<b>Keys</b><br>Space play/pause · → step · + − speed<br>R reset · Shift+R new start<br>"
            "B step-through: ← → Home End<br>C compare shared vs untied<br>T guided tour: PgDn PgUp Esc<br>"
            "Ctrl+O open image · Ctrl+S save lesson<br>Ctrl+E export · F11 presenter · F1 about"))
        keys.setWordWrap(True)
        keys.setTextFormat(QtCore.Qt.TextFormat.RichText)
        outer.addWidget(keys)
        outer.addStretch(1)
        self.show_config(config)
        for box in (self.optimizer, self.reduction, self.activation):
            box.currentTextChanged.connect(lambda _: self.update_tooltips())

    def update_tooltips(self) -> None:
        """Tooltips that state the formulas for the optimizer, reduction and activation chosen now."""
        optimizer, reduction, act = self.optimizer.currentText(), self.reduction.currentText(), self.activation.currentText()
        a = "y" if act == "identity" else "a"
        per = " / P" if reduction == "mean" else ""
        if optimizer == "momentum":
            self.lr.setToolTip(translate("Controls", "Learning rate: v ← μv + buffer, then w ← w − lr·v. Arrows double or halve it."))
        else:
            self.lr.setToolTip(translate("Controls", "Learning rate: w ← w − lr × buffer. Arrows double or halve it."))
        self.optimizer.setToolTip(translate("Controls", "sgd: w ← w − lr·buffer;  momentum: v ← μv + buffer, "
                                                        "w ← w − lr·v (now: {optimizer})").format(optimizer=optimizer))
        loss = f"L = Σ ({a} − T)²"
        delta = f"δ = {delta_formula(act, per, 'f')}"  # formulas stay as they are
        self.reduction.setToolTip(translate(
            "Controls", "sum: {loss}, as in the lesson; mean: the same divided by P, the number of positions of "
            "every image (N × positions for a batch of N). Now: {reduction}, so {delta}.").format(
                loss=loss, reduction=reduction, delta=delta))
        if act == "identity":
            self.activation.setToolTip(translate("Controls", "Activation f applied to the output map (the target "
                                                             "gets it too). Now identity: a = y = w·patch + b."))
        else:
            self.activation.setToolTip(translate(
                "Controls", "Activation f applied to the output map (the target gets it too). Now {activation}: "
                "a = f(w·patch + b), and δ = ∂L/∂y = 2(a − T)·f′(y){per}.").format(activation=act, per=per))

    def set_batch_size(self, n: int) -> None:
        self.image_index.setRange(1, max(1, n))
        self.image_index.setSuffix(translate("Controls", " of {n}").format(n=n))
        self.image_index.setVisible(n > 1)
        self.image_index_row.setVisible(n > 1)

    def show_config(self, config: LessonConfig) -> None:
        """Show config in the widgets without emitting change signals."""
        widgets = (self.lr, self.optimizer, self.momentum, self.reduction, self.activation, self.target, self.kernel_text,
                   self.kernel_size, self.stride, self.padding, self.color)
        for w in widgets:
            w.blockSignals(True)
        try:
            self.lr.setValue(config.lr)
            self.optimizer.setCurrentText(config.optimizer)
            self.momentum.setValue(config.momentum)
            self.momentum.setEnabled(config.optimizer == "momentum")
            self.reduction.setCurrentText(config.reduction)
            self.activation.setCurrentText(config.activation)
            name = config.target.strip().lower()
            self.target.setCurrentIndex(self.target.findData(name if name in NAMED_KERNELS else TYPED))
            self.kernel_text.setText(format_kernel(kernel_from_spec(config.target, config.kernel_size)))
            k = config.kernel_size
            self.kernel_text.setToolTip(translate(
                "Controls", "Type a {k}x{k} target kernel: rows separated by ';', values by ','. Enter applies; a "
                "kernel of another size changes the filter's size (a new lesson).").format(k=k))
            self.seed_label.setText(str(config.seed))
            self.kernel_size.setValue(k)
            self.stride.setMaximum(max(MAX_STRIDE, config.stride))  # a lesson file's stride 4 is shown as it is
            self.stride.setValue(config.stride)
            self.padding.setCurrentText(str(config.padding))
            self.color.setChecked(config.color)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.update_tooltips()

    def show_image_name(self, name: str) -> None:
        """The user's own image or folder: listed first in the image box (it is not a sample)."""
        self.sample.blockSignals(True)
        if self.sample.itemData(0) is None:
            self.sample.removeItem(0)
        self.sample.insertItem(0, name, None)
        self.sample.setCurrentIndex(0)
        self.sample.blockSignals(False)

    def set_playing(self, playing: bool) -> None:
        self.play.setText(translate("Controls", "❚❚ Pause") if playing else translate("Controls", "▶ Play"))
