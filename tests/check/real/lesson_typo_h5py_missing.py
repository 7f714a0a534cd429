# Bug (exception): a typo (dW for dw); h5py is missing here too, but the error is not about it.
import numpy as np
import h5py

def backward(x, w, dy):
    dw = np.zeros((3, 3))
    for i in range(dy.shape[0]):
        for j in range(dy.shape[1]):
            dW += dy[i, j] * x[i:i + 3, j:j + 3]
    return dw, dy.sum(), x
