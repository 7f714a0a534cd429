"""The app's side of the catalogue: QTranslators for cnnviz_<lang>.qm and Qt's own qtbase_<lang>.qm
(its dialogs' buttons), after which cnnviz.i18n.translate is QCoreApplication.translate.
Loading a .qm is a memory map: cheap at startup (the .ts is never parsed here)."""

from __future__ import annotations

from PySide6 import QtCore

from cnnviz import i18n


class PseudoTranslator(QtCore.QTranslator):
    """Every string, Qt's own included, lengthened and accented (cnnviz --lang pseudo)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return i18n.pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


_installed: list[QtCore.QTranslator] = []


def install(app: QtCore.QCoreApplication, lang: str) -> list[str]:
    """Put the translators of `lang` on app (replacing earlier ones) and route translate() through
    Qt. Returns the .qm files loaded (English loads none: the source text is English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    if lang == i18n.PSEUDO:
        _installed.append(PseudoTranslator(app))
    elif lang != "en":
        qt_folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"cnnviz_{lang}", str(i18n.FOLDER)), (f"qtbase_{lang}", qt_folder)):
            translator = QtCore.QTranslator(app)
            if translator.load(name, folder):
                _installed.append(translator)
                loaded.append(name + ".qm")
    for translator in _installed:
        app.installTranslator(translator)
    i18n.set_language(lang)  # grouped() and the headless parts agree with the window
    i18n._qt_translate = QtCore.QCoreApplication.translate
    return loaded


def uninstall(app: QtCore.QCoreApplication | None = None) -> None:
    """Back to the Qt-free lookup (tests; a notebook switching languages)."""
    app = app or QtCore.QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    i18n._qt_translate = None
