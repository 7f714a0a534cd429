# Saved by Notepad: it starts with a UTF-8 byte order mark.
import numpy as np

def correct(x, w, dy):
    from numpy.lib.stride_tricks import sliding_window_view
    dw = np.tensordot(dy, sliding_window_view(x, (3, 3)), axes=([0, 1], [0, 1]))
    dx = np.zeros_like(x)
    for a in range(3):
        for b in range(3):
            dx[a:a + dy.shape[0], b:b + dy.shape[1]] += w[a, b] * dy
    return dw, float(dy.sum()), dx


def backward(x, w, dy):
    return correct(x, w, dy)
