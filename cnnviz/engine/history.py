"""Loss and parameter history in bounded memory.

Keeps at most `capacity` rows. When full, every second row is dropped and from then on
only every `stride`-th step is recorded, so a million steps still cover the whole run
(evenly thinned) in a fixed amount of memory.
"""

from __future__ import annotations

import numpy as np


class History:
    def __init__(self, capacity: int = 4096, num_params: int = 10):
        if capacity < 2 or capacity % 2:
            raise ValueError("capacity must be an even number >= 2")
        self.capacity = capacity
        self.steps = np.zeros(capacity, dtype=np.int64)
        self.losses = np.zeros(capacity)
        self.params = np.zeros((capacity, num_params))
        self.size = 0
        self.stride = 1

    def record(self, step: int, loss: float, params: np.ndarray) -> None:
        if step % self.stride:
            return
        if self.size == self.capacity:
            self._thin()
            if step % self.stride:
                return
        self.steps[self.size] = step
        self.losses[self.size] = loss
        self.params[self.size] = params
        self.size += 1

    def _thin(self) -> None:
        """Keep every second row and double the stride (all kept steps are multiples of it)."""
        self.stride *= 2
        keep = self.steps[: self.size] % self.stride == 0
        n = int(keep.sum())
        self.steps[:n] = self.steps[: self.size][keep]
        self.losses[:n] = self.losses[: self.size][keep]
        self.params[:n] = self.params[: self.size][keep]
        self.size = n

    def clear(self) -> None:
        self.size = 0
        self.stride = 1

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Read-only copies of (steps (n,), losses (n,), params (n, 10))."""
        out = (self.steps[: self.size].copy(), self.losses[: self.size].copy(), self.params[: self.size].copy())
        for a in out:
            a.flags.writeable = False
        return out

    def state(self) -> dict[str, np.ndarray]:
        steps, losses, params = self.arrays()
        return {"steps": steps, "losses": losses, "params": params, "stride": np.array(self.stride)}

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        n = len(state["steps"])
        if n > self.capacity:
            raise ValueError(f"history has {n} rows, more than the capacity {self.capacity}")
        self.clear()
        self.stride = int(state["stride"])
        self.steps[:n] = state["steps"]
        self.losses[:n] = state["losses"]
        self.params[:n] = state["params"]
        self.size = n
