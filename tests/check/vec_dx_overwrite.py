import numpy as np


def backward(inp, filt, delta):
    h, w = delta.shape
    dfilt = np.array([[np.sum(delta * inp[r:r + h, c:c + w]) for c in range(3)] for r in range(3)])
    dinp = np.zeros_like(inp)
    for i in range(h):
        for j in range(w):
            np.copyto(dinp[i:i + 3, j:j + 3], delta[i, j] * filt)
    return dfilt, np.sum(delta), dinp
