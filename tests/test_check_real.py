"""`cnnviz check` on homework as learners really write it (tests/check/real/: one bug per file, in
loops, notebooks with magics and course imports, Python 2, own caches and signatures).

Each file runs through the real command (its code in a separate process); the verdict, the
diagnosis ids and the plain first sentence are asserted, and no message keeps a placeholder.
"""

import functools
import json
import re
import time
from pathlib import Path
from xml.etree import ElementTree

import numpy as np
import pytest

from cnnviz import cli
from cnnviz.check import checker, diagnose, probes as pr
from cnnviz.check.runner import CallResult, RunResult
from cnnviz.check.source import SourceError, load_source

REAL = Path(__file__).resolve().parent / "check" / "real"
PLACEHOLDER = re.compile(r"\{[A-Z]{1,4}\}")  # {P}, {N}, {HW}, {PIX}...: a template not filled in

CATALOGUE = {  # file: (verdict, ids, words the plain first sentence must have)
    "cs231n_seven_loops.py": ("correct", [], "Correct"),
    "cs231n_layers_file.py": ("correct", [], "Correct"),  # h5py and course modules missing, not needed
    "dlai_notebook_correct.ipynb": ("correct", [], "Correct"),  # magics, shell lines, data cells
    "cs231n_notebook_overwrite.ipynb": ("wrong", ["overwrite"], "`+=` instead of `=`"),
    "dlai_notebook_pad_slice.ipynb": ("error", ["padding"], "[pad:pad+H, pad:pad+W]"),
    "cs231n_pad_slice.py": ("wrong", ["padding"], "empty when pad = 0"),
    "lesson_mean_900.py": ("wrong", ["mean"], "remove the division"),
    "lesson_mean_pixels.py": ("wrong", ["mean"], "remove the division"),
    "cs231n_mean_N.py": ("wrong", ["mean"], "remove the division"),
    "lesson_zeros.py": ("wrong", ["zeros"], "all zeros"),
    "lesson_ignores_input.py": ("wrong", ["ignores-input"], "does not change when the data changes"),
    "cs231n_none.py": ("wrong", ["not-implemented"], "not finished"),
    "cs231n_order.py": ("wrong", ["order"], "return dx, dw, db"),
    "lesson_order.py": ("wrong", ["order"], "return dw, db, dx"),
    "cs231n_xrange.py": ("error", ["python2"], "range instead of xrange"),
    "cs231n_int_division.py": ("error", ["python2"], "`//`"),
    "lesson_print_statement.py": ("error", ["python2"], "print(...)"),
    "cs231n_cache5.py": ("error", ["cache"], "cache = (x, w, b, conv_param)"),
    "cs231n_signature.py": ("error", ["signature"], "def conv_backward_naive(dout, cache)"),
    "lesson_dy_first.py": ("error", ["signature"], "def backward(x, w, dy)"),
    "lesson_typo_h5py_missing.py": ("error", ["exception"], "UnboundLocalError on line 9"),
    "cs231n_missing_module.py": ("error", ["missing-module"], "module cs231n"),
    "cs231n_swapped_hw.py": ("error", ["sizes"], "height and width swapped"),
    "lesson_hardcoded_30.py": ("error", ["sizes"], "no numbers like 30"),
    "cs231n_dx_column_stride.py": ("wrong", ["stride"], "ignore the stride"),  # dx wrong at stride 2 only
    "cs231n_unpadded_windows.py": ("error", ["padding"], "padded x"),  # fails at C, wrong at D: both pad 1
    "cs231n_db_last_image.py": ("wrong", ["bias"], "Your db is wrong"),
}
SLOW = "lesson_pixel_loops_slow.py"  # checked on its own below, on a smaller lesson


def run_check(capsys, *args):
    code = cli.main(["check", *map(str, args), "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


@functools.lru_cache(maxsize=None)
def report_of(name: str) -> dict:
    """The JSON report of a catalogue file (each file runs once per test process)."""
    return json.loads(json.dumps(checker.check_file(REAL / name).to_dict(), allow_nan=False))


def test_every_real_file_is_listed():
    assert sorted(p.name for p in REAL.iterdir() if p.suffix in (".py", ".ipynb")) == sorted([*CATALOGUE, SLOW])


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_real_homework(name):
    verdict, ids, words = CATALOGUE[name]
    report = report_of(name)
    assert (report["verdict"], report["diagnosis"]) == (verdict, ids)
    assert words in report["headline"]
    texts = [report["headline"], report["message"]] + [f["evidence"] for f in report["findings"]]
    assert not [t for t in texts if PLACEHOLDER.search(t)]
    if verdict == "correct":
        assert all(o["max_error"] < 1e-9 for o in report["lesson"].values())


# ---- what the findings say, checked against the numbers -------------------------------------------
def test_fixed_900_is_mean_with_the_number():
    report = report_of("lesson_mean_900.py")
    evidence = report["findings"][0]["evidence"]
    assert "divided by 900 on every call" in evidence and "probe A (7x9), which has 35 positions" in evidence
    x, w, dy = checker.lesson_data()
    true = pr.backward(x[None, None], w[None, None], dy[None, None], 1, 0)[0][0, 0]
    assert np.allclose(report["lesson"]["dw"]["yours"], true / 900)


def test_notebook_error_names_the_cell():
    report = report_of("dlai_notebook_pad_slice.ipynb")
    (finding,) = report["findings"]
    assert finding["traceback"][0].startswith('  File "dlai_notebook_pad_slice.ipynb", code cell 3, line 29')
    assert "da_prev_pad[pad:-pad, pad:-pad, :]" in finding["traceback"][0]
    assert any("No module named 'h5py'" in n for n in report["notes"])


def test_empty_dx_is_not_called_missing(capsys):
    code = cli.main(["check", str(REAL / "cs231n_pad_slice.py")])
    out, _ = capsys.readouterr()
    assert out.splitlines()[0].startswith("Your dx is empty when pad = 0")  # the plain sentence first
    assert "dx not comparable (shape (1, 1, 0, 0), expected (1, 1, 32, 32))" in out
    assert "not returned" not in out and code == 1


def test_unknown_shows_the_probe_where_it_is_wrong():
    """Wrong on probe A only, in no known way: the cells shown are probe A's, not the lesson's (right)."""
    probes = pr.make_probes("lesson", checker.lesson_data())
    right = [tuple(g[0, 0] if g.ndim == 4 else g[0] for g in pr.backward(p.x, p.w, p.dout, 1, 0)) for p in probes]
    odd = right[0][0].copy()
    odd[1, 2] += 0.5  # one cell off by 0.5
    calls = [CallResult("ok", (odd, *right[0][1:])), CallResult("ok", right[1]), CallResult("ok", right[2])]
    load = {"status": "ok", "function": "backward", "parameters": ["x", "w", "dy"]}
    report = checker.diagnose(Path("hw.py"), "lesson", "backward", probes, _run(load, calls))
    (finding,) = report.found
    assert finding.id == "unknown" and finding.evidence.startswith("your dw on probe A (7x9): ")
    assert "[0, 0, 0.500]" in finding.evidence  # yours − true, row 1: the wrong cell, 3 significant digits
    assert report.lesson["dw"].max_error < 1e-12


def test_missing_module_is_one_line(capsys, tmp_path):
    path = tmp_path / "layers.py"
    path.write_text("from cs231n.layers import conv_backward_naive\n")
    code = cli.main(["check", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1 and "module cs231n is missing here" in err


@pytest.mark.parametrize("text", ["def backward(x, w, dy):\n    pass\n", "[" * 100_000 + "]" * 100_000])
def test_not_a_notebook_is_bad_input(capsys, tmp_path, text):
    path = tmp_path / "homework.ipynb"
    path.write_text(text)  # Python, or JSON nested deeper than the decoder goes
    code = cli.main(["check", str(path)])
    _, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "is not a notebook" in err


def test_slow_but_correct_gets_time_by_its_work():
    """Six nested loops over pixels and positions: correct, and far slower on the lesson's data
    than on the probes. The time limit is set to 8 times what one probe takes here (measured on this
    machine, now; at least 0.05 s), so the probes fit in it and the lesson's call (about 180 times a
    probe's work on a 26x26 image) does not: that call is given time by the speed of the calls before it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("slow_homework", REAL / SLOW)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # our own file: timed here to size the limit
    rng = np.random.default_rng(1)
    probe = rng.standard_normal((7, 9)), rng.standard_normal((3, 3)), rng.standard_normal((5, 7))
    one_probe = min(_seconds(module.backward, probe) for _ in range(3))
    limit = max(0.05, 8 * one_probe)  # the probes take about 10 ms in all; the lesson's call about 0.3 s
    x, w, dy = rng.random((26, 26)), rng.standard_normal((3, 3)), rng.standard_normal((24, 24))
    seen = []
    report = checker.check_file(REAL / SLOW, timeout=limit, lesson=(x, w, dy), progress=lambda *a: seen.append(a))
    assert (report.verdict, report.ids) == ("correct", [])
    assert report.calls[-1]["seconds"] > limit  # the lesson's call alone ran past the limit
    assert (3, 3) in [s[:2] for s in seen]  # progress: every call was reported done
    assert any(s[:2] == (2, 3) and s[3] == "the lesson's data" for s in seen)  # and the slow one named


def _seconds(f, args) -> float:
    t0 = time.perf_counter()
    f(*args)
    return time.perf_counter() - t0


# ---- messages without a subprocess: every template filled --------------------------------------
def _run(load, calls, timed_out=False, limit=None):
    return RunResult(load, calls, timed_out=timed_out, limit=limit or {})


def test_too_slow_and_stuck_have_their_own_sentences():
    probes = pr.make_probes("lesson", checker.lesson_data())
    a, b = (CallResult("ok", tuple(g[0, 0] if g.ndim == 4 else g[0] for g in pr.backward(p.x, p.w, p.dout, 1, 0)))
            for p in probes[:2])  # the right answers on probes A and B, then the lesson's call never ends
    load = {"status": "ok", "function": "backward", "parameters": ["x", "w", "dy"]}
    slow = _run(load, [a, b, CallResult("not-run")], True, {"call": 2, "seconds": 121.0, "predicted": 300.0})
    report = checker.diagnose(Path("hw.py"), "lesson", "backward", probes, slow)
    assert report.ids == ["timeout"] and "too slow for the lesson's data" in report.found[0].sentence
    assert "up to 300 s" in report.found[0].sentence and "correct so far" in report.headline
    stuck = _run(load, [a, b, CallResult("not-run")], True, {"call": 2, "seconds": 10.0, "predicted": 0.5})
    report = checker.diagnose(Path("hw.py"), "lesson", "backward", probes, stuck)
    assert "predicted at most 0.5 s" in report.found[0].sentence


@pytest.mark.parametrize("lang", ["en", "de", "es", "zh_CN", "pseudo"])
def test_every_template_is_filled(lang):
    """In every language: each candidate's words filled for every probe, the tables, and every
    template of the checker's modules formatted with its own placeholders leave no brace behind."""
    from cnnviz import i18n

    i18n.set_language(lang)
    for probes in (pr.make_probes("lesson", checker.lesson_data()), pr.make_probes("cs231n", checker.lesson_data())):
        cands = diagnose.Candidates(probes, course=probes[0].x.shape[0] > 1)
        for name in diagnose.OUTPUTS:
            for cand in cands.for_output(name):
                for p in probes:
                    text = diagnose.fill(cand.how, p)
                    assert not PLACEHOLDER.search(text) and "{" not in text, text
                    assert p.describe() and "{" not in p.describe()
    for text in [*checker.SENTENCES.values(), *checker.HEADLINES.values()]:
        assert "{" not in text and "}" not in text
        assert "{" not in i18n.translate("Checker", text) and "}" not in i18n.translate("Checker", text)
    for template in checker.NAMED_HEADLINES.values():
        assert "{" not in i18n.translate("Checker", template).format(name="dx")
    assert set(checker.HEADLINES) | {"order", "python2", "cache", "signature", "missing-module"} >= set(checker.ORDER)
    contexts = ("Checker", "CheckDiagnose", "CheckProbes", "CheckSource", "CheckResults", "CheckRunner",
                "CheckSandbox", "CheckText", "CheckCli", "CheckReport", "CheckView")
    root = ElementTree.parse(i18n.FOLDER / "cnnviz_de.ts").getroot()  # every language has the same sources
    sources = [(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
               if c.findtext("name") in contexts]
    assert len(sources) > 250
    for context, source in sources:
        names = set(re.findall(r"\{(\w+)\}", source))
        text = i18n.translate(context, source)
        filled = text.format(**{n: "7" for n in names}) if names or "{" in text else text
        assert "{" not in filled and "}" not in filled, (lang, context, source)
        words = re.sub(r"\{\w+\}|[^\w]", "", source)  # "{first}, {then}" has no words: it may stay as it is
        assert lang == "en" or text != source or not words, (lang, source)  # translated (pseudo: marked)


# ---- notebooks as source -----------------------------------------------------------------------
def _notebook(tmp_path, *cells, nbformat=4):
    if nbformat == 4:
        nb = {"cells": [{"cell_type": "code", "source": c.splitlines(True)} for c in cells], "nbformat": 4}
    else:
        nb = {"worksheets": [{"cells": [{"cell_type": "code", "input": c} for c in cells]}], "nbformat": 3}
    path = tmp_path / "hw.ipynb"
    path.write_text(json.dumps(nb))
    return path


def test_notebook_cells_joined_with_ipython_lines_skipped(tmp_path):
    path = _notebook(tmp_path, "%matplotlib inline\nimport numpy as np\n!pip install h5py\nfiles = !ls",
                     "%%bash\necho hi", "%%time\nx = 1\nnp?", "def backward(x, w, dy)\n    return 1",
                     "def backward(x, w, dy):\n    if True:\n        %time y = 2\n    return x")
    source = load_source(path, ("backward",))
    lines = source.text.splitlines()
    assert lines[:4] == ["pass", "import numpy as np", "pass", "pass"]
    assert lines[4:6] == ["", ""]  # %%bash: not Python, left out (its lines kept empty)
    assert lines[6:9] == ["pass", "x = 1", "pass"]
    assert lines[9] == "def backward(x, w, dy)"  # a syntax error in the function's cell is kept: it is the finding
    assert lines[13] == "        pass"
    assert source.where(14) == "code cell 5, line 3" and source.where(2) == "code cell 1, line 2"
    assert any("%%bash" in n for n in source.notes)
    written = load_source(_notebook(tmp_path, "%%writefile layers.py\ndef backward(x, w, dy):\n    pass"))
    assert written.text.splitlines() == ["pass", "def backward(x, w, dy):", "    pass"]
    assert _notebook(tmp_path, "x = 1", "y = (", nbformat=3) and "not valid Python" in " ".join(
        load_source(tmp_path / "hw.ipynb").notes)
    with pytest.raises(SourceError):
        load_source(_notebook(tmp_path))  # no code cells
    (tmp_path / "odd.ipynb").write_text('{"worksheets": [1, 2]}')
    with pytest.raises(SourceError, match="its cells cannot be read"):
        load_source(tmp_path / "odd.ipynb")


def test_a_py_file_with_pasted_magics_runs(tmp_path):
    path = tmp_path / "hw.py"
    path.write_text("import numpy as np\n%matplotlib inline\ndef backward(x, w, dy):\n    return 1\n")
    source = load_source(path)
    assert source.text.splitlines()[1] == "pass" and source.notes and source.where(3) == "line 3"
    path.write_text("x = 10 % 3\n")
    assert load_source(path).text == "x = 10 % 3\n"  # Python as it is: untouched


def test_a_notebook_cell_that_trains_too_long_is_named(capsys, tmp_path):
    path = _notebook(tmp_path, "import numpy as np\ndef backward(x, w, dy):\n    return None",
                     "import time\nfor epoch in range(1000):\n    time.sleep(0.01)")
    code, report, _ = run_check(capsys, path, "--timeout", "0.3")
    assert (code, report["verdict"], report["diagnosis"]) == (1, "error", ["timeout"])
    assert "(code cell 2, line 2 was running: for epoch in range(1000):)" in report["findings"][0]["sentence"]
    assert report["headline"].startswith("A cell of your notebook runs too long (code cell 2, line 2)")
