"""Text that came from a learner's code (what it printed, its error messages, its traceback lines):
shown, never obeyed. Control characters and terminal escape sequences are removed, long text is cut
to its first lines with "… N more lines", and one-line fields stay on one line, so nothing the
learner writes can clear a terminal, move the cursor or start a line that passes for the verdict.
"""

from __future__ import annotations

import re
import unicodedata

from cnnviz.i18n import translate

# ESC [ ... final byte (CSI), ESC ] ... BEL/ST (OSC), and any other two-character ESC sequence.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
MAX_LINE = 300  # characters of one line
MAX_LINES = 20  # lines of a block (what their code printed, a traceback)


def _visible(ch: str) -> bool:
    # Cc: control characters (C0, DEL, C1); Cf: invisible format characters such as the
    # right-to-left override that reorders what the reader sees; Cs/Co/Cn: not text.
    return unicodedata.category(ch)[0] != "C" or ch in "\n\t"


def clean(text: object) -> str:
    """The text without escape sequences or control characters (newlines and tabs kept)."""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    return "".join(ch for ch in text if _visible(ch)).replace("\t", "    ")


def one_line(text: object, limit: int = 500) -> str:
    """Clean text on one line (newlines become " / "), cut to `limit` characters."""
    words = " / ".join(line.strip() for line in clean(text).split("\n") if line.strip())
    return words if len(words) <= limit else words[:limit - 1] + "…"


def block(text: object, max_lines: int = MAX_LINES) -> str:
    """Clean text cut to its first `max_lines` lines (each at most MAX_LINE characters) and
    "… N more lines" when there were more."""
    lines = clean(text).rstrip("\n").split("\n")
    kept = [line if len(line) <= MAX_LINE else line[:MAX_LINE - 1] + "…" for line in lines[:max_lines]]
    if len(lines) > max_lines:
        more = len(lines) - max_lines
        kept.append((translate("CheckText", "… 1 more line") if more == 1 else
                     translate("CheckText", "… {count} more lines")).format(count=more))
    return "\n".join(kept)


def framed(text: str, prefix: str = "  | ") -> str:
    """Every line behind a bar, so it cannot be read as the checker's own output."""
    return "\n".join(prefix + line for line in text.split("\n"))
