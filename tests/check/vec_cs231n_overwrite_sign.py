import numpy as np


def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    s, p = conv_param["stride"], conv_param["pad"]
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    HH, WW = w.shape[2:]
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for n in range(x.shape[0]):
        for i in range(dout.shape[2]):
            for j in range(dout.shape[3]):
                win = xp[n, :, i * s:i * s + HH, j * s:j * s + WW]
                dw[:] = -dout[n, :, i, j][:, None, None, None] * win[None]      # `=`, and minus
                dxp[n, :, i * s:i * s + HH, j * s:j * s + WW] += np.einsum("f,fcrs->crs", dout[n, :, i, j], w)
    return dxp[:, :, p:p + x.shape[2], p:p + x.shape[3]], dw, dout.sum(axis=(0, 2, 3))
