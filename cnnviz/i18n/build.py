"""Update the catalogues from the source and compile them: `python -m cnnviz.i18n.build`.

pyside6-lupdate reads every translate("Context", "text") and QT_TRANSLATE_NOOP(...) under
cnnviz/ into cnnviz_<lang>.ts (new strings arrive as unfinished, strings gone from the source
are dropped; no line numbers, so moving code does not change a catalogue), then pyside6-lrelease
compiles each .ts into the .qm the app loads. Both tools ship with PySide6-Essentials.
`--check` changes nothing and exits 1 when a catalogue misses a string or has an unfinished one.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from cnnviz.i18n import FOLDER, LANGUAGES

PACKAGE = FOLDER.parent
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python (a venv's bin), else on PATH."""
    for folder in (Path(sys.executable).parent, ):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"cnnviz.i18n.build: error: {name} not found (it ships with PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts_files: list[Path]) -> None:
    """Refresh ts_files from the source (the file list goes through a list file: no command-line limit)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(sources()))
    try:
        subprocess.run([tool("pyside6-lupdate"), f"@{listing.name}", "-locations", "none", "-no-obsolete",
                        "-silent", "-ts", *map(str, ts_files)], check=True)
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every entry without a finished translation."""
    out = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not translation.text:
                out.append((context.findtext("name"), message.findtext("source")))
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m cnnviz.i18n.build", description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 if a catalogue is out of date")
    args = p.parse_args(argv)
    ts_files = [FOLDER / f"cnnviz_{lang}.ts" for lang in TRANSLATED]
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copies = [Path(tmp) / ts.name for ts in ts_files]
            for ts, copy in zip(ts_files, copies):
                shutil.copy(ts, copy)
            lupdate(copies)
            missing = {copy.name: unfinished(copy) for copy in copies}
    else:
        lupdate(ts_files)
        for ts in ts_files:
            lrelease(ts, ts.with_suffix(".qm"))
        missing = {ts.name: unfinished(ts) for ts in ts_files}
    for name, entries in missing.items():
        for context, source in entries:
            print(f"{name}: unfinished: {context}: {source!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
