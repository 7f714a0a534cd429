# A learner's backward pass, with the classic slip.
import numpy as np


def backward(x, w, dy, stride=1, padding=0):
    k = w.shape[-1]
    border = [(0, 0)] * (x.ndim - 2) + [(padding, padding)] * 2
    xp = np.pad(x, border)       # zeros around each channel
    dw = np.zeros_like(w)
    db = 0.0
    dxp = np.zeros_like(xp)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            r, c = i * stride, j * stride
            patch = xp[..., r:r + k, c:c + k]
            dw = dy[i, j] * patch    # = where += was needed
            db += dy[i, j]
            dxp[..., r:r + k, c:c + k] += dy[i, j] * w
    H, W = x.shape[-2:]
    dx = dxp[..., padding:padding + H, padding:padding + W]
    return dw, db, dx
