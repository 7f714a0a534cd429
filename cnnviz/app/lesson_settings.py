"""The control column's lesson settings -> a validated LessonConfig -> the worker.

Settings are checked in the GUI thread; a bad one gets a dialog and the widgets show the
settings in force again. Good ones reach the worker between steps, and the modes follow.
"""

from __future__ import annotations

from cnnviz import images as imgs
from cnnviz.app.controls import TYPED
from cnnviz.engine import KernelError, LessonConfig, kernel_from_spec


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

    def configure(self, **changes) -> bool:
        """Validate in the GUI thread, then let the worker apply it between steps."""
        w = self.window
        try:
            new = LessonConfig(**{**w.config.to_dict(), **changes}).validated()
        except ValueError as e:
            w.show_error("Setting not changed", str(e))
            w.controls.show_config(w.config)  # the widgets show the value in force again
            return False
        w.undo.save("the settings change")
        w.config = new
        w.controls.momentum.setEnabled(new.optimizer == "momentum")
        w.worker.send("configure", changes)
        w.resync_modes()
        return True

    def _on_lr_refused(self, text: str) -> None:
        c, w = self.window.controls, self.window
        w.show_error("Setting not changed",
                     f"learning rate {text!r} is not a number from {c.lr.minimum():g} to {c.lr.maximum():g}; "
                     f"it stays {w.config.lr:g}")
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
            kernel_from_spec(text)
        except KernelError as e:
            w.show_error("Kernel not changed", str(e))
            w.controls.show_config(w.config)  # the field shows the kernel in force again
            return
        if self.configure(target=text):
            w.controls.show_config(w.config)

    def _on_sample_chosen(self, index: int) -> None:
        w = self.window
        name = w.controls.sample.itemData(index)
        if name is None:
            return
        try:
            x = imgs.load_sample(name, w.image_size)
        except imgs.ImageError as e:
            w.show_error("Image not changed", str(e))
            return
        w.set_images(x, f"sample:{name}")
