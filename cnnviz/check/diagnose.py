"""Compare a learner's gradients with the exact ones and name the bug by its numbers.

Never by the source text: each known mistake is computed here as a candidate answer (the sum
over positions done wrongly in a known way), and a learner's dw, db or dx is explained by the
candidate it equals on EVERY probe. Candidates combine three independent parts:

    which positions are summed  all | only the last one (overwrite) | some rows/columns left out or
                                counted twice (positions) | windows one pixel apart (stride)
    the kernel's orientation    as is | rotated 180° (flipped) | transposed   (for dx: of w)
    a factor                    1 | -1 (sign) | 1/number of positions, images... (mean)

plus dx computed with `=` (dx-overwrite), db missing or summed over all filters (bias), and
state kept between calls (stale: the difference of two calls is explained instead).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from cnnviz.check.probes import Probe, backward, dx_last_writer
from cnnviz.i18n import QT_TRANSLATE_NOOP, translate

RTOL = 1e-5  # relative to the largest true value: float32 arithmetic in the learner's code passes
OUTPUTS = ("dw", "db", "dx")


def close(a: np.ndarray, b: np.ndarray, scale: float) -> bool:
    return a.shape == b.shape and bool(np.all(np.abs(a - b) <= RTOL * scale + 1e-12))


def scale_of(a: np.ndarray) -> float:
    return float(np.max(np.abs(a))) if a.size else 0.0


# ---- which positions are summed ------------------------------------------------------------------
@dataclass(frozen=True)
class Positions:
    """A weighting of the positions (N, Ho, Wo) applied to dout, e.g. 0 for the ones left out."""

    key: str
    ids: tuple[str, ...]
    how: str  # "leaves out the last row of positions" ... completes "your dw ..."
    weights: Callable[[Probe], np.ndarray]


def _rows_cols(rows=None, cols=None, value=0.0, last_image=False, last_position=False):
    def weights(p: Probe) -> np.ndarray:
        n, _, ho, wo = p.dout.shape
        if last_position or last_image:
            m = np.zeros((n, ho, wo))
            if last_position:
                m[-1, -1, -1] = 1.0
            else:
                m[-1] = 1.0
            return m
        m = np.ones((n, ho, wo))
        if rows is not None:
            m[:, rows, :] = value
        if cols is not None:
            m[:, :, cols] = value
        return m

    return weights


POSITIONS = [Positions("all", (), "", _rows_cols())]
POSITIONS += [
    Positions("last-position", ("overwrite",), QT_TRANSLATE_NOOP("CheckDiagnose", "keeps only the last position's "
                                                                                  "contribution"),
              _rows_cols(last_position=True)),
    Positions("last-image", ("overwrite",), QT_TRANSLATE_NOOP("CheckDiagnose", "keeps only the last image's sum"),
              _rows_cols(last_image=True)),
]
WHICH = ((-1, None, "the last row of positions (row {R})"), (None, -1, "the last column of positions (column {C})"),
         (-1, -1, "the last row and the last column of positions (row {R}, column {C})"),
         (0, None, "the first row of positions (row 0)"), (None, 0, "the first column of positions (column 0)"),
         (0, 0, "the first row and the first column of positions"))
WORDS = (  # the same phrases as the keys, whole for the translators (in the order of WHICH, for each verb)
    QT_TRANSLATE_NOOP("CheckDiagnose", "leaves out the last row of positions (row {R})"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "leaves out the last column of positions (column {C})"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "leaves out the last row and the last column of positions (row {R}, column {C})"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "leaves out the first row of positions (row 0)"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "leaves out the first column of positions (column 0)"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "leaves out the first row and the first column of positions"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "counts twice the last row of positions (row {R})"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "counts twice the last column of positions (column {C})"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "counts twice the last row and the last column of positions (row {R}, column {C})"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "counts twice the first row of positions (row 0)"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "counts twice the first column of positions (column 0)"),
    QT_TRANSLATE_NOOP("CheckDiagnose", "counts twice the first row and the first column of positions"),
)
for value, verb in ((0.0, "leaves out"), (2.0, "counts twice")):
    for rows, cols, what in WHICH:
        POSITIONS.append(Positions(f"{verb}:{what}", ("positions",), f"{verb} {what}", _rows_cols(rows, cols, value)))
assert [p.how for p in POSITIONS[3:]] == list(WORDS)
STRIDE = Positions("stride", ("stride",), QT_TRANSLATE_NOOP("CheckDiagnose", "uses windows one pixel apart although "
                                                                             "the stride is {S}"), _rows_cols())

# ---- orientation and factor ------------------------------------------------------------------------
GEOMETRY = {  # name: (function of a (..., k, k) array, ids for dw, words)
    "": (lambda a: a, (), ""),
    "flipped": (lambda a: a[..., ::-1, ::-1], ("flipped",), "rotated 180°"),
    "transposed": (lambda a: np.swapaxes(a, -1, -2), ("transposed",), "transposed"),
    "flipped+transposed": (lambda a: np.swapaxes(a[..., ::-1, ::-1], -1, -2), ("flipped", "transposed"),
                           "rotated 180° and transposed"),
}
KERNEL_WORDS = {  # (dx's words, dw's words) for each turn of the kernel: whole phrases for the translators
    "rotated 180°": (QT_TRANSLATE_NOOP("CheckDiagnose", "uses the kernel rotated 180°"),
                     QT_TRANSLATE_NOOP("CheckDiagnose", "is the true one rotated 180°")),
    "transposed": (QT_TRANSLATE_NOOP("CheckDiagnose", "uses the kernel transposed"),
                   QT_TRANSLATE_NOOP("CheckDiagnose", "is the true one transposed")),
    "rotated 180° and transposed": (QT_TRANSLATE_NOOP("CheckDiagnose", "uses the kernel rotated 180° and transposed"),
                                    QT_TRANSLATE_NOOP("CheckDiagnose", "is the true one rotated 180° and transposed")),
}


@dataclass(frozen=True)
class Factor:
    ids: tuple[str, ...]
    how: str
    value: Callable[[Probe], float]


FACTORS = [
    Factor((), "", lambda p: 1.0),
    Factor(("sign",), QT_TRANSLATE_NOOP("CheckDiagnose", "has the opposite sign"), lambda p: -1.0),
    Factor(("mean",), QT_TRANSLATE_NOOP("CheckDiagnose", "is divided by the number of positions ({P})"),
           lambda p: 1.0 / p.positions),
    Factor(("sign", "mean"), QT_TRANSLATE_NOOP("CheckDiagnose", "is divided by the number of positions ({P}) and has "
                                                                "the opposite sign"),
           lambda p: -1.0 / p.positions),
    Factor(("mean",), QT_TRANSLATE_NOOP("CheckDiagnose", "is divided by the number of pixels of the image ({PIX})"),
           lambda p: 1.0 / p.x[0, 0].size),
]
COURSE_FACTORS = FACTORS + [
    Factor(("mean",), QT_TRANSLATE_NOOP("CheckDiagnose", "is divided by the number of images ({N})"),
           lambda p: 1.0 / p.dout.shape[0]),
    Factor(("mean",), QT_TRANSLATE_NOOP("CheckDiagnose", "is divided by the number of positions per image ({HW})"),
           lambda p: 1.0 / np.prod(p.dout.shape[2:])),
    Factor(("mean",), QT_TRANSLATE_NOOP("CheckDiagnose", "is divided by the number of pixels of all images ({NPIX})"),
           lambda p: 1.0 / (p.x.shape[0] * p.x[0, 0].size)),
]


def fill(how: str, p: Probe) -> str:
    """A candidate's words with this probe's numbers in them (no "{P}" is ever shown)."""
    n, _, ho, wo = p.dout.shape
    return how.format(P=p.positions, N=n, HW=ho * wo, R=ho - 1, C=wo - 1, PIX=p.x[0, 0].size,
                      NPIX=n * p.x[0, 0].size, S=p.stride)


@dataclass(frozen=True)
class Candidate:
    """One way of getting an output: its value on a probe, the ids it stands for, and in words."""

    ids: tuple[str, ...]
    how: str
    value: Callable[[Probe], np.ndarray]
    positions: Positions | None = None


class Candidates:
    """Every candidate for dw, db and dx on these probes (values computed lazily and cached)."""

    def __init__(self, probes: list[Probe], course: bool):
        self.probes = probes
        self.course = course
        self._cache: dict = {}

    def _grads(self, p: Probe, pos: Positions, geometry: str = "") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        key = (id(p), pos.key, geometry)
        if key not in self._cache:
            w = GEOMETRY[geometry][0](p.w)
            dout = p.dout * pos.weights(p)[:, None]
            step = 1 if pos is STRIDE else None
            self._cache[key] = backward(p.x, w, dout, p.stride, p.pad, step)
        return self._cache[key]

    def _positions(self) -> list[Positions]:
        strided = self.course or any(p.stride > 1 for p in self.probes)  # a lesson with a stride too
        return POSITIONS + ([STRIDE] if strided else [])

    def _factors(self) -> list[Factor]:
        return COURSE_FACTORS if self.course else FACTORS

    def for_output(self, name: str):
        """Candidates in order of preference: the simplest explanation first."""
        index = OUTPUTS.index(name)
        for pos in self._positions():
            for geometry, (turn, gids, gwords) in GEOMETRY.items():
                if name == "db" and geometry:
                    continue
                for f in self._factors():
                    if name == "dw":
                        value = (lambda p, pos=pos, turn=turn, f=f: f.value(p) * turn(self._grads(p, pos)[0]))
                        ids = pos.ids + gids + f.ids
                    else:  # dx uses the turned kernel; db does not see it
                        value = (lambda p, pos=pos, g=geometry, f=f: f.value(p) * self._grads(p, pos, g)[index])
                        ids = pos.ids + (("dx-flipped",) if geometry else ()) + f.ids
                        if name == "dx":
                            ids = tuple("dx-overwrite" if i == "overwrite" else i for i in ids)
                    how = joined(pos.how, _kernel_words(name, gwords), f.how)
                    yield Candidate(ids, how, value, pos)
        if name == "dx":
            for geometry, (turn, _, gwords) in GEOMETRY.items():
                for f in self._factors():
                    value = (lambda p, turn=turn, f=f: f.value(p) * dx_last_writer(p.x, turn(p.w), p.dout,
                                                                                    p.stride, p.pad))
                    ids = ("dx-overwrite",) + (("dx-flipped",) if geometry else ()) + f.ids
                    how = joined(QT_TRANSLATE_NOOP("CheckDiagnose", "keeps at each pixel only the last position "
                                                                    "that touches it"),
                                 _kernel_words(name, gwords), f.how)
                    yield Candidate(ids, how, value)
        if name == "db":
            yield Candidate(("bias",), translate("CheckDiagnose", "is 0: the bias gradient is missing"),
                            lambda p: np.zeros_like(p.b))
            if self.course:
                yield Candidate(("bias",), translate("CheckDiagnose", "sums δ over all filters together (each "
                                                                      "filter's db is the sum of its own δ map)"),
                                lambda p: np.full_like(p.b, p.dout.sum()))


def joined(*parts: str) -> str:
    """The parts (English phrases of the tables, "" for none) translated and joined with "and"."""
    return and_words([translate("CheckDiagnose", part) for part in parts if part])


def and_words(words: list[str]) -> str:
    """Phrases (translated) joined: "a and b and c" in English."""
    text = words[0] if words else ""
    for word in words[1:]:
        text = translate("CheckDiagnose", "{first} and {then}").format(first=text, then=word)
    return text


def _kernel_words(name: str, words: str) -> str:
    if not words:
        return ""
    return KERNEL_WORDS[words][0 if name == "dx" else 1]


# ---- explaining one output ----------------------------------------------------------------------------
@dataclass
class Explanation:
    ids: tuple[str, ...]
    how: str
    stale: str = ""  # how state showed between calls ("" if it did not)
    candidate: Candidate | None = None
    everywhere: bool = False  # the same factor on every call, whatever the image (said without one probe)


def explain(cands: Candidates, name: str, values: dict[int, np.ndarray]) -> Explanation | None:
    """The first candidate equal to the learner's output on every probe that returned one.

    values: probe index -> the learner's output (canonical layout, expected shape)."""
    if not values:
        return None
    probes = cands.probes
    truth_scale = {k: scale_of(backward(probes[k].x, probes[k].w, probes[k].dout, probes[k].stride,
                                        probes[k].pad)[OUTPUTS.index(name)]) for k in values}
    for cand in cands.for_output(name):
        if all(close(v, cand.value(probes[k]), truth_scale[k]) for k, v in values.items()):
            return Explanation(cand.ids, cand.how, candidate=cand)
    fixed = _divided_by_a_fixed_number(cands, name, values, truth_scale)
    if fixed is not None:
        return fixed
    if all(not np.any(v) for v in values.values()):
        return Explanation(("zeros",), translate("CheckDiagnose", "is all zeros"))
    # The same answer for new data: kept from the call before (stale) only if that answer was
    # itself explained there; else the function does not depend on its input at all.
    ks = sorted(values)
    diffs = {ks[0]: values[ks[0]]}
    for a, b in zip(ks, ks[1:]):
        if b != a + 1 or values[a].shape != values[b].shape:
            break
        if np.array_equal(values[a], values[b]):
            if any(close(values[a], c.value(probes[a]), truth_scale[a]) for c in cands.for_output(name)):
                return Explanation(("stale",), "", stale=translate("CheckDiagnose", "returned exactly the previous "
                                                                                    "call's result for new data"))
            return Explanation(("ignores-input",), translate("CheckDiagnose", "is the same for different x and dy"))
        diffs[b] = values[b] - values[a]
    if len(diffs) < 2:
        return None
    for cand in cands.for_output(name):
        if all(close(v, cand.value(probes[k]), truth_scale[k]) for k, v in diffs.items()):
            return Explanation(("stale",) + cand.ids, cand.how, candidate=cand,
                               stale=translate("CheckDiagnose", "returned the previous call's result plus this call's"))
    return None


def _divided_by_a_fixed_number(cands: Candidates, name: str, values: dict[int, np.ndarray],
                               truth_scale: dict[int, float]) -> Explanation | None:
    """The true output (or a known mistake of it) times ONE number on every call: dividing by a fixed
    900 (the lesson's positions, written as a constant) is "mean" too. The ratio must be the same on
    every call, 1/m with m a whole number of at least 2."""
    if name == "db" or len(values) < 2:
        return None
    probes = cands.probes
    for cand in itertools.islice(cands.for_output(name), 0, len(GEOMETRY) * len(cands._factors())):
        if cand.ids and not set(cand.ids) <= {"flipped", "transposed", "dx-flipped"}:
            continue  # the factor is what is fitted: only the kernel's orientation combines with it
        ratios = []
        for k, v in values.items():
            c = cand.value(probes[k])
            denom = float(np.sum(c * c))
            if denom == 0 or v.shape != c.shape:
                return None
            ratios.append(float(np.sum(v * c)) / denom)
            if not close(v, ratios[-1] * c, truth_scale[k]):
                break
        else:
            s = ratios[0]
            if s == 0 or not np.allclose(ratios, s, rtol=1e-6, atol=0):
                continue
            m = 1 / abs(s)
            if m < 1.5 or abs(m - round(m)) > 1e-6 * m:
                continue
            ids = cand.ids + (("sign",) if s < 0 else ()) + ("mean",)
            first = probes[min(values)]
            fixed = translate("CheckDiagnose", "is divided by {m} on every call, whatever the image: also on {probe}, "
                                               "which has {count} positions").format(
                m=round(m), probe=first.describe(), count=first.positions)
            sign = [translate("CheckDiagnose", FACTORS[1].how)] if s < 0 else []
            how = and_words(([cand.how] if cand.how else []) + [fixed] + sign)
            return Explanation(ids, how, candidate=Candidate(ids, "", lambda p, c=cand, s=s: s * c.value(p),
                                                             cand.positions), everywhere=True)
    return None


def closest(cands: Candidates, name: str, k: int, value: np.ndarray) -> tuple[str, float]:
    """The candidate nearest to the learner's output on probe k: (words, relative error)."""
    p = cands.probes[k]
    truth = backward(p.x, p.w, p.dout, p.stride, p.pad)[OUTPUTS.index(name)]
    scale = max(scale_of(truth), 1e-300)
    best = (translate("CheckDiagnose", "the true value"), scale_of(value - truth) / scale)
    for cand in itertools.islice(cands.for_output(name), 1, None):
        c = cand.value(p)
        if c.shape == value.shape:
            err = scale_of(value - c) / scale
            if err < best[1]:
                best = (translate("CheckDiagnose", "your {name} {how}").format(name=name, how=fill(cand.how, p)), err)
    return best


@dataclass
class OutputCheck:
    """One output on one probe: the learner's value next to the true one (canonical layout)."""

    name: str
    yours: np.ndarray | None
    true: np.ndarray
    shape_note: str = ""

    @property
    def max_error(self) -> float | None:
        if self.yours is None or self.yours.shape != self.true.shape:
            return None
        return scale_of(self.yours - self.true)

    def wrong_cells(self) -> np.ndarray:
        """Boolean mask of the cells that differ from the true value (all False if not comparable)."""
        if self.yours is None or self.yours.shape != self.true.shape:
            return np.zeros(self.true.shape, dtype=bool)
        return np.abs(self.yours - self.true) > RTOL * scale_of(self.true) + 1e-12


@dataclass
class Found:
    """A diagnosis: its id, a sentence a student understands, and the evidence."""

    id: str
    sentence: str
    evidence: str = ""
    lines: list[str] = field(default_factory=list)  # their traceback lines, for `exception`
    headline: str = ""  # one plain sentence: what is wrong and what to change ("" : the id's own)
