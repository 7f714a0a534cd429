# Bug (python2): a Python 2 print statement.
import numpy as np


def backward(x, w, dy):
    dw = np.zeros((3, 3))
    dx = np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            dw += dy[i, j] * x[i:i + 3, j:j + 3]
            dx[i:i + 3, j:j + 3] += dy[i, j] * w
    print "dw:", dw
    return dw, dy.sum(), dx
