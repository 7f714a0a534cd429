"""`cnnviz check` on code that breaks: syntax errors, exceptions, endless loops, exits, floods of
output, missing functions, wrong shapes. Reported, never inherited: the checker itself never fails."""

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path


from cnnviz import cli

ROOT = Path(__file__).resolve().parents[1]
GOOD_BODY = """
    dw = np.zeros((3, 3)); dx = np.zeros_like(x)
    for r in range(3):
        for c in range(3):
            dw[r, c] = np.sum(dy * x[r:r + dy.shape[0], c:c + dy.shape[1]])
            dx[r:r + dy.shape[0], c:c + dy.shape[1]] += w[r, c] * dy
"""


def learner(tmp_path, body: str, name="homework.py") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body))
    return path


def check(capsys, *args):
    code = cli.main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def check_json(capsys, *args):
    code, out, err = check(capsys, *args, "--json")
    return code, json.loads(out), err


def test_syntax_error_reports_their_line(capsys, tmp_path):
    path = learner(tmp_path, "import numpy as np\n\ndef backward(x, w, dy)\n    return 1\n")
    code, report, _ = check_json(capsys, path)
    assert (code, report["verdict"], report["diagnosis"]) == (1, "error", ["exception"])
    assert "line 3" in report["findings"][0]["sentence"]


def test_exception_shows_only_their_traceback_lines(capsys, tmp_path):
    path = learner(tmp_path, """\
        import numpy as np

        def helper(a):
            return a[100, 100]

        def backward(x, w, dy):
            return helper(x), 0.0, x
        """)
    code, report, _ = check_json(capsys, path)
    assert (code, report["verdict"], report["diagnosis"]) == (1, "error", ["exception"])
    lines = report["findings"][0]["traceback"]
    assert len(lines) == 2 and all(line.startswith('  File "homework.py"') for line in lines)
    assert "line 4" in lines[1] and "a[100, 100]" in lines[1]
    assert "IndexError" in report["findings"][0]["sentence"]
    assert "child.py" not in json.dumps(report)


def test_endless_loop_times_out(capsys, tmp_path):
    path = learner(tmp_path, "def backward(x, w, dy):\n    while True:\n        pass\n")
    t0 = time.perf_counter()
    code, report, _ = check_json(capsys, path, "--timeout", "1")
    assert time.perf_counter() - t0 < 8
    assert (code, report["verdict"], report["diagnosis"]) == (1, "error", ["timeout"])


def test_endless_loop_at_load_time_times_out(capsys, tmp_path):
    path = learner(tmp_path, "while True:\n    pass\n")
    code, report, _ = check_json(capsys, path, "--timeout", "1")
    assert (code, report["verdict"], report["diagnosis"]) == (1, "error", ["timeout"])


def test_sys_exit_is_reported(capsys, tmp_path):
    path = learner(tmp_path, "import sys\ndef backward(x, w, dy):\n    sys.exit(3)\n")
    code, report, _ = check_json(capsys, path)
    assert (code, report["verdict"], report["diagnosis"]) == (1, "error", ["exception"])
    assert "sys.exit(3)" in report["findings"][0]["sentence"]


def test_os_exit_is_reported(capsys, tmp_path):
    path = learner(tmp_path, "import os\ndef backward(x, w, dy):\n    os._exit(0)\n")
    code, report, _ = check_json(capsys, path)
    assert (code, report["verdict"], report["diagnosis"]) == (1, "error", ["exception"])
    assert "ended the checker's process" in report["findings"][0]["sentence"]


def test_huge_print_is_capped(capsys, tmp_path):
    path = learner(tmp_path, "import numpy as np\ndef backward(x, w, dy):\n"
                             "    for _ in range(200):\n        print('x' * 100_000)\n" + GOOD_BODY
                   + "    return dw, dy.sum(), dx\n")
    code, report, _ = check_json(capsys, path)
    assert (code, report["verdict"]) == (0, "correct")
    assert 0 < len(report["printed"]) <= 20_000


def test_memory_limit(capsys, tmp_path):
    path = learner(tmp_path, "import numpy as np\ndef backward(x, w, dy):\n    big = np.ones(600_000_000)\n"
                             "    return big, 0, x\n")
    code, report, _ = check_json(capsys, path)
    assert (code, report["verdict"], report["diagnosis"]) == (1, "error", ["exception"])
    assert "MemoryError" in report["findings"][0]["sentence"]


def test_wrong_shapes_say_which(capsys, tmp_path):
    path = learner(tmp_path, "import numpy as np\ndef backward(x, w, dy):\n" + GOOD_BODY
                   + "    return dw.ravel()[:4], dy.sum(), dx\n")
    code, report, _ = check_json(capsys, path)
    assert (code, report["verdict"], report["diagnosis"]) == (1, "wrong", ["shape"])
    assert "dw has shape (4,) where (3, 3) was expected" in report["message"]


def test_wrong_return_count(capsys, tmp_path):
    path = learner(tmp_path, "def backward(x, w, dy):\n    return x\n")
    code, report, _ = check_json(capsys, path)
    assert (code, report["diagnosis"]) == (1, ["shape"])
    assert "returned ndarray, expected a tuple of 3 arrays" in report["message"]


def test_non_finite_values_keep_json_strict(capsys, tmp_path):
    path = learner(tmp_path, "import numpy as np\ndef backward(x, w, dy):\n" + GOOD_BODY
                   + "    dw[0, 0] = np.nan\n    dw[0, 1] = np.inf\n    return dw, dy.sum(), dx\n")
    code, out, _ = check(capsys, path, "--json")
    assert "NaN" not in out and "Infinity" not in out
    report = json.loads(out)
    assert report["verdict"] == "wrong" and report["lesson"]["dw"]["yours"][0][:2] == [None, None]
    assert report["lesson"]["dw"]["max_error"] is None


def test_missing_function_is_bad_input(capsys, tmp_path):
    path = learner(tmp_path, "def forward(x):\n    return x\n")
    code, out, err = check(capsys, path)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "defines no function backward" in err and "forward" in err


def test_missing_file_is_bad_input(capsys, tmp_path):
    code, out, err = check(capsys, tmp_path / "nope.py")
    assert (code, out) == (2, "") and "no such file" in err and err.count("\n") == 1


def test_function_option_and_convention(capsys, tmp_path):
    source = (ROOT / "examples" / "homework" / "cs231n_correct.py").read_text()
    path = learner(tmp_path, source.replace("def conv_backward_naive", "def my_conv_back"))
    code, report, _ = check_json(capsys, path, "--function", "my_conv_back", "--convention", "cs231n")
    assert (code, report["verdict"], report["function"], len(report["calls"])) == (0, "correct", "my_conv_back", 5)


def test_text_output_marks_wrong_cells(capsys):
    code, out, _ = check(capsys, ROOT / "examples" / "homework" / "lesson_transposed.py")
    assert code == 1 and "verdict: wrong  (transposed)" in out
    rows = [line for line in out.splitlines() if "*" in line and "db" not in line and "marked" not in line]
    assert len(rows) == 3 and sum(line.count("*") for line in rows) == 6  # off-diagonal cells only


def test_check_never_imports_qt(tmp_path):
    code = ("import sys, cnnviz.cli as c; r = c.main(['check', sys.argv[1], '--json']); "
            "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; sys.exit(r)")
    done = subprocess.run([sys.executable, "-c", code, str(ROOT / "examples/homework/lesson_correct.py")],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["verdict"] == "correct"
