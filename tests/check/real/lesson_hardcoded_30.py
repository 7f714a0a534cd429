# Bug (sizes): the lesson's 30x30 positions written as numbers; fine on the 32x32 image only.
import numpy as np


def backward(x, w, dy):
    dw = np.zeros((3, 3))
    dx = np.zeros((32, 32))
    for i in range(30):
        for j in range(30):
            dw += dy[i, j] * x[i:i + 3, j:j + 3]
            dx[i:i + 3, j:j + 3] += dy[i, j] * w
    return dw, dy.sum(), dx
