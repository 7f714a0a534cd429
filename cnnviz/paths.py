"""Where the bundled resources live, installed or in a source checkout."""

from pathlib import Path


def resource_dir() -> Path:
    """The resources folder: ``cnnviz/resources`` in a wheel, ``resources/`` in a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"
