"""argparse's own words ("usage:", "options:", "invalid choice: ...") in the class's language.

argparse looks its words up with gettext (`argparse._`, `argparse.ngettext`); install() hands it
a lookup that reads our catalogue (context "Argparse") instead, so `cnnviz train --help` says
"Aufruf:" in German. The table lists the words a person meets (help, usage errors) for
pyside6-lupdate; argparse's %-placeholders (%(value)r, %s) stay in every translation.
Never imports Qt.
"""

from __future__ import annotations

import argparse

from cnnviz.i18n import QT_TRANSLATE_NOOP, translate

WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)
_KNOWN = frozenset(WORDS)


def gettext(text: str) -> str:
    """argparse's word in the language in use (its programming errors stay English)."""
    return translate("Argparse", text) if text in _KNOWN else text


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """From now on argparse speaks the language chosen (cnnviz.i18n decides it at each lookup)."""
    argparse._ = gettext
    argparse.ngettext = ngettext
