"""Update rules for the 10 parameters (9 weights + 1 bias), kept as one flat vector.

SGD:       w <- w - lr * g
Momentum:  v <- mu * v + g;  w <- w - lr * v   (v is state, not an average of positions)
"""

from __future__ import annotations

import numpy as np

OPTIMIZERS = ("sgd", "momentum")


class SGD:
    name = "sgd"

    def __init__(self, lr: float):
        self.lr = lr

    def update(self, params: np.ndarray, grad: np.ndarray) -> np.ndarray:
        return params - self.lr * grad

    def state(self) -> dict[str, np.ndarray]:
        return {}

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        pass

    def rescale(self, factor: float) -> None:
        pass  # no state to carry into other units


class Momentum:
    name = "momentum"

    def __init__(self, lr: float, momentum: float = 0.9, size: int = 10):
        self.lr = lr
        self.momentum = momentum
        self.velocity = np.zeros(size)

    def update(self, params: np.ndarray, grad: np.ndarray) -> np.ndarray:
        self.velocity = self.momentum * self.velocity + grad
        return params - self.lr * self.velocity

    def state(self) -> dict[str, np.ndarray]:
        return {"velocity": self.velocity.copy()}

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        self.velocity = np.array(state["velocity"], dtype=np.float64)

    def rescale(self, factor: float) -> None:
        """The gradient's units changed (sum <-> mean): v is a sum of past gradients, so it follows."""
        self.velocity = self.velocity * factor


def make_optimizer(name: str, lr: float, momentum: float = 0.9, size: int = 10):
    if name == "sgd":
        return SGD(lr)
    if name == "momentum":
        return Momentum(lr, momentum, size)
    raise ValueError(f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS)}")
