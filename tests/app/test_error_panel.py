"""The error map's explanation states δ's formula for the settings in use, and it is the engine's δ."""

import numpy as np
import pytest

from cnnviz import images
from cnnviz.engine import LessonConfig, Trainer, forward
from cnnviz.engine.activations import ACTIVATIONS


@pytest.mark.parametrize("activation, reduction, batch", [
    ("identity", "sum", 1), ("identity", "mean", 3), ("tanh", "sum", 1), ("relu", "mean", 3), ("sigmoid", "sum", 3)])
def test_error_map_explanation_is_this_lessons_formula(qtbot, activation, reduction, batch):
    from cnnviz.app.panels.error_panel import ErrorPanel

    x = np.stack([images.load_sample(name, 16) for name in ("shapes", "digit", "texture")[:batch]])
    trainer = Trainer(x, LessonConfig(activation=activation, reduction=reduction, seed=3))
    trainer.step(2)
    snap = trainer.snapshot()
    panel = ErrorPanel()
    qtbot.addWidget(panel)
    panel.show_snapshot(snap)
    words = panel.title_label.toolTip()
    P = snap.delta.size  # every output cell of every image
    per = f" / {P:,}" if reduction == "mean" else ""
    if activation == "identity" and reduction == "sum":
        assert "2·(y − T)" in words  # the classroom's sentence
    elif activation == "identity":
        assert f": 2(y − T){per}. Each δ" in words
    else:
        assert f": 2(a − T)·{activation}′(y){per}, a = {activation}(y). Each δ" in words
    # ... and the formula is the engine's δ: y = w · patch + b before the activation.
    y = np.stack([forward(img, snap.weights, snap.bias) for img in snap.images])
    f, f_prime = ACTIVATIONS[activation].f, ACTIVATIONS[activation].df
    a = f(y)
    np.testing.assert_allclose(snap.output, a, rtol=1e-12)
    scale = 1 / P if reduction == "mean" else 1.0
    np.testing.assert_allclose(snap.delta, 2 * (a - snap.target) * f_prime(y) * scale, rtol=1e-9, atol=1e-15)


def test_loss_panel_tooltips_state_this_lessons_loss(qtbot):
    from cnnviz.app.panels.loss_panel import LossPanel

    trainer = Trainer(images.load_sample("shapes", 16), LessonConfig(activation="relu", reduction="mean"))
    panel = LossPanel()
    qtbot.addWidget(panel)
    panel.show_snapshot(trainer.snapshot())
    for widget in (panel.title_label, panel.view):  # the title's tooltip too, not the classroom's
        assert widget.toolTip() == "The loss L = Σ (a − T)² / P before each update, on a log scale."
