"""Run a learner's function on the probes in a separate process, contained, and read back what it did.

    host (CLI, app, notebook kernel)  ->  supervisor.py  ->  [bwrap sandbox]  ->  child.py + their code

The host is never the learner's parent: a throwaway supervisor is (killing or stopping "the parent"
ends only this check). The host keeps the time (clock.py: time by the work done, from what the
child reports) and ends the check when it runs out; the supervisor reaps everything the learner
started (it has its own, longest possible limit should the host be gone), and the host sweeps for
any process that still carries this check's marker. Where bubblewrap works (sandbox.py) the learner also runs in its
own PID/network/IPC namespaces with a read-only filesystem except its work folder.

Results come back through a pipe the host owns (never through files the learner could swap for a
FIFO or a symlink), read with timeouts and bounded in size, then validated by results.py.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from cnnviz.check import sandbox
from cnnviz.check.clock import DEFAULT_TIMEOUT, Clock, most_seconds
from cnnviz.check.results import CallResult, Raw, RunResult, Stream, collect, result_limit
from cnnviz.i18n import translate

__all__ = ["CallResult", "RunResult", "run_learner", "work_folder", "remove_stale_folders", "kill_marked"]

CHILD = Path(__file__).with_name("child.py")
SUPERVISOR = Path(__file__).with_name("supervisor.py")
GRACE = 3.0  # seconds the host waits beyond the time limit for the supervisor's report
PROGRESS_EVERY = 0.5  # seconds between progress reports while a call runs
OUTPUT_KEPT = 64 * 1024  # bytes of raw output (fd 1 and 2) kept; the rest is read and dropped
PREFIX = "cnnviz-check-"
MARKER = "CNNVIZ_CHECK_MARK"  # in the environment of every process of one check: found and killed


# ---- the work folder ---------------------------------------------------------------------------------
@contextmanager
def work_folder():
    """A fresh folder named after this process (so a later check can tell when it is stale),
    removed afterwards; stale ones of dead checkers are removed first."""
    remove_stale_folders()
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    try:
        yield folder
    finally:
        _remove(folder)


def remove_stale_folders(root: str | None = None) -> list[Path]:
    """Remove the work folders of checkers that are gone (their pid is in the name); returns them."""
    from cnnviz.safe_write import process_alive

    removed = []
    root = Path(root or tempfile.gettempdir())
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    for entry in entries:
        m = re.fullmatch(re.escape(PREFIX) + r"(\d+)-\w+", entry.name)
        if not entry.name.startswith(PREFIX) or not entry.is_dir(follow_symlinks=False):
            continue
        if m:
            stale = not process_alive(int(m.group(1)))
        else:  # named before folders carried their owner's pid: stale when a day old
            stale = re.fullmatch(re.escape(PREFIX) + r"\w{8}", entry.name) is not None and _age(entry) > 86400
        if stale:
            _remove(Path(entry.path))
            removed.append(Path(entry.path))
    return removed


def _age(entry: os.DirEntry) -> float:
    try:
        return time.time() - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return 0.0


def _remove(folder: Path) -> None:
    def writable_again(func, path, exc):  # their code may have taken the permissions away
        try:
            os.chmod(os.path.dirname(path), 0o700)
            func(path)
        except OSError:
            pass

    shutil.rmtree(folder, onerror=writable_again)


# ---- running ----------------------------------------------------------------------------------------
def _child_env(mark: str) -> dict[str, str]:
    # Only what Python needs; one BLAS thread: the machine is shared and the learner's arrays are small.
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "SYSTEMROOT")}
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONIOENCODING="utf-8")
    env[MARKER] = mark
    return env


class Run:
    """One supervised run; cancel() (from any thread) stops it: the app's Cancel button."""

    def __init__(self):
        self.cancelled = threading.Event()

    def cancel(self) -> None:
        self.cancelled.set()


def run_learner(path: Path, functions: dict[str, str], calls: dict[str, list[dict]],
                timeout: float = DEFAULT_TIMEOUT, started=None, source: str | None = None, progress=None,
                sandbox_mode: str = "auto") -> RunResult:
    """Run the first function of `functions` ({name: convention}) found in `path` on the calls of
    its convention, in order: calls = {convention: [{"arrays": {name: ndarray}, "stride", "pad",
    "work"}, ...]}; "work" (optional) measures how much a naive loop does for that call.

    source: the text to run (a notebook's cells joined; default: the file as Python reads it).
    started(run): optional, called with a Run once the check starts (run.cancel() stops it).
    progress(done, total, seconds): optional, called as calls finish and every half second (total:
    None while their file loads).
    sandbox_mode: "auto" (bwrap where it works), "require" (SandboxUnavailable without it), "off".
    """
    use_bwrap, isolation = sandbox.choose(sandbox_mode)
    path = Path(path).resolve()
    run = Run()
    with work_folder() as folder:
        job = {"file": str(path), "functions": functions, "source": source,
               "calls": {conv: [{"stride": c["stride"], "pad": c["pad"]} for c in cs] for conv, cs in calls.items()}}
        (folder / "job.json").write_text(json.dumps(job), encoding="utf-8")
        for conv, cs in calls.items():
            for k, call in enumerate(cs):
                np.savez(folder / f"{conv}-{k}-in.npz", **call["arrays"])
        if started is not None:
            started(run)
        t0 = time.perf_counter()
        watch = Watch(Clock(timeout, time.monotonic()), Stream(result_limit(calls)[0], functions), calls, progress)
        raw = _supervise(folder, path, most_seconds(timeout, max(map(len, calls.values()))), use_bwrap, run, watch)
        seconds = time.perf_counter() - t0
    result = collect(raw, functions, calls)
    result.seconds, result.isolation = seconds, isolation
    return result


class Watch:
    """What the host learns from the result stream while the check runs: the clock (clock.py) is
    told when their code starts, loads and finishes each call; progress is reported."""

    def __init__(self, clock: Clock, stream: Stream, calls: dict[str, list[dict]], progress=None):
        self.clock, self.stream, self.calls, self.progress = clock, stream, calls, progress
        self.t0 = time.monotonic()
        self.at: int | None = None  # the top-level line their file is loading at
        self.done = False  # the last record was read
        self.finished_at: float | None = None  # ... and the pipe closed: their code is done (not just says so)
        self.shown = -1.0

    def results(self, data: bytes, now: float) -> None:
        """Bytes read from the result pipe."""
        for record in self.stream.feed(data):
            kind = record["kind"]
            if kind == "ready":
                self.clock.ready(now)
            elif kind == "at":
                self.at = record["line"]
            elif kind == "load":
                self.clock.loaded(now, self.calls.get(record.get("convention"), []))
                self.report(now)
            elif kind == "call" and record["k"] == self.clock.done:
                self.clock.call_done(now, record["seconds"])
                self.report(now)
            elif kind == "done":
                self.done = True

    def results_closed(self, now: float) -> None:
        if self.done:
            self.finished_at = now

    def report(self, now: float) -> None:
        if self.progress is not None:
            self.progress(self.clock.done, self.clock.total, now - self.t0)
            self.shown = now

    def tick(self, now: float) -> None:
        if now - self.shown >= PROGRESS_EVERY:
            self.report(now)


def _supervise(folder: Path, path: Path, most: float, use_bwrap: bool, run: Run, watch: Watch) -> Raw:
    """Start the supervisor (its own time limit: `most`, should the host be gone), read its pipes
    until it reports the end (or the clock runs out), and make sure nothing of this check is left
    running."""
    mark = secrets.token_hex(8)
    result_r, result_w = os.pipe()
    status_r, status_w = os.pipe()
    output_r, output_w = os.pipe()
    argv = [sys.executable, "-I", str(CHILD), str(folder), str(result_w)]
    if use_bwrap:
        argv = sandbox.wrap(argv, folder, [path.parent, CHILD.parent, *sandbox.python_paths()])
    config = {"argv": argv, "cwd": str(folder), "env": _child_env(mark), "timeout": most + GRACE,
              "result_fd": result_w, "status_fd": status_w, "output_fd": output_w}
    raw = Raw(bwrap=use_bwrap)
    try:
        sup = subprocess.Popen([sys.executable, "-I", "-S", str(SUPERVISOR), json.dumps(config)], cwd=folder,
                               env={k: v for k, v in config["env"].items() if k != MARKER},  # not the host's
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               pass_fds=(result_w, status_w, output_w), start_new_session=True)
    finally:
        for fd in (result_w, status_w, output_w):
            os.close(fd)
    try:
        _read_pipes(raw, sup, (result_r, status_r, output_r), run, watch)
    finally:
        for fd in (result_r, status_r, output_r):
            os.close(fd)
        _end(sup)
        kill_marked(mark)
    return raw


def _read_pipes(raw: Raw, sup, fds: tuple[int, int, int], run: Run, watch: Watch) -> None:
    """Read the results, the status and the raw output until the supervisor reports the end (then
    briefly what is left), the clock runs out, the supervisor is stopped, or a cancel."""
    result_r, status_r, output_r = fds
    output, status = bytearray(), bytearray()
    clock = watch.clock
    ended, stopped_since = None, None
    with selectors.DefaultSelector() as sel:
        for fd in (result_r, status_r, output_r):
            os.set_blocking(fd, False)
            sel.register(fd, selectors.EVENT_READ)
        drain_until = None
        while sel.get_map():
            now = time.monotonic()
            if run.cancelled.is_set():
                raw.supervisor = "cancelled"
                break
            if drain_until is not None and now >= drain_until:
                break  # a process that escaped still holds a pipe open: what is read is all there is
            if drain_until is None:
                stopped_since = (stopped_since or now) if _stopped(sup.pid) else None
                if stopped_since is not None and now - stopped_since > 0.3:
                    raw.supervisor = "it stopped its parent process (the checker's supervisor)"
                    break
                if clock.expired(now) and watch.finished_at is None:  # their code still runs: out of time
                    raw.timed_out, raw.limit = True, clock.limit(now)
                    break
                if now > min(clock.deadline, watch.finished_at or clock.deadline) + GRACE:
                    # their code is done, but no end is reported: a stopped supervisor (where /proc is not)
                    raw.supervisor = "the checker's supervisor stopped answering (did it stop its parent process?)"
                    break
                watch.tick(now)
            for key, _ in sel.select(timeout=0.1):
                fd = key.fd
                try:
                    data = os.read(fd, 1 << 16)
                except BlockingIOError:
                    continue
                if not data:
                    sel.unregister(fd)
                    if fd == result_r:
                        watch.results_closed(time.monotonic())
                    if fd == status_r and ended is None:
                        drain_until = 0.0  # the supervisor is gone: end the check now
                    continue
                if fd == result_r:
                    watch.results(data, time.monotonic())
                elif fd == output_r:
                    room = max(0, OUTPUT_KEPT - len(output))
                    output += data[:room]
                    raw.output_dropped += len(data) - min(room, len(data))
                elif len(status) < 4096:
                    status += data
                    ended = _status_end(status)
                    if ended is not None and drain_until is None:
                        drain_until = time.monotonic() + 1.0  # all of their processes are gone: read the rest
    raw.results, raw.results_overflow = watch.stream.results(), watch.stream.overflow
    raw.output, raw.at = bytes(output), watch.at
    if ended is not None:
        raw.returncode, timed_out = ended
        raw.timed_out = raw.timed_out or timed_out
    elif not raw.supervisor and not raw.timed_out:
        try:
            code = sup.wait(timeout=1)
        except subprocess.TimeoutExpired:
            code = None
        if code is not None and code >= 0:  # it ended on its own: not something their code can cause
            raw.supervisor = translate("CheckRunner", "the checker's supervisor failed (exit code {code})").format(
                code=code)
        else:
            raw.supervisor = translate("CheckRunner", "it killed its parent process (the checker's supervisor)")


def _stopped(pid: int) -> bool:
    """Whether process `pid` is stopped (SIGSTOP), from /proc on Linux (elsewhere: only the deadline)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
        return stat[stat.rindex(b")") + 2:stat.rindex(b")") + 3] in (b"T", b"t")
    except (OSError, ValueError):
        return False


def _status_end(status: bytearray):
    """(returncode, timed_out) from the supervisor's report once it has ended, else None."""
    for line in bytes(status).split(b"\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "end" in record:
            code = record["end"]
            return (code if isinstance(code, int) else None), bool(record.get("timed_out"))
    return None


def _end(sup: subprocess.Popen) -> None:
    """Stop the supervisor: ask it to clean up (it may be stopped: continue it first), then kill."""
    if sup.poll() is None:
        for sig in (signal.SIGCONT, signal.SIGTERM):
            try:
                os.kill(sup.pid, sig)
            except OSError:
                pass
        try:
            sup.wait(timeout=2)
        except subprocess.TimeoutExpired:
            pass
    if sup.poll() is None:  # (not after it was reaped: its pid could be another process's by now)
        try:
            os.killpg(sup.pid, signal.SIGKILL)  # its session (bwrap lives there)
        except OSError:
            pass
    sup.wait()


def kill_marked(mark: str) -> int:
    """Kill every process whose environment carries this check's marker (Linux /proc); returns how
    many. Catches what left the supervisor's reach (its parent killed, a session of its own)."""
    needle = f"{MARKER}={mark}".encode()
    killed = 0
    for _ in range(20):
        found = []
        try:
            names = os.listdir("/proc")
        except OSError:
            return killed
        for name in names:
            if name.isdigit() and int(name) != os.getpid():
                try:
                    with open(f"/proc/{name}/environ", "rb") as f:
                        if needle in f.read(1 << 20).split(b"\0"):
                            found.append(int(name))
                except OSError:
                    continue
        if not found:
            return killed
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
        time.sleep(0.01)
    return killed
