"""Loss, parameter and gradient-buffer history in bounded memory.

Keeps at most `capacity` rows. When full, every second row is dropped and from then on
only every `stride`-th step is recorded, so a million steps still cover the whole run
(evenly thinned) in a fixed amount of memory.
"""

from __future__ import annotations

import numpy as np


class History:
    def __init__(self, capacity: int = 4096, num_params: int = 10, num_grads: int = 0):
        """num_grads > 0 also keeps the gradient buffer applied at each recorded step."""
        if capacity < 2 or capacity % 2:
            raise ValueError("capacity must be an even number >= 2")
        self.capacity = capacity
        self.steps = np.zeros(capacity, dtype=np.int64)
        self.losses = np.zeros(capacity)
        self.params = np.zeros((capacity, num_params))
        self.grads = np.zeros((capacity, num_grads))
        self.size = 0
        self.stride = 1

    def record(self, step: int, loss: float, params: np.ndarray, grads: np.ndarray | None = None) -> None:
        if step % self.stride:
            return
        if self.size == self.capacity:
            self._thin()
            if step % self.stride:
                return
        self.steps[self.size] = step
        self.losses[self.size] = loss
        self.params[self.size] = params
        if self.grads.shape[1]:
            self.grads[self.size] = grads
        self.size += 1

    def _thin(self) -> None:
        """Keep every second row and double the stride (all kept steps are multiples of it)."""
        self.stride *= 2
        keep = self.steps[: self.size] % self.stride == 0
        n = int(keep.sum())
        self.steps[:n] = self.steps[: self.size][keep]
        self.losses[:n] = self.losses[: self.size][keep]
        self.params[:n] = self.params[: self.size][keep]
        self.grads[:n] = self.grads[: self.size][keep]
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

    def grad_array(self) -> np.ndarray:
        """Read-only copy of the recorded gradient buffers (n, num_grads)."""
        out = self.grads[: self.size].copy()
        out.flags.writeable = False
        return out

    def state(self) -> dict[str, np.ndarray]:
        steps, losses, params = self.arrays()
        out = {"steps": steps, "losses": losses, "params": params, "stride": np.array(self.stride)}
        if self.grads.shape[1]:
            out["grads"] = self.grad_array()
        return out

    def load_state(self, state: dict[str, np.ndarray]) -> None:
        """Validate everything first; on ValueError the history is unchanged."""
        steps = np.asarray(state["steps"])
        losses = np.asarray(state["losses"], dtype=np.float64)
        params = np.asarray(state["params"], dtype=np.float64)
        grads = np.asarray(state.get("grads", np.zeros((len(steps), 0))), dtype=np.float64)
        stride = int(state["stride"])
        n = len(steps)
        if n > self.capacity:
            raise ValueError(f"history has {n} rows, more than the capacity {self.capacity}")
        if (steps.shape != (n,) or steps.dtype.kind not in "iu" or losses.shape != (n,)
                or params.shape != (n, self.params.shape[1]) or grads.shape != (n, self.grads.shape[1])):
            raise ValueError("history steps, losses, params and grads must be (n,), (n,), (n, num_params), (n, num_grads)")
        if stride < 1 or stride & (stride - 1):
            raise ValueError(f"history stride must be a power of two, got {stride}")
        if n and (np.any(steps < 0) or np.any(np.diff(steps) <= 0) or np.any(steps % stride)):
            raise ValueError("history steps must be increasing non-negative multiples of the stride")
        self.clear()
        self.stride = stride
        self.steps[:n] = steps
        self.losses[:n] = losses
        self.params[:n] = params
        self.grads[:n] = grads
        self.size = n
