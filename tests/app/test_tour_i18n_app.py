"""Issue 21: the guided tour and its deck in the class's language, read back from the widgets and
from the PDF's text."""

import unicodedata

import pytest
from PySide6 import QtWidgets

from cnnviz import i18n
from cnnviz.i18n import qt
from cnnviz.paths import resource_dir
from cnnviz.tour import Tour, caption, chapter_lesson, load_tour


def _words(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_lang_de_opens_the_german_tour_with_german_captions_and_buttons(qtbot, sample_image, monkeypatch):
    from cnnviz.app.window import MainWindow
    from cnnviz.cli import main

    opened = {}
    monkeypatch.setattr("cnnviz.app.main.run_app", lambda trainer, label, **kw: opened.update(kw) or 0)
    assert main(["--lang", "de", "--tour"]) == 0
    assert opened["tour"] == ""  # the default script: the window reads it in its language
    qt.install(QtWidgets.QApplication.instance(), "de")  # what run_app does for --lang de
    window = MainWindow(sample_image, "sample:shapes")
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.snapshot is not None)
    assert window.tour.enter(opened["tour"] or None)
    german = load_tour(resource_dir() / "tour.de.toml")
    assert window.tour.tour.chapters == german.chapters
    bar = window.tour.caption
    assert bar.title.text() == "Die Frage"
    assert bar.text.text().startswith("Ein graues 32×32-Bild, ein 3×3-Filter, eine 30×30-Feature-Map.")
    assert (bar.replay.text(), bar.exit.text()) == ("↻ Wiederholen (Enter)", "Tour verlassen (Esc)")
    assert bar.next.toolTip() == "Nächstes Kapitel (PageDown, →, Space)"
    colour = next(i for i, ch in enumerate(german.chapters) if ch.settings.get("color"))
    assert window.tour.go(colour, animate=False)
    trainer, sample = chapter_lesson(window.tour._start, german.chapters[colour])
    assert (bar.title.text(), bar.text.text()) == caption(german.chapters[colour], trainer, sample=sample)
    assert bar.title.text() == "Farbe: ein 3×3×3-Filter, 28 Parameter"
    assert window.input_panel.source == "das farbige Beispielbild 'colour-shapes' (nur in diesem Kapitel)"
    for label in (bar.title, bar.text):  # the words fit: a wrapped label is as tall as its text needs
        assert label.height() + 1 >= label.heightForWidth(label.width())
    window.tour.leave()


def test_the_deck_in_german_has_german_searchable_text(tmp_path, sample_image):
    pypdf = pytest.importorskip("pypdf")
    from cnnviz.app.deck import export_deck
    from cnnviz.app.window import MainWindow
    from cnnviz.engine import Trainer

    qt.install(QtWidgets.QApplication.instance(), "de")
    german = load_tour()
    assert german.source == "tour.de.toml"
    tour = Tour(german.chapters[:2], german.source)  # two slides: the words are what is checked
    start = Trainer(sample_image)
    out = export_deck(tour, start, "sample:shapes", tmp_path / "folien.pdf", MainWindow)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 2
    assert reader.metadata.title == "cnnviz Geführte Tour: ein geteilter 3×3-Filter (tour.de)"
    for page, chapter in zip(reader.pages, tour.chapters):
        text = _words(page.extract_text())
        title, words = caption(chapter, start, sample="")
        assert text.startswith(_words(title)) and _words(words) in text
    assert "Dieselben9Gewichteund1BiasgeltenanjederPosition" in text
    assert i18n.language() == "de"


@pytest.mark.parametrize("lang", ["de", "zh_CN"])
def test_the_longest_translated_captions_fit_the_caption_bar(qtbot, sample_image, lang):
    """German is ~30% longer: the caption bar's labels wrap, never clip (a word wider than the title's
    column would be cut), at 1280x800 and in presenter mode at 1920x1080; Chinese likewise."""
    from PySide6 import QtCore, QtGui

    from cnnviz.app.window import MainWindow

    qt.install(QtWidgets.QApplication.instance(), lang)
    window = MainWindow(sample_image, "sample:shapes")
    qtbot.addWidget(window)
    window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen, True)  # the real size, not the offscreen screen's
    window.show()
    qtbot.waitUntil(lambda: window.snapshot is not None)
    chapters = load_tour().chapters
    # the longest title beside the Replay button (an animated chapter), the longest text on the board
    # (the comparison and the checker: their own tests), the colour chapter
    animated = [i for i, ch in enumerate(chapters) if ch.animate]
    board = [i for i, ch in enumerate(chapters) if ch.mode in ("normal", "stepthrough")]
    picks = {max(animated, key=lambda i: len(chapters[i].title)), max(board, key=lambda i: len(chapters[i].text)),
             next(i for i, ch in enumerate(chapters) if ch.settings.get("color"))}
    for size, presenter in (((1280, 800), False), ((1920, 1080), True)):
        window.resize(*size)
        if presenter:
            window.presenter.toggle()
        assert window.tour.enter(None)
        bar = window.tour.caption
        for i in sorted(picks):
            assert window.tour.go(i, animate=False)
            QtWidgets.QApplication.processEvents()
            assert (window.width(), window.height()) == size
            for label in (bar.title, bar.text):
                assert label.height() + 1 >= label.heightForWidth(label.width()), (lang, size, i + 1, label.text())
                metrics = QtGui.QFontMetrics(label.font())
                assert max(metrics.horizontalAdvance(word) for word in label.text().split()) <= label.width(), (lang, size, i + 1)
            assert bar.geometry().bottom() < window.height() // 2  # the board keeps most of the screen
        window.tour.leave()
