# Correct, written the naive way: seven nested loops, one multiply-add at a time.
import numpy as np


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride = conv_param['stride']
    pad = conv_param['pad']
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, H_out, W_out = dout.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), 'constant')
    dx_pad = np.zeros_like(x_pad)
    dw = np.zeros_like(w)
    db = np.zeros_like(b)
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    for c in range(C):
                        for hh in range(HH):
                            for ww in range(WW):
                                dw[f, c, hh, ww] += x_pad[n, c, i * stride + hh, j * stride + ww] * dout[n, f, i, j]
                                dx_pad[n, c, i * stride + hh, j * stride + ww] += w[f, c, hh, ww] * dout[n, f, i, j]
            db[f] += np.sum(dout[n, f])
    dx = dx_pad[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
