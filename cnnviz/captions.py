"""A tour caption made from the lesson on screen: its facts, and a small template language.

No Qt here. A chapter's text is a template over the lesson it shows:

    {P}                    a fact: replaced by its value for the lesson shown ("900", "2,700")
    {momentum: sentence}   a condition: the sentence is kept only when the lesson uses momentum
    {{ and }}              a literal brace (outside conditions: there }} closes two of them)

Conditions nest ({mean: ... {batch: ...}}) and may hold facts. FACTS and FLAGS are every name a
script can use (the default script, resources/tour.toml, lists them too); an unknown name, or a
condition a chapter's own settings rule out, is refused when the script is loaded.

Every number comes from the engine's view of the lesson (image sizes, the trainer's config),
never from the default lesson: a batch of 3 images says P = 2,700, the mean says 2(y − T)/P.
What training will do is not guessed either: a caption that names an outcome (learns / stalls /
…, a dead ReLU, the comparison's test losses) gets it by training a copy of the lesson first.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cnnviz.engine.conv import output_shape
from cnnviz.engine.kernels import NAMED_KERNELS
from cnnviz.engine.losses import delta_formula
from cnnviz.engine.trainer import momentum_limit, stable_lr
from cnnviz.engine.untied import dense_params_count, untied_params_count
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate

FACTS: dict[str, str] = {
    "N": "how many images the lesson trains on (1, or a batch)",
    "image": "the image size, e.g. 32×32",
    "output": "the output map's size, e.g. 30×30",
    "pixels": "pixels in one image, e.g. 1,024",
    "per_image": "positions in one image (Ho·Wo), e.g. 900",
    "P": "all positions added into the buffer, N·Ho·Wo: 900, or 2,700 for 3 images",
    "positions": "P, spelled out for a batch: 900, or 2,700 (3 images × 900)",
    "input": "the images in words: one grayscale 32×32 image, or 3 colour (R, G, B) 32×32 images",
    "params": "the shared filter's parameters: 10 (9 weights + 1 bias), 28 for 3×3 colour (27 + 1)",
    "weights": "the filter's weights: C·k·k, 9 (27 for colour)",
    "filter": "the filter's size: 3×3, or 3×3×3 for colour (k×k per channel)",
    "k": "the kernel size k: 3",
    "channels": "the channels C: 1 grey, 3 colour (R, G, B)",
    "stride": "the stride s: pixels the filter moves between positions (1)",
    "padding": "the padding p: zero pixels around every side of the image (0)",
    "padded": "the image with its zero border, e.g. 34×34 for 32×32 with padding 1",
    "P_valid": "the positions of the same filter at stride 1 without padding (N·(H−k+1)·(W−k+1)): 900",
    "border": "positions whose patch reads some of the border's zeros (0 without padding)",
    "unread": "pixels of one image that no position reads (a stride past the last position; 0 at stride 1)",
    "sample": "the colour sample a colour chapter shows when the lesson's images are grey (colour-shapes)",
    "dense": "parameters of a dense layer from the image to the output map, e.g. 922,500",
    "untied": "parameters of one filter + bias per position, e.g. 9,000",
    "lr": "the learning rate in use",
    "lr_sum": "the learning rate that gives the same updates with the sum",
    "lr_mean": "the learning rate that gives the same updates with the mean (lr_sum × P)",
    "mu": "the momentum μ",
    "lr_limit": "the learning rate from which training diverges (2/λmax; 2(1 + μ)/λmax with momentum)",
    "target": "the target kernel's name: Sobel-x, Laplacian, …, or 'typed' (say 'the {target} kernel')",
    "target_rule": "how a position's target is made: T = Sobel-x · patch, or T = tanh(Sobel-x · patch)",
    "target_map": "how the target map is made: T = Sobel-x ★ x, or T = tanh(Sobel-x ★ x); colour: ★ luminance",
    "output_rule": "a position's output: y = w·patch + b, or a = tanh(w·patch + b)",
    "delta": "the error at a position: δ = ∂L/∂y = 2(y − T), with /P for the mean, 2(a − T)·tanh′(y) for tanh",
    "loss": "the loss: L = Σ (y − T)², or (1/P) Σ … for the mean",
    "update_rule": "the update: w ← w − lr × buffer, or v ← μv + buffer, then w ← w − lr·v",
    "reduction": "sum or mean",
    "optimizer": "plain SGD or momentum",
    "activation": "identity, ReLU, tanh or sigmoid",
    "position": "step-through: the positions added so far in this chapter (its `position`)",
    "row": "step-through: the row of the last position added (from 0)",
    "col": "step-through: the column of the last position added (from 0)",
    "steps": "training updates before the chapter (its `steps`)",
    "train": "updates a 'train' animation plays (its `train`)",
    "shift": "the shifted test's move, e.g. 3 px right and 3 px down",
}
# What happens when the chapter's lesson trains or is tested: computed (on a copy) only for a
# chapter whose caption names them.
OUTCOME_FACTS: dict[str, str] = {
    "shared_test": "compare: the shared filter's loss on the test image after `steps` updates",
    "untied_test": "compare: the untied layer's loss on the test image after `steps` updates",
    "example": "check: the name of the learner's file the chapter checks (its `example`)",
    "verdict": "check: the checker's verdict on it, the sentence its verdict screen leads with",
}
FACTS.update(OUTCOME_FACTS)

# Conditions, in groups that exclude each other ("activation" is any activation but identity).
FLAG_GROUPS: dict[str, tuple[str, ...]] = {
    "reduction": ("sum", "mean"),
    "optimizer": ("sgd", "momentum"),
    "activation": ("identity", "relu", "tanh", "sigmoid"),
    "images": ("single", "batch"),
    "target": ("named_target", "typed_target"),
    "training": ("learns", "wanders", "stalls", "diverges", "untested"),
    "test": ("sharing_wins", "sharing_ties", "sharing_loses"),
    "gradient": ("dead", "flowing"),
    "channels": ("grey", "colour"),
    "stride": ("stride1", "strided"),
    "padding": ("valid", "padded"),
    "coverage": ("all_read", "some_unread"),
    "source": ("own_images", "colour_sample"),
    "check": ("checked", "checking"),
}
FLAGS: dict[str, str] = {
    "sum": "the loss is the sum over positions", "mean": "the loss is the mean over positions",
    "sgd": "plain gradient descent", "momentum": "descent with momentum",
    "identity": "no activation", "activation": "any activation (ReLU, tanh or sigmoid)",
    "relu": "ReLU", "tanh": "tanh", "sigmoid": "sigmoid",
    "single": "one image", "batch": "several images",
    "named_target": "a named target kernel", "typed_target": "a typed target kernel",
    "dead": "ReLU with every w·patch + b ≤ 0: no gradient flows back, nothing trains",
    "flowing": "not dead: some gradient flows back",
    "grey": "grey images, a k×k filter", "colour": "colour (R, G, B) images, a 3×k×k filter",
    "stride1": "stride 1", "strided": "stride 2 or more",
    "valid": "no padding", "padded": "a zero border (padding 1 or more)",
    "all_read": "every pixel is read by some position", "some_unread": "some pixels are read by no position",
    "own_images": "the lesson's own images", "colour_sample": "a colour chapter on a grey lesson: it shows the "
                                                                "bundled colour sample instead ({sample})",
}
OUTCOME_FLAGS: dict[str, str] = {
    "learns": "over the chapter's `train` updates the loss falls and the filter nears the target",
    "wanders": "over them the loss falls but the filter is not nearer the target",
    "stalls": "over them the loss does not fall",
    "diverges": "within them training diverges",
    "untested": "the lesson is too large to try them before the chapter is shown",
    "sharing_wins": "compare: on the test image the untied layer's loss is over 10× the shared one's",
    "sharing_ties": "compare: the two losses are within a factor of 10",
    "sharing_loses": "compare: the shared filter's loss is over 10× the untied one's (it has not learned "
                     "the lesson at this learning rate)",
    "checked": "check: the checker's verdict on the example is in (its verdict screen shows it)",
    "checking": "check: the checker is still running the example (its verdict screen shows progress)",
}
FLAGS.update(OUTCOME_FLAGS)
CHECK_ONLY = frozenset({"example", "verdict"}) | set(FLAG_GROUPS["check"])  # the checker's verdict
COMPARE_ONLY = frozenset(OUTCOME_FACTS) - CHECK_ONLY | set(FLAG_GROUPS["test"])  # the comparison's test
ACTIVATION_NAMES = {"identity": "identity", "relu": "ReLU", "tanh": "tanh", "sigmoid": "sigmoid"}
# A kernel's name in a sentence ("the box blur kernel"): translated where it is shown.
KERNEL_NAMES = {"sobel-x": "Sobel-x", "sobel-y": "Sobel-y", "laplacian": QT_TRANSLATE_NOOP("Captions", "Laplacian"),
                "box-blur": QT_TRANSLATE_NOOP("Captions", "box blur"), "sharpen": QT_TRANSLATE_NOOP("Captions", "sharpen"),
                "identity": QT_TRANSLATE_NOOP("Captions", "identity")}


class TemplateError(ValueError):
    """A broken caption template. `fragment` is the text to find its line by."""

    def __init__(self, message: str, fragment: str):
        super().__init__(message)
        self.fragment = fragment


# ---- the template language ------------------------------------------------------------------------
@dataclass(frozen=True)
class Fact:
    name: str


@dataclass(frozen=True)
class When:
    flag: str
    body: tuple  # of str | Fact | When


class _Unclosed(Exception):
    """A condition reached the end of the text (said by the caller, which knows where it opened)."""


def _piece(text: str, i: int) -> str:
    """The text from i to the end of its line (how an error finds its line in the script)."""
    end = text.find("\n", i)
    return text[i:end if end >= 0 else len(text)]


_OPEN = re.compile(r"\{\s*([A-Za-z_]\w*)\s*(:|\})")


def parse_template(text: str) -> tuple:
    """text -> a tuple of str, Fact and When nodes. Raises TemplateError."""
    return _parse(text, 0, nested=False)[0]


def _parse(text: str, i: int, nested: bool) -> tuple[tuple, int]:
    nodes: list = []
    literal: list[str] = []
    while i < len(text):
        if text.startswith("{{", i) or (text.startswith("}}", i) and not nested):  # in a condition, }} closes two
            literal.append(text[i])
            i += 2
            continue
        ch = text[i]
        if ch == "}":
            if nested:
                return tuple(nodes + ["".join(literal)]), i + 1
            raise TemplateError(translate("Captions", "a {close} with no {open} before it (write {twice} for a brace)").format(
                close="'}'", open="'{'", twice="}}"),
                                text[text.rfind("\n", 0, i) + 1:i + 1])
        if ch != "{":
            literal.append(ch)
            i += 1
            continue
        m = _OPEN.match(text, i)
        if not m:
            raise TemplateError(translate("Captions", "{open} must start {fact} or {condition} (write {twice} for a brace)").format(
                open="'{'", fact="{name}", condition="{condition: sentence}", twice="{{"),
                                _piece(text, i))
        nodes.append("".join(literal))
        literal = []
        name = m.group(1)
        if m.group(2) == "}":
            if name not in FACTS:
                hint = translate("Captions", " (a condition needs a ':' and its sentence)") if name in FLAGS else ""
                raise TemplateError(translate("Captions", "unknown placeholder {placeholder}{hint}; the facts are "
                                              "listed in tour.toml").format(placeholder="{" + name + "}", hint=hint),
                                    m.group(0))
            nodes.append(Fact(name))
            i = m.end()
        else:
            if name not in FLAGS:
                raise TemplateError(translate("Captions", "unknown condition {condition}; use one of {names}").format(
                    condition="{" + name + ": …}", names=", ".join(FLAGS)), m.group(0))
            try:
                body, i = _parse(text, m.end(), nested=True)
            except _Unclosed:
                raise TemplateError(translate("Captions", "{condition} is not closed with {close}").format(
                    condition="{" + name + ": …", close="'}'"), _piece(text, m.start())) from None
            nodes.append(When(name, body))
    if nested:
        raise _Unclosed()
    return tuple(n for n in nodes + ["".join(literal)] if n != ""), i


def conditions(nodes: tuple, outer: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every nesting of conditions in the template, e.g. [("mean",), ("mean", "batch")]."""
    found = []
    for node in nodes:
        if isinstance(node, When):
            path = outer + (node.flag,)
            found.append(path)
            found += conditions(node.body, path)
    return found


def contradiction(flags) -> str:
    """'' if one lesson can have all `flags`, else why not: 'mean and sum'."""
    flags = set(flags)
    for group in FLAG_GROUPS.values():
        both = sorted(flags & set(group))
        if len(both) > 1:
            return translate("Captions", "{a} and {b}").format(a=both[0], b=both[1])
    if {"activation", "identity"} <= flags:
        return translate("Captions", "identity and an activation")
    if {"colour_sample", "grey"} <= flags:
        return translate("Captions", "{a} and {b}").format(a="grey", b="colour_sample")
    return ""


def literal_text(nodes: tuple) -> str:
    """The template's own words (inside conditions too), without its facts."""
    return " ".join(n if isinstance(n, str) else literal_text(n.body) if isinstance(n, When) else " "
                    for n in nodes)


def render(template: str | tuple, facts: "Facts") -> str:
    """The template for the lesson `facts` describes: facts filled in, conditions kept or dropped,
    white space made single (a dropped sentence leaves no gap)."""
    nodes = parse_template(template) if isinstance(template, str) else template
    return " ".join(re.split(r"[ \t\r\n]+", _render(nodes, facts).strip(" \t\r\n")))  # not str.split():
    # that would also break the narrow no-break space of 2 700 (German, Spanish) into a plain one


def _render(nodes: tuple, facts: "Facts") -> str:
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, Fact):
            out.append(facts.values[node.name])
        elif node.flag in facts.flags:
            out.append(_render(node.body, facts))
    return "".join(out)


# ---- the facts of a lesson ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Facts:
    values: dict  # name -> text
    flags: frozenset


def settings_flags(settings: dict) -> frozenset[str]:
    """The flags a chapter's own settings fix, whatever the lesson it starts from."""
    flags = set()
    if "reduction" in settings:
        flags.add(settings["reduction"])
    if "optimizer" in settings:
        flags.add(settings["optimizer"])
    if "activation" in settings:
        flags.add(settings["activation"])
    if isinstance(settings.get("target"), str):
        flags.add("named_target" if settings["target"].strip().lower() in NAMED_KERNELS else "typed_target")
    if isinstance(settings.get("color"), bool):
        flags.add("colour" if settings["color"] else "grey")  # grey rules out colour_sample too (contradiction)
    if isinstance(settings.get("stride"), int):
        flags.add("strided" if settings["stride"] > 1 else "stride1")
    padding = settings.get("padding")
    if padding in (0, "valid") or (isinstance(padding, int) and padding > 0):
        flags.add("valid" if padding in (0, "valid") else "padded")
    elif padding in ("same", "full") and isinstance(settings.get("kernel_size"), int):
        flags.add("padded" if settings["kernel_size"] > 1 else "valid")
    return frozenset(flags)


def integer(n: int) -> str:
    """A count as the class reads it: 2,700 (9 000 in German and Spanish: i18n.grouped)."""
    return grouped(n)


def number(v: float) -> str:
    """A rate or ratio, 3 significant digits in fixed point (a class reads 0.0000691, not 6.91e-05);
    scientific beyond fixed point's reach, as numbers.significant (a diverged loss is 4.88e+222,
    not 223 digits)."""
    v = float(f"{v:.3g}")
    if math.isfinite(v) and v != 0 and not 1e-6 <= abs(v) < 1e7:
        return f"{v:.2e}"
    return np.format_float_positional(v, trim="-")


def lesson_facts(images_shape: tuple[int, ...], config, position: int | str = 0, steps: int = 0,
                 train: int = 0, plain_limit: float | None = None, sample: str = "") -> Facts:
    """The facts of a lesson: images (N, H, W) (colour: (N, 3, H, W)), its LessonConfig, and the
    chapter's step-through position (a count, or "end"), steps and train. `plain_limit` is 2/λmax
    for these images, this layer and this reduction (stable_lr); computed by lesson_facts_of(trainer).
    `sample`: the colour sample shown in place of the lesson's grey images ("" for its own)."""
    from cnnviz.comparison import TEST_SHIFT

    c = config
    h, w = images_shape[-2:]
    n = images_shape[0] if len(images_shape) == (4 if c.color else 3) else 1
    k, s, p, channels = c.kernel_size, c.stride, c.padding_pixels, c.channels
    ho, wo = output_shape((h, w), k, s, p)
    per_image = ho * wo
    P = n * per_image
    weights = channels * k * k
    mean = c.reduction == "mean"
    lr_sum = c.lr / P if mean else c.lr
    identity = c.activation == "identity"
    f = ACTIVATION_NAMES[c.activation].lower() if c.activation != "relu" else "ReLU"
    spec = c.target.strip().lower()
    named = spec in NAMED_KERNELS
    kernel = translate("Captions", KERNEL_NAMES[spec]) if named else translate("Captions", "typed")
    kernel_symbol = kernel if named else translate("Captions", "(typed kernel)")
    seen = "(0.299 R + 0.587 G + 0.114 B)" if c.color else "x"  # a colour target: the kernel on the luminance
    patch = translate("Captions", "luminance(patch)") if c.color else "patch"
    out = "y" if identity else "a"
    per = f"/{integer(P)}" if mean else ""
    delta = f"δ = ∂L/∂y = {delta_formula(c.activation, per, f)}"
    if c.optimizer == "momentum":
        update = translate("Captions", "v ← μv + buffer, then w ← w − lr·v")
    else:
        update = "w ← w − lr × buffer"
    count = P if position == "end" else min(int(position), P)
    row = col = 0
    if count:
        rem = (count - 1) % per_image
        row, col = divmod(rem, wo)
    limit = 0.0 if plain_limit is None else (momentum_limit(plain_limit, c.momentum) if c.optimizer == "momentum"
                                             else plain_limit)
    border, unread = border_and_unread(h, w, k, s, p)
    dy, dx = TEST_SHIFT
    geometry = dict(k=k, stride=s, padding=p, channels=channels)
    values = {
        "N": integer(n), "image": f"{h}×{w}", "output": f"{ho}×{wo}", "pixels": integer(h * w),
        "per_image": integer(per_image), "P": integer(P),
        "positions": integer(P) if n == 1 else translate("Captions", "{P} ({N} images × {per_image})").format(
            P=integer(P), N=n, per_image=integer(per_image)),
        "input": (translate("Captions", "one colour (R, G, B) {size} image") if n == 1 and c.color
                  else translate("Captions", "one grayscale {size} image") if n == 1
                  else translate("Captions", "{N} colour (R, G, B) {size} images") if c.color
                  else translate("Captions", "{N} grayscale {size} images")).format(N=n, size=f"{h}×{w}"),
        "params": integer(weights + 1), "weights": integer(weights),
        "filter": f"{k}×{k}×{channels}" if c.color else f"{k}×{k}", "k": integer(k), "channels": integer(channels),
        "stride": integer(s), "padding": integer(p), "padded": f"{h + 2 * p}×{w + 2 * p}",
        "P_valid": integer(n * max(h - k + 1, 0) * max(w - k + 1, 0)),
        "border": integer(n * border), "unread": integer(unread), "sample": sample or translate("Captions", "none"),
        "dense": integer(dense_params_count(h, w, **geometry)), "untied": integer(untied_params_count(h, w, **geometry)),
        "lr": number(c.lr), "lr_sum": number(lr_sum), "lr_mean": number(lr_sum * P), "mu": number(c.momentum),
        "lr_limit": number(limit),
        "target": kernel,
        "target_rule": (f"T = {kernel_symbol} · {patch}" if identity else f"T = {f}({kernel_symbol} · {patch})"),
        "target_map": (f"T = {kernel_symbol} ★ {seen}" if identity else f"T = {f}({kernel_symbol} ★ {seen})"),
        "output_rule": "y = w·patch + b" if identity else f"a = {f}(w·patch + b)",
        "delta": delta,
        "loss": (f"L = (1/{integer(P)}) Σ ({out} − T)²" if mean else f"L = Σ ({out} − T)²"),
        "update_rule": update,
        "reduction": c.reduction, "optimizer": "momentum" if c.optimizer == "momentum" else translate("Captions", "plain SGD"),
        "activation": translate("Captions", ACTIVATION_NAMES[c.activation]) if identity else ACTIVATION_NAMES[c.activation],
        "position": integer(count), "row": integer(row), "col": integer(col),
        "steps": integer(steps), "train": integer(train),
        "shift": translate("Captions", "{dx} px right and {dy} px down").format(dx=dx, dy=dy),
    }
    flags = {c.reduction, c.optimizer, c.activation, "single" if n == 1 else "batch",
             "named_target" if named else "typed_target", "colour" if c.color else "grey",
             "strided" if s > 1 else "stride1", "padded" if p else "valid",
             "some_unread" if unread else "all_read", "colour_sample" if sample else "own_images"}
    if not identity:
        flags.add("activation")
    assert set(values) == set(FACTS) - set(OUTCOME_FACTS), set(values) ^ (set(FACTS) - set(OUTCOME_FACTS))
    return Facts(values, frozenset(flags))


def border_and_unread(h: int, w: int, k: int, stride: int, padding: int) -> tuple[int, int]:
    """(positions whose k×k patch reads some of the padding's zeros, pixels of the h×w image no
    position reads), for one image: counted row by row and column by column, as the patches lie."""
    def one_side(n: int) -> tuple[int, int]:  # (positions touching the border, pixels read) along one side
        starts = range(0, n + 2 * padding - k + 1, stride)  # the patch's first row in the padded image
        touching = sum(1 for a in starts if a < padding or a + k > n + padding)
        read = {a + r - padding for a in starts for r in range(k)} & set(range(n))
        return touching, len(read)

    (touch_h, read_h), (touch_w, read_w) = one_side(h), one_side(w)
    positions_h, positions_w = output_shape((h, w), k, stride, padding)
    border = positions_h * positions_w - (positions_h - touch_h) * (positions_w - touch_w)
    return border, h * w - read_h * read_w


OUTCOME_BUDGET = 3e7  # positions × updates trained on a copy for a caption (~1 s); beyond: "untested"


def lesson_facts_of(trainer, chapter=None, used: frozenset[str] = frozenset(),
                    tested: tuple[float, float] | None = None, sample: str = "", checked: str | None = None) -> Facts:
    """The facts of `trainer`'s lesson as `chapter` (a tour Chapter, or None) shows it; the
    outcomes among `used` (names a caption uses) are found by training a copy, or for the
    comparison's test taken from `tested` (shared, untied loss) when the app has run it.
    `sample`: the colour sample the chapter shows in place of the lesson's grey images.
    `checked`: the checker's verdict sentence on the chapter's example, once its screen shows it
    (never run here: the app runs the learner's code off the GUI thread)."""
    c = trainer.config
    plain = None  # 2/λmax: an eigenvalue problem, solved only for a caption that says {lr_limit} (and stale_numbers)
    if chapter is None or "lr_limit" in used:
        plain = stable_lr(trainer.images, c.reduction, kernel_size=c.kernel_size, stride=c.stride,
                          padding=c.padding_pixels, color=c.color)
    if chapter is None:
        return lesson_facts(trainer.images.shape, c, plain_limit=plain, sample=sample)
    facts = lesson_facts(trainer.images.shape, c, chapter.position, chapter.steps, chapter.train,
                         plain_limit=plain, sample=sample)
    values, flags = dict(facts.values), set(facts.flags)
    if used & set(FLAG_GROUPS["gradient"]):
        dead = False
        if trainer.config.activation == "relu":
            with np.errstate(over="ignore", invalid="ignore"):
                dead = not np.any(trainer.snapshot().delta)  # f′(y) = 0 at every position
        flags.add("dead" if dead else "flowing")
    if used & set(FLAG_GROUPS["training"]):
        big = trainer.target.size * chapter.train > OUTCOME_BUDGET  # too long to try on the GUI thread
        flags.add("untested" if big else training_outcome(trainer, chapter.train))
    if used & COMPARE_ONLY:
        shared, untied = tested or test_outcome(trainer, chapter.steps, chapter.test or "shifted")
        values.update(shared_test=number(shared), untied_test=number(untied))
        flags.add("sharing_wins" if 10 * shared < untied else "sharing_loses" if 10 * untied < shared
                  else "sharing_ties")
    if used & CHECK_ONLY:
        values.update(example=Path(getattr(chapter, "example", "") or "").name, verdict=checked or "")
        flags.add("checking" if checked is None else "checked")
    return Facts(values, frozenset(flags))


def training_outcome(trainer, updates: int) -> str:
    """What `updates` more updates do to (a copy of) trainer: learns, wanders, stalls or diverges."""
    import copy

    from cnnviz.engine import TrainingDiverged

    t = copy.deepcopy(trainer)
    with np.errstate(over="ignore", invalid="ignore"):
        loss, gap = t.loss(), np.abs(t.weights - t.target_kernel).max()
        try:
            t.step(updates)
        except TrainingDiverged:
            return "diverges"
        if not t.loss() < loss:
            return "stalls"
        return "learns" if np.abs(t.weights - t.target_kernel).max() < gap else "wanders"


def test_outcome(trainer, steps: int, test: str) -> tuple[float, float]:
    """(shared, untied) loss on the test image after both layers train `steps` updates from the
    seeded start, as the comparison mode does."""
    from cnnviz.comparison import Comparison

    both = Comparison.from_trainer(trainer)
    with np.errstate(over="ignore", invalid="ignore"):
        both.step(steps)
        result = both.generalise(test)
    return result.shared_loss, result.untied_loss


def names_used(nodes: tuple) -> frozenset[str]:
    """Every fact and condition a template names."""
    names = set()
    for node in nodes:
        if isinstance(node, Fact):
            names.add(node.name)
        elif isinstance(node, When):
            names.add(node.flag)
            names |= names_used(node.body)
    return frozenset(names)


# ---- sentences a lesson cannot show ---------------------------------------------------------------------
LESSON_FACTS = ("image", "output", "pixels", "P", "per_image", "dense", "untied", "lr", "lr_sum", "lr_mean",
                "lr_limit")


def stale_numbers(nodes: tuple, now: Facts, default: Facts) -> list[tuple[str, str]]:
    """Numbers typed into a template that are the default lesson's facts but not this lesson's:
    [("900", "P")] when the text says 900 and the lesson shown has P = 2,700."""
    words = literal_text(nodes)
    found: dict[int, tuple[str, str]] = {}  # where in the words -> (literal, fact): one fact per number
    for name in LESSON_FACTS:
        value = default.values[name]
        if value == now.values[name] or not re.search(r"\d", value):
            continue
        for m in re.finditer(rf"(?<![\w.,]){re.escape(value)}(?![\w,]*\d)", words):
            found.setdefault(m.start(), (m.group(0), name))
    return [found[k] for k in sorted(found)]
