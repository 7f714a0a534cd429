import numpy as np


def backward(x, w, dy, stride=1, padding=0):
    k = w.shape[-1]
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    dw, db, dxp = np.zeros_like(w), 0.0, np.zeros_like(xp)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            r, c = i * stride, j * stride
            dw += dy[i, j] * xp[:, r:r + k, c:c + k][:, ::-1, ::-1]   # the patch turned around: a convolution
            db += dy[i, j]
            dxp[:, r:r + k, c:c + k] += dy[i, j] * w
    H, W = x.shape[1:]
    return dw, db, dxp[:, padding:padding + H, padding:padding + W]
