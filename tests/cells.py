"""What a student reads in a grid panel, for tests that compare it with the engine."""

import numpy as np

from cnnviz import numbers

SOBEL_5 = "0,0,0,0,0;0,1,0,-1,0;0,2,0,-2,0;0,1,0,-1,0;0,0,0,0,0"  # Sobel-x centred in a 5x5 filter


def texts(values, *also):
    """Cell texts as a student reads them, nested like the values (one precision per panel)."""
    values = np.asarray(values, dtype=float)
    f = numbers.panel_formatter(np.append(values, also))
    return np.vectorize(f, otypes=[object])(values).tolist()
