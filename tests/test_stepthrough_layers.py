"""The step-through model with stride, padding, kernel size and colour (the app draws it later)."""

import numpy as np
import pytest

from cnnviz.engine import LessonConfig, Trainer, backward
from cnnviz.stepthrough import StepThrough, StepThroughTooBig, check_trace_budget, overwrite_training_demo

RGB = np.random.default_rng(31).random((2, 3, 7, 8))
CONFIG = LessonConfig(color=True, stride=2, padding=1, lr=1e-3, optimizer="momentum", seed=2)


@pytest.fixture
def model():
    t = Trainer(RGB, CONFIG)
    t.step(3)
    return StepThrough(t)


def test_positions_skip_by_the_stride_and_the_border_shows_its_zeros(model):
    ho, wo = model.trainer.output_shape[1:]
    assert (ho, wo) == (4, 4) and model.P == 2 * ho * wo and model.row_length == wo
    model.seek(2)
    v = model.current
    assert (v.image, v.row, v.col) == (0, 0, 1) and v.corner == (-1, 1) and v.receptive_field == (-1, 1, 3, 3)
    assert v.patch.shape == (3, 3, 3) and not v.patch[:, 0, :].any()  # the top row is the padding
    np.testing.assert_array_equal(v.patch[:, 1:, :], RGB[0, :, 0:2, 1:4])
    s = model.snapshot
    assert v.pre_activation == pytest.approx(s.output[0, 0, 1], rel=1e-12)  # identity: a = y
    assert not v.contrib[:, 0, :].any()  # the zeros add nothing to the buffer
    assert model.counter_text == "position 2 of 32: image 1 of 2, row 0, col 1 (rows and cols from 0)"
    # its input deltas land on real pixels only: dx stops at the image
    dx = model.input_grad
    assert dx.shape == RGB.shape
    np.testing.assert_allclose(dx[0, :, 0:2, 1:4] - model.trace.dx_after(1)[0, :, 0:2, 1:4],
                               v.input_deltas[:, 1:, :], atol=1e-15)


def test_the_pass_ends_at_the_engine_s_sums_and_the_update_is_the_trainer_s(model):
    s = model.snapshot
    g = backward(s.images, s.weights, s.delta, stride=2, padding=1)
    model.end()
    np.testing.assert_allclose(model.buffer, g.dw, rtol=1e-10, atol=1e-12)
    assert model.buffer_bias == pytest.approx(g.db, rel=1e-10)
    np.testing.assert_allclose(model.input_grad, g.dx, rtol=1e-10, atol=1e-12)
    # one weight's map sums to its buffer value; its pixels are every 2nd of a rectangle from (r-p, c-p)
    np.testing.assert_allclose(model.weight_map(1, 2, 0).sum(), model.buffer[1, 2, 0], rtol=1e-10)
    assert model.pixels_touched(2, 0) == (1, -1, 7, 7)
    rows = model.update_rows()
    assert len(rows) == 28 and rows[0].name == "w[0,0,0]" and rows[26].name == "w[2,2,2]" and rows[-1].name == "b"
    for row in model.check_gradient():
        assert row.relative_error < 1e-5, row
    expected = Trainer(RGB, CONFIG)
    expected.step(4)
    model.apply_update()
    np.testing.assert_allclose(model.trainer.params, expected.params, rtol=1e-12, atol=1e-15)
    assert model.count == 0


def test_overwrite_demo_and_trace_budget_for_other_layers(monkeypatch):
    sums, overwrites = overwrite_training_demo(RGB, CONFIG, steps=20)
    assert sums[-1] < sums[0] and overwrites[-1] != sums[-1]
    import cnnviz.stepthrough as st

    monkeypatch.setattr(st, "MAX_TRACE_BYTES", 2 * 16 * 3 * 27 * 8)  # exactly two images' worth
    check_trace_budget(RGB.shape, CONFIG)
    with pytest.raises(StepThroughTooBig, match="the step-through of 48 positions"):
        check_trace_budget((3, 3, 7, 8), CONFIG)


def test_history_csv_names_every_parameter_of_the_layer(tmp_path):
    import csv

    from cnnviz.history_csv import write_history_csv

    t = Trainer(RGB, CONFIG)
    t.step(4)
    assert write_history_csv(tmp_path / "h.csv", t.snapshot()) == 4
    with open(tmp_path / "h.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    assert len(header) == 2 + 28 + 28 and header[2] == "w[0,0,0]" and header[29] == "b"
    assert header[30] == "dL/dw[0,0,0]" and header[-1] == "dL/db"
    np.testing.assert_array_equal([float(v) for v in rows[-1][2:30]], t.history.arrays()[2][-1])
