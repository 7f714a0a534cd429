import numpy as np


def backward(x, w, dy):
    h, wd = dy.shape
    dw = np.array([[np.sum(dy * x[r:r + h, c:c + wd]) for c in range(3)] for r in range(3)])
    dw[1, 1] *= 2.5                        # something no known mistake explains
    dx = np.zeros_like(x)
    for r in range(3):
        for c in range(3):
            dx[r:r + h, c:c + wd] += w[r, c] * dy
    return dw, dy.sum(), dx
