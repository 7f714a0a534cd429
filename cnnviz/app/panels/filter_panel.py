"""The one shared 3x3 filter w and its bias b, values written in the cells."""

from __future__ import annotations

import numpy as np

from cnnviz.app import theme as th
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate
from cnnviz.app.layer_words import filter_size, num_weights
from cnnviz.app.panels.base import GridPanel


class FilterPanel(GridPanel):
    key = "filter"
    context = "FilterPanel"
    explanation = QT_TRANSLATE_NOOP("FilterPanel", "The filter: 9 weights + 1 bias = 10 parameters, the SAME ones at "
                                    "every position. The colour scale matches the target kernel's.")

    def show_snapshot(self, snap) -> None:
        n, ho, wo = snap.output.shape
        c = snap.config
        if n > 1:
            title = translate("FilterPanel", "Filter w (one {size}, shared by all {total} positions ({n} images × {per_image}))")
        else:
            title = translate("FilterPanel", "Filter w (one {size}, shared by all {total} positions)")
        self.set_title(title.format(size=filter_size(c), total=grouped(n * ho * wo), n=n, per_image=grouped(ho * wo)))
        if c.is_classroom_layer:
            explanation = translate("FilterPanel", self.explanation)
        elif c.color:  # this layer's counts
            explanation = translate("FilterPanel", "The filter: {weights} weights + 1 bias = {params} parameters, the SAME "
                                    "ones at every position (a grid per colour channel: R, G, B). The colour scale "
                                    "matches the target kernel's.")
        else:
            explanation = translate("FilterPanel", "The filter: {weights} weights + 1 bias = {params} parameters, the SAME "
                                    "ones at every position. The colour scale matches the target kernel's.")
        self.set_explanation(explanation.format(weights=num_weights(c), params=c.num_params))
        level = th.nice_ceiling(max(float(np.abs(snap.target_kernel).max()), 1e-9))
        self.set_values(snap.weights, level, also=[snap.bias])
        self.footer.setText(translate("FilterPanel", "bias b = <b>{value}</b>").format(value=self.format(snap.bias))
                            + self.hover_hint())

    def show_updated(self, snap, params) -> None:
        """The filter after the update of `snap`'s pass: params, the 9 new weights then the new bias."""
        level = th.nice_ceiling(max(float(np.abs(snap.target_kernel).max()), 1e-9))
        shape = snap.weights.shape
        weights, bias = np.reshape(params[:-1], shape), float(params[-1])
        self.set_title(translate("FilterPanel", "Filter w AFTER the update (step {step}): one filter, applied once")
                       .format(step=grouped(snap.step + 1)))
        self.set_values(weights, level, also=[bias])
        self.footer.setText(translate("FilterPanel", "bias b = <b>{value}</b> (was {old})")
                            .format(value=self.format(bias), old=self.format(snap.bias)))
