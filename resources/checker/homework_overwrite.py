# A learner's backward pass, with the classic slip.
import numpy as np


def backward(x, w, dy, stride=1, padding=0):
    k, s, p = w.shape[-1], stride, padding
    pads = [(0, 0)] * (x.ndim - 2) + [(p, p)] * 2
    xp = np.pad(x, pads)  # zeros around each channel
    dw = np.zeros_like(w)
    db = 0.0
    dxp = np.zeros_like(xp)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            r, c = i * s, j * s
            patch = xp[..., r:r + k, c:c + k]
            dw = dy[i, j] * patch  # the slip
            db += dy[i, j]
            dxp[..., r:r + k, c:c + k] += dy[i, j] * w
    H, W = x.shape[-2:]
    return dw, db, dxp[..., p:p + H, p:p + W]
