"""Issue 21: the guided tour in German, Spanish and Simplified Chinese. Each translated script has
the English one's chapters, keys, settings, facts and conditions (only the words change), and on
lessons of the caption grid (tests/test_tour_captions.py) its captions state the same numbers as
the English captions of the same lesson."""

import re
from dataclasses import fields

import numpy as np
import pytest

from cnnviz import captions, i18n, images
from cnnviz.paths import resource_dir
from cnnviz.tour import Chapter, caption, chapter_lesson, default_tour_path, load_tour, parse_tour, stale_sentences

LANGS = ("de", "es", "zh_CN")
ENGLISH = resource_dir() / "tour.toml"


@pytest.fixture(scope="module")
def english():
    return load_tour(ENGLISH)


@pytest.fixture(scope="module")
def translated():
    return {lang: load_tour(resource_dir() / f"tour.{lang}.toml") for lang in LANGS}


def _names(chapter: Chapter) -> tuple[frozenset, frozenset]:
    """(the facts and conditions the title and text use, every nesting of conditions)."""
    nodes = [captions.parse_template(chapter.title), captions.parse_template(chapter.text)]
    return (frozenset().union(*map(captions.names_used, nodes)),
            frozenset(path for n in nodes for path in captions.conditions(n)))


@pytest.mark.parametrize("lang", LANGS)
def test_a_translated_tour_has_the_english_chapters_keys_facts_and_conditions(english, translated, lang):
    tour = translated[lang]
    assert len(tour.chapters) == len(english.chapters) == 16
    for number, (en, tr) in enumerate(zip(english.chapters, tour.chapters), start=1):
        for f in fields(Chapter):
            if f.name not in ("title", "text"):
                assert getattr(tr, f.name) == getattr(en, f.name), (lang, number, f.name)
        assert _names(tr) == _names(en), (lang, number)
        assert tr.title != en.title and tr.text != en.text, (lang, number)  # translated, not copied
    # the same keys written in each chapter table (a default value written out counts too)
    keys = [re.findall(r"(?m)^(\w+)\s*=", part) for part in ENGLISH.read_text(encoding="utf-8").split("[[chapter]]")[1:]]
    text = (resource_dir() / f"tour.{lang}.toml").read_text(encoding="utf-8")
    assert [re.findall(r"(?m)^(\w+)\s*=", part) for part in text.split("[[chapter]]")[1:]] == keys


def test_the_default_tour_is_the_languages_and_a_teachers_script_is_used_as_given(tmp_path, english):
    assert default_tour_path() == ENGLISH  # the tests' language: English
    for lang in LANGS:
        i18n.set_language(lang)
        assert default_tour_path() == resource_dir() / f"tour.{lang}.toml"
        assert load_tour().chapters[0].title == load_tour(resource_dir() / f"tour.{lang}.toml").chapters[0].title
    own = tmp_path / "tour.toml"  # a teacher's script beside which a tour.zh_CN.toml is not looked for
    own.write_text('[[chapter]]\ntitle = "Mine"\ntext = "My words."\n', encoding="utf-8")
    (tmp_path / "tour.zh_CN.toml").write_text('[[chapter]]\ntitle = "别的"\ntext = "别的。"\n', encoding="utf-8")
    assert load_tour(own).chapters[0].title == "Mine"
    i18n.set_language("en")
    assert load_tour().chapters == english.chapters


def test_a_broken_script_is_one_line_in_the_language():
    i18n.set_language("de")
    with pytest.raises(Exception) as e:
        parse_tour('[[chapter]]\ntitle = "A"\ntext = "{nope}"\n', "mine.toml")
    assert str(e.value) == "mine.toml Zeile 3: Kapitel 1: text: unbekannter Platzhalter {nope}; die Fakten stehen in tour.toml"
    i18n.set_language("zh_CN")
    with pytest.raises(Exception) as e:
        parse_tour('[[chapter]]\ntitle = "A"\ntext = "B"\nsteps = -1\n', "mine.toml")
    assert str(e.value) == "mine.toml 第 4 行：第 1 章：steps = -1 必须是 0 到 20,000 之间的整数"


# Lessons of the caption grid (tests/test_tour_captions.py): a batch with momentum and the mean, a
# colour layer, a padded and strided layer on a teacher's own picture size.
LESSONS = [("sample", "identity", "sum", "sgd", {}), ("batch3", "relu", "mean", "momentum", {}),
           ("colour", "tanh", "sum", "momentum", dict(color=True)),
           ("sample", "sigmoid", "mean", "sgd", dict(stride=2, padding=1))]
NUMBER = re.compile(r"\d+(?:\.\d+)?(?:e[+-]\d+)?")


def numbers(text: str) -> list[str]:
    """The numbers a caption states, grouping marks removed (2,700 and 2 700 are one number)."""
    text = re.sub(r"(?<=\d)[,\u202f](?=\d{3})", "", text)
    return sorted(NUMBER.findall(text))


def _start(picture, activation, reduction, optimizer, layer):
    from cnnviz.engine import LessonConfig, Trainer
    from cnnviz.engine.trainer import default_lr

    x = {"sample": lambda: images.load_sample(images.DEFAULT_SAMPLE),
         "batch3": lambda: np.stack([images.load_sample(n) for n in ("shapes", "circle", "digit")]),
         "colour": lambda: images.load_sample(images.DEFAULT_COLOR_SAMPLE, color=True)}[picture]()
    config = LessonConfig(activation=activation, reduction=reduction, optimizer=optimizer, **layer)
    t = Trainer(x, LessonConfig(**{**config.to_dict(), "lr": default_lr(x, config)}))
    t.step(10)
    return t


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: "-".join(map(str, lesson[:4])) + ("-layer" if lesson[4] else ""))
def test_every_translated_caption_states_the_english_captions_numbers(english, translated, lesson, monkeypatch):
    """What training a copy finds (learns / stalls, the comparison's losses) is found once per chapter,
    in English, and reused for the translations: the same lesson, the same outcome."""
    found = {}
    monkeypatch.setattr(captions, "training_outcome", lambda t, n: found.setdefault(("train", n), real_train(t, n)))
    monkeypatch.setattr(captions, "test_outcome", lambda t, s, test: found.setdefault(("test", s, test), real_test(t, s, test)))
    start = _start(*lesson)
    for lang in LANGS:  # no number typed that holds for the default lesson only (as in English)
        i18n.set_language(lang)
        assert stale_sentences(translated[lang], start) == stale_sentences(english, start) == [], lang
    for number, en in enumerate(english.chapters, start=1):
        found.clear()
        trainer, sample = chapter_lesson(start, en)
        i18n.set_language("en")
        title, text = caption(en, trainer, sample=sample)
        for lang in LANGS:
            i18n.set_language(lang)
            tr = translated[lang].chapters[number - 1]
            t_title, t_text = caption(tr, trainer, sample=sample)
            assert numbers(t_title) == numbers(title), (lang, number, t_title, title)
            assert numbers(t_text) == numbers(text), (lang, number, t_text, text)
            assert "{" not in t_text + t_title and t_text != text
            if lang in ("de", "es"):  # thousands as 2 700 (a narrow no-break space), never 2,700
                assert not re.search(r"\d,\d{3}", t_title + t_text), (lang, number, t_text)
        i18n.set_language(None)


real_train, real_test = captions.training_outcome, captions.test_outcome
