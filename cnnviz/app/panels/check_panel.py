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
    explanation = QT_TRANSLATE_NOOP("CheckPanel", "The 3x3 gradient buffer ∂L/∂w and the bias delta ∂L/∂b on the "
                                    "lesson's data.")

    def show_buffer(self, title: str, dw: np.ndarray | None, db: float | None, level: float,
                    wrong: np.ndarray | None = None, db_wrong: bool = False) -> None:
        """dw (3, 3) on the colour scale ±level; None means the learner's code returned none."""
        self.set_title(title)
        if dw is None or dw.shape != (self.k, self.k):
            self.set_values(np.zeros((self.k, self.k)), level)
            for row in self.cell_text:
                for item in row:
                    item.setText("—")
            self.footer.setText(translate("CheckPanel", "no dw of shape 3×3 was returned"))
            return
        self.set_values(dw, level, wrong, also=None if db is None else [float(db)])
        # 3 significant digits in each cell, in both grids: a small dw (one position's δ·patch) keeps
        # its digits beside the true one, and matches the numbers in the diagnosis.
        self.format = numbers.significant
        for row, values in zip(self.cell_text, dw):
            for item, v in zip(row, values):
                item.setText(self.format(v))
        self._fit_text()
        wrong_text = translate("CheckPanel", "✗ wrong")
        mark = f" <span style='color:{self.theme.warning}'>{wrong_text}</span>" if db_wrong else ""
        self.footer.setText(f"∂L/∂b = <b>{'—' if db is None else self.format(float(db))}</b>{mark}")
