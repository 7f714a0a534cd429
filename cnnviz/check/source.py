"""A learner's file as Python source the checker can run: a .py as it is, a notebook's code cells joined.

Learners write the backward pass in Jupyter. A notebook's code cells are joined in order (as "Run
All" runs them) with the IPython-only lines made harmless, one `pass` for one line so that line
numbers still point into the right cell:

    %matplotlib inline, %load_ext ...      line magics
    !pip install ..., files = !ls         shell lines
    obj?  ?obj                            help
    %%time, %%timeit, %%capture           cell magics that run their body: the body is kept
    %%writefile layers.py                 a Python module written from the notebook: kept too
    %%bash, %%html, %%writefile ...       cell magics of other languages: the cell is left out

A cell that is not Python (a syntax error) is left out, unless it defines a function being looked
for: then its error is the finding. Statements that fail when run (course modules and data that are
not here) are skipped by the child process, not here: see child.py.
"""

from __future__ import annotations

import json
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

from cnnviz.i18n import translate

NOTEBOOK_SUFFIX = ".ipynb"
KEEP_BODY = {"time", "timeit", "capture", "prun", "debug"}
MAGIC = re.compile(r"^(\s*)(%|!|\?)")  # a line magic, a shell line, or help: `?obj`
ASSIGNED_MAGIC = re.compile(r"^(\s*)[\w.\s,]+=\s*[%!]")  # files = !ls, t = %timeit -o f()
HELP = re.compile(r"^(\s*)[\w.]+\?{1,2}\s*$")  # obj? or obj??
# What compiling a text can raise: also a nesting too deep for the compiler (it is not run here)
NOT_PYTHON = (SyntaxError, ValueError, RecursionError, MemoryError)


class SourceError(Exception):
    """The file cannot be read as Python or as a notebook (one line)."""


@dataclass
class Source:
    """The text to run and where each of its lines came from."""

    path: Path
    text: str
    cells: list[tuple[int, int]] = field(default_factory=list)  # (first line in text, code cell number)
    notes: list[str] = field(default_factory=list)  # cells left out, and why

    @property
    def is_notebook(self) -> bool:
        return self.path.suffix.lower() == NOTEBOOK_SUFFIX

    def where(self, line: int | None) -> str:
        """'line 12' in a .py file, 'code cell 4, line 3' in a notebook."""
        if line is None:
            return ""
        for first, number in reversed(self.cells):
            if line >= first:
                return translate("CheckSource", "code cell {cell}, line {line}").format(cell=number,
                                                                                       line=line - first + 1)
        return translate("CheckSource", "line {line}").format(line=line)


def load_source(path: str | Path, functions: tuple[str, ...] = ()) -> Source:
    """The source of a .py file or of a notebook's code cells (SourceError if unreadable)."""
    path = Path(path)
    notebook = path.suffix.lower() == NOTEBOOK_SUFFIX
    try:
        if notebook:
            raw = path.read_text(encoding="utf-8-sig")
        else:
            with tokenize.open(path) as f:  # as Python reads a file: a BOM, a PEP 263 coding cookie
                raw = f.read()
    except (OSError, UnicodeDecodeError, SyntaxError) as e:  # SyntaxError: an unknown coding
        raise SourceError(translate("CheckSource", "cannot read {file}: {error}").format(file=path, error=e)) from None
    if notebook:
        return notebook_source(path, raw, functions)
    try:
        compile(raw, str(path), "exec", dont_inherit=True)
    except NOT_PYTHON:
        cleaned = "\n".join(ipython_free(raw.splitlines()))  # a cell pasted with its magics
        if cleaned != raw and compiles(cleaned):
            return Source(path, cleaned + "\n", notes=[translate("CheckSource", "IPython lines (% and !) were skipped")])
    return Source(path, raw)


def compiles(text: str) -> bool:
    try:
        compile(text, "<cell>", "exec", dont_inherit=True)
    except NOT_PYTHON:
        return False
    return True


def code_cells(path: Path, raw: str) -> list[str]:
    """The text of each code cell (nbformat 4, and the worksheets of nbformat 3)."""
    try:
        nb = json.loads(raw)
    except (ValueError, RecursionError) as e:  # (nested deeper than the decoder goes)
        raise SourceError(translate("CheckSource", "{file} is not a notebook (not JSON: {error})").format(
            file=path, error=e)) from None
    if not isinstance(nb, dict):
        raise SourceError(translate("CheckSource", "{file} is not a notebook (no cells)").format(file=path))
    cells = nb.get("cells")
    try:
        if cells is None:
            cells = [c for ws in nb.get("worksheets") or [] for c in (ws.get("cells") or [])]
        out = []
        for cell in cells:
            if not isinstance(cell, dict) or cell.get("cell_type") != "code":
                continue
            text = cell.get("source", cell.get("input", ""))
            out.append("".join(map(str, text)) if isinstance(text, list) else str(text))
    except (TypeError, AttributeError):  # cells or worksheets of the wrong kind
        raise SourceError(translate("CheckSource", "{file} is not a notebook (its cells cannot be read)").format(
            file=path)) from None
    return out


def ipython_free(lines: list[str]) -> list[str]:
    """The lines with each IPython-only line replaced by `pass` at its indentation."""
    out = []
    for line in lines:
        m = MAGIC.match(line) or ASSIGNED_MAGIC.match(line) or HELP.match(line)
        out.append(f"{m.group(1)}pass" if m else line)
    return out


def notebook_source(path: Path, raw: str, functions: tuple[str, ...] = ()) -> Source:
    text_lines: list[str] = []
    cells: list[tuple[int, int]] = []
    notes: list[str] = []
    for number, cell in enumerate(code_cells(path, raw), start=1):
        lines = cell.splitlines()
        if lines and lines[0].lstrip().startswith("%%"):
            words = lines[0].lstrip()[2:].split()
            magic = words[0] if words else ""
            # %%writefile layers.py: a module written from the notebook (often the graded one): run as Python
            if magic not in KEEP_BODY and not (magic == "writefile" and words[-1].endswith(".py")):
                notes.append(translate("CheckSource", "code cell {cell} ({magic}) is not Python: left out").format(
                    cell=number, magic="%%" + magic))
                lines = [""] * len(lines)
            else:
                lines = ["pass"] + lines[1:]
        if not compiles("\n".join(lines)):  # untouched when it is Python as it is
            lines = ipython_free(lines)
        body = "\n".join(lines)
        if not compiles(body) and not any(re.search(rf"^\s*def\s+{re.escape(f)}\s*\(", body, re.M)
                                          for f in functions):
            notes.append(translate("CheckSource", "code cell {cell} is not valid Python: left out").format(cell=number))
            lines = [""] * len(lines)
        cells.append((len(text_lines) + 1, number))
        text_lines.extend(lines or [""])
    if not cells:
        raise SourceError(translate("CheckSource", "{file} has no code cells").format(file=path))
    return Source(path, "\n".join(text_lines) + "\n", cells, notes)
