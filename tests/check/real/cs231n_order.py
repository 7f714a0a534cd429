# Bug (order): returns dw, dx, db; the course expects dx, dw, db.
import numpy as np


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    S, P = conv_param['stride'], conv_param['pad']
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Hout, Wout = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (P, P), (P, P)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for n in range(N):
        for f in range(F):
            for i in range(Hout):
                for j in range(Wout):
                    dw[f] += xp[n, :, i * S:i * S + HH, j * S:j * S + WW] * dout[n, f, i, j]
                    dxp[n, :, i * S:i * S + HH, j * S:j * S + WW] += w[f] * dout[n, f, i, j]
    db = dout.sum(axis=(0, 2, 3))
    return dw, dxp[:, :, P:P + H, P:P + W], db
