"""Issue 21: the window in another language. The pseudo-language shows any string of the wrapped
modules left untranslated and any label it clips; German and Chinese are read back from the
widgets; Chinese glyphs render (not boxes); View > Language is remembered."""

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from cnnviz import i18n
from cnnviz.app.preferences import DIVERGING_CHOICES
from cnnviz.engine import LessonConfig
from cnnviz.i18n import qt


def _settle(window):
    for _ in range(3):
        QtWidgets.QApplication.processEvents()


def _open(qtbot, sample_image, lang, size=(1280, 800)):
    from cnnviz.app.window import MainWindow

    qt.install(QtWidgets.QApplication.instance(), lang)
    window = MainWindow(sample_image, "sample:shapes", LessonConfig())
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    qtbot.waitUntil(lambda: window.snapshot is not None)
    _settle(window)
    return window


def _texts_of_controls(controls) -> list[tuple[QtWidgets.QWidget, str]]:
    """What the control column writes (not its data: sample and kernel names, option values, numbers)."""
    out = [(box, box.title()) for box in controls.findChildren(QtWidgets.QGroupBox)]
    for widget in controls.findChildren(QtWidgets.QLabel) + controls.findChildren(QtWidgets.QAbstractButton):
        if widget.isVisibleTo(controls) and widget.text().strip() and not widget.text().isdigit():
            out.append((widget, widget.text()))
    return out


def _menu_texts(window) -> list[str]:
    """Menu titles and entries of menus.py (the export submenu is another module's, not wrapped yet;
    colormap names and the languages' own names are the same in every language)."""
    keep_as_is = set(DIVERGING_CHOICES) | set(i18n.LANGUAGES.values())
    texts = []
    for top in window.menuBar().actions():
        texts.append(top.text())
        for action in top.menu().actions():
            if action.isSeparator() or action.menu() is window.exporter.menu:
                continue
            texts.append(action.text())
            if action.menu() is not None:
                texts += [a.text() for a in action.menu().actions() if a.text() not in keep_as_is]
    return texts


def _clipped(widget: QtWidgets.QWidget) -> bool:
    if isinstance(widget, QtWidgets.QLabel) and widget.wordWrap():
        return widget.heightForWidth(widget.width()) > widget.height() + 1
    if isinstance(widget, QtWidgets.QGroupBox):
        return widget.minimumSizeHint().width() > widget.width() + 1
    return widget.sizeHint().width() > widget.width() + 1


def test_pseudo_language_shows_every_wrapped_string_translated_and_nothing_clipped(qtbot, sample_image):
    window = _open(qtbot, sample_image, i18n.PSEUDO)
    try:
        controls = _texts_of_controls(window.controls)
        assert len(controls) >= 25  # 4 boxes, 6 buttons, 14 row labels, speed, keys
        untranslated = [text for _, text in controls if not i18n.is_pseudo(text)]
        untranslated += [text for text in _menu_texts(window) if not i18n.is_pseudo(text)]
        assert not untranslated, untranslated
        clipped = [text for widget, text in controls if widget.isVisibleTo(window) and _clipped(widget)]
        assert not clipped, clipped
        # Tooltips too, and the sentences made from settings (their formulas kept as they are).
        assert i18n.is_pseudo(window.controls.lr.toolTip()) and "w ← w − lr × " in window.controls.lr.toolTip()
        assert i18n.is_pseudo(window.controls.reduction.toolTip()) and "δ = 2(y − T)" in window.controls.reduction.toolTip()
        window.keys_overlay.open()
        text = window.keys_overlay.text()
        assert i18n.pseudo("play / pause training") in text and i18n.pseudo("? or Esc closes this") in text
        assert window.keys_overlay.width() >= window.keys_overlay.sizeHint().width() - 1
        window.keys_overlay.hide()

        # Presenter mode on a 1920x1080 projector: its bar's buttons are whole, in pseudo too.
        window.presenter.enter()
        window.showNormal()  # the offscreen screen is small: the size F11 gives on this projector
        window.resize(1920, 1080)
        _settle(window)
        window.presenter.fit_bar()
        _settle(window)
        bar = [window.presenter.play, window.presenter.step, window.presenter.speed]
        assert all(i18n.is_pseudo(w.text()) for w in bar), [w.text() for w in bar]
        assert not [w.text() for w in bar + [window.presenter.slower, window.presenter.faster] if _clipped(w)]
        window.presenter.leave()
    finally:
        window.close()


def test_german_window_reads_the_catalogue_and_qt_speaks_german_too(qtbot, sample_image):
    window = _open(qtbot, sample_image, "de")
    try:
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:2] == ["&Datei", "&Training"] and "&Ansicht" in titles and "&Hilfe" in titles
        # The control column's words are the glossary's.
        controls = {text for _, text in _texts_of_controls(window.controls)}
        assert {"Lernrate", "Schrittweite", "Padding", "Kernelgröße", "Optimierer", "Verlust-Reduktion"} <= controls
        assert window.controls.play.text() == "▶ Abspielen"
        assert window.controls.speed_label.text() == "20 Updates/s"
        # Keys stay the same in every language.
        assert window.play_action.shortcut().toString() == "Space"
        # Qt's own strings (dialog buttons) come from qtbase_de.qm.
        assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        # Mnemonics do not collide in the menu bar.
        letters = [t[t.index("&") + 1].lower() for t in titles if "&" in t]
        assert len(letters) == len(set(letters)) == len(titles)
    finally:
        window.close()


def test_chinese_renders_with_a_real_font_not_boxes(qapp):
    """Two different characters drawn with the app's font differ: a missing glyph is the same box."""
    qt.install(qapp, "zh_CN")
    text = QtCore.QCoreApplication.translate("Menus", "Language")
    assert text == "语言"
    font = QtWidgets.QApplication.font()
    assert QtGui.QFontDatabase.families(QtGui.QFontDatabase.WritingSystem.SimplifiedChinese), \
        "no CJK font: apt-get install fonts-noto-cjk (README, Translations)"

    def draw(ch):
        image = QtGui.QImage(40, 40, QtGui.QImage.Format.Format_Grayscale8)
        image.fill(255)
        painter = QtGui.QPainter(image)
        painter.setFont(font)
        painter.drawText(QtCore.QRect(0, 0, 40, 40), QtCore.Qt.AlignmentFlag.AlignCenter, ch)
        painter.end()
        return image

    first, second = draw(text[0]), draw(text[1])
    assert first != second and first != draw(" ")


def test_view_language_is_remembered_and_applies_at_the_next_start(window):
    from cnnviz.app.main import app_language

    menu = window.language_menu
    names = [a.text() for a in menu.actions()]
    assert names == ["System Language (English)", "English", "Deutsch", "Español", "简体中文"]
    assert menu.actions()[0].isChecked()  # the system's, until one is chosen
    menu.actions()[2].trigger()
    assert window.prefs.language == "de"
    assert "Deutsch" in window.statusBar().currentMessage()
    assert app_language(window.prefs) == "de"
    i18n.set_language("es")  # --lang wins over the preference
    assert app_language(window.prefs) == "es"
    i18n.set_language(None)
    menu.actions()[0].trigger()
    assert window.prefs.language == "" and app_language(window.prefs) == "en"  # CNNVIZ_LANG=en in the suite


def test_the_app_installs_the_language_chosen_on_the_command_line(qapp):
    from cnnviz.app.main import install_language

    i18n.set_language("es")  # as `cnnviz --lang es` leaves it
    assert install_language(qapp) == "es"
    assert QtCore.QCoreApplication.translate("Menus", "Quit") == "Salir"
    assert i18n.translate("Controls", "Stride") == "Desplazamiento"  # translate() goes through Qt now
    assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
