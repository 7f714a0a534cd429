"""Runs a learner's backward pass in its own process (started by the supervisor as `python -I child.py DIR FD`).

Standalone on purpose: it imports only the standard library and NumPy, never cnnviz, so nothing of
the app is reachable from the learner's code. It reads its job from files the checker wrote in DIR
(all of them before the learner's file runs) and sends its results through the pipe FD:

    in   DIR/job.json        {"file", "source" (the text to run: a notebook's cells joined),
                              "functions": {name: convention, in the order looked for},
                              "calls": {convention: [{"stride", "pad"}, ...]}}
         DIR/CONV-K-in.npz   the arrays of call K in that convention (no pickles)
    out  frames on FD, each a 4-byte big-endian length and that many bytes: a JSON record, or
         after a call record with "arrays": n, n .npy arrays (float64)
         {"kind": "ready"}                        their code starts now (its time limit too)
         {"kind": "at", "line": N}                the top-level statement running while the file loads
         {"kind": "load", "status": ok / syntax / exception / missing / unreadable, ...}
                                                  (+ functions found, the function's parameters, and
                                                  the top-level statements that failed and were
                                                  skipped: a course module or data file not here)
         {"kind": "call", "k": K, "status": ok / exception / bad-return, "seconds", ...}
         {"kind": "output", "text", "dropped"}   what their code printed through sys.stdout
         {"kind": "done"}                         last: the run finished (no os._exit, crash or kill)

The checker validates every frame (a learner's code can write into FD too) and reads .npy arrays
only after checking their header against the sizes it expects: nothing from here is run as code.
"""

import __future__
import ast
import inspect
import io
import json
import linecache
import os
import resource
import signal
import struct
import sys
import time
import tokenize
import traceback
import types

OUTPUT_CAP = 20_000  # characters of the learner's printing that are kept (the rest is counted)
MEMORY_LIMIT = 2 * 1024**3  # bytes of address space for this process (the learner's arrays included)
FILE_LIMIT = 64 * 1024**2  # bytes any file written here may grow to (a huge print through fd 1)
MAX_SKIPPED = 50  # top-level statements that failed and were skipped, reported


class CappedOutput(io.TextIOBase):
    """sys.stdout/sys.stderr for the learner: keeps the first OUTPUT_CAP characters, counts the rest."""

    def __init__(self):
        self.kept, self.dropped = [], 0
        self.size = 0

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        room = OUTPUT_CAP - self.size
        if room > 0:
            self.kept.append(text[:room])
            self.size += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def text(self):
        return "".join(self.kept)


class Channel:
    """The pipe to the checker: length-prefixed frames (see the module's docstring)."""

    def __init__(self, fd):
        self.fd = fd

    def send(self, data):
        data = memoryview(data).cast("B")
        while data:
            data = data[os.write(self.fd, data[:1 << 20]):]

    def record(self, kind, obj, arrays=()):
        payload = json.dumps({"kind": kind, **obj, "arrays": len(arrays)}).encode("utf-8")
        self.send(struct.pack(">I", len(payload)) + payload)
        for a in arrays:  # an .npy frame, sent straight from the array's memory (no copy of a large one)
            a = np.ascontiguousarray(a)
            header = io.BytesIO()
            np.lib.format.write_array_header_1_0(header, np.lib.format.header_data_from_array_1_0(a))
            self.send(struct.pack(">I", header.tell() + a.nbytes) + header.getvalue())
            if a.nbytes:
                self.send(a.reshape(-1))


def their_traceback(exc, path):
    """The traceback's frames that are in the learner's file, and the error line."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == path]
    lines = [f'  File "{os.path.basename(path)}", line {f.lineno}, in {f.name}\n    {(f.line or "").strip()}'
             for f in frames]
    last = frames[-1].lineno if frames else None
    message = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return {"traceback": lines, "error": message, "line": last, "type": type(exc).__name__}


def describe_exit(exc):
    code = exc.code
    return {"traceback": [], "error": f"your code called sys.exit({code!r}) (or raised SystemExit)",
            "line": None, "type": "SystemExit"}


def layer_names(function):
    """The keywords the learner's backward(x, w, dy, ...) takes the stride and padding by: {"stride":
    "stride", "padding": "padding" (or "pad", as CS231n says)}; those it does not take are left out."""
    try:
        params = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return {}
    keywords = any(p.kind == p.VAR_KEYWORD for p in params.values())
    names = {}
    if "stride" in params or keywords:
        names["stride"] = "stride"
    padding = next((n for n in ("padding", "pad") if n in params), "padding" if keywords else None)
    if padding:
        names["padding"] = padding
    return names


def make_args(convention, arrays, stride, pad, names=None):
    """The call's (args, kwargs), laid out as the learner's course does. The lesson's convention
    passes stride= and padding= to a function that takes them (names: layer_names), and to one
    that does not only when the call needs them (it fails, and the checker says why)."""
    if convention == "lesson":
        names = names or {}
        kwargs = {}
        for key, value, default in (("stride", stride, 1), ("padding", pad, 0)):
            if key in names or value != default:
                kwargs[names.get(key, key)] = value
        return (arrays["x"], arrays["w"], arrays["dy"]), kwargs
    param = {"stride": stride, "pad": pad}
    return (arrays["dout"], (arrays["x"], arrays["w"], arrays["b"], param)), {}


def to_arrays(result, count):
    """The returned tuple as float64 arrays, or a sentence saying why it is not one."""
    if result is None:
        return None, "returned None"
    if not isinstance(result, (tuple, list)):
        return None, f"returned {type(result).__name__}, expected a tuple of {count} arrays"
    if len(result) != count:
        return None, f"returned {len(result)} values, expected {count}"
    nones = [i + 1 for i, value in enumerate(result) if value is None]
    if nones:
        return None, f"returned None as value {', '.join(map(str, nones))} of {count}"
    out = {}
    for i, value in enumerate(result):
        try:
            a = np.asarray(value, dtype=np.float64)
        except (TypeError, ValueError) as e:
            return None, f"value {i + 1} of the returned tuple is not numbers ({type(value).__name__}: {e})"
        out[f"out{i}"] = a
    return out, ""


def main(folder, channel):
    job = json.load(open(os.path.join(folder, "job.json"), encoding="utf-8"))
    inputs = {}  # every call's arrays, read before their code runs (it cannot change them)
    for convention, calls in job["calls"].items():
        for k in range(len(calls)):
            with np.load(os.path.join(folder, f"{convention}-{k}-in.npz"), allow_pickle=False) as data:
                inputs[convention, k] = {key: data[key] for key in data.files}
    path = job["file"]
    captured = CappedOutput()
    sys.stdout = sys.stderr = captured
    sys.path.insert(0, os.path.dirname(path))  # their own helper modules next to the file import
    try:
        source = job.get("source")
        if source is None:
            with tokenize.open(path) as f:  # as Python reads a file: a BOM, a coding cookie
                source = f.read()
        linecache.cache[path] = (len(source), None, source.splitlines(True), path)  # traceback lines
        tree = ast.parse(source, path)
    except SyntaxError as e:
        channel.record("load", {"status": "syntax", "line": e.lineno, "error": f"{type(e).__name__}: {e.msg}",
                                "text": (e.text or "").rstrip("\n")})
        return finish(channel, captured)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        channel.record("load", {"status": "unreadable", "error": str(e)})
        return finish(channel, captured)
    except (RecursionError, MemoryError) as e:  # nested deeper than Python's compiler goes
        channel.record("load", {"status": "exception", **their_traceback(e, path),
                                "error": f"{type(e).__name__}: your file is nested too deeply for Python to compile"})
        return finish(channel, captured)
    module = types.ModuleType("learner")
    module.__file__ = path
    sys.modules["learner"] = module
    skipped = []
    future = 0  # `from __future__ import annotations` holds for the statements after it, as in one module
    channel.record("ready", {})  # their code starts now: so does its time
    for statement in tree.body:  # one by one: a failing import or data cell does not stop the rest
        if isinstance(statement, ast.ImportFrom) and statement.module == "__future__":
            future |= sum(getattr(__future__, a.name).compiler_flag for a in statement.names
                          if hasattr(__future__, a.name))
        channel.record("at", {"line": statement.lineno})  # the line running, if the time runs out here
        try:
            exec(compile(ast.Module([statement], []), path, "exec", flags=future, dont_inherit=True),
                 module.__dict__)
        except SystemExit as e:
            channel.record("load", {"status": "exception", **describe_exit(e)})
            return finish(channel, captured)
        except Exception as e:  # a course module or data file that is not here, a failing test cell
            skipped.append({**their_traceback(e, path), "line": statement.lineno,
                            "module": str(e.name) if isinstance(e, ImportError) and e.name else None})
        except BaseException as e:  # KeyboardInterrupt and the like: loading ends here
            channel.record("load", {"status": "exception", **their_traceback(e, path)})
            return finish(channel, captured)
    skipped = skipped[:MAX_SKIPPED]
    functions = sorted(str(k) for k, v in vars(module).items() if isinstance(v, types.FunctionType))[:50]
    name = next((n for n in job["functions"] if callable(getattr(module, n, None))), None)
    if name is None:
        channel.record("load", {"status": "missing", "functions": functions, "skipped": skipped})
        return finish(channel, captured)
    convention = job["functions"][name]
    function = getattr(module, name)
    try:
        parameters = [str(p) for p in inspect.signature(function).parameters.values()][:50]
    except (TypeError, ValueError):
        parameters = None
    channel.record("load", {"status": "ok", "function": name, "convention": convention, "functions": functions,
                            "parameters": parameters, "skipped": skipped})
    names = layer_names(function) if convention == "lesson" else {}
    for k, call in enumerate(job["calls"][convention]):
        arrays = {key: a.copy() for key, a in inputs[convention, k].items()}  # fresh, writable copies
        out = ()
        began = time.perf_counter()
        try:
            args, kwargs = make_args(convention, arrays, call["stride"], call["pad"], names)
            result = function(*args, **kwargs)
            out, problem = to_arrays(result, 3)
            record = {"status": "bad-return", "error": problem} if out is None else {"status": "ok"}
        except SystemExit as e:
            record = {"status": "exception", **describe_exit(e)}
        except BaseException as e:
            record = {"status": "exception", **their_traceback(e, path)}
        record["seconds"] = time.perf_counter() - began  # the time a slow call gets follows from these
        channel.record("call", {"k": k, **record}, list(out.values()) if out else ())
    return finish(channel, captured)


def finish(channel, captured):
    channel.record("output", {"text": captured.text(), "dropped": captured.dropped})
    channel.record("done", {})
    return 0


def lower_limit(which, value):
    """Lower a resource limit to `value`; never raise it above what the caller allowed."""
    soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    if soft == resource.RLIM_INFINITY or soft > value:
        resource.setrlimit(which, (value, hard))


if __name__ == "__main__":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # too much output: a failed write, not a killed process
    lower_limit(resource.RLIMIT_FSIZE, FILE_LIMIT)
    import numpy as np  # before the memory limit: importing it maps large regions it never uses

    lower_limit(resource.RLIMIT_AS, MEMORY_LIMIT)
    channel = Channel(os.dup(int(sys.argv[2])))  # a copy: their os.close(FD) does not cut the results off
    os.close(int(sys.argv[2]))
    main(sys.argv[1], channel)
    # Results are sent: leave now, before the interpreter waits for threads their code left running.
    os._exit(0)
