# Returns a dx of 50 million values (400 MB) instead of the image's size.
import numpy as np


def backward(x, w, dy):
    return np.zeros((3, 3)), 0.0, np.zeros(50_000_000)
