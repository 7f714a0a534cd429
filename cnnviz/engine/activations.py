"""Activations a = f(y), each with its derivative f'(y) beside it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from cnnviz.i18n import translate


@dataclass(frozen=True)
class Activation:
    name: str
    f: Callable[[np.ndarray], np.ndarray]
    df: Callable[[np.ndarray], np.ndarray]  # f'(y), evaluated at the pre-activation y


def _sigmoid(y: np.ndarray) -> np.ndarray:
    # 0.5 * (1 + tanh(y/2)) is sigmoid without overflow for large |y|.
    return 0.5 * (1.0 + np.tanh(0.5 * y))


ACTIVATIONS: dict[str, Activation] = {
    "identity": Activation("identity", lambda y: y, lambda y: np.ones_like(y)),
    "relu": Activation("relu", lambda y: np.maximum(y, 0.0), lambda y: (y > 0).astype(np.float64)),
    "tanh": Activation("tanh", np.tanh, lambda y: 1.0 - np.tanh(y) ** 2),
    "sigmoid": Activation("sigmoid", _sigmoid, lambda y: _sigmoid(y) * (1.0 - _sigmoid(y))),
}


def get_activation(name: str) -> Activation:
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise ValueError(translate("Activations", "unknown activation {name}; choose one of {choices}").format(
            name=repr(name), choices=", ".join(ACTIVATIONS))) from None
