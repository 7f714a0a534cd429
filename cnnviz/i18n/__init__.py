"""The class's language: one catalogue per language, Qt's .ts files in this folder.

Every sentence a person reads is written `translate("Context", "English text")` (the form
pyside6-lupdate extracts; a placeholder is `{name}`, filled by .format after translating). In the
app, cnnviz.i18n.qt installs a QTranslator with the compiled .qm (and Qt's own qtbase_<lang>.qm)
and translate() is QCoreApplication.translate. Headless (`cnnviz train`, `check`, the export's
messages) the same .ts is read with xml.etree when the first string is asked for: Qt is never
imported here. English is the source text, so a string missing from a catalogue stays English.

Tables built at import time mark their strings with QT_TRANSLATE_NOOP("Context", "text") and
translate them where they are shown. `python -m cnnviz.i18n.build` updates the .ts files from the
source and compiles the .qm files (README, "Translations").
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

FOLDER = Path(__file__).resolve().parent
# The shipped languages, each named in its own language (the View > Language menu lists them so).
LANGUAGES = {"en": "English", "de": "Deutsch", "es": "Español", "zh_CN": "简体中文"}
PSEUDO = "pseudo"  # generated, never shipped: every string lengthened and accented (tests, translators)
_ALIASES = {"zh": "zh_CN", "zh_hans": "zh_CN", "zh_sg": "zh_CN", "c": "en", "posix": "en"}

_language: str | None = None  # None: not chosen yet (the environment decides on first use)
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_qt_translate = None  # QCoreApplication.translate once cnnviz.i18n.qt has installed the translators


def parse_language(text: str) -> str:
    """'de', 'de_DE', 'de-AT.UTF-8', 'zh-Hans', 'pseudo' -> a shipped language code.
    Anything else raises ValueError with one line naming the choices."""
    tag = str(text).strip().split(".")[0].split("@")[0].replace("-", "_")
    if tag.lower() == PSEUDO:
        return PSEUDO
    for key in (tag, tag.lower()):
        if key in LANGUAGES:
            return key
    lower = tag.lower()
    if lower in _ALIASES:
        return _ALIASES[lower]
    if lower.startswith(("zh_hans", "zh_cn", "zh_sg")):
        return "zh_CN"
    base = lower.split("_")[0]
    if base in LANGUAGES and base != "zh":  # de_AT, es_MX, en_GB: the language; zh_TW is another script
        return base
    raise ValueError(f"language {str(text)[:30]!r} is not one of {', '.join(LANGUAGES)} (or {PSEUDO})")


def system_language(name: str | None = None) -> str:
    """The language of the user's locale, English when it is not shipped: $CNNVIZ_LANG, else
    `name` (the app passes QLocale.system().name()), else LC_ALL, LC_MESSAGES, LANG, else Python's
    locale. A C/POSIX or unknown locale is English."""
    override = os.environ.get("CNNVIZ_LANG")
    if override:
        try:
            return parse_language(override)
        except ValueError:
            pass  # a bad override is ignored, as a bad LANG is
    values = [name] + [os.environ.get(v) for v in ("LC_ALL", "LC_MESSAGES", "LANG")]
    if not any(values):
        import locale

        values.append(locale.getlocale()[0])
    for value in values:
        if value:
            try:
                return parse_language(value)
            except ValueError:
                return "en"
    return "en"


def set_language(lang: str | None) -> str | None:
    """Choose the language (parsed; None: back to the environment's). Returns the code."""
    global _language
    _language = None if lang is None else parse_language(lang)
    return _language


def chosen() -> str | None:
    """The language chosen explicitly (--lang, Lesson(lang=)), or None."""
    return _language


def language() -> str:
    """The language in use: the one chosen, else the environment's."""
    return _language or system_language()


def translate(context: str, text: str) -> str:
    """`text` (English, the source) in the language in use; English where it is missing."""
    if _qt_translate is not None:
        return _qt_translate(context, text)
    lang = language()
    if lang == "en":
        return text
    if lang == PSEUDO:
        return pseudo(text)
    return catalogue(lang).get((context, text)) or text


def localized(path: str | os.PathLike, lang: str | None = None) -> Path:
    """A resource in the language: resources/tour.toml -> tour.de.toml (tour.zh_CN.toml, then
    tour.zh.toml) where that file exists, else the file itself (English)."""
    path = Path(path)
    lang = lang or language()
    for code in dict.fromkeys((lang, lang.split("_")[0])):
        candidate = path.with_name(f"{path.stem}.{code}{path.suffix}")
        if code not in ("en", PSEUDO) and candidate.is_file():
            return candidate
    return path


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a string of a table for the catalogue; translate() it where it is shown."""
    return text


def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of cnnviz_<lang>.ts, finished entries only (read once)."""
    if lang not in _catalogues:
        table: dict[tuple[str, str], str] = {}
        path = FOLDER / f"cnnviz_{lang}.ts"
        if path.is_file():
            for context in ElementTree.parse(path).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    element = message.find("translation")
                    if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
                        continue
                    if element.text:
                        table[(name, message.findtext("source") or "")] = element.text
        _catalogues[lang] = table
    return _catalogues[lang]


# ---- the pseudo-language: what is not translated, or clips, shows ------------------------------
_ACCENTED = dict(zip("aceinosuyACEINOSUYz", "àçéîñöšüýÀÇÉÎÑÖŠÜÝž"))
# placeholders ({name}, argparse's %(name)s and %s), HTML tags, entities
_KEEP = re.compile(r"(\{[^{}]*\}|%\([a-z_]+\)[rsd]|%[rsd]|<[^<>]*>|&[a-zA-Z]+;|&#\d+;)")


def pseudo(text: str) -> str:
    """'Open Image…' -> '[Öpéñ Îmàgé…·····]': accented, about 40% longer, in brackets. Placeholders
    ({name}), HTML tags and entities stay as they are, so the text still works where it is used."""
    if not text:
        return text
    parts = _KEEP.split(text)
    shown = sum(len(part) for part in parts[::2])  # the characters a reader sees, placeholders aside
    text = "".join(part if i % 2 else "".join(_ACCENTED.get(ch, ch) for ch in part) for i, part in enumerate(parts))
    return f"[{text}{'·' * max(1, round(0.4 * shown) - 2)}]"


def is_pseudo(text: str) -> bool:
    """True for a text pseudo() made (a test's check that a visible string went through translate)."""
    return text.startswith("[") and "·]" in text


def display_name(lang: str) -> str:
    return LANGUAGES.get(lang, lang)


def strip_accents(text: str) -> str:
    """The pseudo text back without accents (tests compare it with the English)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def grouped(value: float, language_code: str | None = None) -> str:
    """A whole number with its thousands grouped as the class reads it: 9,000 in English and Chinese;
    9 000 (a narrow no-break space, as SI writes it) in German and Spanish, where 9,000 would read
    as nine with a decimal comma. The decimal mark is a point in every language (README)."""
    text = f"{value:,.0f}"
    lang = language_code or language()
    return text.replace(",", "\u202f") if lang in ("de", "es") else text
