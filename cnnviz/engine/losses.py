"""Mean squared error against a target map, with dL/da beside it."""

from __future__ import annotations

import numpy as np

REDUCTIONS = ("sum", "mean")


def mse(a: np.ndarray, target: np.ndarray, reduction: str = "sum") -> tuple[float, np.ndarray]:
    """L = sum (a - T)^2 ("sum", as in the lesson) or its mean ("mean").

    returns (L, dL/da) with dL/da shaped like a. "mean" only divides by the number of
    outputs P, so it gives the same update as "sum" with the learning rate divided by P.
    """
    if reduction not in REDUCTIONS:
        raise ValueError(f"unknown reduction {reduction!r}; choose one of {', '.join(REDUCTIONS)}")
    diff = a - target
    loss = float(np.dot(diff.ravel(), diff.ravel()))
    grad = 2.0 * diff
    if reduction == "mean":
        loss /= diff.size
        grad /= diff.size
    return loss, grad


def delta_formula(activation: str, per: str = "", f: str | None = None) -> str:
    """δ = ∂L/∂y as the lesson writes it (y = w·patch + b, a = f(y)): '2(y − T)' for the identity,
    '2(a − T)·f′(y)' through an activation; `per`: the mean's divisor as shown (e.g. ' / 900'),
    `f`: the activation's symbol (its name unless given, e.g. 'f' or 'ReLU')."""
    if activation == "identity":
        return f"2(y − T){per}"
    return f"2(a − T)·{f or activation}′(y){per}"
