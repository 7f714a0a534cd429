"""The one shared 3x3 filter w and its bias b, values written in the cells."""

from __future__ import annotations

import numpy as np

from cnnviz.app import theme as th
from cnnviz.app.layer_words import filter_size, num_weights
from cnnviz.app.panels.base import GridPanel


class FilterPanel(GridPanel):
    key = "filter"
    explanation = ("The filter: 9 weights + 1 bias = 10 parameters, the SAME ones at every position. "
                   "The colour scale matches the target kernel's.")

    def show_snapshot(self, snap) -> None:
        n, ho, wo = snap.output.shape
        batch = f" ({n} images × {ho * wo:,})" if n > 1 else ""
        c = snap.config
        self.set_title(f"Filter w (one {filter_size(c)}, shared by all {n * ho * wo:,} positions{batch})")
        self.set_explanation(self.explanation if c.is_classroom_layer else  # this layer's counts
                             f"The filter: {num_weights(c)} weights + 1 bias = {c.num_params} parameters, the SAME "
                             "ones at every position" + (" (a grid per colour channel: R, G, B)" if c.color else "")
                             + ". The colour scale matches the target kernel's.")
        level = th.nice_ceiling(max(float(np.abs(snap.target_kernel).max()), 1e-9))
        self.set_values(snap.weights, level, also=[snap.bias])
        self.footer.setText(f"bias b = <b>{self.format(snap.bias)}</b>{self.hover_hint()}")

    def show_updated(self, snap, params) -> None:
        """The filter after the update of `snap`'s pass: params, the 9 new weights then the new bias."""
        level = th.nice_ceiling(max(float(np.abs(snap.target_kernel).max()), 1e-9))
        shape = snap.weights.shape
        weights, bias = np.reshape(params[:-1], shape), float(params[-1])
        self.set_title(f"Filter w AFTER the update (step {snap.step + 1:,}): one filter, applied once")
        self.set_values(weights, level, also=[bias])
        self.footer.setText(f"bias b = <b>{self.format(bias)}</b> (was {self.format(snap.bias)})")
