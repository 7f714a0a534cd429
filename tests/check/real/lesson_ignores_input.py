# Bug (ignores-input): dw is computed from the test arrays above the function, not from its arguments.
import numpy as np

np.random.seed(0)
x_test = np.random.randn(6, 6)
dy_test = np.random.randn(4, 4)


def backward(x, w, dy):
    dw = np.zeros((3, 3))
    for i in range(4):
        for j in range(4):
            dw += dy_test[i, j] * x_test[i:i + 3, j:j + 3]
    dx = np.zeros_like(x)
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            dx[i:i + 3, j:j + 3] += dy[i, j] * w
    return dw, dy.sum(), dx
