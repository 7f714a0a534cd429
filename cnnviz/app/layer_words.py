"""The lesson's layer in the words the panels use: '3×3', '3×3×3 (R, G, B)', '15×15: stride 2'.

For the classroom layer (3x3 grey, valid, stride 1) every phrase is exactly the first slide's.
"""

from __future__ import annotations

from cnnviz.engine import LessonConfig
from cnnviz.i18n import translate


def filter_size(c: LessonConfig) -> str:
    """'3×3' grey, '3×3×3' colour (k×k per channel, 3 channels)."""
    k = c.kernel_size
    return f"{k}×{k}×3" if c.color else f"{k}×{k}"


def num_weights(c: LessonConfig) -> int:
    """C*k*k: 9 for the classroom, 27 for 3x3 colour."""
    return c.channels * c.kernel_size**2


def patch_size(c: LessonConfig) -> str:
    """The pixels one position reads: '3x3' grey, '3x3x3' colour."""
    k = c.kernel_size
    return f"{k}x{k}x3" if c.color else f"{k}x{k}"


def map_note(c: LessonConfig) -> str:
    """What makes an output map's size differ from the classroom's: '' for the classroom layer,
    else ': 5×5 filter, same padding, stride 2' (written after the size in a title)."""
    parts = []
    if c.kernel_size != 3:
        parts.append(translate("LayerWords", "{k}×{k} filter").format(k=c.kernel_size))
    p = c.padding_pixels
    if p:
        named = c.padding.strip().lower() if isinstance(c.padding, str) else ""
        parts.append(translate("LayerWords", "{name} padding").format(name=named) if named in ("same", "full")
                     else translate("LayerWords", "padding {p}").format(p=p))
    if c.stride != 1:
        parts.append(translate("LayerWords", "stride {s}").format(s=c.stride))
    return ": " + ", ".join(parts) if parts else ""


def window_title(c: LessonConfig, label: str) -> str:
    return translate("LayerWords", "cnnviz: one shared {size} filter learning — {label}").format(size=filter_size(c), label=label)


def layer_geometry(c: LessonConfig) -> dict:
    """The layer's settings as stable_lr and safe_default_lr take them."""
    return dict(kernel_size=c.kernel_size, stride=c.stride, padding=c.padding_pixels, color=c.color)


def map_size(shape: tuple[int, ...], c: LessonConfig) -> str:
    """'30×30' for the classroom, '15×15: stride 2' otherwise."""
    return f"{shape[-2]}×{shape[-1]}{map_note(c)}"
