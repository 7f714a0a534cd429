"""How numbers are written: one fixed-point precision per panel, never -0.000, no e-notation in cells."""

import numpy as np
import pytest

from cnnviz import numbers


def test_one_precision_per_panel_from_its_largest_value():
    assert numbers.cells([2.2e-15, 0.5, -0.25]) == ["0.000", "0.500", "-0.250"]
    assert numbers.cells([1470.2, -3.4, 0.0]) == ["1470", "-3", "0"]
    assert numbers.cells([47.123, 1.0]) == ["47.12", "1.00"]
    assert numbers.cells([0.0123, -0.002]) == ["0.0123", "-0.0020"]  # small panels keep their digits
    assert numbers.cells([-2e-15, 1e-16]) == ["0.000", "0.000"]  # round-off reads as zero, unsigned
    texts = numbers.cells(np.random.default_rng(0).normal(0, 300, 9))
    assert len({t.split(".")[-1].__len__() for t in texts}) == 1  # same number of decimals everywhere
    assert not any("e" in t for t in texts)


def test_never_minus_zero_and_scientific_only_past_the_fixed_limit():
    assert numbers.fixed(-0.0001, 3) == "0.000" and numbers.fixed(-0.0, 2) == "0.00"
    assert numbers.cells([3e8, 1.0]) == ["3.00e+08", "1.00e+00"]  # a diverged run: the whole panel
    assert numbers.fmt_loss(2.16e53) == "2.16e+53" and numbers.fmt_loss(0.279) == "0.279"


@pytest.mark.parametrize("step, value, text", [(0.5, -1.0, "-1.0"), (0.25, 0.75, "0.75"), (1000, 2000, "2000"),
                                               (1e-12, 2e-12, "2.0e-12"), (0.025, 0.0, "0.000")])
def test_axis_labels(step, value, text):
    assert numbers.axis_label(value, step) == text
