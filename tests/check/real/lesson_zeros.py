# Bug (zeros): unfinished; dw is created but nothing is ever added into it.
import numpy as np


def backward(x, w, dy):
    dw = np.zeros((3, 3))
    # TODO: dw
    db = np.sum(dy)
    dx = np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            dx[i:i + 3, j:j + 3] += dy[i, j] * w
    return dw, db, dx
