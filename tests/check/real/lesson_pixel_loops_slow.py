# Correct but slow: dx pixel by pixel, looking at every position for the ones whose window covers
# that pixel (six nested loops: the work grows with pixels x positions).
import numpy as np


def backward(x, w, dy):
    H, W = x.shape
    Ho, Wo = dy.shape
    dw = np.zeros((3, 3))
    for i in range(Ho):
        for j in range(Wo):
            for r in range(3):
                for c in range(3):
                    dw[r, c] += dy[i, j] * x[i + r, j + c]
    db = 0.0
    for i in range(Ho):
        for j in range(Wo):
            db += dy[i, j]
    dx = np.zeros((H, W))
    for h in range(H):
        for v in range(W):
            for i in range(Ho):
                for j in range(Wo):
                    for r in range(3):
                        for c in range(3):
                            if i + r == h and j + c == v:
                                dx[h, v] += dy[i, j] * w[r, c]
    return dw, db, dx
