"""Bug: a mutable default argument keeps the buffer between calls (it is never reset)."""
import numpy as np


def backward(x, w, dy, dw=np.zeros((3, 3))):
    db = 0.0
    dx = np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            for r in range(3):
                for c in range(3):
                    dw[r, c] += dy[i, j] * x[i + r, j + c]
                    dx[i + r, j + c] += dy[i, j] * w[r, c]
            db += dy[i, j]
    return dw.copy(), db, dx
