"""cnnviz: watch one shared 3x3 convolution filter learn.

The engine (``cnnviz.engine``) is NumPy only; the app (``cnnviz.app``) is the Qt layer.
In a notebook: ``from cnnviz import Lesson`` (cnnviz.notebook; imported on first use, so
``import cnnviz`` and ``cnnviz train`` stay light and never import Qt).
"""

__version__ = "0.1.0"
__all__ = ["Lesson"]


def __getattr__(name: str):
    if name == "Lesson":
        from cnnviz.notebook import Lesson

        return Lesson
    raise AttributeError(f"module 'cnnviz' has no attribute {name!r}")
