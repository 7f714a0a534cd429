"""Issue 21: the catalogues (cnnviz/i18n/*.ts) are complete and compiled, translate() works without
Qt, and --lang chooses the language of every command (a bad one: one line, exit 2)."""

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from cnnviz import i18n
from cnnviz.i18n import build

SHIPPED = [lang for lang in i18n.LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"<[^<>]+>")


def _entries(lang):
    root = ElementTree.parse(i18n.FOLDER / f"cnnviz_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def test_catalogues_hold_every_wrapped_string_finished():
    """lupdate over the source finds no string missing from a catalogue and none unfinished
    (a new translate() call fails here until each language has it: python -m cnnviz.i18n.build)."""
    assert build.main(["--check"]) == 0


@pytest.mark.parametrize("lang", SHIPPED)
def test_shipped_qm_is_compiled_from_the_ts(lang):
    """What the app loads says what the catalogue says, entry by entry (compared through Qt's own
    QTranslator, not byte by byte: another lrelease may lay the same .qm out differently)."""
    from PySide6 import QtCore

    translator = QtCore.QTranslator()
    assert translator.load(f"cnnviz_{lang}", str(i18n.FOLDER))
    stale = [(context, source) for context, source, translation in _entries(lang)
             if translator.translate(context, source) != translation.text]
    assert not stale, f"the .qm is older than its .ts (run python -m cnnviz.i18n.build): {stale[:3]}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_keep_placeholders_tags_and_formulas(lang):
    entries = list(_entries(lang))
    assert len(entries) >= 200
    for context, source, translation in entries:
        text = translation.text or ""
        where = f"{lang} {context}: {source!r}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert TAG.findall(text) == TAG.findall(source), where
        for formula in ("w ← w − lr", "v ← μv + ", "2/λmax", "(H + 2p − k)//s + 1", "2**64-1", "0.299 R + 0.587 G"):
            assert (formula in source) <= (formula in text), f"{where}: {formula!r} changed"
        assert text.count("&") == source.count("&"), f"{where}: mnemonic"


def test_translate_without_qt_reads_the_catalogue_and_falls_back_to_english():
    i18n.set_language("de")
    assert i18n.translate("Menus", "Quit") == "Beenden"
    assert i18n.translate("Controls", "{n} updates/s").format(n=i18n.grouped(5000)) == "5\u202f000 Updates/s"
    assert i18n.translate("Menus", "a string no catalogue has") == "a string no catalogue has"
    i18n.set_language("zh_CN")
    assert i18n.translate("Controls", "Learning rate") == "学习率"
    assert i18n.grouped(9000) == "9,000"
    i18n.set_language("en")
    assert i18n.translate("Menus", "Quit") == "Quit"


def test_pseudo_lengthens_accents_and_keeps_what_code_needs():
    text = "saved {path} at step {step}"
    fake = i18n.pseudo(text)
    assert i18n.is_pseudo(fake) and fake != text
    assert fake.format(path="a.cnnviz", step=3).startswith("[šàvéd a.cnnviz àt štép 3")
    shown = len("saved  at step ")
    assert len(fake) - len(text) >= round(0.4 * shown)  # ~40% longer, brackets included
    assert i18n.pseudo("<b>Keys</b>").startswith("[<b>Kéýš</b>")
    assert i18n.strip_accents(i18n.pseudo("Open Image…")).startswith("[Open Image…")


@pytest.mark.parametrize("tag, code", [("de", "de"), ("de_AT.UTF-8", "de"), ("es-MX", "es"), ("zh", "zh_CN"),
                                       ("zh-Hans", "zh_CN"), ("zh_CN.UTF-8", "zh_CN"), ("C", "en"),
                                       ("en_GB", "en"), ("PSEUDO", "pseudo")])
def test_language_names_people_type(tag, code):
    assert i18n.parse_language(tag) == code


def test_system_language_from_the_environment(monkeypatch):
    monkeypatch.delenv("CNNVIZ_LANG")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert i18n.system_language() == "es"
    assert i18n.system_language("zh_CN") == "zh_CN"  # the app passes QLocale.system().name()
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # not shipped: English
    assert i18n.system_language() == "en"
    monkeypatch.setenv("CNNVIZ_LANG", "de")
    assert i18n.system_language() == "de"


def _cnnviz(*args):
    code = ("import sys; from cnnviz.cli import main; r = main(sys.argv[1:]); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'; sys.exit(r)")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).parent)


def test_train_speaks_the_language_without_qt():
    result = _cnnviz("train", "--steps", "2", "--lang", "de")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Schritt 1/2  Verlust ")
    assert lines[2].startswith("gelernter Filter nach 2 Schritten (Bias ")
    assert lines[3].endswith("Ziel +1 +0 -1") and lines[-1].startswith("größter Gewichtsfehler ")
    json_run = _cnnviz("train", "--steps", "1", "--json", "--lang=zh_CN")
    assert json_run.returncode == 0 and json_run.stdout.startswith('{"status": "ok"')  # JSON is never translated


def test_a_bad_language_is_one_line_and_exit_2():
    for args in (("train", "--lang", "klingon"), ("--lang=xx", "--help"), ("samples", "--lang")):
        result = _cnnviz(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "'klingon' is not one of en, de, es, zh_CN" in _cnnviz("train", "--lang", "klingon").stderr


def test_errors_and_help_in_the_language():
    result = _cnnviz("train", "--steps", "x", "--lang", "es")
    assert result.returncode == 2
    assert result.stderr.strip() == ("cnnviz train: error: argumento --steps: 'x' no es un número entero "
                                     "(ver 'cnnviz train --help')")
    help = _cnnviz("train", "--help", "--lang", "es").stdout
    assert "número de actualizaciones (por defecto 2000)" in help
    # argparse's own words too (cnnviz.argparse_words): its headings, -h and its errors.
    assert help.startswith("uso: cnnviz train [-h]") and "\nopciones:\n" in help and "muestra esta ayuda y termina" in help
    result = _cnnviz("check", "--lang", "de")
    assert result.stderr.strip() == "cnnviz check: Fehler: folgende Argumente fehlen: file (siehe 'cnnviz check --help')"


def test_notebook_lesson_chooses_the_language():
    from cnnviz import Lesson

    Lesson(lang="es")
    assert i18n.language() == "es" and i18n.translate("Menus", "Quit") == "Salir"
    with pytest.raises(ValueError, match="'fr' is not one of en, de, es, zh_CN"):
        Lesson(lang="fr")


def test_a_resource_in_the_language_where_it_exists(tmp_path):
    tour = tmp_path / "tour.toml"
    tour.write_text("")
    (tmp_path / "tour.de.toml").write_text("")
    (tmp_path / "tour.zh.toml").write_text("")
    assert i18n.localized(tour, "de") == tmp_path / "tour.de.toml"
    assert i18n.localized(tour, "zh_CN") == tmp_path / "tour.zh.toml"
    assert i18n.localized(tour, "es") == tour  # not translated yet: English
    i18n.set_language("de")
    assert i18n.localized(tour) == tmp_path / "tour.de.toml"


# The core of each glossary (cnnviz/i18n/glossary_<lang>.md): where the English says the term, the
# translation says the glossary's word (German compounds and Spanish inflections included).
GLOSSARY = {
    "de": {"learning rate": "lernrate", "gradient buffer": "gradientenpuffer", "weight": "gewicht", "bias": "bias",
           "stride": "schrittweite", "padding": ("padding", "nullen"), "loss": "verlust", "batch": "batch",
           "filter": "filter", "lesson": "lektion", "position": "position", "target": "ziel",
           "optimizer": "optimierer", "activation": "aktivierung", "chapter": "kapitel", "gradient": "gradient"},
    "es": {"learning rate": "tasa de aprendizaje", "gradient buffer": "búfer de gradiente", "weight": "peso",
           "bias": "sesgo", "stride": "desplazamiento", "padding": ("relleno", "ceros"), "loss": "pérdida",
           "batch": "lote", "filter": "filtro", "lesson": "lecci", "position": "posici", "target": "objetivo",
           "optimizer": "optimizador", "activation": "activaci", "chapter": "capítulo", "gradient": "gradiente"},
    "zh_CN": {"learning rate": "学习率", "gradient buffer": "梯度缓冲区", "weight": "权重", "bias": "偏置", "stride": "步幅",
              "padding": ("填充", "补零"), "loss": "损失", "batch": "批量", "filter": "滤波器", "lesson": "课程",
              "position": "位置", "target": "目标", "optimizer": "优化器", "activation": "激活", "chapter": "章",
              "gradient": "梯度"},
}


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_lessons_terms_are_translated_as_the_glossary_says(lang):
    assert set(GLOSSARY) == set(SHIPPED)
    glossary = (i18n.FOLDER / f"glossary_{lang}.md").read_text(encoding="utf-8")
    off = []
    for context, source, translation in _entries(lang):
        words = PLACEHOLDER.sub("", source)  # {weight} is a placeholder, not the word
        text = (translation.text or "").lower()
        for english, wanted in GLOSSARY[lang].items():
            wanted = wanted if isinstance(wanted, tuple) else (wanted,)
            assert wanted[0] in glossary.lower(), f"glossary_{lang}.md lacks {wanted[0]!r}"
            if re.search(rf"(?<!-)\b{english}", words, re.I) and not any(w in text for w in wanted):
                off.append(f"{english!r} in {source[:50]!r}")
    assert not off, off


# ---- the sweep of the command line: every --help and usage error in the pseudo-language ------------
_SPAN = re.compile(r"\[[^\[]*?·+\]", re.S)  # a pseudo-translated text (innermost first)
_WORD = re.compile(r"(?<![\w.-])[A-Za-z]{3,}(?![\w-])")
# What stays as written: commands, metavars, argument and option values, the examples' panel names.
_CLI_DATA = {"cnnviz", "train", "export", "check", "samples", "image", "file", "native", "valid", "same", "full",
             "dark", "light", "pass", "buffer", "circle", "compare", "filter", "shapes", "slide"}


def _cli_pseudo(capsys, *argv) -> str:
    from cnnviz import cli

    try:
        cli.main([*argv, "--lang", "pseudo"])
    except SystemExit:  # --help
        pass
    out = capsys.readouterr()
    return out.out + out.err


def _cli_english(text: str) -> set[str]:
    text = " ".join(text.split())  # help wraps a sentence over lines
    while _SPAN.search(text):
        text = _SPAN.sub(" ", text)
    text = re.sub(r"-{1,2}[\w-]+|\{[^}]*\}|'[^']*'|\S*/\S*|\S+\.(py|toml|pdf|png|gif|mp4|svg)\b", " ", text)
    return {w for w in _WORD.findall(text) if not w.isupper()} - _CLI_DATA  # METAVARS stay


@pytest.mark.parametrize("argv", [("--help",), ("train", "--help"), ("export", "--help"), ("check", "--help"),
                                  ("samples", "--help"), ("train", "--optimizer", "x"), ("check",),
                                  ("train", "--bogus"), ("samples", "x"), ("export", "--theme", "x")])
def test_every_help_and_usage_error_in_pseudo_has_no_english(capsys, argv):
    """argparse's own words ("usage:", "options", "-h"'s help, "invalid choice", "the following
    arguments are required") come from the catalogue too (cnnviz.argparse_words)."""
    text = _cli_pseudo(capsys, *argv)
    assert text.strip() and not _cli_english(text), (_cli_english(text), text[:400])
    if argv[-1] == "--help":
        assert text.startswith(i18n.pseudo("usage: ")) and i18n.pseudo("show this help message and exit") in text


@pytest.mark.parametrize("lang", SHIPPED)
def test_argparse_words_keep_their_percent_placeholders(lang):
    from cnnviz.argparse_words import WORDS

    table = i18n.catalogue(lang)
    for source in WORDS:
        assert sorted(re.findall(r"%\(\w+\)[rsd]|%[rsd]", table[("Argparse", source)])) == \
            sorted(re.findall(r"%\(\w+\)[rsd]|%[rsd]", source)), (lang, source)


def test_sample_descriptions_in_the_catalogue_are_the_manifests():
    """samples.json's descriptions are translated by their text: the table in images.py must match."""
    import json

    from cnnviz import images

    manifest = json.loads((images.samples_dir() / "samples.json").read_text(encoding="utf-8"))
    assert [e["description"] for e in manifest] == list(images.SAMPLE_DESCRIPTIONS)
    i18n.set_language("de")
    assert images.list_samples()[0].description == i18n.catalogue("de")[("Samples", images.SAMPLE_DESCRIPTIONS[0])]
