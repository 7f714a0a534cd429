"""Bug: loop bound off by one: the last row of positions is never visited."""
import numpy as np


def backward(x, w, dy):
    H, W = x.shape
    dw = np.zeros_like(w)
    db = 0.0
    dx = np.zeros_like(x)
    for i in range(H - 3):  # should be range(H - 2): H - 3 + 1 rows of positions
        for j in range(W - 2):
            for r in range(3):
                for c in range(3):
                    dw[r, c] += dy[i, j] * x[i + r, j + c]
                    dx[i + r, j + c] += dy[i, j] * w[r, c]
            db += dy[i, j]
    return dw, db, dx
