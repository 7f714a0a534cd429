import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def backward(image, kernel, grad_out):
    patches = sliding_window_view(image, (3, 3))          # (Ho, Wo, 3, 3)
    grad_kernel = np.tensordot(grad_out, patches, axes=([0, 1], [0, 1]))
    grad_image = np.zeros_like(image)
    for a in range(3):
        for b in range(3):
            grad_image[a:a + grad_out.shape[0], b:b + grad_out.shape[1]] += kernel[a, b] * grad_out
    return grad_kernel, float(grad_out.sum()), grad_image
