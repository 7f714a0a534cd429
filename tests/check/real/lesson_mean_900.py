# Bug (mean): divides by 900, the lesson's number of positions, written as a constant.
import numpy as np


def backward(x, w, dy):
    dw = np.zeros((3, 3))
    db = 0
    dx = np.zeros(x.shape)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            dw += dy[i, j] * x[i:i + 3, j:j + 3]
            db += dy[i, j]
            dx[i:i + 3, j:j + 3] += dy[i, j] * w
    dw = dw / 900  # average over the 30*30 positions
    return dw, db, dx
