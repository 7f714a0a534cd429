import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    s, p = conv_param["stride"], conv_param["pad"]
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    HH, WW = w.shape[2:]
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::s, ::s]   # (N, C, Ho, Wo, HH, WW)
    dw = np.einsum("nfij,ncijrs->fcrs", dout, win)
    dxp = np.zeros_like(xp)
    Ho, Wo = dout.shape[2:]
    for r in range(HH):
        for c in range(WW):
            dxp[:, :, r:r + s * Ho:s, c:c + s * Wo:s] += np.einsum("nfij,fc->ncij", dout, w[:, :, r, c])
    return dxp[:, :, p:p + x.shape[2], p:p + x.shape[3]], dw, dout.sum(axis=(0, 2, 3))
