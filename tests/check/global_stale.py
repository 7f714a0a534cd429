import numpy as np

GRAD = np.zeros((3, 3))
BIAS = [0.0]


def backward(x, w, dy):
    global GRAD
    for r in range(3):
        for c in range(3):
            GRAD[r, c] += np.sum(dy * x[r:r + dy.shape[0], c:c + dy.shape[1]])
    BIAS[0] += dy.sum()
    dx = np.zeros_like(x)
    for r in range(3):
        for c in range(3):
            dx[r:r + dy.shape[0], c:c + dy.shape[1]] += w[r, c] * dy
    return GRAD.copy(), BIAS[0], dx
