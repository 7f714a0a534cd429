"""One gradient buffer in the backprop check: a learner's dw (or the true one) with db below it,
the cells that differ from the true value outlined."""

from __future__ import annotations

import numpy as np

from cnnviz import numbers
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate
from cnnviz.app.panels.base import GridPanel


class CheckBufferPanel(GridPanel):
    key = "check_buffer"
    context = "CheckPanel"
    explanation = QT_TRANSLATE_NOOP("CheckPanel", "The gradient buffer ∂L/∂w (the filter's shape) and the bias delta "
                                    "∂L/∂b on the lesson's data.")

    def show_buffer(self, title: str, dw: np.ndarray | None, db: float | None, level: float,
                    wrong: np.ndarray | None = None, db_wrong: bool = False, shape: tuple[int, ...] = (3, 3)) -> None:
        """dw of the lesson's filter shape ((k, k), or (3, k, k) in colour: R, G, B side by side) on
        the colour scale ±level; None (or another shape) means the learner's code returned none."""
        self.set_title(title)
        if dw is None or dw.shape != tuple(shape):
            self.set_values(np.zeros(shape), level)
            for item in self._flat_text:
                item.setText("—")
            self.footer.setText(translate("CheckPanel", "no dw of shape {shape} was returned").format(
                shape="×".join(map(str, shape))))
            return
        self.set_values(dw, level, wrong, also=None if db is None else [float(db)])
        # 3 significant digits in each cell, in both grids: a small dw (one position's δ·patch) keeps
        # its digits beside the true one, and matches the numbers in the diagnosis.
        self.format = numbers.significant
        for item, v in zip(self._flat_text, np.ravel(dw)):
            item.setText(self.format(v))
        self._fit_text()
        wrong_text = translate("CheckPanel", "✗ wrong")
        mark = f" <span style='color:{self.theme.warning}'>{wrong_text}</span>" if db_wrong else ""
        self.footer.setText(f"∂L/∂b = <b>{'—' if db is None else self.format(float(db))}</b>{mark}")
