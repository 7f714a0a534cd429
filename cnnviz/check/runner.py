"""Run a learner's function on the probes in a separate process, contained, and read back what it did.

    host (CLI, app, notebook kernel)  ->  supervisor.py  ->  [bwrap sandbox]  ->  child.py + their code

The host is never the learner's parent: a throwaway supervisor is (killing or stopping "the parent"
ends only this check). The supervisor enforces the time limit and reaps everything the learner
started; the host watches the supervisor with its own deadline, and sweeps for any process that
still carries this check's marker. Where bubblewrap works (sandbox.py) the learner also runs in its
own PID/network/IPC namespaces with a read-only filesystem except its work folder.

Results come back through a pipe the host owns (never through files the learner could swap for a
FIFO or a symlink), read with timeouts and bounded in size; every record is validated and every
array's .npy header checked against the sizes expected before it is read (no zip bombs, no forged
fields reach the diagnosis). Text from the learner is cleaned (learner_text.py).
"""

from __future__ import annotations

import io
import json
import os
import re
import secrets
import selectors
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from cnnviz.check import learner_text as lt
from cnnviz.check import sandbox

CHILD = Path(__file__).with_name("child.py")
SUPERVISOR = Path(__file__).with_name("supervisor.py")
DEFAULT_TIMEOUT = 10.0  # seconds for loading the file and every call together
GRACE = 3.0  # seconds the host waits beyond the time limit for the supervisor's report
OUTPUT_KEPT = 64 * 1024  # bytes of raw output (fd 1 and 2) kept; the rest is read and dropped
PREFIX = "cnnviz-check-"
MARKER = "CNNVIZ_CHECK_MARK"  # in the environment of every process of one check: found and killed


@dataclass
class CallResult:
    status: str  # "ok", "exception", "bad-return", "not-run" (an earlier crash or the timeout)
    outputs: tuple[np.ndarray, ...] = ()
    error: str = ""
    line: int | None = None
    traceback: list[str] = field(default_factory=list)


@dataclass
class RunResult:
    """What happened in the child. load: the load record ({"status": "ok" | "syntax" | ...})."""

    load: dict
    calls: list[CallResult]
    timed_out: bool = False
    crashed: str = ""  # why the process ended early (os._exit, a signal), "" if it finished
    output: str = ""  # what their code printed (cleaned and capped)
    output_dropped: int = 0
    seconds: float = 0.0
    isolation: str = ""  # "isolated" or "not isolated: <why>"
    forged: str = ""  # why its results were unreadable or not in the checker's format, "" if they were


class BadResults(Exception):
    """The result stream is not what child.py writes: forged, cut or too large."""


class CutOff(BadResults):
    """The stream ends inside a record: the process was ended while it wrote (or forged a length)."""


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
                timeout: float = DEFAULT_TIMEOUT, started=None, sandbox_mode: str = "auto") -> RunResult:
    """Run the first function of `functions` ({name: convention}) found in `path` on the calls of
    its convention, in order: calls = {convention: [{"arrays": {name: ndarray}, "stride", "pad"}, ...]}.

    started(run): optional, called with a Run once the check starts (run.cancel() stops it).
    sandbox_mode: "auto" (bwrap where it works), "require" (SandboxUnavailable without it), "off".
    """
    use_bwrap, isolation = sandbox.choose(sandbox_mode)
    path = Path(path).resolve()
    run = Run()
    with work_folder() as folder:
        job = {"file": str(path), "functions": functions,
               "calls": {conv: [{"stride": c["stride"], "pad": c["pad"]} for c in cs] for conv, cs in calls.items()}}
        (folder / "job.json").write_text(json.dumps(job), encoding="utf-8")
        for conv, cs in calls.items():
            for k, call in enumerate(cs):
                np.savez(folder / f"{conv}-{k}-in.npz", **call["arrays"])
        if started is not None:
            started(run)
        t0 = time.perf_counter()
        raw = _supervise(folder, path, timeout, use_bwrap, run, _result_limit(calls)[0])
        seconds = time.perf_counter() - t0
    result = _collect(raw, functions, calls)
    result.seconds, result.isolation = seconds, isolation
    return result


@dataclass
class _Raw:
    results: bytes = b""
    results_overflow: bool = False
    output: bytes = b""
    output_dropped: int = 0
    returncode: int | None = None
    timed_out: bool = False
    supervisor: str = ""  # what went wrong with the supervisor itself, "" if it reported
    bwrap: bool = False


def _supervise(folder: Path, path: Path, timeout: float, use_bwrap: bool, run: Run, limit: int) -> _Raw:
    """Start the supervisor, read its pipes until it reports the end (or the host's deadline), and
    make sure nothing of this check is left running."""
    mark = secrets.token_hex(8)
    result_r, result_w = os.pipe()
    status_r, status_w = os.pipe()
    output_r, output_w = os.pipe()
    argv = [sys.executable, "-I", str(CHILD), str(folder), str(result_w)]
    if use_bwrap:
        argv = sandbox.wrap(argv, folder, [path.parent, CHILD.parent, *sandbox.python_paths()])
    config = {"argv": argv, "cwd": str(folder), "env": _child_env(mark), "timeout": timeout,
              "result_fd": result_w, "status_fd": status_w, "output_fd": output_w}
    raw = _Raw(bwrap=use_bwrap)
    try:
        sup = subprocess.Popen([sys.executable, "-I", str(SUPERVISOR), json.dumps(config)], cwd=folder,
                               env={k: v for k, v in config["env"].items() if k != MARKER},  # not the host's
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               pass_fds=(result_w, status_w, output_w), start_new_session=True)
    finally:
        for fd in (result_w, status_w, output_w):
            os.close(fd)
    try:
        _read_pipes(raw, sup, (result_r, status_r, output_r), time.monotonic() + timeout + GRACE, run, limit)
    finally:
        for fd in (result_r, status_r, output_r):
            os.close(fd)
        _end(sup)
        kill_marked(mark)
    return raw


def _read_pipes(raw: _Raw, sup, fds: tuple[int, int, int], deadline: float, run: Run, limit: int) -> None:
    """Read the results, the status and the raw output until the supervisor reports the end (then
    briefly what is left), the host's deadline passes, the supervisor is stopped, or a cancel."""
    result_r, status_r, output_r = fds
    results, output, status = bytearray(), bytearray(), bytearray()
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
                if now > deadline:  # the supervisor's own time limit did not end it (a stopped one elsewhere)
                    raw.supervisor = ("the checker's supervisor stopped answering after the time limit "
                                      "(did it stop its parent process?)")
                    break
            for key, _ in sel.select(timeout=0.1):
                fd = key.fd
                try:
                    data = os.read(fd, 1 << 16)
                except BlockingIOError:
                    continue
                if not data:
                    sel.unregister(fd)
                    if fd == status_r and ended is None:
                        drain_until = 0.0  # the supervisor is gone: end the check now
                    continue
                if fd == result_r:
                    if len(results) + len(data) > limit:
                        raw.results_overflow = True
                    else:
                        results += data
                elif fd == output_r:
                    room = max(0, OUTPUT_KEPT - len(output))
                    output += data[:room]
                    raw.output_dropped += len(data) - min(room, len(data))
                elif len(status) < 4096:
                    status += data
                    ended = _status_end(status)
                    if ended is not None and drain_until is None:
                        drain_until = time.monotonic() + 1.0  # all of their processes are gone: read the rest
    raw.results, raw.output = bytes(results), bytes(output)
    if ended is not None:
        raw.returncode, raw.timed_out = ended
    elif not raw.supervisor:
        try:
            code = sup.wait(timeout=1)
        except subprocess.TimeoutExpired:
            code = None
        if code is not None and code >= 0:  # it ended on its own: not something their code can cause
            raw.supervisor = f"the checker's supervisor failed (exit code {code})"
        else:
            raw.supervisor = "it killed its parent process (the checker's supervisor)"


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


# ---- reading the results ------------------------------------------------------------------------------
STATUSES = {"load": ("ok", "syntax", "exception", "missing", "unreadable"),
            "call": ("ok", "exception", "bad-return")}
MAX_DIMS = 4


def _frames(data: bytes):
    data = memoryview(data)  # frames are views: no copy of a large result
    at = 0
    while at < len(data):
        if at + 4 > len(data):
            raise CutOff("a result was cut off")
        (size,) = struct.unpack(">I", data[at:at + 4])
        if at + 4 + size > len(data):
            raise CutOff("a result was cut off")
        yield data[at + 4:at + 4 + size]
        at += 4 + size


def _json_record(frame: bytes) -> dict:
    try:
        record = json.loads(bytes(frame).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadResults("a record is not JSON") from None
    if not isinstance(record, dict) or record.get("kind") not in ("load", "call", "output", "done"):
        raise BadResults("a record of an unknown kind")
    return record


def _int(record: dict, key: str, low: int, high: int, optional: bool = False):
    value = record.get(key)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadResults(f"field {key!r} is not a whole number from {low} to {high}")
    return value


def _text(record: dict, key: str) -> str:
    value = record.get(key, "")
    if not isinstance(value, str):
        raise BadResults(f"field {key!r} is not text")
    return value


def _lines(record: dict, key: str) -> list[str]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadResults(f"field {key!r} is not a list of text")
    kept = [lt.block(v, 4) for v in value[:lt.MAX_LINES]]
    if len(value) > lt.MAX_LINES:
        kept.append(f"… {len(value) - lt.MAX_LINES} more frames")
    return kept


def _names(record: dict) -> list[str]:
    value = record.get("functions", [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadResults("field 'functions' is not a list of text")
    return value[:30]


def read_array(frame: bytes, max_size: int) -> np.ndarray:
    """A float64 .npy array from `frame`, its header checked before any data is read."""
    buffer = io.BytesIO(bytes(frame[:20_000]))  # the header only (NumPy reads at most 10,000 bytes of it)
    try:
        version = np.lib.format.read_magic(buffer)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(buffer)
        elif version == (2, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(buffer)
        else:
            raise ValueError(f"version {version}")
    except (ValueError, TypeError, SyntaxError, OverflowError) as e:
        raise BadResults(f"an array header is not readable ({lt.one_line(e, 100)})") from None
    if dtype != np.dtype("<f8") or len(shape) > MAX_DIMS:
        raise BadResults("an array is not float64 of at most 4 dimensions")
    size = 1
    for s in shape:
        size *= s
    if size > max_size:
        raise BadResults(f"an array has {size} values, more than the {max_size} this call can give")
    data = frame[buffer.tell():]
    if len(data) != size * 8:
        raise BadResults("an array's data does not match its header")
    a = np.frombuffer(data, dtype=np.float64).reshape(shape, order="F" if fortran else "C")
    return np.array(a)  # a writable copy of just this array


def _result_limit(calls: dict[str, list[dict]]) -> tuple[int, dict]:
    """The most bytes the stream may hold, and per (convention, k) the most values one output may
    have: twice the largest input (a dx with its padding border, a wrong shape of the right size)
    plus a little; the stream: one such output and two small ones per call, plus 1 MB of records."""
    per_call, total = {}, 1 << 20
    for conv, cs in calls.items():
        for k, call in enumerate(cs):
            largest = max((a.size for a in call["arrays"].values()), default=1)
            per_call[conv, k] = 2 * largest + 4096
            total += 8 * (per_call[conv, k] + 2 * 4096) + 4096
    return total, per_call


def _collect(raw: _Raw, functions: dict[str, str], calls: dict[str, list[dict]]) -> RunResult:
    load: dict = {"status": "not-loaded"}
    records: dict[int, CallResult] = {}
    printed, dropped, done = None, raw.output_dropped, False
    forged = ""
    try:
        if raw.results_overflow:
            raise BadResults("your code sent more data than the results of this check can be")
        _, max_sizes = _result_limit(calls)
        frames = _frames(raw.results)
        for frame in frames:
            if done:
                raise BadResults("records after the end")
            record = _json_record(frame)
            kind = record["kind"]
            n = _int(record, "arrays", 0, 3 if kind == "call" else 0)
            if kind == "load":
                if load["status"] != "not-loaded":
                    raise BadResults("two load records")
                load = _load_record(record, functions)
            elif kind == "call":
                if load["status"] != "ok":
                    raise BadResults("a call before the function was loaded")
                conv = load["convention"]
                k = _int(record, "k", 0, len(calls.get(conv, [])) - 1)
                if k in records:
                    raise BadResults("two records of one call")
                status = record.get("status")
                if status not in STATUSES["call"]:
                    raise BadResults("a call record has an unknown status")
                if (status == "ok") != (n == 3):
                    raise BadResults("a call record's arrays do not match its status")
                arrays = [next(frames, None) for _ in range(n)]
                if None in arrays:
                    raise CutOff("a result was cut off")
                outputs = tuple(read_array(a, max_sizes[conv, k]) for a in arrays)
                records[k] = CallResult(status, outputs, lt.one_line(_text(record, "error")),
                                        _int(record, "line", 0, 10**9, optional=True), _lines(record, "traceback"))
            elif kind == "output":
                printed = _text(record, "text")
                dropped += _int(record, "dropped", 0, 2**62)
            else:
                done = True
    except CutOff as e:
        if raw.returncode == 0 and not raw.timed_out and not raw.supervisor:  # it says it finished: it did not
            forged = f"its results were not readable: {e}"
    except BadResults as e:
        forged = f"its results were not readable: {e}"
    except (RecursionError, MemoryError):
        forged = "its results were not readable"
    conv = load.get("convention") or next(iter(functions.values()))
    count = len(calls.get(conv, []))
    call_results = [records.get(k, CallResult("not-run")) for k in range(count)]
    if forged:
        call_results = [c if c.status != "ok" else CallResult("not-run") for c in call_results]
        if load["status"] == "ok":  # nothing of theirs is trusted after a bad record
            call_results = [CallResult("not-run") for _ in range(count)]
    text = printed if printed is not None else raw.output.decode("utf-8", "replace")
    if printed is not None and raw.output.strip():
        text = (text + "\n" + raw.output.decode("utf-8", "replace")).strip("\n")
    crashed = ""
    if raw.timed_out or forged:
        pass
    elif raw.supervisor and raw.supervisor != "cancelled":
        crashed = raw.supervisor
    elif not done:
        crashed = _how_it_ended(raw.returncode, raw.bwrap)
    shown = lt.block(text)
    if dropped:
        shown += f"\n… and {dropped:,} more characters, not kept"
    return RunResult(load, call_results, raw.timed_out, crashed, shown, dropped, 0.0, forged=forged)


def _load_record(record: dict, functions: dict[str, str]) -> dict:
    status = record.get("status")
    if status not in STATUSES["load"]:
        raise BadResults("the load record has an unknown status")
    load = {"status": status, "error": lt.one_line(_text(record, "error")), "text": lt.one_line(_text(record, "text")),
            "line": _int(record, "line", 0, 10**9, optional=True), "traceback": _lines(record, "traceback"),
            "functions": [lt.one_line(f, 80) for f in _names(record)]}
    if status == "ok":
        name = record.get("function")
        if name not in functions or record.get("convention") != functions[name]:
            raise BadResults("the load record names a function that was not asked for")
        load.update(function=name, convention=functions[name])
    return load


def _how_it_ended(returncode: int | None, bwrap: bool) -> str:
    if returncode is not None and bwrap and returncode > 128:
        returncode = -(returncode - 128)  # bwrap passes on a signal as 128 + its number
    if returncode is not None and returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return f"the process was killed by {name}"
    return f"the process ended early with exit code {returncode} (os._exit or a crash in native code)"


def load_convention(load: dict, functions: dict[str, str]) -> str:
    """The convention of the function the child found (else the first one looked for)."""
    return functions.get(load.get("function"), next(iter(functions.values())))
