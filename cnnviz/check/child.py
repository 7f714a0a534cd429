"""Runs a learner's backward pass in its own process (started by runner.py as `python -I child.py DIR`).

Standalone on purpose: it imports only the standard library and NumPy, never cnnviz, so nothing of
the app is reachable from the learner's code. It talks to the parent only through files in DIR:

    in   DIR/job.json        {"file", "source" (the text to run: a notebook's cells joined),
                              "functions": {name: convention, in the order looked for},
                              "calls": {convention: [{"stride", "pad"}, ...]}}
         DIR/CONV-K-in.npz   the arrays of call K in that convention (no pickles)
    out  DIR/load.json       how loading went: ok / syntax / exception / missing (+ functions found,
                             the function's parameters, and the top-level statements that failed
                             and were skipped: a course module or data file that is not here)
         DIR/call-K.json     how call K went: ok / exception / bad-return (+ their traceback lines),
                             and the seconds it took
         DIR/call-K-out.npz  what call K returned, as float64 arrays out0, out1, ...
         DIR/at              the line of the top-level statement running while the file loads
         DIR/ready           Python and NumPy are up: the learner's code starts (its time limit too)
         DIR/done            written last: the run finished (no os._exit, crash or kill before it)

The parent reads JSON and .npz with allow_pickle=False: nothing from here is ever run as code.
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
import sys
import time
import traceback
import types

OUTPUT_CAP = 20_000  # characters of the learner's printing that are kept (the rest is counted)
MEMORY_LIMIT = 2 * 1024**3  # bytes of address space for this process (the learner's arrays included)
FILE_LIMIT = 64 * 1024**2  # bytes any file written here may grow to (a huge print through fd 1)


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


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f)


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


def make_args(convention, arrays, stride, pad):
    """The call's arguments, laid out as the learner's course does."""
    if convention == "lesson":
        return (arrays["x"], arrays["w"], arrays["dy"])
    param = {"stride": stride, "pad": pad}
    return (arrays["dout"], (arrays["x"], arrays["w"], arrays["b"], param))


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


def main(folder):
    job = json.load(open(os.path.join(folder, "job.json"), encoding="utf-8"))
    path = job["file"]
    captured = CappedOutput()
    sys.stdout = sys.stderr = captured
    sys.path.insert(0, os.path.dirname(path))  # their own helper modules next to the file import
    load = os.path.join(folder, "load.json")
    try:
        source = job.get("source")
        if source is None:
            source = open(path, encoding="utf-8").read()
        linecache.cache[path] = (len(source), None, source.splitlines(True), path)  # traceback lines
        tree = ast.parse(source, path)
    except SyntaxError as e:
        write_json(load, {"status": "syntax", "line": e.lineno, "error": f"{type(e).__name__}: {e.msg}",
                          "text": (e.text or "").rstrip("\n")})
        return finish(folder, captured)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        write_json(load, {"status": "unreadable", "error": str(e)})
        return finish(folder, captured)
    module = types.ModuleType("learner")
    module.__file__ = path
    sys.modules["learner"] = module
    skipped = []
    future = 0  # `from __future__ import annotations` holds for the statements after it, as in one module
    for statement in tree.body:  # one by one: a failing import or data cell does not stop the rest
        if isinstance(statement, ast.ImportFrom) and statement.module == "__future__":
            future |= sum(getattr(__future__, a.name).compiler_flag for a in statement.names
                          if hasattr(__future__, a.name))
        with open(os.path.join(folder, "at"), "w") as at:  # the line running, if the time runs out here
            at.write(str(statement.lineno))
        try:
            exec(compile(ast.Module([statement], []), path, "exec", flags=future, dont_inherit=True),
                 module.__dict__)
        except SystemExit as e:
            write_json(load, {"status": "exception", **describe_exit(e)})
            return finish(folder, captured)
        except Exception as e:  # a course module or data file that is not here, a failing test cell
            skipped.append({**their_traceback(e, path), "line": statement.lineno,
                            "module": getattr(e, "name", None) if isinstance(e, ImportError) else None})
        except BaseException as e:  # KeyboardInterrupt and the like: loading ends here
            write_json(load, {"status": "exception", **their_traceback(e, path)})
            return finish(folder, captured)
    functions = sorted(k for k, v in vars(module).items() if isinstance(v, types.FunctionType))
    name = next((n for n in job["functions"] if callable(getattr(module, n, None))), None)
    if name is None:
        write_json(load, {"status": "missing", "functions": functions, "skipped": skipped})
        return finish(folder, captured)
    convention = job["functions"][name]
    function = getattr(module, name)
    try:
        parameters = [str(p) for p in inspect.signature(function).parameters.values()]
    except (TypeError, ValueError):
        parameters = None
    write_json(load, {"status": "ok", "function": name, "convention": convention, "functions": functions,
                      "parameters": parameters, "skipped": skipped})
    for k, call in enumerate(job["calls"][convention]):
        with np.load(os.path.join(folder, f"{convention}-{k}-in.npz"), allow_pickle=False) as data:
            arrays = {key: data[key].copy() for key in data.files}  # fresh, writable copies
        record = {"status": "ok"}
        began = time.perf_counter()
        try:
            result = function(*make_args(convention, arrays, call["stride"], call["pad"]))
            out, problem = to_arrays(result, 3)
            if out is None:
                record = {"status": "bad-return", "error": problem}
            else:
                np.savez(os.path.join(folder, f"call-{k}-out.npz"), **out)
        except SystemExit as e:
            record = {"status": "exception", **describe_exit(e)}
        except BaseException as e:
            record = {"status": "exception", **their_traceback(e, path)}
        record["seconds"] = time.perf_counter() - began  # the time a slow call gets follows from these
        write_json(os.path.join(folder, f"call-{k}.json"), record)
    return finish(folder, captured)


def finish(folder, captured):
    write_json(os.path.join(folder, "output.json"), {"text": captured.text(), "dropped": captured.dropped})
    open(os.path.join(folder, "done"), "w").close()
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # too much output: a failed write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))
    import numpy as np  # before the memory limit: importing it maps large regions it never uses

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    open(os.path.join(sys.argv[1], "ready"), "w").close()  # the learner's time starts now, not at startup
    sys.exit(main(sys.argv[1]))
