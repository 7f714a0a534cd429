"""`cnnviz export --deck`: the tour as a 16:9 PDF with real text, or a folder of 1920x1080 PNGs."""

import unicodedata

import pytest
from PIL import Image

from cnnviz import images
from cnnviz.cli import main
from cnnviz.engine import Trainer
from cnnviz.tour import caption, chapter_lesson, load_tour

SHORT = '''
[[chapter]]
title = "Un filtre"
text = "Les mêmes 9 poids et 1 biais à chaque position."
highlight = ["filter"]

[[chapter]]
title = "La somme"
text = "Chaque position ajoute sa contribution."
mode = "stepthrough"
position = "end"
'''


def _words(text: str) -> str:
    # pypdf gives ligatures, tabs, and spaces where a glyph came from a fallback font (∂ L)
    return "".join(unicodedata.normalize("NFKC", text).split())


def test_default_deck_pdf_has_one_16_9_page_per_chapter_with_real_text(tmp_path, capsys):
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "slides.pdf"
    assert main(["export", "--deck", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}"
    chapters = load_tour().chapters
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == len(chapters)
    start = Trainer(images.load_sample(images.DEFAULT_SAMPLE))  # the lesson `cnnviz export` makes
    for page, chapter in zip(reader.pages, chapters):
        box = page.mediabox
        assert (float(box.width), float(box.height)) == (960, 540)  # 13.33 x 7.5 in: 16:9
        text = _words(page.extract_text())
        trainer, sample = chapter_lesson(start, chapter)
        checked = None
        if chapter.mode == "check":  # an export waits for the verdict: the caption and the screen both say it
            from cnnviz.app.check_report import shown
            from cnnviz.check.checker import HEADLINES

            checked = shown(HEADLINES["overwrite"])  # the example's slip
            assert text.count(_words(checked)) == 2 and "Wrong(overwrite)" in text
        title, words = caption(chapter, trainer, sample=sample, checked=checked)  # the words for the lesson shown
        assert text.startswith(_words(title))
        assert _words(words) in text and "{" not in text
        assert "/XObject" in str(page["/Resources"])  # the maps' cells are on the page too
    # Issue 18: small, titled after the tour, searchable ("buffer", not the ligature "buﬀer").
    assert out.stat().st_size <= 3_000_000
    assert reader.metadata.title.startswith("cnnviz guided tour")
    everything = "".join(page.extract_text() for page in reader.pages)
    # The lecture's next slides are in the deck: padding, stride 2 (the output's title says it), colour.
    pages = {c.title.split(":")[0].split(" ")[0]: _words(p.extract_text()) for p, c in zip(reader.pages, chapters)}
    assert "15×15:stride2" in pages["Stride"] and "32×32:samepadding" in pages["Padding"]
    assert "coloursample'colour-shapes'" in pages["Colour"]
    assert "buffer" in everything and not any(0xFB00 <= ord(c) <= 0xFB06 for c in everything)
    # The chapter's layout at presenter size (as the PNGs): the step-through chapters show the
    # step-through and the chapter's panels, not the loss curve of the full board.
    for page, chapter in zip(reader.pages, chapters):
        if chapter.mode == "stepthrough":
            text = page.extract_text()
            assert "position" in text and "Loss L" not in text


def test_own_script_as_png_folder(tmp_path):
    script = tmp_path / "court.toml"
    script.write_text(SHORT, encoding="utf-8")
    out = tmp_path / "slides"
    assert main(["export", "--deck", "--tour", str(script), "--out", str(out)]) == 0
    pngs = sorted(p.name for p in out.iterdir())
    assert pngs == ["chapter_01.png", "chapter_02.png"]
    first, second = (Image.open(out / n).convert("RGB") for n in pngs)
    assert first.size == second.size == (1920, 1080)
    # Light theme by default: the caption bar (top left, past its accent edge) is the light panel colour.
    assert first.getpixel((300, 8)) == (0xF1, 0xF3, 0xF4)
    assert first.tobytes() != second.tobytes()
    # Again into the same folder with a one-chapter script: the old second chapter goes.
    script.write_text(SHORT.split("[[chapter]]")[0] + "[[chapter]]" + SHORT.split("[[chapter]]")[1], encoding="utf-8")
    assert main(["export", "--deck", "--tour", str(script), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["chapter_01.png"]


@pytest.mark.parametrize("args, words", [
    (["--out", "deck.gif"], "use .pdf, or a folder"),
    (["--out", "deck.pdf", "--position", "3"], "--position does not apply to --deck"),
    (["--out", "deck.pdf", "--panel", "filter"], "--panel does not apply to --deck"),
    (["--out", "deck.pdf", "--tour", "missing.toml"], "cannot read tour"),
])
def test_bad_deck_options_are_one_line_exit_2(tmp_path, capsys, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--deck", *args]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert not (tmp_path / "deck.pdf").exists()


def test_a_broken_script_names_its_line_and_a_folder_of_other_files_is_left_alone(tmp_path, capsys):
    script = tmp_path / "bad.toml"
    script.write_text(SHORT.replace('mode = "stepthrough"', 'mode = "tour"'), encoding="utf-8")
    assert main(["export", "--deck", "--tour", str(script), "--out", str(tmp_path / "x.pdf")]) == 2
    assert "bad.toml line 10: chapter 2: mode = 'tour'" in capsys.readouterr().err
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    good = tmp_path / "good.toml"
    good.write_text(SHORT, encoding="utf-8")
    assert main(["export", "--deck", "--tour", str(good), "--out", str(folder)]) == 2
    assert "holds other files (notes.txt)" in capsys.readouterr().err
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_export_tour_as_slides_from_the_app(qtbot, window, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from cnnviz.app.deck import export_deck_from_window

    script = tmp_path / "court.toml"
    script.write_text(SHORT, encoding="utf-8")
    window.command("step")
    qtbot.waitUntil(lambda: window.worker.latest().step == 1)
    assert window.tour.enter(str(script))
    window.tour.go(1)
    out = export_deck_from_window(window, tmp_path / "slides.pdf")
    assert out == tmp_path / "slides.pdf", (window.last_error, window.statusBar().currentMessage())
    reader = pypdf.PdfReader(out)
    assert [_words(p.extract_text()).split("Les")[0].split("Chaque")[0] for p in reader.pages] == ["Unfiltre1/2", "Lasomme2/2"]  # title, then the caption's counter
    # The tour on screen is where it was; leaving it gives the run back at step 1.
    assert window.tour.active and window.tour.index == 1 and window.stepthrough.active
    window.tour.leave()
    qtbot.waitUntil(lambda: window.worker.latest().step == 1)
    assert not (tmp_path / "nowhere" / "x.pdf").parent.exists()
    assert export_deck_from_window(window, tmp_path / "nowhere" / "x.pdf") is None
    assert "does not exist" in window.last_error
    window._dialog.close()


def test_a_script_typing_the_default_lessons_numbers_is_warned_about(tmp_path, capsys):
    """A number typed for the default lesson (900 positions) is false on a 20×20 image: the deck is
    still written, and each such number is named with the fact that would follow the lesson."""
    script = tmp_path / "mine.toml"
    script.write_text('[[chapter]]\ntitle = "All"\ntext = "All 900 positions; here {P}."\n', encoding="utf-8")
    out = tmp_path / "slides"
    assert main(["export", "--deck", "--tour", str(script), "--size", "20", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.err == "cnnviz export: warning: chapter 1 says 900, but this lesson has P = 324: write {P}\n"
    assert captured.out.strip() == f"wrote {out}"


def test_deck_of_a_strided_padded_lesson_draws_its_layer(tmp_path):
    """Issue 23: the deck takes the lesson's layer like every other export (it was refused)."""
    pypdf = pytest.importorskip("pypdf")
    (tmp_path / "short.toml").write_text(SHORT.replace("Un filtre", "{output}: {P} positions"), encoding="utf-8")
    out = tmp_path / "strided.pdf"
    assert main(["export", "--deck", "--tour", str(tmp_path / "short.toml"), "--stride", "2", "--padding", "1",
                 "--out", str(out)]) == 0
    first, second = (_words(p.extract_text()) for p in pypdf.PdfReader(out).pages)
    assert first.startswith(_words("16×16: 256 positions")) and _words("shared by all 256 positions") in first
    assert _words("position 256 of 256") in second  # the step-through's counter: output positions
