"""cnnviz: watch one shared 3x3 convolution filter learn.

The engine (``cnnviz.engine``) is NumPy only; the app (``cnnviz.app``) is the Qt layer.
"""

__version__ = "0.1.0"
