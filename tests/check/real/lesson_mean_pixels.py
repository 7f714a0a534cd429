# Bug (mean): divides by the number of pixels, H*W, "to normalise".
import numpy as np


def backward(x, w, dy):
    H, W = x.shape
    dw = np.zeros_like(w)
    for r in range(3):
        for c in range(3):
            dw[r, c] = np.sum(dy * x[r:r + H - 2, c:c + W - 2]) / (H * W)
    dx = np.zeros_like(x)
    for r in range(3):
        for c in range(3):
            dx[r:r + H - 2, c:c + W - 2] += w[r, c] * dy
    return dw, dy.sum(), dx
