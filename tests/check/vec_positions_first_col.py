import numpy as np


def backward(x, w, dy):
    dw, db, dx = np.zeros((3, 3)), 0.0, np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(1, dy.shape[1]):      # starts at 1: the first column of positions is skipped
            dw += dy[i, j] * x[i:i + 3, j:j + 3]
            db += dy[i, j]
            dx[i:i + 3, j:j + 3] += dy[i, j] * w
    return dw, db, dx
