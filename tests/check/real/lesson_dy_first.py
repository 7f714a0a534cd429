# Bug (signature): the parameters in another order, dy first.
import numpy as np


def backward(dy, x, w):
    dw = np.zeros((3, 3))
    dx = np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            dw += dy[i, j] * x[i:i + 3, j:j + 3]
            dx[i:i + 3, j:j + 3] += dy[i, j] * w
    return dw, np.sum(dy), dx
