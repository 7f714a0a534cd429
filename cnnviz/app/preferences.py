"""Preferences that persist across runs (QSettings, an INI file): theme, colormap, window
layout, last folder, presenter font scale, training speed. Anything unreadable falls back to the default
with a warning; nothing here can stop the app from starting."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6 import QtCore

from cnnviz import i18n
from cnnviz.app import theme as th
from cnnviz.i18n import translate

DIVERGING_CHOICES = ("CET-D1A", "CET-CBD1", "CET-D3")  # zero-centred, colour-blind friendly
DEFAULTS = {
    "theme": "dark",
    "diverging_colormap": th.DEFAULT_DIVERGING,
    "presenter_font_scale": 1.6,
    "last_folder": "",
    # Updates per second: slow enough for a class to watch each update land; "inf" = full speed.
    "speed": "20",
    # View > Language: "" follows the system's language; applied when cnnviz starts.
    "language": "",
    # View > Reduce Motion: animations (the tour's, the pass playing) jump to their end state.
    # Qt 6.11 exposes no system setting for it (QAccessibilityHints has only the contrast).
    "reduced_motion": "false",
}


def settings_path() -> Path:
    """$CNNVIZ_SETTINGS, else the platform's per-user config folder."""
    override = os.environ.get("CNNVIZ_SETTINGS")
    if override:
        return Path(override)
    base = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base or Path.home()) / "cnnviz" / "cnnviz.ini"


class Preferences:
    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else settings_path()
        self.warnings: list[str] = []
        self.settings = QtCore.QSettings(str(self.path), QtCore.QSettings.Format.IniFormat)
        if self.settings.status() != QtCore.QSettings.Status.NoError:
            self._warn(translate("Preferences", "settings file {path} is damaged; using the defaults (it will be "
                                                "rewritten)").format(path=self.path))
            self.settings.clear()

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        print(translate("Preferences", "cnnviz: warning: {message}").format(message=message), file=sys.stderr)

    def _get(self, key: str, valid) -> object:
        value = self.settings.value(key, DEFAULTS[key])
        try:
            if valid(value):
                return value
        except (TypeError, ValueError):
            pass
        self._warn(translate("Preferences", "setting {key}={value} is not valid; using {default}").format(
            key=key, value=repr(value), default=repr(DEFAULTS[key])))
        return DEFAULTS[key]

    @property
    def theme(self) -> str:
        return self._get("theme", lambda v: v in th.THEMES)

    @property
    def diverging_colormap(self) -> str:
        return self._get("diverging_colormap", lambda v: v in DIVERGING_CHOICES)

    @property
    def presenter_font_scale(self) -> float:
        value = self._get("presenter_font_scale", lambda v: 1.5 <= float(v) <= 4.0)
        return float(value)

    @property
    def last_folder(self) -> str:
        value = str(self._get("last_folder", lambda v: isinstance(v, str)))
        return value if value and Path(value).is_dir() else str(Path.home())

    @property
    def language(self) -> str:
        """The language chosen in View > Language ("": the system's)."""
        return str(self._get("language", lambda v: v == "" or v in i18n.LANGUAGES))

    @property
    def reduced_motion(self) -> bool:
        """View > Reduce Motion: steps instead of animations."""
        return str(self._get("reduced_motion", lambda v: str(v).lower() in ("true", "false"))).lower() == "true"

    @property
    def speed(self) -> float:
        """Updates per second, one of SPEEDS (inf = full speed)."""
        from cnnviz.app.controls import SPEEDS

        return float(self._get("speed", lambda v: float(v) in SPEEDS))

    def geometry(self) -> QtCore.QByteArray | None:
        value = self.settings.value("window_geometry")
        return value if isinstance(value, QtCore.QByteArray) else None

    def set(self, key: str, value) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()
