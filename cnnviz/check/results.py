"""Reading back what a learner's process sent: the result stream of child.py, trusted in nothing.

Frames are checked one by one (length, JSON record, known kind and status, field types and ranges,
a function that was asked for); arrays are .npy frames whose header is checked against the sizes
the call can give before any data is read. Text fields are cleaned (learner_text.py). Anything
else is "forged": the run is an error with one line saying why, never a traceback here.

While the check runs, Stream splits the stream into frames as it arrives: the host's clock learns
from the records (their code started, the line loading is at, the function loaded, a call done and
its seconds); the progress records ("ready", "at") are not kept, the results are (size-bounded).
"""

from __future__ import annotations

import io
import json
import signal
import struct
from dataclasses import dataclass, field

import numpy as np

from cnnviz.check import learner_text as lt
from cnnviz.i18n import grouped, translate


@dataclass
class CallResult:
    status: str  # "ok", "exception", "bad-return", "not-run" (an earlier crash or the timeout)
    outputs: tuple[np.ndarray, ...] = ()
    error: str = ""
    line: int | None = None
    traceback: list[str] = field(default_factory=list)
    seconds: float | None = None  # how long the call ran (measured in the child)


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
    limit: dict = field(default_factory=dict)  # the call the time ran out on: {"call", "seconds", "predicted"}


class BadResults(Exception):
    """The result stream is not what child.py writes: forged, cut or too large."""


class CutOff(BadResults):
    """The stream ends inside a record: the process was ended while it wrote (or forged a length)."""


@dataclass
class Raw:
    """What the host read from the supervisor's pipes, before any of it is trusted."""

    results: bytes = b""
    results_overflow: bool = False
    at: int | None = None  # the top-level line their file was loading at, last reported
    limit: dict = field(default_factory=dict)  # where the host's clock ran out (clock.Clock.limit)
    output: bytes = b""
    output_dropped: int = 0
    returncode: int | None = None
    timed_out: bool = False
    supervisor: str = ""  # what went wrong with the supervisor itself, "" if it reported
    bwrap: bool = False


STATUSES = {"load": ("ok", "syntax", "exception", "missing", "unreadable"),
            "call": ("ok", "exception", "bad-return")}
PROGRESS = ("ready", "at")  # records the host's clock reads as they come and does not keep
KINDS = ("load", "call", "output", "done", *PROGRESS)
MAX_DIMS = 4
MAX_RECORD = 1 << 20  # bytes of one JSON record (a frame starting with "{")
MAX_LINE = 10**9


def _frames(data: bytes):
    data = memoryview(data)  # frames are views: no copy of a large result
    at = 0
    while at < len(data):
        if at + 4 > len(data):
            raise CutOff(translate("CheckResults", "a result was cut off"))
        (size,) = struct.unpack(">I", data[at:at + 4])
        if at + 4 + size > len(data):
            raise CutOff(translate("CheckResults", "a result was cut off"))
        yield data[at + 4:at + 4 + size]
        at += 4 + size


def _json_record(frame: bytes) -> dict:
    try:
        record = json.loads(bytes(frame).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadResults(translate("CheckResults", "a record is not JSON")) from None
    if not isinstance(record, dict) or record.get("kind") not in KINDS:
        raise BadResults(translate("CheckResults", "a record of an unknown kind"))
    return record


def _progress(record: dict) -> dict:
    """A "ready" or "at" record, checked: {"kind", "line" (of "at")}."""
    _int(record, "arrays", 0, 0)
    if record["kind"] == "at":
        return {"kind": "at", "line": _int(record, "line", 1, MAX_LINE)}
    return {"kind": "ready"}


def _seconds(record: dict) -> float | None:
    value = record.get("seconds")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1e6:
        raise BadResults(translate("CheckResults", "field 'seconds' is not a number of seconds"))  # (NaN fails the range too)
    return float(value)


class Stream:
    """The result stream as it arrives from the pipe, split into frames.

    feed(data) returns the records the host's clock needs, checked: {"kind": "ready"}, {"kind": "at",
    "line"}, the load record (as _load_record gives it), {"kind": "call", "k", "seconds"},
    {"kind": "output"}, {"kind": "done"}. Progress records are not kept; everything else is, as
    sent, for collect() (at most `limit` bytes, else `overflow`). A frame that is not what child.py
    sends is kept as it is and ends the reading of records: collect() says what is wrong with it."""

    def __init__(self, limit: int, functions: dict[str, str]):
        self.limit, self.functions = limit, functions
        self.kept = bytearray()  # whole frames, length-prefixed as sent
        self.pending = bytearray()  # the start of a frame still arriving
        self.overflow = False
        self.arrays_due = 0  # .npy frames that follow the call record just read
        self.lost = False  # a frame that is not a record where one was due: records no longer read

    def feed(self, data: bytes) -> list[dict]:
        if self.overflow:
            return []
        if len(self.kept) + len(self.pending) + len(data) > self.limit:
            self.overflow = True
            return []
        self.pending += data
        records = []
        while len(self.pending) >= 4:
            end = 4 + int.from_bytes(self.pending[:4], "big")
            if len(self.pending) < end:
                break
            frame = bytes(self.pending[:end])
            del self.pending[:end]
            record = self._record(frame[4:])
            if record is not None:
                records.append(record)
                if record["kind"] in PROGRESS:
                    continue
            self.kept += frame
        return records

    def _record(self, frame: bytes) -> dict | None:
        if self.arrays_due:
            self.arrays_due -= 1
            return None
        if self.lost or len(frame) > MAX_RECORD or frame[:1] != b"{":
            self.lost = True
            return None
        try:
            record = _json_record(frame)
            kind = record["kind"]
            if kind in PROGRESS:
                return _progress(record)
            if kind == "load":
                return {**_load_record(record, self.functions), "kind": "load"}
            if kind == "call":
                self.arrays_due = _int(record, "arrays", 0, 3)
                return {"kind": "call", "k": _int(record, "k", 0, MAX_LINE), "seconds": _seconds(record)}
            return {"kind": kind}
        except BadResults:
            self.lost = True
            return None

    def results(self) -> bytearray:
        """All that was kept, and the start of a frame that never ended (collect: "cut off")."""
        return self.kept + self.pending


def _int(record: dict, key: str, low: int, high: int, optional: bool = False):
    value = record.get(key)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise BadResults(translate("CheckResults", "field {key} is not a whole number from {low} to {high}").format(
            key=repr(key), low=low, high=high))
    return value


def _text(record: dict, key: str) -> str:
    value = record.get(key, "")
    if not isinstance(value, str):
        raise BadResults(translate("CheckResults", "field {key} is not text").format(key=repr(key)))
    return value


def _lines(record: dict, key: str) -> list[str]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadResults(translate("CheckResults", "field {key} is not a list of text").format(key=repr(key)))
    kept = [lt.block(v, 4) for v in value[:lt.MAX_LINES]]
    if len(value) > lt.MAX_LINES:
        kept.append(translate("CheckResults", "… {count} more frames").format(count=len(value) - lt.MAX_LINES))
    return kept


def _names(record: dict) -> list[str]:
    value = record.get("functions", [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadResults(translate("CheckResults", "field 'functions' is not a list of text"))
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
        raise BadResults(translate("CheckResults", "an array header is not readable ({error})").format(
            error=lt.one_line(e, 100))) from None
    if dtype != np.dtype("<f8") or len(shape) > MAX_DIMS:
        raise BadResults(translate("CheckResults", "an array is not float64 of at most 4 dimensions"))
    size = 1
    for s in shape:
        size *= s
    if size > max_size:
        raise BadResults(translate("CheckResults", "an array has {size} values, more than the {most} this call can give")
                         .format(size=size, most=max_size))
    data = frame[buffer.tell():]
    if len(data) != size * 8:
        raise BadResults(translate("CheckResults", "an array's data does not match its header"))
    a = np.frombuffer(data, dtype=np.float64).reshape(shape, order="F" if fortran else "C")
    return np.array(a)  # a writable copy of just this array


def result_limit(calls: dict[str, list[dict]]) -> tuple[int, dict]:
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


def collect(raw: Raw, functions: dict[str, str], calls: dict[str, list[dict]]) -> RunResult:
    load: dict = {"status": "not-loaded", "at": raw.at}
    records: dict[int, CallResult] = {}
    printed, dropped, done = None, raw.output_dropped, False
    forged = ""
    try:
        if raw.results_overflow:
            raise BadResults(translate("CheckResults", "your code sent more data than the results of this check can be"))
        _, max_sizes = result_limit(calls)
        frames = _frames(raw.results)
        for frame in frames:
            if done:
                raise BadResults(translate("CheckResults", "records after the end"))
            record = _json_record(frame)
            kind = record["kind"]
            n = _int(record, "arrays", 0, 3 if kind == "call" else 0)
            if kind in PROGRESS:  # (the host's reader keeps them only after a bad frame)
                _progress(record)
            elif kind == "load":
                if load["status"] != "not-loaded":
                    raise BadResults(translate("CheckResults", "two load records"))
                load = _load_record(record, functions)
            elif kind == "call":
                if load["status"] != "ok":
                    raise BadResults(translate("CheckResults", "a call before the function was loaded"))
                conv = load["convention"]
                k = _int(record, "k", 0, len(calls.get(conv, [])) - 1)
                if k in records:
                    raise BadResults(translate("CheckResults", "two records of one call"))
                status = record.get("status")
                if status not in STATUSES["call"]:
                    raise BadResults(translate("CheckResults", "a call record has an unknown status"))
                if (status == "ok") != (n == 3):
                    raise BadResults(translate("CheckResults", "a call record's arrays do not match its status"))
                arrays = [next(frames, None) for _ in range(n)]
                if None in arrays:
                    raise CutOff(translate("CheckResults", "a result was cut off"))
                outputs = tuple(read_array(a, max_sizes[conv, k]) for a in arrays)
                records[k] = CallResult(status, outputs, lt.one_line(_text(record, "error")),
                                        _int(record, "line", 0, MAX_LINE, optional=True), _lines(record, "traceback"),
                                        _seconds(record))
            elif kind == "output":
                printed = _text(record, "text")
                dropped += _int(record, "dropped", 0, 2**62)
            else:
                done = True
    except CutOff as e:
        if raw.returncode == 0 and not raw.timed_out and not raw.supervisor:  # it says it finished: it did not
            forged = translate("CheckResults", "its results were not readable: {why}").format(why=e)
    except BadResults as e:
        forged = translate("CheckResults", "its results were not readable: {why}").format(why=e)
    except (RecursionError, MemoryError):
        forged = translate("CheckResults", "its results were not readable")
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
        shown += "\n" + translate("CheckResults", "… and {count} more characters, not kept").format(count=grouped(dropped))
    return RunResult(load, call_results, raw.timed_out, crashed, shown, dropped, 0.0, forged=forged,
                     limit=raw.limit)


def _load_record(record: dict, functions: dict[str, str]) -> dict:
    status = record.get("status")
    if status not in STATUSES["load"]:
        raise BadResults(translate("CheckResults", "the load record has an unknown status"))
    load = {"status": status, "error": lt.one_line(_text(record, "error")), "text": lt.one_line(_text(record, "text")),
            "line": _int(record, "line", 0, MAX_LINE, optional=True), "traceback": _lines(record, "traceback"),
            "functions": [lt.one_line(f, 80) for f in _names(record)], "skipped": _skipped(record)}
    if status == "ok":
        name = record.get("function")
        if not isinstance(name, str) or name not in functions or record.get("convention") != functions[name]:
            raise BadResults(translate("CheckResults", "the load record names a function that was not asked for"))
        load.update(function=name, convention=functions[name], parameters=_parameters(record))
    return load


def _skipped(record: dict) -> list[dict]:
    """The top-level statements that failed and were skipped: {"line", "error", "module", "traceback"}."""
    value = record.get("skipped", [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise BadResults(translate("CheckResults", "field 'skipped' is not a list of records"))
    skipped = []
    for s in value[:50]:
        module = s.get("module")
        if module is not None and not isinstance(module, str):
            raise BadResults(translate("CheckResults", "field 'module' is not text"))
        skipped.append({"line": _int(s, "line", 1, MAX_LINE), "error": lt.one_line(_text(s, "error")),
                        "module": lt.one_line(module, 80) if module else None, "traceback": _lines(s, "traceback")})
    return skipped


def _parameters(record: dict) -> list[str] | None:
    """The function's parameters as inspect writes them ("x", "w=None", "*args"), None if unknown."""
    value = record.get("parameters")
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadResults(translate("CheckResults", "field 'parameters' is not a list of text"))
    return [lt.one_line(v, 100) for v in value[:50]]


def _how_it_ended(returncode: int | None, bwrap: bool) -> str:
    if returncode is not None and bwrap and returncode > 128:
        returncode = -(returncode - 128)  # bwrap passes on a signal as 128 + its number
    if returncode is not None and returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = f"signal {-returncode}"
        return translate("CheckResults", "the process was killed by {signal}").format(signal=name)
    return translate("CheckResults", "the process ended early with exit code {code} (os._exit or a crash in native "
                                     "code)").format(code=returncode)
