"""The lesson's backward pass, written as four plain loops: correct."""
import numpy as np


def backward(x, w, dy):
    """x (H, W), w (3, 3), dy (H-2, W-2) = dL/dy  ->  dw (3, 3), db, dx (H, W)."""
    dw = np.zeros_like(w)
    db = 0.0
    dx = np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            for r in range(3):
                for c in range(3):
                    dw[r, c] += dy[i, j] * x[i + r, j + c]  # every position ADDS into the one buffer
                    dx[i + r, j + c] += dy[i, j] * w[r, c]
            db += dy[i, j]
    return dw, db, dx
