"""Bug: dx assigned with `=` where windows overlap (dw and db are right)."""
import numpy as np


def backward(x, w, dy):
    dw = np.zeros_like(w)
    db = 0.0
    dx = np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            dw += dy[i, j] * x[i:i + 3, j:j + 3]
            dx[i:i + 3, j:j + 3] = dy[i, j] * w
            db += dy[i, j]
    return dw, db, dx
