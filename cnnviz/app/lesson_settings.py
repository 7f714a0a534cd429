"""The control column's lesson settings -> a validated LessonConfig -> the worker.

Settings are checked in the GUI thread; a bad one gets a dialog and the widgets show the
settings in force again. Good ones reach the worker between steps, and the modes follow.
The layer (kernel size, stride, padding, colour) cannot change during a lesson (other
parameters, other positions): changing it starts a new lesson, from the seeded initial weights.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from cnnviz import images as imgs
from cnnviz.app.controls import TYPED
from cnnviz.engine import KernelError, LessonConfig, Trainer, kernel_from_spec
from cnnviz.engine.kernels import centred_target  # noqa: F401 (where it was)
from cnnviz.engine.conv import check_geometry, output_shape
from cnnviz.engine.kernels import LUMA_WEIGHTS
from cnnviz.engine.trainer import GEOMETRY_FIELDS, default_lr
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate


class LessonSettings:
    def __init__(self, window):
        self.window = w = window
        c = w.controls
        c.lr.valueChanged.connect(lambda v: self.configure(lr=float(v)))
        c.lr.refused.connect(self._on_lr_refused)
        c.optimizer.currentTextChanged.connect(lambda v: self.configure(optimizer=v))
        c.momentum.valueChanged.connect(lambda v: self.configure(momentum=float(v)))
        c.reduction.currentTextChanged.connect(lambda v: self.configure(reduction=v))
        c.activation.currentTextChanged.connect(lambda v: self.configure(activation=v))
        c.target.activated.connect(self._on_target_chosen)
        c.kernel_text.returnPressed.connect(self._on_kernel_typed)
        c.sample.activated.connect(self._on_sample_chosen)
        c.kernel_size.valueChanged.connect(lambda v: self.change_layer(kernel_size=int(v)))
        c.stride.valueChanged.connect(lambda v: self.change_layer(stride=int(v)))
        c.padding.activated.connect(lambda _: self._on_padding(c.padding.currentText()))
        c.padding.lineEdit().returnPressed.connect(lambda: self._on_padding(c.padding.currentText()))
        c.color.toggled.connect(lambda on: self.change_layer(color=bool(on)))

    def configure(self, **changes) -> bool:
        """Validate in the GUI thread, then let the worker apply it between steps."""
        w = self.window
        if any(name in changes for name in GEOMETRY_FIELDS):
            return self.change_layer(**changes)
        try:
            new = LessonConfig(**{**w.config.to_dict(), **changes}).validated()
        except ValueError as e:
            w.show_error(translate("LessonSettings", "Setting not changed"), str(e))
            w.controls.show_config(w.config)  # the widgets show the value in force again
            return False
        w.undo.save(QT_TRANSLATE_NOOP("Undo", "the settings change"))
        w.config = new
        w.controls.momentum.setEnabled(new.optimizer == "momentum")
        w.worker.send("configure", changes)
        w.resync_modes()
        return True

    # ---- the layer: a new lesson ---------------------------------------------------------------
    def change_layer(self, **changes) -> bool:
        """Start a new lesson with another kernel size, stride, padding or colour (same image,
        target, optimizer and seed; the learning rate this layer's default). A combination that
        does not fit the image gets the engine's one line in a dialog and changes nothing."""
        w = self.window
        old = w.config
        try:
            fields = {**old.to_dict(), **changes}
            if "kernel_size" in changes and "target" not in changes:
                fields["target"] = centred_target(old.target, fields["kernel_size"])
            new = LessonConfig(**fields).validated()
            x = self.images_for(new.color)
            check_geometry(x.shape[-2], x.shape[-1], new.kernel_size, new.stride, new.padding_pixels)
        except (ValueError, imgs.ImageError) as e:
            w.show_error(translate("LessonSettings", "Layer not changed"), str(e))
            w.controls.show_config(old)  # the widgets show the layer in force again
            return False
        if new == old:
            return True
        new = replace(new, lr=default_lr(x, new))  # the stability limit of this layer on this image
        comparing = w.compare.active  # the comparison draws every layer: it starts again on the new one
        w.set_mode(None)
        w.set_trainer(Trainer(x, new), w.image_label, source=w.source)
        if comparing:
            w.set_mode(w.compare)
        ho, wo = output_shape(x.shape[-2:], new.kernel_size, new.stride, new.padding_pixels)
        w.statusBar().showMessage(translate(
            "LessonSettings", "New lesson from step 0: {layer}, output {ho}×{wo}, {params} parameters; learning rate "
            "{lr} (this layer's default)").format(layer=new.layer_text(), ho=ho, wo=wo, params=new.num_params,
                                                  lr=f"{new.lr:g}"), 15000)
        return True

    def images_for(self, color: bool) -> np.ndarray:
        """The lesson's images in grey or colour: as they are, or the image reloaded in the other
        form (a sample or a file); a lesson's saved colour images give their luminance."""
        w = self.window
        x = (w.snapshot or w.worker.latest()).images  # (N, H, W) or (N, 3, H, W)
        if (x.ndim == 4) == color:
            return x
        label = w.image_label
        if label.startswith("sample:"):
            return imgs.load_sample(label.split(":", 1)[1], w.image_size, color)
        try:
            return imgs.load_path(label, w.image_size, color)
        except imgs.ImageError:
            if not color:  # colour images of a saved lesson: their luminance, as the grey loader makes it
                return np.einsum("c,nchw->nhw", LUMA_WEIGHTS, x)
            raise imgs.ImageError(translate("LessonSettings", "these images are grey and their file is not at "
                                                              "hand: open a colour image or choose a sample first")) from None

    def fits(self, x: np.ndarray) -> bool:
        """True if images x fit the lesson's layer; else the engine's line in a dialog."""
        c = self.window.config
        try:
            check_geometry(x.shape[-2], x.shape[-1], c.kernel_size, c.stride, c.padding_pixels)
        except ValueError as e:
            self.window.show_error(translate("LessonSettings", "Image not changed"), str(e))
            return False
        return True

    def _on_padding(self, text: str) -> None:
        text = text.strip().lower()
        self.change_layer(padding=int(text) if text.isascii() and text.isdigit() else text)

    # ---- the rest -------------------------------------------------------------------------------
    def _on_lr_refused(self, text: str) -> None:
        c, w = self.window.controls, self.window
        w.show_error(translate("LessonSettings", "Setting not changed"), translate(
            "LessonSettings", "learning rate {text} is not a number from {low} to {high}; it stays {lr}").format(
                text=repr(text), low=f"{c.lr.minimum():g}", high=f"{c.lr.maximum():g}", lr=f"{w.config.lr:g}"))
        c.show_config(w.config)

    def _on_target_chosen(self, index: int) -> None:
        c = self.window.controls
        name = c.target.itemData(index)
        if name == TYPED:
            c.kernel_text.setFocus()
            c.kernel_text.selectAll()
            return
        if self.configure(target=name):
            c.show_config(self.window.config)

    def _on_kernel_typed(self) -> None:
        w = self.window
        text = w.controls.kernel_text.text()
        try:
            kernel = kernel_from_spec(text, None)  # any size: another size is another filter
        except KernelError as e:
            w.show_error(translate("LessonSettings", "Kernel not changed"), str(e))
            w.controls.show_config(w.config)  # the field shows the kernel in force again
            return
        changes = {"target": text}
        if kernel.shape[0] != w.config.kernel_size:
            changes["kernel_size"] = kernel.shape[0]
        if self.configure(**changes):
            w.controls.show_config(w.config)

    def _on_sample_chosen(self, index: int) -> None:
        w = self.window
        name = w.controls.sample.itemData(index)
        if name is None:
            return
        try:
            x = imgs.load_sample(name, w.image_size, w.config.color)
        except imgs.ImageError as e:
            w.show_error(translate("LessonSettings", "Image not changed"), str(e))
            return
        w.set_images(x, f"sample:{name}")
