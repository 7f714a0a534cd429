"""The guided tour's script: a TOML file of `[[chapter]]` tables (Python's tomllib; no Qt here).

Every chapter is a title, a few sentences and the state the app shows them in. A chapter's
state is set from the lesson as it was when the tour started, never from the chapter before,
so a class can go back and forth and always see the same thing. The keys (all but title and
text optional) are documented in the default script, resources/tour.toml:

    title, text        what the caption bar says
    mode               "normal" (default), "stepthrough" or "compare"
    steps              training updates before the chapter is shown (from the tour's start)
    settings           {lr, optimizer, momentum, reduction, activation, target}: lesson settings
    position           step-through: positions already added (0..P, or "end"; default 0)
    overwrite          step-through: the overwrite-instead-of-add bug on (default false)
    animate            "pass": the running sum plays up to `position`; "train": `train` updates play
    train              "train" animation: how many updates play (default 200)
    highlight          panel keys to outline, e.g. ["buffer", "filter"]
    test               compare: apply both layers to "shifted" or a sample name after `steps`

A broken script is refused whole with one line naming its line and the problem.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from cnnviz.paths import resource_dir
from cnnviz.safe_write import shown_path

MODES = ("normal", "stepthrough", "compare")
ANIMATIONS = ("", "pass", "train")
PANEL_KEYS = ("input", "target", "output", "error", "filter", "buffer", "input_grad", "params", "loss",
              "trajectory", "stepthrough", "compare")
SETTING_KEYS = ("lr", "optimizer", "momentum", "reduction", "activation", "target")
MAX_STEPS = 20_000  # a chapter is computed when it is shown: keep that under a second
MAX_CHAPTERS = 200  # a lesson's tour, with room to spare (each is a page of a deck)
MAX_BYTES = 1_000_000  # a tour script is a short text file
KEYS = ("title", "text", "mode", "steps", "settings", "position", "overwrite", "animate", "train", "highlight", "test")


class TourError(ValueError):
    """A broken tour script: one line, with the script's line number where there is one."""


@dataclass(frozen=True)
class Chapter:
    title: str
    text: str
    mode: str = "normal"
    steps: int = 0
    settings: dict = field(default_factory=dict)
    position: int | str = 0  # positions already added, or "end"
    overwrite: bool = False
    animate: str = ""
    train: int = 200
    highlight: tuple[str, ...] = ()
    test: str = ""


@dataclass(frozen=True)
class Tour:
    chapters: tuple[Chapter, ...]
    source: str  # where it came from, for messages and titles


def default_tour_path() -> Path:
    return resource_dir() / "tour.toml"


def load_tour(path: str | Path | None = None) -> Tour:
    """Read and check a tour script (the default one without a path). Raises TourError."""
    path = Path(path) if path is not None else default_tour_path()
    try:
        text = _read_bounded(path).decode("utf-8")
    except UnicodeDecodeError:
        raise TourError(f"{path.name}: not a UTF-8 text file") from None
    except OSError as e:
        raise TourError(f"cannot read tour {shown_path(path)}: {e.strerror or e}") from None
    return parse_tour(text, path.name)


def _read_bounded(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES: a FIFO or device (/dev/zero) is refused
    without blocking, a larger file without reading it."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise TourError(f"cannot read tour {shown_path(path)}: not a regular file")
        if info.st_size > MAX_BYTES:
            raise TourError(f"tour {shown_path(path)} is {info.st_size:,} bytes (limit {MAX_BYTES:,}): "
                            "a tour is a short text file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(MAX_BYTES + 1)[:MAX_BYTES]
    finally:
        os.close(fd)


def parse_tour(text: str, source: str = "tour") -> Tour:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise TourError(f"{source}: {e}") from None
    extra = sorted(set(data) - {"chapter"})
    if extra:
        raise TourError(f"{source} line {_line_of(text, extra[0])}: unknown top-level key {extra[0]!r} "
                        "(a tour is a list of [[chapter]] tables)")
    raw = data.get("chapter")
    if not isinstance(raw, list) or not raw:
        raise TourError(f"{source}: no [[chapter]] tables")
    if not all(isinstance(t, dict) for t in raw):
        raise TourError(f"{source} line {_line_of(text, 'chapter')}: chapters must be [[chapter]] tables, "
                        f"not {type(next(t for t in raw if not isinstance(t, dict))).__name__} values")
    if len(raw) > MAX_CHAPTERS:
        raise TourError(f"{source}: {len(raw)} chapters (limit {MAX_CHAPTERS})")
    starts = [m.start() for m in re.finditer(r"(?m)^\s*\[\[\s*chapter\s*\]\]", text)]
    chapters = []
    for i, table in enumerate(raw):
        span = text[starts[i]:starts[i + 1] if i + 1 < len(starts) else len(text)] if i < len(starts) else ""
        first_line = text.count("\n", 0, starts[i]) + 1 if i < len(starts) else 0

        def fail(key: str, problem: str) -> TourError:
            line = first_line + _line_in(span, key) if first_line else 0
            where = f"{source} line {line}" if line else source
            return TourError(f"{where}: chapter {i + 1}: {problem}")

        chapters.append(_chapter(table, fail))
    return Tour(tuple(chapters), source)


def _chapter(table: dict, fail) -> Chapter:
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise fail(unknown[0], f"unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    for key in ("title", "text"):
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise fail(key, f"'{key}' is missing or empty")

    def choice(key, options, default):
        value = table.get(key, default)
        if value not in options:
            raise fail(key, f"{key} = {value!r} is not one of {', '.join(repr(o) for o in options if o)}")
        return value

    def count(key, default, top):
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
            raise fail(key, f"{key} = {value!r} must be a whole number from 0 to {top:,}")
        return value

    settings = table.get("settings", {})
    if not isinstance(settings, dict):
        raise fail("settings", "settings must be a table, e.g. settings = { reduction = \"mean\" }")
    bad = sorted(set(settings) - set(SETTING_KEYS))
    if bad:
        raise fail("settings", f"unknown setting {bad[0]!r} (known: {', '.join(SETTING_KEYS)})")
    try:
        from cnnviz.engine import LessonConfig

        LessonConfig(**settings).validated()
    except (TypeError, ValueError) as e:
        raise fail("settings", f"settings: {e}") from None
    position = table.get("position", 0)
    if position != "end":
        position = count("position", 0, 10**7)
    highlight = table.get("highlight", [])
    if isinstance(highlight, str):
        highlight = [highlight]
    if not isinstance(highlight, list) or any(h not in PANEL_KEYS for h in highlight):
        raise fail("highlight", f"highlight = {highlight!r}: use panel names from {', '.join(PANEL_KEYS)}")
    overwrite = table.get("overwrite", False)
    if not isinstance(overwrite, bool):
        raise fail("overwrite", "overwrite must be true or false")
    test = table.get("test", "")
    if test != "":
        from cnnviz.comparison import generalisation_choices

        names = [key for key, _ in generalisation_choices()]
        if test not in names:
            raise fail("test", f"test = {test!r} is not one of {', '.join(map(repr, names))}")
    return Chapter(title=table["title"].strip(), text=" ".join(table["text"].split()),
                   mode=choice("mode", MODES, "normal"), steps=count("steps", 0, MAX_STEPS), settings=dict(settings),
                   position=position, overwrite=overwrite, animate=choice("animate", ANIMATIONS, ""),
                   train=count("train", 200, MAX_STEPS), highlight=tuple(highlight), test=test)


def _line_of(text: str, key: str) -> int:
    m = re.search(rf"(?m)^\s*{re.escape(key)}\s*=", text)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def _line_in(span: str, key: str) -> int:
    """Lines from a chapter's header to `key` in it (0: the header itself)."""
    m = re.search(rf"(?m)^\s*{re.escape(key)}\s*=", span)
    return span.count("\n", 0, m.start()) if m else 0
