"""`cnnviz check` against hostile learner files (tests/check/hostile/: one attack each).

Nothing a file does reaches beyond its own check: the host survives, no process outlives the
verdict, results cannot be forged into a traceback, text is shown and never obeyed. Each attack
runs without the sandbox ("off": the supervisor alone) and, where bubblewrap works, inside it.
"""

import json
import os
import resource
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest

from cnnviz import cli, notebook
from cnnviz.check import checker, clock, learner_text, results, runner, sandbox
from cnnviz.check_cli import format_report

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = Path(__file__).resolve().parent / "check" / "hostile"
BWRAP, WHY = sandbox.status()
needs_bwrap = pytest.mark.skipif(not BWRAP, reason=f"no sandbox on this machine: {WHY}")
MODES = ["off", pytest.param("require", marks=needs_bwrap)]


def hostile(tmp_path: Path, name: str, **subs) -> tuple[Path, str]:
    """A copy of the hostile file with TOKEN (and any other placeholder) replaced."""
    token = secrets.token_hex(6)
    text = (HOSTILE / name).read_bytes().replace(b"TOKEN", token.encode())
    for key, value in subs.items():
        text = text.replace(key.encode(), str(value).encode())
    path = tmp_path / name
    path.write_bytes(text)
    return path, token


def processes_with(token: str) -> list[int]:
    """Processes whose command line holds `token` (killed, so a failing test leaves none)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if token.encode() in f.read():
                    found.append(int(pid))
        except OSError:
            continue
    for pid in found:
        os.kill(pid, 9)
    return found


def check(path: Path, mode: str, timeout: float = 10.0) -> tuple[checker.Report, float]:
    t0 = time.perf_counter()
    report = checker.check_file(path, timeout=timeout, sandbox=mode)
    return report, time.perf_counter() - t0


def isolation(mode: str) -> str:
    return "isolated" if mode == "require" else "not isolated: the sandbox was turned off"


# ---- the process tree ------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_killing_the_parent_ends_only_the_check(tmp_path, mode):
    report, seconds = check(hostile(tmp_path, "kill_parent.py")[0], mode)
    assert report.isolation == isolation(mode) and seconds < 5
    if mode == "off":  # its parent is the throwaway supervisor
        assert (report.verdict, report.ids) == ("error", ["exception"])
        assert "killed its parent process (the checker's supervisor)" in report.message
    else:  # in its PID namespace the parent is the sandbox's init, which ignores the signal
        assert report.verdict == "correct"


@pytest.mark.parametrize("mode", MODES)
def test_stopping_the_parent_ends_only_the_check(tmp_path, mode):
    report, seconds = check(hostile(tmp_path, "stop_parent.py")[0], mode)
    assert seconds < 4  # noticed at once, not at the 10 s time limit
    if mode == "off":
        assert (report.verdict, report.ids) == ("error", ["exception"])
        assert "stopped its parent process" in report.message
    else:
        assert report.verdict == "correct"


def test_the_hosts_deadline_covers_a_stopped_supervisor(tmp_path, monkeypatch):
    """Where a stopped process cannot be seen (no /proc), the host's own deadline ends the check."""
    monkeypatch.setattr(runner, "_stopped", lambda pid: False)
    monkeypatch.setattr(runner, "GRACE", 0.5)
    path, _ = hostile(tmp_path, "stop_parent.py")
    report, seconds = check(path, "off", timeout=1.0)
    assert (report.verdict, report.ids) == ("error", ["exception"]) and seconds < 4
    assert "the checker's supervisor stopped answering" in report.message


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name, verdict", [("escapees.py", "correct"), ("escape_then_kill_parent.py", None)])
def test_no_process_outlives_the_verdict(tmp_path, mode, name, verdict):
    path, token = hostile(tmp_path, name)
    report, _ = check(path, mode)
    assert report.verdict == (verdict or ("error" if mode == "off" else "wrong"))
    assert processes_with(token) == []  # a setsid double fork and a new session, both gone


# ---- the results ---------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_traps_in_the_work_folder_are_never_read(tmp_path, mode):
    report, seconds = check(hostile(tmp_path, "folder_traps.py")[0], mode)
    assert report.verdict == "correct" and seconds < 5
    mine = [p for p in os.listdir(tempfile.gettempdir()) if p.startswith(f"cnnviz-check-{os.getpid()}-")]
    assert mine == []  # removed, even with its permissions taken away


@pytest.mark.parametrize("mode", MODES)
def test_forged_results_are_an_error_in_one_line(tmp_path, mode):
    report, _ = check(hostile(tmp_path, "forge_channel.py")[0], mode)
    assert report.verdict == "error"
    assert "could not use what your code sent back" in report.message
    assert "more than the" in report.message  # the bomb's header, refused before any data is read
    json.dumps(report.to_dict(), allow_nan=False)


def test_huge_return_keeps_the_host_small(tmp_path):
    """The host's own peak memory (VmHWM: ru_maxrss would count the forking test process), with
    strict --json out."""
    path, _ = hostile(tmp_path, "huge_return.py")
    code = ("import sys, cnnviz.cli as c; r = c.main(['check', sys.argv[1], '--json']); "  # VmHWM: this process's
            "print(open('/proc/self/status').read().split('VmHWM:')[1].split()[0], file=sys.stderr); sys.exit(r)")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    report = json.loads(done.stdout)
    assert (done.returncode, report["verdict"]) == (1, "error")
    assert "could not use what your code sent back" in report["message"]
    peak_mb = int(done.stderr.split()[-1]) / 1024
    assert peak_mb < 300, peak_mb


FORGED = {  # a stream as the learner could write it: each is an "error", never a traceback
    "cut": b"\x00\x00\x10",
    "length past the end": b"\xff\xff\xff\xff{}",
    "not json": b"\x00\x00\x00\x03abc",
    "unknown kind": b'\x00\x00\x00\x10{"kind": "oops"}',
    "call first": b'\x00\x00\x00\x2a{"kind": "call", "k": 0, "status": "ok", "arrays": 0}',
    "load of a function not asked for": b'\x00\x00\x00\x3c{"kind": "load", "status": "ok", "function": "rm", "arrays": 0}',
    "wrong field types": b'\x00\x00\x00\x43{"kind": "load", "status": "exception", "line": "7", "traceback": 3}',
}


@pytest.mark.parametrize("mode", MODES)
def test_a_forged_end_does_not_end_the_check(tmp_path, mode):
    """Their code is done when the child says so AND its pipe closes: a forged "done" from code that
    still runs is not taken for the end (nor for a stopped supervisor)."""
    report, seconds = check(hostile(tmp_path, "forge_done.py")[0], mode, timeout=1.0)
    assert (report.verdict, report.ids) == ("error", ["timeout"]) and seconds < 5
    assert "(line 13 was running: while True:)" in report.message


@pytest.mark.parametrize("name", sorted(FORGED))
def test_forged_streams(name):
    functions = {"backward": "lesson"}
    calls = {"lesson": [{"arrays": {"x": np.zeros((4, 4)), "w": np.zeros((3, 3)), "dy": np.zeros((2, 2))},
                         "stride": 1, "pad": 0}]}
    run = results.collect(results.Raw(results=FORGED[name], returncode=0), functions, calls)
    assert run.forged.startswith("its results were not readable")
    assert [c.status for c in run.calls] == ["not-run"]


def test_array_headers_are_checked_before_reading():
    import io

    buffer = io.BytesIO()
    np.save(buffer, np.arange(6.0).reshape(2, 3))
    assert results.read_array(buffer.getvalue(), 6).tolist() == [[0, 1, 2], [3, 4, 5]]
    for frame, words in ((buffer.getvalue(), "more than the 5"), (buffer.getvalue()[:-8], "does not match"),
                         (b"\x93NUMPY\x01\x00\x04\x00{}  ", "not readable")):
        with pytest.raises(results.BadResults, match=words):
            results.read_array(frame, 5 if "5" in words else 6)


def record_frame(record: dict) -> bytes:
    payload = json.dumps({"arrays": 0, **record}).encode()
    return len(payload).to_bytes(4, "big") + payload


def array_frame(a: np.ndarray) -> bytes:
    import io

    buffer = io.BytesIO()
    np.save(buffer, a)
    return len(buffer.getvalue()).to_bytes(4, "big") + buffer.getvalue()


LESSON_CALLS = {"lesson": [{"arrays": {"x": np.zeros((4, 4)), "w": np.zeros((3, 3)), "dy": np.zeros((2, 2))},
                            "stride": 1, "pad": 0, "work": 36}]}
LOADED = {"kind": "load", "status": "ok", "function": "backward", "convention": "lesson"}


def read_stream(frames: list[bytes], chunk: int = 5) -> tuple[list[dict], results.RunResult, bytes]:
    """The host's way: the stream fed in small pieces (frames split anywhere), then collected."""
    data = b"".join(frames)
    stream = results.Stream(1 << 20, {"backward": "lesson"})
    seen = [r for i in range(0, len(data), chunk) for r in stream.feed(data[i:i + chunk])]
    raw = results.Raw(results=stream.results(), returncode=0)
    return seen, results.collect(raw, {"backward": "lesson"}, LESSON_CALLS), bytes(stream.results())


def test_the_stream_tells_the_clock_and_keeps_only_results():
    dw, dx = np.arange(9.0).reshape(3, 3), np.ones((4, 4))
    frames = [record_frame({"kind": "ready"}), record_frame({"kind": "at", "line": 3}),
              record_frame({"kind": "at", "line": 5}),
              record_frame({**LOADED, "parameters": ["x", "w", "dy=None"],
                            "skipped": [{"line": 2, "error": "ModuleNotFoundError: No module named 'h5py'",
                                         "module": "h5py", "traceback": []}]}),
              record_frame({"kind": "call", "k": 0, "status": "ok", "seconds": 0.25, "arrays": 3}),
              array_frame(dw), array_frame(np.array(4.0)), array_frame(dx),
              record_frame({"kind": "output", "text": "hi", "dropped": 0}), record_frame({"kind": "done"})]
    seen, run, kept = read_stream(frames)
    assert [r["kind"] for r in seen] == ["ready", "at", "at", "load", "call", "output", "done"]
    assert seen[2]["line"] == 5 and seen[4] == {"kind": "call", "k": 0, "seconds": 0.25}
    assert kept == b"".join(frames[3:])  # the progress records are not kept
    assert run.forged == "" and run.calls[0].seconds == 0.25
    assert run.load["parameters"] == ["x", "w", "dy=None"] and run.load["skipped"][0]["module"] == "h5py"
    np.testing.assert_array_equal(run.calls[0].outputs[0], dw)
    np.testing.assert_array_equal(run.calls[0].outputs[2], dx)


FORGED_FIELDS = {  # the new fields, forged: each an "error" in one line, never a traceback
    "an 'at' line that is text": [{"kind": "at", "line": "7"}],
    "a 'ready' with arrays": [{"kind": "ready", "arrays": 2}],
    "a function named by a list": [{**LOADED, "function": ["backward"]}],
    "seconds that are NaN": [LOADED, {"kind": "call", "k": 0, "status": "exception", "seconds": float("nan")}],
    "negative seconds": [LOADED, {"kind": "call", "k": 0, "status": "exception", "seconds": -1}],
    "skipped statements that are not records": [{"kind": "load", "status": "missing", "skipped": [3]}],
    "a skipped module that is not text": [{"kind": "load", "status": "missing",
                                           "skipped": [{"line": 1, "error": "", "module": 5}]}],
    "parameters that are not text": [{**LOADED, "parameters": [1]}],
}


@pytest.mark.parametrize("name", sorted(FORGED_FIELDS))
def test_forged_progress_and_timing_fields(name):
    _, run, _ = read_stream([record_frame(r) for r in FORGED_FIELDS[name]] + [record_frame({"kind": "done"})])
    assert run.forged.startswith("its results were not readable: ")
    assert [c.status for c in run.calls] == ["not-run"]


def test_the_clock_gives_a_bigger_call_time_by_its_work():
    c = clock.Clock(10.0, now=0.0)
    assert c.deadline == 10.0 + clock.STARTUP_SECONDS and c.total is None
    c.ready(1.0)
    assert c.deadline == 11.0  # loading their file: 10 s from when their code starts
    c.loaded(2.0, [{"work": 10}, {"work": 10}, {"work": 500}, {"work": 10**6}])
    assert (c.deadline, c.total, c.limit(2.5)) == (12.0, 4, {"call": 0, "seconds": 0.5, "predicted": 0.0})
    c.call_done(3.0, 0.5)  # 0.05 s per unit of work
    assert c.deadline == 12.0  # a call of the same work: no more than the calls' 10 s
    c.call_done(4.0, 0.25)
    assert c.predicted == 25.0 and c.deadline == 4.0 + 3 * 25.0  # SLACK x the slowest rate x its work
    c.call_done(60.0, 30.0)
    assert c.predicted == 60_000.0 and c.deadline == 60.0 + clock.MAX_SECONDS  # at most MAX_SECONDS
    assert c.expired(180.0) and not c.expired(179.9)
    assert c.limit(180.0) == {"call": 3, "seconds": 120.0, "predicted": 60_000.0}


def alive_with(token: str) -> bool:
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if token.encode() in f.read():
                    return True
        except OSError:
            continue
    return False


@pytest.mark.parametrize("mode", MODES)
def test_a_killed_host_leaves_nothing_running(tmp_path, mode):
    """The host (here a CLI killed with SIGKILL mid-check) cannot sweep; the supervisor sees it is
    gone and reaps the whole tree, long before its own (longest possible) time limit."""
    path, token = hostile(tmp_path, "outlive_the_host.py")
    code = "import sys; from cnnviz.check import checker; checker.check_file(sys.argv[1], timeout=60, sandbox=sys.argv[2])"
    host = subprocess.Popen([sys.executable, "-c", code, str(path), mode], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        t0 = time.monotonic()
        while not alive_with(token) and time.monotonic() - t0 < 30:
            time.sleep(0.05)
        assert alive_with(token)  # the learner's sleeper runs
        host.kill()
        host.wait()
        t0 = time.monotonic()
        while alive_with(token) and time.monotonic() - t0 < 5:
            time.sleep(0.05)
        assert not alive_with(token), "the learner's processes outlived their host"
    finally:
        host.kill()
        processes_with(token)


def test_a_file_nested_too_deep_for_the_compiler_is_one_error(tmp_path):
    """Compiling it raises MemoryError, not SyntaxError: the checker reads the source too (notebook
    cells, imports that failed), and never with a traceback of its own."""
    path = tmp_path / "deep.py"
    path.write_text("x = " + "-" * 200_000 + "1\n\ndef backward(x, w, dy):\n    return x, w, dy\n")
    report, _ = check(path, "off")
    assert (report.verdict, report.ids) == ("error", ["exception"])
    assert "nested too deeply for Python to compile" in report.message


# ---- text --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_learner_text_is_shown_never_obeyed(tmp_path, mode):
    path, token = hostile(tmp_path, "text_attacks.py")
    report, _ = check(path, mode)
    assert report.verdict == "error" and token in report.message
    text = format_report(report)
    assert not any(c in text for c in "\x1b\x9b\r\x07\u202e")
    assert not [line for line in text.splitlines() if line.startswith("verdict: correct")]
    printed = [line for line in text.splitlines() if line.startswith("  | ")]
    assert len(printed) == 22 and printed[-2].startswith("  | … ") and printed[-2].endswith("more lines")
    assert printed[-1].endswith("more characters, not kept")  # of the 5 MB it printed
    assert all(len(line) < 310 for line in text.splitlines())
    json.loads(json.dumps(report.to_dict(), allow_nan=False))


def test_json_through_a_pipe_is_the_hosts_alone(tmp_path):
    """The learner writes into /proc/<parent>/fd/1: the CLI's --json stays one valid object."""
    path, _ = hostile(tmp_path, "text_attacks.py")
    done = subprocess.run([sys.executable, "-m", "cnnviz", "check", str(path), "--json"], capture_output=True,
                          cwd=ROOT, timeout=60)
    assert done.returncode == 1 and json.loads(done.stdout)["verdict"] == "error"


def test_clean_text():
    assert learner_text.clean("a\x1b[31mred\x1b[0m\x1b]0;title\x07b\u202ec\x00d\r\ne") == "aredbcd\ne"
    assert learner_text.one_line("x\nverdict: correct.\n") == "x / verdict: correct."
    assert learner_text.block("\n".join(map(str, range(30))), 3) == "0\n1\n2\n… 27 more lines"
    assert learner_text.framed("a\nb") == "  | a\n  | b"


# ---- ordinary files -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["bom.py", "coding_cookie.py", "lingering_thread.py"])
def test_ordinary_files_work(tmp_path, name):
    report, seconds = check(hostile(tmp_path, name)[0], "auto")
    assert report.verdict == "correct" and seconds < 5  # a lingering thread does not hold the verdict


def test_callers_limits_are_only_lowered(tmp_path):
    """Under `ulimit -v` and `ulimit -f` below the checker's own limits, a correct file is correct."""
    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))  # below the 2 GB the checker sets
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 2**20, 16 * 2**20))

    done = subprocess.run([sys.executable, "-m", "cnnviz", "check", str(ROOT / "tests/check/vec_correct.py"),
                           "--json"], capture_output=True, cwd=ROOT, timeout=60, preexec_fn=limits)
    assert json.loads(done.stdout)["verdict"] == "correct", done.stderr


# ---- the sandbox ----------------------------------------------------------------------------------------
@needs_bwrap
def test_the_sandbox_contains_files_network_and_processes(tmp_path, monkeypatch):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    token = secrets.token_hex(6)
    monkeypatch.setenv("CNNVIZ_TEST_SECRET", f"SECRET-{token}")
    text = (HOSTILE / "reach_out.py").read_text().replace("TOKEN", token).replace("PORT", str(listener.getsockname()[1]))
    path = tmp_path / "reach_out.py"
    path.write_text(text)
    (tmp_path / "victim.txt").write_text("keep me")
    try:
        report, _ = check(path, "require")
    finally:
        listener.close()
    assert report.verdict == "correct" and report.isolation == "isolated"
    assert (tmp_path / "victim.txt").read_text() == "keep me"
    assert not (tmp_path / f"written-{token}").exists() and not Path(f"/tmp/written-{token}").exists()
    reached = report.printed.split("reached: ")[1].split(", ")
    big_tmp = [] if sandbox._can_size() else ["a /tmp of more than 256 MB"]  # bwrap before 0.7 cannot size it
    assert reached[:-1] == ["wrote /tmp"] + big_tmp  # its own fresh /tmp only
    assert int(reached[-1].split()[0]) <= 3  # it sees its own processes only


def test_isolate_refuses_in_one_line_without_a_sandbox(capsys, monkeypatch):
    monkeypatch.setattr(sandbox, "status", lambda: (False, "bubblewrap (bwrap) is not installed"))
    code = cli.main(["check", str(ROOT / "tests/check/vec_correct.py"), "--isolate"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert "cannot isolate your code on this machine: bubblewrap (bwrap) is not installed" in err
    code = cli.main(["check", str(ROOT / "tests/check/vec_correct.py")])
    out, _ = capsys.readouterr()
    assert code == 0 and "how your code ran: not isolated: bubblewrap (bwrap) is not installed" in out


@needs_bwrap
def test_isolate_runs_isolated(capsys):
    code = cli.main(["check", str(ROOT / "tests/check/vec_correct.py"), "--isolate", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert (code, report["verdict"], report["isolation"]) == (0, "correct", "isolated")


def test_a_fifo_or_a_huge_file_is_refused_before_running(tmp_path, capsys):
    fifo = tmp_path / "homework.py"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.py"
    with open(huge, "wb") as f:
        f.truncate(checker.MAX_SOURCE_BYTES + 1)
    for path, words in ((fifo, "not a regular file"), (huge, "bytes (limit 10,000,000)")):
        code = cli.main(["check", str(path)])
        out, err = capsys.readouterr()
        assert (code, out) == (2, "") and words in err and err.count("\n") == 1


# ---- leftovers and the notebook -------------------------------------------------------------------------
def test_stale_work_folders_of_dead_checkers_are_removed(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f"cnnviz-check-{dead.pid}-abc123"
    alive = tmp_path / f"cnnviz-check-{os.getpid()}-def456"
    other = tmp_path / "cnnviz-check-notmine"
    old, recent = tmp_path / "cnnviz-check-ab12cd_3", tmp_path / "cnnviz-check-ef56gh_7"  # before pids in names
    for folder in (stale, alive, other, old, recent):
        (folder / "sub").mkdir(parents=True)
    (stale / "link").symlink_to(tmp_path / "other")
    os.utime(old, (time.time() - 2 * 86400,) * 2)
    assert sorted(runner.remove_stale_folders(tmp_path)) == sorted([stale, old])
    assert not stale.exists() and alive.exists() and other.exists() and recent.exists()


def test_notebook_check_never_takes_a_name_as_a_path():
    def backward(x, w, dy):
        return x, w, dy

    backward.__name__ = "/tmp/x"
    with pytest.raises(ValueError, match="name is a Python name"):
        notebook._learner_source(backward)
    huge = list(range(200_000))

    def uses_huge(x, w, dy):
        return huge, w, dy

    assert "huge =" not in notebook._learner_source(uses_huge)  # too large to carry: left out
