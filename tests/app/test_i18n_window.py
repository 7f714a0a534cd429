"""Issue 21: the window in another language. The pseudo-language shows any string of the wrapped
modules left untranslated and any label it clips; German and Chinese are read back from the
widgets; Chinese glyphs render (not boxes); View > Language is remembered."""

import re
from pathlib import Path

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
        # The named kernels' and the samples' tooltips (their names stay: they are typed on the command line).
        tip = QtCore.Qt.ItemDataRole.ToolTipRole
        target, sample = window.controls.target, window.controls.sample
        assert target.itemText(0) == "sobel-x"
        assert target.itemData(0, tip) == "senkrechte Kanten (Helligkeit ändert sich von links nach rechts)"
        assert sample.itemData(sample.findData("checkerboard"), tip) == "Ein schwarz-weißes 8x8-Schachbrett"
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


# ---- the panels, the step-through and the comparison ----------------------------------------------
def _pseudo_in(text: str) -> bool:
    """A rich text holds a pseudo-translated sentence (tags and numbers around it aside)."""
    plain = re.sub(r"<[^<>]*>", "", text)
    return "[" in plain and "·]" in plain


def _panel_texts(window) -> list[tuple[QtWidgets.QWidget, str]]:
    """The titles, tooltips and footers of the panels shown. Left out: the input's footer (the
    picture's description, images.py), the weights' legend (w[0,0] ... b: symbols), the buffer's
    footer (∂L/∂b = 957.1: a formula) and empty footers."""
    out = []
    for key, panel in window.panels.items():
        if not panel.isVisibleTo(window):
            continue
        if key == "params":
            out.append((panel.label, panel.label.text()))
            continue
        out += [(panel.title_label, panel.title_label.text()), (panel.title_label, panel.title_label.toolTip())]
        if key not in ("input", "trajectory", "buffer") and panel.footer.text().strip():
            out.append((panel.footer, panel.footer.text()))
    return out


def _wrapped_labels_clipped(root: QtWidgets.QWidget) -> list[str]:
    """Word-wrapped labels under root whose text needs more height than they have, and buttons
    narrower than their text."""
    clipped = []
    for label in root.findChildren(QtWidgets.QLabel):
        if label.isVisibleTo(root) and label.wordWrap() and label.text().strip() and _clipped(label):
            clipped.append(label.text())
    for button in root.findChildren(QtWidgets.QPushButton):
        if button.isVisibleTo(root) and _clipped(button):
            clipped.append(button.text())
    return clipped


def _to_presenter(window):
    window.presenter.enter()
    window.showNormal()
    window.resize(1920, 1080)
    _settle(window)
    window.presenter.fit_bar()
    _settle(window)


def _check_stepthrough(qtbot, window) -> None:
    qtbot.keyClick(window, QtCore.Qt.Key.Key_B)
    qtbot.waitUntil(lambda: window.stepthrough.ready)
    panel = window.stepthrough.panel
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)  # the first position: formulas, footers
    _settle(window)
    buttons = [panel.home, panel.back, panel.forward, panel.end, panel.check, panel.exit]
    symbols = set("|◀▶ ")
    texts = [w.text() for w in buttons if not set(w.text()) <= symbols]  # narrow: the symbols alone
    texts += [panel.overwrite.text(), panel.step_label.text(), panel.step_size.currentText(),
              panel.patch.title_label.text(), panel.contrib.title_label.text(), panel.deltas.title_label.text(),
              panel.contrib.footer.text(), panel.numbers.text(), panel.update_note.text(),
              panel.update_table.horizontalHeaderItem(0).text(), window.buffer_panel.title_label.text(),
              window.input_grad_panel.title_label.text(), window.status_label.text(), panel.counter.text()]
    texts += [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    texts += [panel.tabs.tabToolTip(i) for i in range(panel.tabs.count())]
    untranslated = [t for t in texts if not _pseudo_in(t)]
    assert not untranslated, untranslated
    assert "y = w · patch + b = <b>" in panel.numbers.text()  # the formulas stay as they are
    assert not _wrapped_labels_clipped(panel), _wrapped_labels_clipped(panel)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Escape)
    assert not window.stepthrough.active


def _check_comparison(qtbot, window) -> None:
    qtbot.keyClick(window, QtCore.Qt.Key.Key_C)
    assert window.compare.active
    window.compare.step(2)
    panel = window.compare.panel
    panel.test_button.click()  # the test's result and its maps' titles
    _settle(window)
    texts = [panel.title.text(), panel.heading.text(), panel.note.text(), panel.counter.text(),
             panel.counts.label.text(), panel.mosaic.title_label.text(), panel.mosaic.title_label.toolTip(),
             panel.filter.title_label.text(), panel.loss.title_label.text(), panel.loss.footer.text(),
             panel.result.text(), panel.test_target.title_label.text(), panel.test_untied.footer.text(),
             window.status_label.text()]
    texts += [w.text() for w in panel.findChildren(QtWidgets.QPushButton) if w.isVisibleTo(panel)]
    texts += panel.loss.legend_names()
    untranslated = [t for t in texts if not _pseudo_in(t)]
    assert not untranslated, untranslated
    assert not _wrapped_labels_clipped(panel), _wrapped_labels_clipped(panel)
    assert panel.loss.legend.boundingRect().width() <= panel.loss.plot.vb.width()  # the legend whole
    qtbot.keyClick(window, QtCore.Qt.Key.Key_Escape)
    assert not window.compare.active


@pytest.mark.parametrize("presenter", [False, True], ids=["1280x800", "presenter-1920x1080"])
def test_pseudo_language_panels_stepthrough_and_comparison(qtbot, sample_image, presenter):
    """Every text the panels, the step-through and the comparison write goes through translate()
    and none clips, at 1280x800 and in presenter mode at 1920x1080 (German is ~30% longer, the
    pseudo-language ~40%)."""
    window = _open(qtbot, sample_image, i18n.PSEUDO)
    try:
        if presenter:
            _to_presenter(window)
        texts = _panel_texts(window)
        assert len(texts) >= 20  # 10 panels: title and tooltip (the params card: its text), footers
        untranslated = [text for _, text in texts if not _pseudo_in(text)]
        assert not untranslated, untranslated
        clipped = [text for widget, text in texts if widget.wordWrap() and _clipped(widget)]
        assert not clipped, clipped
        _check_stepthrough(qtbot, window)
        _check_comparison(qtbot, window)
    finally:
        window.close()


def test_german_panels_stepthrough_and_comparison_read_the_catalogue(qtbot, sample_image):
    window = _open(qtbot, sample_image, "de")
    try:
        assert window.filter_panel.title_label.text() == "Filter w (ein 3×3, geteilt von allen 900 Positionen)"
        assert window.buffer_panel.title_label.text() == "Gradientenpuffer ∂L/∂w (Summe von 900 Beiträgen)"
        assert window.loss_panel.title_label.text() == "Verlust L (log. Skala), Summe der quadrierten Fehler"
        assert window.panels["error"].title_label.text() == "Fehlerkarte δ = ∂L/∂y (30×30)"
        assert window.filter_panel.footer.text().startswith("Bias b = <b>")
        assert window.status_label.text().startswith("Schritt 0 · Epoche 0 · Verlust ")
        assert window.windowTitle().startswith("cnnviz: ein geteilter 3×3-Filter lernt — ")
        output = window.panels["output"]
        output._show_hover(2, 3)  # what hovering cell (2, 3) writes
        assert output.footer.text() == f"Zeile 2, Spalte 3: <b>{output.value_text(2, 3)}</b>"
        output._show_hover(-1, -1)
        assert "Maus über eine Zelle zeigt ihren Wert" in output.footer.text()

        qtbot.keyClick(window, QtCore.Qt.Key.Key_B)
        qtbot.waitUntil(lambda: window.stepthrough.ready)
        panel = window.stepthrough.panel
        assert panel.overwrite.text() == "Überschreiben statt addieren (Fehler)"
        assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())][2:] == \
            ["Ein Gewicht", "Add./Überschr.", "Ungebunden"]
        assert panel.patch.title_label.text() == "Patch x (noch keine Position)"
        qtbot.keyClick(window, QtCore.Qt.Key.Key_End)
        _settle(window)
        assert panel.numbers.text().startswith("<b>Durchlauf fertig:</b> alle 900 Positionen wurden in den Puffer addiert. "
                                               "Das Update: w ← w − lr × Puffer (lr = ")
        assert window.buffer_panel.title_label.text() == \
            "Gradientenpuffer ∂L/∂w (laufende Summe nach 900 von 900 Positionen)"
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Escape)

        qtbot.keyClick(window, QtCore.Qt.Key.Key_C)
        compare = window.compare.panel
        assert compare.title.text() == "Geteilt vs. ungebunden: was Gewichtsteilung bringt"
        assert compare.exit.text() == "Vergleich verlassen"
        # Thousands grouped as German reads them (a narrow no-break space), the formulas unchanged.
        assert "<b>9\u202f000</b>" in compare.counts.label.text() and "Parameter für 32×32 → 30×30" in compare.counts.label.text()
        assert compare.loss.legend_names() == ["geteilt (10 Parameter)", "ungebunden (9\u202f000 Parameter)"]
        assert compare.filter.title_label.text() == "Geteilt: EIN 3×3-Filter für alle 900 Positionen"
    finally:
        window.close()


# ---- the sweep: every mode and dialog in the pseudo-language ----------------------------------------
_PSEUDO_SPAN = re.compile(r"\[[^\[]*?·+\]", re.S)  # innermost first: a pseudo text may hold another
_WORD = re.compile(r"(?<![\w])[A-Za-z]{3,}(?![\w])")  # an English word: no pseudo accent in it


def _english_words(text: str) -> list[str]:
    """The words of `text` outside the pseudo-translated parts (tags and entities aside)."""
    plain = re.sub(r"&[a-z]+;", " ", re.sub(r"<[^<>]*>", " ", text))
    while _PSEUDO_SPAN.search(plain):
        plain = _PSEUDO_SPAN.sub(" ", plain)
    return _WORD.findall(plain)


def _shown_texts(root: QtWidgets.QWidget) -> list[str]:
    """Every text a person reads, or a screen reader says, in the visible widgets under root."""
    role = QtCore.Qt.ItemDataRole.ToolTipRole
    out = []
    for w in [root] + root.findChildren(QtWidgets.QWidget):
        if not w.isVisible():
            continue
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle() if w.isWindow() else ""]
        if isinstance(w, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QtWidgets.QGroupBox):
            out.append(w.title())
        elif isinstance(w, QtWidgets.QTabBar):
            out += [t for i in range(w.count()) for t in (w.tabText(i), w.tabToolTip(i))]
        elif isinstance(w, QtWidgets.QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QtWidgets.QComboBox):  # its items are data (names, option values); their tooltips are words
            out += [w.itemData(i, role) or "" for i in range(w.count())]
        elif isinstance(w, QtWidgets.QAbstractSpinBox):
            out += [w.specialValueText(), getattr(w, "suffix", lambda: "")()]
        elif isinstance(w, QtWidgets.QTableWidget):
            out += [w.horizontalHeaderItem(i).text() for i in range(w.columnCount()) if w.horizontalHeaderItem(i)]
        elif isinstance(w, QtWidgets.QProgressBar):
            out.append(w.format())
        elif isinstance(w, QtWidgets.QGraphicsView) and w.scene() is not None:  # plots: axis labels, legends
            out += [i.toPlainText() for i in w.scene().items() if isinstance(i, QtWidgets.QGraphicsTextItem) and i.isVisible()]
    return [t for t in out if t and t.strip()]


def _english_in(root: QtWidgets.QWidget, data: set[str], skip=()) -> list[str]:
    """Texts under root with a word that is neither pseudo-translated nor data (a name, an option
    value, an id, a word of a formula); the widgets in `skip` show content (file names, the tour's)."""
    content = {w.text() for w in skip if w is not None}
    return [t for t in _shown_texts(root) if t not in content and set(_english_words(t)) - data]


def _data_words() -> set[str]:
    """What stays as written in every language: names, option values, ids, a formula's word."""
    from cnnviz import images
    from cnnviz.check import checker
    from cnnviz.engine import ACTIVATIONS, NAMED_KERNELS, OPTIMIZERS, REDUCTIONS

    words = {s.name for s in images.list_samples()} | set(NAMED_KERNELS) | set(OPTIMIZERS) | set(REDUCTIONS)
    words |= set(ACTIVATIONS) | {"valid", "same", "full", "patch"} | set(checker.HEADLINES) | set(DIVERGING_CHOICES)
    return {part for word in words for part in re.split(r"[-_ ]", word)}


def test_pseudo_sweep_every_mode_and_dialog_shows_no_english(qtbot, sample_image, tmp_path):
    """Issue 21's sweep: the training view, the step-through (every tab), the comparison and its
    test, the keys overlay, the export dialog, the check dialog (also in presenter mode, enlarged),
    the error dialogs of a bad image and a bad kernel, and the tour's frame: no English left."""
    from cnnviz.app import check_view
    from cnnviz.app.export_menu import ExportDialog

    data = _data_words()
    window = _open(qtbot, sample_image, i18n.PSEUDO)
    try:
        found = {"training": _english_in(window, data)}
        menus = [top.menu() for top in window.menuBar().actions()]
        menus += [a.menu() for m in menus for a in m.actions() if a.menu() is not None]  # export, colormap, language
        languages = {w for name in i18n.LANGUAGES.values() for w in _english_words(name)}  # each in its own language
        found["menus"] = [t for m in menus for a in [m.menuAction()] + m.actions()
                          for t in (a.text(), a.toolTip()) if set(_english_words(t)) - data - languages]
        qtbot.keyClick(window, QtCore.Qt.Key.Key_B)
        qtbot.waitUntil(lambda: window.stepthrough.ready)
        tabs = window.stepthrough.panel.tabs
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.keyClick(window, QtCore.Qt.Key.Key_Right)
            _settle(window)
            found[f"step-through tab {i}"] = _english_in(window, data)
        qtbot.keyClick(window, QtCore.Qt.Key.Key_G)  # the gradient check's table and verdict
        _settle(window)
        found["gradient check"] = _english_in(window, data)
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Escape)
        qtbot.keyClick(window, QtCore.Qt.Key.Key_C)
        window.compare.step(2)
        window.compare.panel.test_button.click()
        _settle(window)
        found["comparison"] = _english_in(window, data)
        qtbot.keyClick(window, QtCore.Qt.Key.Key_Escape)
        window.keys_overlay.open()
        found["keys"] = _english_in(window.keys_overlay, data)
        window.keys_overlay.hide()
        for kind in ("png", "gif"):
            dialog = ExportDialog(window, kind, "window")
            dialog.show()
            found[f"export {kind}"] = _english_in(dialog, data)
            dialog.close()
            dialog.deleteLater()

        homework = Path(__file__).resolve().parents[2] / "examples" / "homework" / "lesson_overwrite.py"
        dialog = check_view.check_file(window, homework)
        qtbot.waitUntil(lambda: dialog.thread is not None and dialog.thread.isFinished()
                        and not dialog.busy_row.isVisible(), timeout=15000)
        found["check"] = _english_in(dialog, data, skip=[dialog.file_label])
        normal = dialog.headline.font().pointSizeF(), dialog.buttons[0].font().pointSizeF()
        window.presenter.enter()
        _settle(window)
        scale = window.presenter.scale
        # The bar keeps room for the longest counter as the language words it (German, Chinese differ).
        assert all(i18n.is_pseudo(text) for text in window.presenter.widest_counters())
        # Presenter mode enlarges the check dialog like the rest: its sentence and its buttons.
        assert dialog.headline.font().pointSizeF() == pytest.approx(normal[0] * scale)
        assert dialog.buttons[0].font().pointSizeF() == pytest.approx(normal[1] * scale)
        window.presenter.leave()
        dialog.close()

        bad = tmp_path / "photo.png"
        bad.write_bytes(b"not an image")
        window.files.open_path(bad)
        found["bad image"] = _english_in(window._dialog, data) if window._dialog else ["no dialog"]
        window._dialog.close()
        window.controls.kernel_text.setText("1,2;x")
        window.controls.kernel_text.returnPressed.emit()
        found["bad kernel"] = _english_in(window._dialog, data | {"x"}) if window._dialog.isVisible() else ["no dialog"]
        window._dialog.close()
        bad.write_text("not a lesson")
        window.files.open_lesson(bad)
        found["bad lesson"] = _english_in(window._dialog, data) if window._dialog.isVisible() else ["no dialog"]
        window._dialog.close()

        def read_about():
            box = QtWidgets.QApplication.activeModalWidget()
            found["about"] = _english_in(box, data) if box else ["no dialog"]
            box.close()

        QtCore.QTimer.singleShot(0, read_about)
        from cnnviz.app.menus import show_about
        show_about(window)

        window.toggle_tour()  # the tour's frame; its chapters' words are tour.<lang>.toml's
        tour = window.tour
        data |= {word for ch in tour.tour.chapters for word in _english_words(ch.title + " " + ch.text)}
        for i, chapter in enumerate(tour.tour.chapters):
            if i in (0, 5, len(tour.tour.chapters) - 1) or chapter.mode == "check":
                tour.go(i, animate=False)
                tour._await_worker()
                _settle(window)
                found[f"tour {i}"] = _english_in(window, data, skip=[getattr(tour._check, "file_label", None)])
        tour.leave()
        found = {scene: texts for scene, texts in found.items() if texts}
        assert not found, found
    finally:
        window.close()
