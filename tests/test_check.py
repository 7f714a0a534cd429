"""`cnnviz check` on the homework examples and on the same bugs written in other styles.

Every test runs the learner's file through the real command (its code in a separate process)
and asserts the verdict, the diagnosis ids and the exit code.
"""

import json
from pathlib import Path

import numpy as np
import pytest

from cnnviz import cli
from cnnviz.check import probes as pr
from cnnviz.engine import backward as engine_backward

HOMEWORK = Path(__file__).resolve().parents[1] / "examples" / "homework"
STYLES = Path(__file__).resolve().parent / "check"


def run_check(capsys, *args):
    code = cli.main(["check", *map(str, args), "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


EXAMPLES = {  # file: (verdict, ids)
    "lesson_correct.py": ("correct", []),
    "lesson_overwrite.py": ("wrong", ["overwrite"]),
    "lesson_mean.py": ("wrong", ["mean"]),
    "lesson_stale.py": ("wrong", ["stale"]),
    "lesson_flipped.py": ("wrong", ["flipped"]),
    "lesson_transposed.py": ("wrong", ["transposed"]),
    "lesson_sign.py": ("wrong", ["sign"]),
    "lesson_bias.py": ("wrong", ["bias"]),
    "lesson_positions.py": ("wrong", ["positions"]),
    "lesson_dx_overwrite.py": ("wrong", ["dx-overwrite"]),
    "lesson_dx_flipped.py": ("wrong", ["dx-flipped"]),
    "lesson_two_bugs.py": ("wrong", ["overwrite", "bias"]),
    "cs231n_correct.py": ("correct", []),
    "cs231n_stride.py": ("wrong", ["stride"]),
    "cs231n_padding.py": ("wrong", ["padding"]),
    "cs231n_bias.py": ("wrong", ["bias"]),
    "dlai_correct.py": ("correct", []),
    "dlai_flipped.py": ("wrong", ["flipped"]),
    "dlai_pad_slice.py": ("error", ["padding"]),
}


def test_every_example_is_listed():
    assert sorted(p.name for p in HOMEWORK.glob("*.py")) == sorted(EXAMPLES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_homework_examples(capsys, name):
    verdict, ids = EXAMPLES[name]
    code, report, _ = run_check(capsys, HOMEWORK / name)
    assert (report["verdict"], report["diagnosis"]) == (verdict, ids)
    assert code == (0 if verdict == "correct" else 1)
    if verdict == "correct":
        assert all(o["max_error"] < 1e-9 and o["wrong_cells"] == [] for o in report["lesson"].values())


# The same bugs in other styles: vectorised, einsum, other variable names (files in tests/check/).
STYLE_CASES = {
    "vec_correct.py": ("correct", []),
    "vec_overwrite.py": ("wrong", ["overwrite"]),
    "einsum_flipped.py": ("wrong", ["flipped"]),
    "einsum_transposed_mean.py": ("wrong", ["mean", "transposed"]),
    "global_stale.py": ("wrong", ["stale"]),
    "vec_dx_overwrite.py": ("wrong", ["dx-overwrite"]),
    "vec_positions_first_col.py": ("wrong", ["positions"]),
    "vec_cs231n_correct.py": ("correct", []),
    "vec_cs231n_overwrite_sign.py": ("wrong", ["overwrite", "sign"]),
    "vec_dlai_stride.py": ("wrong", ["stride"]),
    "vec_unknown.py": ("wrong", ["unknown"]),
}


@pytest.mark.parametrize("name", sorted(STYLE_CASES))
def test_same_bugs_in_other_styles(capsys, name):
    verdict, ids = STYLE_CASES[name]
    code, report, _ = run_check(capsys, STYLES / name)
    assert (report["verdict"], report["diagnosis"]) == (verdict, ids)
    assert code == (0 if verdict == "correct" else 1)


def test_overwrite_evidence_names_the_last_position(capsys):
    _, report, _ = run_check(capsys, HOMEWORK / "lesson_overwrite.py")
    (finding,) = report["findings"]
    assert "position 900's contribution alone" in finding["evidence"]
    assert report["explain_position_count"] == 900
    dw = report["lesson"]["dw"]
    assert len(dw["wrong_cells"]) == 9 and dw["max_error"] > 1
    # The learner's dw is exactly the last position's contribution (the tool's claim, recomputed here).
    from cnnviz.check.checker import lesson_data

    x, w, dy = lesson_data()
    assert np.allclose(dw["yours"], dy[-1, -1] * x[-3:, -3:])


def test_unknown_shows_cells_and_closest(capsys):
    _, report, _ = run_check(capsys, STYLES / "vec_unknown.py")
    (finding,) = report["findings"]
    assert "cell by cell" in finding["evidence"] and "closest explanation" in finding["evidence"]


# ---- the exact answer itself ------------------------------------------------------------------------
def test_reference_equals_engine_and_finite_differences():
    rng = np.random.default_rng(0)
    x, w, dy = rng.standard_normal((7, 9)), rng.standard_normal((3, 3)), rng.standard_normal((5, 7))
    dw, db, dx = pr.backward(x[None, None], w[None, None], dy[None, None], 1, 0)
    g = engine_backward(x, w, dy)
    assert np.allclose(dw[0, 0], g.dw) and np.isclose(db[0], g.db) and np.allclose(dx[0, 0], g.dx)
    # stride 2, pad 1, several images/channels/filters: against finite differences of sum(dout * y)
    p = pr.make_probes("cs231n", (x, w, dy))[3]
    dw, db, dx = pr.backward(p.x, p.w, p.dout, p.stride, p.pad)

    def loss(x_, w_, b_):
        xp = np.pad(x_, ((0, 0), (0, 0), (1, 1), (1, 1)))
        ho, wo = p.dout.shape[2:]
        y = np.zeros(p.dout.shape)
        for i in range(ho):
            for j in range(wo):
                y[:, :, i, j] = np.einsum("ncrs,fcrs->nf", xp[:, :, 2 * i:2 * i + 3, 2 * j:2 * j + 3], w_) + b_
        return float(np.sum(y * p.dout))

    eps = 1e-6
    for arr, grad, args in ((p.w, dw, lambda a: (p.x, a, p.b)), (p.x, dx, lambda a: (a, p.w, p.b)),
                            (p.b, db, lambda a: (p.x, p.w, a))):
        for idx in [tuple(i) for i in np.argwhere(np.ones(arr.shape))[::7]]:
            plus, minus = arr.copy(), arr.copy()
            plus[idx] += eps
            minus[idx] -= eps
            numeric = (loss(*args(plus)) - loss(*args(minus))) / (2 * eps)
            assert numeric == pytest.approx(grad[idx], abs=1e-6)


def test_correct_says_how_close_not_exact():
    """Issue 19: a float32 answer within 1e-5 passes, so "gives the exact dw" was false."""
    from cnnviz.check.checker import Report
    from cnnviz.check.diagnose import RTOL, close

    true = np.linspace(-3, 5, 9).reshape(3, 3)
    assert close(true.astype(np.float32).astype(np.float64) + 1e-6, true, scale=5.0)  # float32-like: passes, not exact
    message = Report("correct", [], "lesson", "conv_backward", "hw.py", calls=[{}] * 4).message
    assert message == ("Correct: your conv_backward gives the right dw, db and dx (to 1 part in 100,000 of the "
                       "largest value) on the lesson's data and on 3 probes.") and RTOL == 1e-5
