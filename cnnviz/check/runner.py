"""Run a learner's function on the probes in a separate, isolated process (child.py).

The child is `python -I child.py DIR`: isolated mode (no PYTHONPATH, no user site, not the app's
folders on sys.path), its own session (a timeout kills it and anything it started), a memory limit
and capped output. Inputs and outputs pass as .npz and JSON files; they are read with
allow_pickle=False, so nothing the learner's process writes is ever run here.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

CHILD = Path(__file__).with_name("child.py")
DEFAULT_TIMEOUT = 10.0  # seconds for loading the file and every call together


@dataclass
class CallResult:
    status: str  # "ok", "exception", "bad-return", "not-run" (an earlier crash or the timeout)
    outputs: tuple[np.ndarray, ...] = ()
    error: str = ""
    line: int | None = None
    traceback: list[str] = field(default_factory=list)


@dataclass
class RunResult:
    """What happened in the child. load: the load.json record ({"status": "ok" | "syntax" | ...})."""

    load: dict
    calls: list[CallResult]
    timed_out: bool = False
    crashed: str = ""  # why the process ended early (os._exit, a signal), "" if it finished
    output: str = ""  # what their code printed (capped)
    output_dropped: int = 0
    seconds: float = 0.0


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _child_env() -> dict[str, str]:
    # One BLAS thread: the machine is shared and the learner's arrays are small.
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR")}
    env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONIOENCODING="utf-8")
    return env


def run_learner(path: Path, functions: dict[str, str], calls: dict[str, list[dict]],
                timeout: float = DEFAULT_TIMEOUT, started=None) -> RunResult:
    """Run the first function of `functions` ({name: convention}) found in `path` on the calls of
    its convention, in order: calls = {convention: [{"arrays": {name: ndarray}, "stride", "pad"}, ...]}.

    started(popen): optional, called with the process once it runs (the app uses it to cancel).
    """
    with tempfile.TemporaryDirectory(prefix="cnnviz-check-") as tmp:
        folder = Path(tmp)
        job = {"file": str(Path(path).resolve()), "functions": functions,
               "calls": {conv: [{"stride": c["stride"], "pad": c["pad"]} for c in cs] for conv, cs in calls.items()}}
        (folder / "job.json").write_text(json.dumps(job), encoding="utf-8")
        for conv, cs in calls.items():
            for k, call in enumerate(cs):
                np.savez(folder / f"{conv}-{k}-in.npz", **call["arrays"])
        t0 = time.perf_counter()
        with open(folder / "stdout.txt", "wb") as out:
            proc = subprocess.Popen([sys.executable, "-I", str(CHILD), str(folder)], cwd=folder, env=_child_env(),
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
            if started is not None:
                started(proc)
            timed_out = False
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
            finally:
                _kill_group(proc)
        seconds = time.perf_counter() - t0
        count = len(calls.get(load_convention(folder, functions), []))
        return _collect(folder, count, proc.returncode, timed_out, seconds)


def load_convention(folder: Path, functions: dict[str, str]) -> str:
    """The convention of the function the child found (else the first one looked for)."""
    load = _read_json(folder / "load.json") or {}
    return functions.get(load.get("function"), next(iter(functions.values())))


def _kill_group(proc: subprocess.Popen) -> None:
    """End the child and anything it started (its own session), then reap it."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def _collect(folder: Path, count: int, returncode: int, timed_out: bool, seconds: float) -> RunResult:
    load = _read_json(folder / "load.json") or {"status": "not-loaded"}
    calls = []
    for k in range(count):
        record = _read_json(folder / f"call-{k}.json")
        if record is None:
            calls.append(CallResult("not-run"))
            continue
        outputs: tuple[np.ndarray, ...] = ()
        if record["status"] == "ok":
            try:
                with np.load(folder / f"call-{k}-out.npz", allow_pickle=False) as data:
                    outputs = tuple(data[f"out{i}"] for i in range(len(data.files)))
            except (OSError, ValueError, KeyError) as e:
                record = {"status": "bad-return", "error": f"its result could not be read back ({e})"}
        calls.append(CallResult(record["status"], outputs, record.get("error", ""), record.get("line"),
                                record.get("traceback", [])))
    printed = _read_json(folder / "output.json") or {}
    crashed = ""
    if not timed_out and not (folder / "done").exists():
        if returncode is not None and returncode < 0:
            try:
                name = signal.Signals(-returncode).name
            except ValueError:
                name = f"signal {-returncode}"
            crashed = f"the process was killed by {name}"
        else:
            crashed = f"the process ended early with exit code {returncode} (os._exit or a crash in native code)"
    raw = (folder / "stdout.txt").read_bytes()[:2000].decode("utf-8", "replace")
    return RunResult(load, calls, timed_out, crashed, printed.get("text", "") or raw, printed.get("dropped", 0),
                     seconds)
