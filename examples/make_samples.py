"""Draw the bundled teaching samples: resources/samples/*.png and samples.json.

Deterministic (seeded NumPy, no fonts): running it again gives the same files. Every image is
128 x 128, 8-bit grayscale (one, for the colour lesson, 8-bit RGB), and is drawn with signed distance fields, so edges are anti-aliased
in every direction. cnnviz area-resamples them to 32 x 32 by default; the sizes below are
chosen so that stripes and squares stay crisp at 32.

Run:  python examples/make_samples.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from PIL import Image

SIZE = 128
SEED = 20240611
OUT = Path(__file__).resolve().parents[1] / "resources" / "samples"

# Pixel-centre coordinates, in pixels: y down, x right.
Y, X = np.mgrid[0:SIZE, 0:SIZE] + 0.5


# ---- anti-aliased drawing with signed distances (negative inside, in pixels) ----------------


def fill(sdf: np.ndarray) -> np.ndarray:
    """Coverage in [0, 1]: 1 inside, 0 outside, a one-pixel ramp across the edge."""
    return np.clip(0.5 - sdf, 0.0, 1.0)


def paint(canvas: np.ndarray, sdf: np.ndarray, level: float) -> np.ndarray:
    """Paint a shape of gray ``level`` over ``canvas``."""
    alpha = fill(sdf)
    return canvas * (1.0 - alpha) + level * alpha


def circle(cx: float, cy: float, r: float) -> np.ndarray:
    return np.hypot(X - cx, Y - cy) - r


def box(cx: float, cy: float, half_w: float, half_h: float, degrees: float = 0.0) -> np.ndarray:
    t = np.radians(degrees)
    u = np.cos(t) * (X - cx) + np.sin(t) * (Y - cy)  # box-aligned coordinates
    v = -np.sin(t) * (X - cx) + np.cos(t) * (Y - cy)
    du, dv = np.abs(u) - half_w, np.abs(v) - half_h
    outside = np.hypot(np.maximum(du, 0), np.maximum(dv, 0))
    return outside + np.minimum(np.maximum(du, dv), 0)


def triangle(points: list[tuple[float, float]]) -> np.ndarray:
    """Convex polygon, points clockwise on screen; max of the signed distances to its edges."""
    sdf = np.full(X.shape, -np.inf)
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        ex, ey = x1 - x0, y1 - y0
        nx, ny = ey / np.hypot(ex, ey), -ex / np.hypot(ex, ey)  # outward normal
        sdf = np.maximum(sdf, (X - x0) * nx + (Y - y0) * ny)
    return sdf


def arc(x: np.ndarray, y: np.ndarray, cx, cy, r, start_deg, end_deg) -> np.ndarray:
    """Distance to a circular arc (angles on screen: 0 = right, 90 = down)."""
    angle = np.degrees(np.arctan2(y - cy, x - cx))
    on_arc = (angle - start_deg) % 360 <= (end_deg - start_deg) % 360
    ends = [(cx + r * np.cos(np.radians(a)), cy + r * np.sin(np.radians(a)))
            for a in (start_deg, end_deg)]
    to_end = np.minimum(*(np.hypot(x - ex, y - ey) for ex, ey in ends))
    return np.where(on_arc, np.abs(np.hypot(x - cx, y - cy) - r), to_end)


def value_noise(rng: np.random.Generator, cells: int) -> np.ndarray:
    """Random values on a (cells+1)^2 lattice, smoothly interpolated to SIZE x SIZE."""
    lattice = rng.random((cells + 1, cells + 1))
    t = np.arange(SIZE) * cells / SIZE
    i = t.astype(int)
    f = t - i
    f = f * f * (3 - 2 * f)  # smoothstep: no visible lattice creases
    rows = lattice[i] * (1 - f)[:, None] + lattice[i + 1] * f[:, None]
    return rows[:, i] * (1 - f) + rows[:, i + 1] * f


def fractal_noise(rng: np.random.Generator, cells=(4, 8, 16, 32, 64)) -> np.ndarray:
    """Octaves of value noise, each half as strong as the last, scaled to [0, 1]."""
    total = sum(0.5**k * value_noise(rng, c) for k, c in enumerate(cells))
    return (total - total.min()) / (total.max() - total.min())


# ---- the samples ----------------------------------------------------------------------------


def shapes(rng: np.random.Generator) -> np.ndarray:
    """The default: edges in many directions plus texture, so every 3x3 pattern occurs."""
    canvas = 0.30 + 0.35 * (X + 0.6 * Y) / (1.6 * SIZE)  # soft diagonal gradient
    canvas += 0.12 * (fractal_noise(rng, cells=(8, 16, 32, 64)) - 0.5)  # mild texture
    canvas = paint(canvas, circle(38, 38, 24), 0.95)
    canvas = paint(canvas, triangle([(86, 12), (120, 60), (64, 58)]), 0.15)
    canvas = paint(canvas, box(92, 94, 19, 19, degrees=20), 0.05)
    canvas = paint(canvas, box(34, 98, 22, 9, degrees=-35), 0.82)
    # Grain at the lesson's 32x32 scale (4x4 blocks here): it excites every 3x3 pattern, so plain
    # SGD pins down all 10 parameters quickly (Hessian condition ~300 instead of ~3500).
    grain = rng.normal(0.0, 0.1, (SIZE // 4, SIZE // 4))
    return canvas + np.kron(grain, np.ones((4, 4)))


def digit(rng: np.random.Generator) -> np.ndarray:
    """A handwritten-style 3: two arcs, slanted, thick strokes, white on black (MNIST-like)."""
    x = X + 0.18 * (Y - 64)  # slant to the right, as handwriting does
    top = arc(x, Y, 62, 42, 22, -160, 100)
    bottom = arc(x, Y, 62, 84, 26, -105, 150)
    return fill(np.minimum(top, bottom) - 6.0)


def edges(rng: np.random.Generator) -> np.ndarray:
    """A bright rectangle off centre: two vertical and two horizontal edges."""
    return paint(np.full(X.shape, 0.15), box(68, 60, 36, 24), 0.9)


def circle_sample(rng: np.random.Generator) -> np.ndarray:
    return paint(np.full(X.shape, 0.1), circle(64, 64, 40), 0.9)


def stripes(rng: np.random.Generator) -> np.ndarray:
    """Vertical stripes 8 pixels wide (2 pixels at 32 x 32)."""
    return (np.floor(X / 8) % 2).astype(float)


def checkerboard(rng: np.random.Generator) -> np.ndarray:
    """16-pixel squares (4 pixels at 32 x 32): an 8 x 8 board."""
    return ((np.floor(X / 16) + np.floor(Y / 16)) % 2).astype(float)


def gradient(rng: np.random.Generator) -> np.ndarray:
    """Dark top left to light bottom right."""
    return (X + Y - 1.0) / (2 * SIZE - 2)


def texture(rng: np.random.Generator) -> np.ndarray:
    return fractal_noise(rng)


def colour_shapes(rng: np.random.Generator) -> np.ndarray:
    """(128, 128, 3): shapes in colours whose R, G and B differ, over a grain drawn separately for
    each channel, so the channels vary independently and a 3x3x3 filter (27 weights + 1 bias)
    is pinned down by the colour lesson (a gray picture would leave colour mixes unidentified)."""
    canvas = np.stack([0.25 + 0.3 * X / SIZE, 0.45 - 0.2 * Y / SIZE, 0.35 + 0.25 * (X + Y) / (2 * SIZE)], axis=-1)
    texture = fractal_noise(rng, cells=(8, 16, 32, 64)) - 0.5
    canvas += 0.12 * np.stack([texture, -texture, np.roll(texture, 40, axis=1)], axis=-1)
    for sdf, colour in [
        (circle(40, 38, 23), (0.95, 0.75, 0.10)),            # yellow-orange
        (triangle([(86, 12), (120, 60), (64, 58)]), (0.10, 0.35, 0.90)),  # blue
        (box(92, 94, 19, 19, degrees=20), (0.85, 0.10, 0.25)),           # red
        (box(34, 98, 22, 9, degrees=-35), (0.15, 0.85, 0.35)),           # green
    ]:
        alpha = fill(sdf)[..., None]
        canvas = canvas * (1.0 - alpha) + np.array(colour) * alpha
    # A grain per channel at the lesson's 32x32 scale (4x4 blocks here), as in `shapes`.
    grain = rng.normal(0.0, 0.1, (SIZE // 4, SIZE // 4, 3))
    return canvas + np.kron(grain, np.ones((4, 4, 1)))


SAMPLES = [
    ("shapes", shapes, "A circle, square, triangle and bar on a textured gradient: "
     "any 3x3 filter can be learned from it"),
    ("digit", digit, "A handwritten-style 3, white on black, like an MNIST digit"),
    ("edges", edges, "A bright rectangle on a dark background: vertical and horizontal edges"),
    ("circle", circle_sample, "A bright disc on a dark background: edges in every direction"),
    ("stripes", stripes, "Vertical black and white stripes, 2 pixels wide at 32x32"),
    ("checkerboard", checkerboard, "An 8x8 black and white checkerboard"),
    ("gradient", gradient, "A smooth ramp from dark (top left) to light (bottom right)"),
    ("texture", texture, "A natural-looking random texture, like clouds or stone (fractal noise)"),
    ("colour-shapes", colour_shapes, "Coloured shapes on a colour grain, R, G and B varying independently: "
     "the colour lesson's image (--color)"),
]


def main(out: Path = OUT) -> list[dict]:
    """Write every sample PNG and samples.json into ``out``; return the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for index, (name, draw, description) in enumerate(SAMPLES):
        rng = np.random.default_rng([SEED, index])  # one stream per sample: order-independent
        pixels = np.clip(np.rint(draw(rng) * 255), 0, 255).astype(np.uint8)
        Image.fromarray(pixels).save(out / f"{name}.png", optimize=True)
        manifest.append({"name": name, "file": f"{name}.png", "description": description})
    text = json.dumps(manifest, indent=2) + "\n"
    (out / "samples.json").write_text(text, encoding="utf-8")
    return manifest


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default {OUT})")
    args = parser.parse_args()
    for entry in main(args.out):
        print(f"{entry['file']:18} {entry['description']}")
