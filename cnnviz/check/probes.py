"""The data a learner's backward pass is run on, the three courses' layouts, and the exact answer.

Inside the checker everything is in one canonical layout (CS231n's):
    x (N, C, H, W), w (F, C, k, k), dout (N, F, Ho, Wo);  dx like x, dw like w, db (F,)
with `Ho = (H + 2*pad - k) // stride + 1`. The lesson's (H, W) image is N = C = F = 1; its colour
(3, H, W) image is N = F = 1, C = 3 (a (3, k, k) filter across the channels).

Probes are chosen so that bugs cannot hide: non-square images and unsymmetric random filters (a
flip or a transpose changes the numbers), overlapping windows, two calls of the same shapes with
different data (state kept between calls shows), and for the courses with stride and padding a
stride-1 pad-1 and a stride-2 pad-1 probe. A lesson with another layer (kernel size k, stride s,
padding p, colour) has probes of its k and channels: two at stride 1 without padding, then one
with its padding at stride 1 and one with its stride and padding, so a bug that shows only with
the stride (or the padding) is seen to. The lesson's own data comes last.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.i18n import translate

CONVENTIONS = {
    # name: (function name, what it returns, in order)
    "lesson": ("backward", ("dw", "db", "dx")),
    "cs231n": ("conv_backward_naive", ("dx", "dw", "db")),
    "dlai": ("conv_backward", ("dx", "dw", "db")),
}
SIGNATURES = {
    "lesson": "backward(x, w, dy) -> (dw, db, dx)",  # + stride=, padding= for a lesson that has them
    "cs231n": "conv_backward_naive(dout, cache) -> (dx, dw, db), cache = (x, w, b, conv_param)",
    "dlai": "conv_backward(dZ, cache) -> (dA_prev, dW, db), cache = (A_prev, W, b, hparameters)",
}
RETURN_NAMES = {"lesson": ("dw", "db", "dx"), "cs231n": ("dx", "dw", "db"), "dlai": ("dA_prev", "dW", "db")}


@dataclass(frozen=True)
class Probe:
    """One call's arrays in the canonical layout (backward() below gives its exact gradients)."""

    name: str
    x: np.ndarray
    w: np.ndarray
    b: np.ndarray
    dout: np.ndarray
    stride: int = 1
    pad: int = 0

    @property
    def positions(self) -> int:
        n, _, ho, wo = self.dout.shape
        return n * ho * wo

    @property
    def work(self) -> int:
        """How much a naive loop does here, at worst: every (image, filter, channel, position, filter
        cell) against every padded pixel (a loop over pixels AND positions). The time a slow call
        is given grows with it."""
        n, c, h, w = self.x.shape
        f, _, k, _ = self.w.shape
        return self.positions * f * c * k * k * (h + 2 * self.pad) * (w + 2 * self.pad)

    def describe(self) -> str:
        n, c, h, w = self.x.shape
        f = self.w.shape[0]
        layer = (self.stride, self.pad) != (1, 0)
        if self.name == "lesson":
            image = (translate("CheckProbes", "{h}x{w} image") if c == 1 else
                     translate("CheckProbes", "{c}x{h}x{w} colour image")).format(c=c, h=h, w=w)
            text = (translate("CheckProbes", "the lesson's data ({image}, stride {stride}, pad {pad}, {count} positions)")
                    if layer else translate("CheckProbes", "the lesson's data ({image}, {count} positions)"))
            return text.format(image=image, stride=self.stride, pad=self.pad, count=self.positions)
        if (n, c, f) == (1, 1, 1):
            size = "{h}x{w}"
        elif (n, f) == (1, 1):  # a colour lesson: channels only
            size = translate("CheckProbes", "{c} channels, {h}x{w}")
        else:
            size = translate("CheckProbes", "{n} images x {c} channels, {f} filters, {h}x{w}")
        text = (translate("CheckProbes", "probe {name} ({size}, stride {stride}, pad {pad})") if layer else
                translate("CheckProbes", "probe {name} ({size})"))
        return text.format(name=self.name, size=size.format(n=n, c=c, f=f, h=h, w=w), stride=self.stride, pad=self.pad)


def out_size(size: int, k: int, stride: int, pad: int) -> int:
    return (size + 2 * pad - k) // stride + 1


def _probe(name, rng, n, c, h, w, f, stride=1, pad=0, k=3) -> Probe:
    ho, wo = out_size(h, k, stride, pad), out_size(w, k, stride, pad)
    return Probe(name, rng.standard_normal((n, c, h, w)), rng.standard_normal((f, c, k, k)),
                 rng.standard_normal(f), rng.standard_normal((n, f, ho, wo)), stride, pad)


def make_probes(convention: str, lesson: tuple) -> list[Probe]:
    """The calls, in order. lesson = (x, w, dy) or (x, w, dy, stride, padding): the lesson's data,
    x (H, W) with w (k, k), or in colour x (C, H, W) with w (C, k, k); dy (Ho, Wo)."""
    x, w, dy = (np.asarray(a, dtype=np.float64) for a in lesson[:3])
    stride, pad = (int(lesson[3]), int(lesson[4])) if len(lesson) > 3 else (1, 0)
    rng = np.random.default_rng(13)
    if convention == "lesson":
        k, c = w.shape[-1], (w.shape[0] if w.ndim == 3 else 1)
        probes = [_probe("A", rng, 1, c, k + 4, k + 6, 1, k=k), _probe("B", rng, 1, c, k + 4, k + 6, 1, k=k)]
        if pad:  # its padding at stride 1: a bug of the padding shows here without the stride's
            probes.append(_probe("C", rng, 1, c, k + 3, k + 5, 1, stride=1, pad=pad, k=k))
        if stride > 1:  # its stride (and padding): windows stride pixels apart, non-square
            probes.append(_probe("D", rng, 1, c, k + 2 * stride + 1, k + 3 * stride + 2, 1, stride, pad, k=k))
    else:
        probes = [_probe("A", rng, 2, 3, 5, 7, 2), _probe("B", rng, 2, 3, 5, 7, 2),
                  _probe("C", rng, 2, 2, 6, 8, 3, stride=1, pad=1),
                  _probe("D", rng, 2, 2, 7, 9, 3, stride=2, pad=1)]
    if w.ndim == 2:  # grey: one channel
        x, w = x[None], w[None]
    probes.append(Probe("lesson", x[None], w[None], np.zeros(1), dy[None, None], stride, pad))
    return probes


def lesson_layout(p: Probe) -> int:
    """Axes the lesson's convention drops from the canonical layout: 2 for grey (N, C / F, C), 1 for colour (N / F)."""
    return 2 if p.x.shape[1] == 1 else 1


# ---- the courses' layouts ------------------------------------------------------------------------
def to_call(convention: str, p: Probe) -> dict[str, np.ndarray]:
    """The arrays the learner's function receives."""
    if convention == "lesson":
        drop = lesson_layout(p)
        return {"x": p.x.reshape(p.x.shape[drop:]), "w": p.w.reshape(p.w.shape[drop:]), "dy": p.dout[0, 0]}
    if convention == "cs231n":
        return {"x": p.x, "w": p.w, "b": p.b, "dout": p.dout}
    # deeplearning.ai: channels last, W (f, f, C_prev, C), b (1, 1, 1, C)
    return {"x": p.x.transpose(0, 2, 3, 1).copy(), "w": p.w.transpose(2, 3, 1, 0).copy(),
            "b": p.b.reshape(1, 1, 1, -1), "dout": p.dout.transpose(0, 2, 3, 1).copy()}


def expected_shapes(convention: str, p: Probe) -> dict[str, tuple[int, ...]]:
    """The shape each returned value must have, in the learner's layout."""
    t = {"dw": p.w.shape, "db": p.b.shape, "dx": p.x.shape}
    if convention == "lesson":
        drop = lesson_layout(p)
        return {"dw": p.w.shape[drop:], "db": (), "dx": p.x.shape[drop:]}
    if convention == "dlai":
        return {"dw": tuple(np.array(t["dw"])[[2, 3, 1, 0]]), "db": (1, 1, 1, p.b.shape[0]),
                "dx": tuple(np.array(t["dx"])[[0, 2, 3, 1]])}
    return t


def to_canonical(convention: str, name: str, a: np.ndarray) -> np.ndarray:
    """A returned value (already of the expected size) in the canonical layout."""
    if convention == "dlai":
        if name == "dw":
            return a.transpose(3, 2, 0, 1)
        if name == "dx":
            return a.transpose(0, 3, 1, 2)
    return a


# ---- the exact answer --------------------------------------------------------------------------
def windows(ho: int, wo: int, step: int, r: int, c: int) -> tuple[slice, slice]:
    """The pixels filter cell (r, c) sees at every position: rows r, r+step, ... (ho of them)."""
    return slice(r, r + step * (ho - 1) + 1, step), slice(c, c + step * (wo - 1) + 1, step)


def backward(x: np.ndarray, w: np.ndarray, dout: np.ndarray, stride: int, pad: int,
             step: int | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Exact (dw, db, dx) of y[n,f,i,j] = b[f] + sum_{c,r,s} w[f,c,r,s] * xpad[n,c,i*stride+r, j*stride+s].

    Looped over the k*k filter cells, like the engine. `step` (default: stride) places the windows;
    step=1 with stride 2 is the "stride not applied" mistake.
    """
    step = stride if step is None else step
    k = w.shape[-1]
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    ho, wo = dout.shape[2:]
    dw = np.zeros_like(w)
    dxp = np.zeros_like(xp)
    for r in range(k):
        for c in range(k):
            rows, cols = windows(ho, wo, step, r, c)
            dw[:, :, r, c] = np.einsum("nfij,ncij->fc", dout, xp[:, :, rows, cols])
            dxp[:, :, rows, cols] += np.einsum("nfij,fc->ncij", dout, w[:, :, r, c])
    h, wd = x.shape[2:]
    return dw, dout.sum(axis=(0, 2, 3)), dxp[:, :, pad:pad + h, pad:pad + wd]


def dx_last_writer(x: np.ndarray, w: np.ndarray, dout: np.ndarray, stride: int, pad: int) -> np.ndarray:
    """dx when every position ASSIGNS (=) its input deltas: each pixel keeps the last writer's value.

    Positions in raster order (image, filter, row, col); with several filters the last filter
    writes last at every position too, so the order of those two loops does not matter.
    """
    k = w.shape[-1]
    dxp = np.zeros((x.shape[0], x.shape[1], x.shape[2] + 2 * pad, x.shape[3] + 2 * pad))
    ho, wo = dout.shape[2:]
    for i in range(ho):
        for j in range(wo):
            r, c = i * stride, j * stride
            dxp[:, :, r:r + k, c:c + k] = dout[:, -1, i, j][:, None, None, None] * w[-1][None]
    return dxp[:, :, pad:pad + x.shape[2], pad:pad + x.shape[3]]
