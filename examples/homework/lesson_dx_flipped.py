"""Bug: dx as a 'full convolution' of dy with w, but without rotating w by 180°."""
import numpy as np


def backward(x, w, dy):
    dw = np.zeros_like(w)
    for r in range(3):
        for c in range(3):
            dw[r, c] = np.sum(dy * x[r:r + dy.shape[0], c:c + dy.shape[1]])
    db = dy.sum()
    padded = np.pad(dy, 2)
    dx = np.zeros_like(x)
    for a in range(x.shape[0]):
        for b in range(x.shape[1]):
            dx[a, b] = np.sum(padded[a:a + 3, b:b + 3] * w)  # needs w[::-1, ::-1] here
    return dw, db, dx
