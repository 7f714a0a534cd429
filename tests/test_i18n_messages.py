"""Issue 21: the headless parts speak the class's language. In German, Spanish and Chinese a bad
kernel, a broken image, an unwritable export path and a notebook error each give one line in
that language (exit code 2 on the command line), read back against the catalogue: the expected
text is the catalogue's translation filled in, and it is not the English."""

import pytest

from cnnviz import i18n
from cnnviz.cli import main

LANGS = ["de", "es", "zh_CN"]


def said(lang, context, english, same=False, **values):
    """The catalogue's translation of `english`, filled in; fails if the catalogue lacks it (or, unless
    `same`, if it is the English: "error" is the same word in Spanish)."""
    text = i18n.catalogue(lang).get((context, english))
    assert text and (same or text != english), f"{lang}: {context}: {english!r} is not translated"
    return text.format(**values)


def error_line(lang, prog, message):
    return said(lang, "CLI", "{prog}: error: {message}", same=True, prog=prog, message=message)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", LANGS)
def test_a_bad_kernel_is_one_translated_line(capsys, lang):
    code, _, err = run(capsys, "train", "--kernel", "1,0,-1;2,x,-2;1,0,-1", "--lang", lang)
    assert code == 2
    message = said(lang, "Kernels", "kernel row {row}: {text} is not a number", row=2, text="'x'")
    assert err == error_line(lang, "cnnviz train", message) + "\n"
    code, _, err = run(capsys, "train", "--target", "sobel-z", "--steps", "0", f"--lang={lang}")
    assert code == 2
    names = "sobel-x, sobel-y, laplacian, box-blur, sharpen, identity"
    message = said(lang, "Kernels", "unknown kernel {spec}; use one of {names} or type 3 rows like 1,0,-1;2,0,-2;1,0,-1",
                   spec="'sobel-z'", names=names)
    assert err == error_line(lang, "cnnviz train", message) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_a_broken_image_is_one_translated_line(capsys, tmp_path, lang):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"this is not a PNG at all")
    code, out, err = run(capsys, "train", str(broken), "--lang", lang)
    assert code == 2 and out == ""
    message = said(lang, "Images", "{path}: not a supported image ({formats})", path=str(broken),
                   formats="PNG, JPEG, BMP, GIF, TIFF, PGM/PPM")
    assert err == error_line(lang, "cnnviz train", message) + "\n"
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    code, _, err = run(capsys, "train", str(empty), "--lang", lang)
    assert code == 2
    assert err == error_line(lang, "cnnviz train", said(lang, "Images", "{path}: the file is empty", path=str(empty))) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_an_unwritable_export_path_is_one_translated_line(capsys, tmp_path, lang):
    out = tmp_path / "no such folder" / "window.png"
    code, stdout, err = run(capsys, "export", "--out", str(out), "--lang", lang)
    assert code == 2 and stdout == "" and not out.parent.exists()
    reason = said(lang, "SafeWrite", "the folder does not exist")
    message = said(lang, "SafeWrite", "cannot write {path}: {reason}", path=str(out), reason=reason)
    assert err == error_line(lang, "cnnviz export", message) + "\n"
    code, _, err = run(capsys, "export", "--out", str(tmp_path / "x.svg"), "--scale", "2", "--lang", lang)
    assert code == 2  # a refused combination, said before any training
    assert err == error_line(lang, "cnnviz export", said(lang, "ExportCLI", "--scale applies to PNG and GIF; SVG is vector")) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_a_notebook_error_is_one_translated_line(lang):
    from cnnviz import Lesson

    lesson = Lesson(lang=lang)
    choices = "window, input, target, output, error, filter, buffer, input_grad, params, loss, trajectory"
    with pytest.raises(ValueError) as e:
        lesson.panel("weights")
    assert str(e.value) == said(lang, "Notebook", "unknown panel {name}; choose one of {choices}", name="'weights'",
                                choices=choices)
    with pytest.raises(ValueError) as e:
        Lesson(target="1,2;3", lang=lang)
    assert "\n" not in str(e.value)
    assert str(e.value) == said(lang, "Kernels", "kernel must be 3 rows of 3 numbers, or k rows of k for a k x k filter "
                                                 "(k up to {max}) (got rows of {shape}), e.g. {example}",
                                max=7, shape="2 x 1", example="1,0,-1;2,0,-2;1,0,-1")


@pytest.mark.parametrize("lang", LANGS)
def test_help_and_layer_words_are_translated(capsys, lang):
    with pytest.raises(SystemExit):
        main(["export", "--help", "--lang", lang])
    text = capsys.readouterr().out
    assert said(lang, "ExportCLI", "examples:") in text
    assert said(lang, "ExportCLI", "the guided tour as slides") in text
    from cnnviz.engine import LessonConfig

    i18n.set_language(lang)
    layer = LessonConfig(kernel_size=5, stride=1, padding="same", color=True).layer_text()
    assert layer == said(lang, "LessonConfig", "{shape} filter, stride {stride}, padding {padding} ({name})",
                         shape="5x5x3", stride=1, padding=2, name="same")


def test_english_stays_as_it_was(capsys, tmp_path):
    """The source text is the English: with --lang en the messages are the ones the suite pins."""
    code, _, err = run(capsys, "train", "--kernel", "1,0,-1;2,x,-2;1,0,-1", "--lang", "en")
    assert code == 2 and err == "cnnviz train: error: kernel row 2: 'x' is not a number\n"
    out = tmp_path / "missing" / "w.png"
    code, _, err = run(capsys, "export", "--out", str(out), "--lang", "en")
    assert code == 2 and err == f"cnnviz export: error: cannot write {out}: the folder does not exist\n"


@pytest.mark.parametrize("lang", LANGS)
def test_a_broken_lesson_file_is_one_translated_line(capsys, tmp_path, lang):
    bad = tmp_path / "bad.cnnviz"
    bad.write_bytes(b"PK\x03\x04 but no zip archive follows")
    code, _, err = run(capsys, "train", "--lesson", str(bad), "--lang", lang)
    assert code == 2
    inner = said(lang, "LessonFile", "not a cnnviz lesson (not a NumPy .npz archive: {reason})",
                 reason="File is not a zip file")  # the zip module's own words inside
    message = said(lang, "LessonFile", "cannot open lesson {path}: {reason}", path=str(bad), reason=inner)
    assert err == error_line(lang, "cnnviz train", message) + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_what_loading_did_to_the_picture_is_said_in_the_language(lang):
    """The input panel's line (cnnviz.images.describe_resampling): whole sentences with the source
    as one phrase, so that each language orders them its own way."""
    from cnnviz import images as imgs

    i18n.set_language(lang)
    source = said(lang, "Images", "{w}x{h} photo", w=200, h=150)
    assert imgs.describe_resampling(200, 150, 32, i18n.translate("Images", "{w}x{h} photo")) == said(
        lang, "Images", "{source}, centre {m}x{m} square resampled to {size}x{size}", source=source, m=150, size=32)
    assert imgs.describe_resampling(40, 30, None) == said(
        lang, "Images", "{source} at its own size", source=said(lang, "Images", "{w}x{h} image", w=40, h=30))
