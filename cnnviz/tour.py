"""The guided tour's script: a TOML file of `[[chapter]]` tables (Python's tomllib; no Qt here).

Every chapter is a title, a few sentences and the state the app shows them in. A chapter's
state is set from the lesson as it was when the tour started, never from the chapter before,
so a class can go back and forth and always see the same thing. The keys (all but title and
text optional) are documented in the default script, resources/tour.toml:

    title, text        what the caption bar says: templates over the lesson shown, with facts
                       ({P}) and conditions ({momentum: sentence}); see cnnviz/captions.py
    mode               "normal" (default), "stepthrough", "compare" or "check" (the checker's
                       verdict screen on a learner's file, in place of the board)
    example            check: that learner's file, in cnnviz's resources folder (or a full path)
    steps              training updates before the chapter is shown (from the tour's start)
    settings           {lr, optimizer, momentum, reduction, activation, target}: lesson settings;
                       lr = "equivalent": the rate giving the tour's start's updates under this reduction;
                       {kernel_size, stride, padding, color}: another layer, a new lesson from its
                       seeded start (lr: this layer's default unless given; a grey lesson's colour
                       chapter shows the bundled colour sample)
    position           step-through: positions already added (0..P, or "end"; default 0)
    overwrite          step-through: the overwrite-instead-of-add bug on (default false)
    animate            "pass": the running sum plays up to `position`; "train": `train` updates play
    train              "train" animation: how many updates play (default 200)
    highlight          panel keys to outline, e.g. ["buffer", "filter"]
    test               compare: apply both layers to "shifted" or a sample name after `steps`
    update             step-through at the end: the filter panel shows the filter after the update
    tab                step-through: "update" (default), "check", "overwrite" or "untied"
    focus              normal mode: only the highlighted panels are shown, larger

A broken script is refused whole with one line naming its line and the problem: also an
unknown fact or condition in a caption, and a condition the chapter's own settings rule out.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from cnnviz import captions, i18n
from cnnviz.i18n import translate
from cnnviz.paths import resource_dir
from cnnviz.safe_write import shown_path

MODES = ("normal", "stepthrough", "compare", "check")
ANIMATIONS = ("", "pass", "train")
TABS = ("update", "check", "overwrite", "untied")
PANEL_KEYS = ("input", "target", "output", "error", "filter", "buffer", "input_grad", "params", "loss",
              "trajectory", "stepthrough", "compare")
SETTING_KEYS = ("lr", "optimizer", "momentum", "reduction", "activation", "target", "kernel_size", "stride",
                "padding", "color")
LAYER_KEYS = ("kernel_size", "stride", "padding", "color")  # another layer: a new lesson (engine GEOMETRY_FIELDS)
EQUIVALENT_LR = "equivalent"  # settings.lr: the tour's start's updates under this chapter's reduction
MAX_STEPS = 20_000  # a chapter is computed when it is shown: keep that under a second
MAX_CHAPTERS = 200  # a lesson's tour, with room to spare (each is a page of a deck)
MAX_BYTES = 1_000_000  # a tour script is a short text file
KEYS = ("title", "text", "mode", "steps", "settings", "position", "overwrite", "animate", "train", "highlight", "test",
        "update", "tab", "focus", "example")


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
    update: bool = False
    tab: str = "update"
    focus: bool = False
    example: str = ""  # check: the learner's file, relative to the resources folder (or absolute)


@dataclass(frozen=True)
class Tour:
    chapters: tuple[Chapter, ...]
    source: str  # where it came from, for messages and titles


def default_tour_path() -> Path:
    """The default tour in the language in use: tour.de.toml beside tour.toml (English otherwise)."""
    return i18n.localized(resource_dir() / "tour.toml")


def load_tour(path: str | Path | None = None) -> Tour:
    """Read and check a tour script (the default one, in the language in use, without a path; a
    teacher's own script is used as given). Raises TourError."""
    path = Path(path) if path is not None else default_tour_path()
    try:
        text = _read_bounded(path).decode("utf-8")
    except UnicodeDecodeError:
        raise TourError(translate("Tour", "{name}: not a UTF-8 text file").format(name=path.name)) from None
    except OSError as e:
        raise TourError(translate("Tour", "cannot read tour {path}: {reason}").format(
            path=shown_path(path), reason=e.strerror or e)) from None
    return parse_tour(text, path.name)


def _read_bounded(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES: a FIFO or device (/dev/zero) is refused
    without blocking, a larger file without reading it."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise TourError(translate("Tour", "cannot read tour {path}: not a regular file").format(path=shown_path(path)))
        if info.st_size > MAX_BYTES:
            raise TourError(translate("Tour", "tour {path} is {size} bytes (limit {limit}): a tour is a short text "
                                      "file").format(path=shown_path(path), size=f"{info.st_size:,}", limit=f"{MAX_BYTES:,}"))
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
        raise TourError(translate("Tour", "{source} line {line}: unknown top-level key {key} (a tour is a list of "
                                  "{tables} tables)").format(source=source, line=_line_of(text, extra[0]),
                                                             key=repr(extra[0]), tables="[[chapter]]"))
    raw = data.get("chapter")
    if not isinstance(raw, list) or not raw:
        raise TourError(translate("Tour", "{source}: no {tables} tables").format(source=source, tables="[[chapter]]"))
    if not all(isinstance(t, dict) for t in raw):
        raise TourError(translate("Tour", "{source} line {line}: chapters must be [[chapter]] tables, not {kind} "
                                  "values").format(source=source, line=_line_of(text, "chapter"),
                                                   kind=type(next(t for t in raw if not isinstance(t, dict))).__name__))
    if len(raw) > MAX_CHAPTERS:
        raise TourError(translate("Tour", "{source}: {count} chapters (limit {limit})").format(
            source=source, count=len(raw), limit=MAX_CHAPTERS))
    starts = [m.start() for m in re.finditer(r"(?m)^\s*\[\[\s*chapter\s*\]\]", text)]
    chapters = []
    for i, table in enumerate(raw):
        span = text[starts[i]:starts[i + 1] if i + 1 < len(starts) else len(text)] if i < len(starts) else ""
        first_line = text.count("\n", 0, starts[i]) + 1 if i < len(starts) else 0

        def fail(key: str, problem: str, fragment: str = "") -> TourError:
            line = first_line + _line_in(span, key) if first_line else 0
            if first_line and fragment and fragment in span:  # the line of a caption's broken piece
                line = first_line + span.count("\n", 0, span.index(fragment))
            where = translate("Tour", "{source} line {line}").format(source=source, line=line) if line else source
            return TourError(translate("Tour", "{where}: chapter {number}: {problem}").format(
                where=where, number=i + 1, problem=problem))

        chapters.append(_chapter(table, fail))
    return Tour(tuple(chapters), source)


def _chapter(table: dict, fail) -> Chapter:
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise fail(unknown[0], translate("Tour", "unknown key {key} (known: {known})").format(
            key=repr(unknown[0]), known=", ".join(KEYS)))
    for key in ("title", "text"):
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise fail(key, translate("Tour", "'{key}' is missing or empty").format(key=key))

    def choice(key, options, default):
        value = table.get(key, default)
        if value not in options:
            raise fail(key, translate("Tour", "{key} = {value} is not one of {options}").format(
                key=key, value=repr(value), options=", ".join(repr(o) for o in options if o)))
        return value

    def count(key, default, top):
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
            raise fail(key, translate("Tour", "{key} = {value} must be a whole number from 0 to {top}").format(
                key=key, value=repr(value), top=f"{top:,}"))
        return value

    settings = table.get("settings", {})
    if not isinstance(settings, dict):
        raise fail("settings", translate("Tour", "settings must be a table, e.g. {example}").format(
            example='settings = { reduction = "mean" }'))
    bad = sorted(set(settings) - set(SETTING_KEYS))
    if bad:
        raise fail("settings", translate("Tour", "unknown setting {key} (known: {known})").format(
            key=repr(bad[0]), known=", ".join(SETTING_KEYS)))
    layer = sorted(set(settings) & set(LAYER_KEYS))
    if layer and settings.get("lr") == EQUIVALENT_LR:
        raise fail("settings", translate("Tour", "settings: lr = \"equivalent\" carries the tour's start's rate to another "
                                         "reduction; a chapter that sets {key} is another layer (give a number, or leave "
                                         "lr out for this layer's default)").format(key=layer[0]))
    try:
        from cnnviz.engine import LessonConfig
        from cnnviz.engine.kernels import centred_target

        fields = {k: v for k, v in settings.items() if not (k == "lr" and v == EQUIVALENT_LR)}
        if isinstance(fields.get("kernel_size"), int) and not isinstance(fields["kernel_size"], bool):
            fields["target"] = centred_target(fields.get("target", LessonConfig.target), fields["kernel_size"])
        LessonConfig(**fields).validated()
    except (TypeError, ValueError) as e:
        raise fail("settings", translate("Tour", "settings: {reason}").format(reason=e)) from None
    mode = choice("mode", MODES, "normal")
    fixed = captions.settings_flags(settings)
    for key in ("title", "text"):
        try:
            nodes = captions.parse_template(table[key])
        except captions.TemplateError as e:
            raise fail(key, "{key}: {reason}".format(key=key, reason=e), e.fragment) from None
        compare_only = sorted(captions.names_used(nodes) & captions.COMPARE_ONLY)
        if compare_only and mode != "compare":
            raise fail(key, translate("Tour", "{key}: {fact} is the comparison's test: it needs mode = \"compare\"").format(
                key=key, fact="{" + compare_only[0] + "}"),
                       "{" + compare_only[0])
        check_only = sorted(captions.names_used(nodes) & captions.CHECK_ONLY)
        if check_only and mode != "check":
            raise fail(key, translate("Tour", "{key}: {fact} is the checker's verdict: it needs mode = \"check\"").format(
                key=key, fact="{" + check_only[0] + "}"),
                       "{" + check_only[0])
        for path in captions.conditions(nodes):
            why = captions.contradiction(set(path) | fixed)
            if why:
                opening = "{" + path[-1]
                sets = sorted(fixed & set(why.split()))  # the flag names in why (translated around them)
                because = translate("Tour", " (this chapter sets {flag})").format(flag=sets[0]) if sets else ""
                shown = " ".join("{" + flag + ": …" for flag in path) + "}" * len(path)
                raise fail(key, translate("Tour", "{key}: {shown} can never show: a lesson cannot have {why}{because}")
                           .format(key=key, shown=shown, why=why, because=because), opening)
    position = table.get("position", 0)
    if position != "end":
        position = count("position", 0, 10**7)
    highlight = table.get("highlight", [])
    if isinstance(highlight, str):
        highlight = [highlight]
    if not isinstance(highlight, list) or any(h not in PANEL_KEYS for h in highlight):
        raise fail("highlight", translate("Tour", "highlight = {value}: use panel names from {names}").format(
            value=repr(highlight), names=", ".join(PANEL_KEYS)))
    overwrite, update, focus = (table.get(key, False) for key in ("overwrite", "update", "focus"))
    for key, value in (("overwrite", overwrite), ("update", update), ("focus", focus)):
        if not isinstance(value, bool):
            raise fail(key, translate("Tour", "{key} must be true or false").format(key=key))
    for key in ("update", "tab", "position", "overwrite"):
        if key in table and mode != "stepthrough":
            raise fail(key, translate("Tour", "{key} applies to mode = \"stepthrough\" only").format(key=key))
    if focus and (mode != "normal" or not highlight):
        raise fail("focus", translate("Tour", "focus = true needs mode = \"normal\" and the panels to show in highlight"))
    if update and table.get("position") != "end":
        raise fail("update", translate("Tour", "{update} needs {position} (the update comes after the whole pass)").format(
            update="update = true", position='position = "end"'))
    example = table.get("example", "")
    if (mode == "check") != ("example" in table):
        raise fail("example" if "example" in table else "mode",
                   translate("Tour", "mode = \"check\" needs example = \"a learner's file\"") if mode == "check"
                   else translate("Tour", "example applies to mode = \"check\" only"))
    if mode == "check" and not (isinstance(example, str) and example_path(example).is_file()):
        raise fail("example", translate("Tour", "example = {value}: no such file in {folder}").format(
            value=repr(example), folder=shown_path(resource_dir())))
    test = table.get("test", "")
    if test != "":
        from cnnviz.comparison import generalisation_choices

        names = [key for key, _ in generalisation_choices()]
        if test not in names:
            raise fail("test", translate("Tour", "test = {value} is not one of {options}").format(
                value=repr(test), options=", ".join(map(repr, names))))
    return Chapter(title=table["title"].strip(), text=" ".join(table["text"].split()),
                   mode=mode, steps=count("steps", 0, MAX_STEPS), settings=dict(settings),
                   position=position, overwrite=overwrite, animate=choice("animate", ANIMATIONS, ""),
                   train=count("train", 200, MAX_STEPS), highlight=tuple(highlight), test=test,
                   update=update, tab=choice("tab", TABS, "update"), focus=focus, example=example)


def example_path(example: str) -> Path:
    """A check chapter's learner file: in the resources folder (shipped in the wheel), or a full path."""
    return resource_dir() / example


def chapter_settings(chapter: Chapter, start) -> dict:
    """The chapter's settings for a run from `start` (a Trainer): lr = "equivalent" becomes the rate
    that gives start's updates under the chapter's reduction (× P from sum to mean, ÷ P back)."""
    settings = dict(chapter.settings)
    if settings.get("lr") == EQUIVALENT_LR:
        positions = start.target.size  # P: every position of every image
        scale = {"sum": 1.0, "mean": 1.0 / positions}  # what the reduction multiplies the gradient by
        reduction = settings.get("reduction", start.config.reduction)
        settings["lr"] = start.config.lr * scale[start.config.reduction] / scale[reduction]
    return settings


def chapter_trainer(start, chapter: Chapter):
    """A copy of `start` (a Trainer) in the chapter's state: its settings, then its `steps` (a
    comparison trains from the seeded start itself). Raises ValueError or TrainingDiverged."""
    return chapter_lesson(start, chapter)[0]


def chapter_lesson(start, chapter: Chapter):
    """(trainer, sample): chapter_trainer's trainer, and the colour sample it trains on in place of
    the start's grey images ("" when it is the start's own images). A chapter that sets another
    layer (kernel_size, stride, padding, color) is a new lesson on the start's images, as the app's
    settings make one: the layer's seeded start, its own default learning rate unless the chapter
    gives one, the target centred for another kernel size."""
    import copy

    from cnnviz.engine import Trainer

    sample = ""
    if any(key in chapter.settings for key in LAYER_KEYS):
        config, images, sample = chapter_layer(start, chapter)
        if layer_of(config) != layer_of(start.config):
            trainer = Trainer(images, config)
            trainer.step(chapter.steps if chapter.mode != "compare" else 0)
            return trainer, sample
    trainer = copy.deepcopy(start)  # the start's own layer: its run, from where it is
    trainer.configure(**{k: v for k, v in chapter_settings(chapter, start).items() if k not in LAYER_KEYS})
    if chapter.mode != "compare":
        trainer.step(chapter.steps)
    return trainer, sample


def layer_of(config) -> tuple:
    """(k, s, p, color): what makes two lessons' layers the same ("same" is 1 for a 3x3 filter)."""
    return config.kernel_size, config.stride, config.padding_pixels, config.color


@functools.lru_cache(maxsize=4)
def _colour_sample(size: int):
    """(1, 3, size, size) read-only: the colour sample, decoded once (a chapter is made at every visit)."""
    from cnnviz import images as imgs

    x = imgs.load_sample(imgs.DEFAULT_COLOR_SAMPLE, size, color=True)[None]
    x.flags.writeable = False
    return x


def chapter_layer(start, chapter: Chapter):
    """(config, images, sample) of a chapter that sets another layer, from `start` (a Trainer):
    the layer settings it does not name are the start's. Raises ValueError (one line) for a layer
    that does not fit the start's images (a stride larger than the padded image, ...)."""
    from dataclasses import replace

    import numpy as np

    from cnnviz import images as imgs
    from cnnviz.engine.conv import check_geometry
    from cnnviz.engine.kernels import LUMA_WEIGHTS, centred_target
    from cnnviz.engine.trainer import default_lr

    settings = dict(chapter.settings)
    fields = {**start.config.to_dict(), **settings}
    fields["target"] = centred_target(fields["target"], fields["kernel_size"])
    config = replace(start.config, **fields).validated()
    x, sample = start.images, ""
    if config.color and x.ndim == 3:  # grey images: a colour chapter shows the bundled colour sample
        h, w = x.shape[-2:]
        sample = imgs.DEFAULT_COLOR_SAMPLE
        x = _colour_sample(h if h == w else imgs.DEFAULT_SIZE)
    elif not config.color and x.ndim == 4:  # colour images seen in grey: their luminance
        x = np.einsum("c,nchw->nhw", LUMA_WEIGHTS, x)
    check_geometry(x.shape[-2], x.shape[-1], config.kernel_size, config.stride, config.padding_pixels)
    if "lr" not in settings:
        config = replace(config, lr=default_lr(x, config))
    return config, x, sample


def caption(chapter: Chapter, trainer, tested: tuple[float, float] | None = None, sample: str = "",
            checked: str | None = None) -> tuple[str, str]:
    """(title, text) of the chapter for the lesson `trainer` (in the chapter's state) shows;
    `tested`: the comparison's (shared, untied) test losses when already run; `sample`: the colour
    sample shown in place of the lesson's grey images (chapter_lesson); `checked`: the checker's
    verdict sentence on a check chapter's example, once its screen shows it."""
    title, text = captions.parse_template(chapter.title), captions.parse_template(chapter.text)
    used = captions.names_used(title) | captions.names_used(text)
    facts = captions.lesson_facts_of(trainer, chapter, used, tested, sample, checked)
    return captions.render(title, facts), captions.render(text, facts)


def stale_sentences(tour: Tour, start) -> list[str]:
    """What the script states that `start`'s lesson cannot show, one line each: numbers typed that
    hold for the default lesson only ('chapter 4 says 900, but this lesson has P = 2,700: write {P}'),
    a step-through position past the lesson's last."""
    from cnnviz import images
    from cnnviz.engine import Trainer

    default = captions.lesson_facts_of(Trainer(images.load_sample(images.DEFAULT_SAMPLE)))
    now = captions.lesson_facts_of(start)
    lines = []
    positions = start.target.size
    for i, ch in enumerate(tour.chapters, start=1):
        if any(key in ch.settings for key in LAYER_KEYS):
            try:
                chapter_layer(start, ch)
            except ValueError as e:
                lines.append(translate("Tour", "chapter {number} cannot be shown on this lesson: {reason}").format(
                    number=i, reason=e))
        if ch.mode == "stepthrough" and ch.position != "end" and int(ch.position) > positions:
            lines.append(translate("Tour", "chapter {number} asks for position {position}, but this lesson has "
                                   "P = {P}: it shows the end of the pass").format(
                number=i, position=captions.integer(int(ch.position)), P=captions.integer(positions)))
        for key in ("title", "text"):
            for literal, name in captions.stale_numbers(captions.parse_template(getattr(ch, key)), now, default):
                lines.append(translate("Tour", "chapter {number} says {literal}, but this lesson has {name} = {value}: "
                                       "write {placeholder}").format(number=i, literal=literal, name=name,
                                                                     value=now.values[name], placeholder="{" + name + "}"))
    return lines


def _line_of(text: str, key: str) -> int:
    m = re.search(rf"(?m)^\s*{re.escape(key)}\s*=", text)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def _line_in(span: str, key: str) -> int:
    """Lines from a chapter's header to `key` in it (0: the header itself)."""
    m = re.search(rf"(?m)^\s*{re.escape(key)}\s*=", span)
    return span.count("\n", 0, m.start()) if m else 0
