"""The sandbox a learner's code runs in: bubblewrap (`bwrap`, the one Flatpak uses) where it works.

Inside: its own PID, network, IPC, UTS and (where allowed) user namespaces, so it sees and can signal
no process of ours and reaches no network; the whole filesystem read-only except its work folder;
a fresh empty /tmp; --die-with-parent (it cannot outlive the supervisor); a new session (no
terminal to type into); no capabilities, even when the checker runs as root; /tmp limited to
256 MB where bwrap can size it. Elsewhere (no bwrap, or a machine that forbids namespaces) the
check still runs, "not isolated": the supervisor contains processes, time, memory and output only.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from cnnviz.i18n import QT_TRANSLATE_NOOP, translate

MODES = ("auto", "require", "off")  # use it when it works / refuse without it / never


class SandboxUnavailable(Exception):
    """--isolate was asked for and this machine cannot isolate: one line, exit code 2."""


TMP_SIZE = 256 * 2**20  # bytes of the sandbox's own /tmp (memory), where bwrap can limit it (0.7 and later)


@functools.lru_cache(maxsize=1)
def _can_size() -> bool:
    try:
        done = subprocess.run([shutil.which("bwrap") or "bwrap", "--help"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return b"--size" in done.stdout + done.stderr


def _options(work: Path, readable: list[Path]) -> list[str]:
    size = ["--size", str(TMP_SIZE)] if _can_size() else []
    opts = ["--unshare-all", "--cap-drop", "ALL", "--die-with-parent", "--new-session", "--ro-bind", "/", "/",
            "--proc", "/proc", "--dev", "/dev", *size, "--tmpfs", "/tmp"]
    tmp = Path("/tmp").resolve()
    for path in readable:  # under /tmp: hidden by the fresh /tmp unless bound again, read-only
        path = Path(path).resolve()
        if path.exists() and (path == tmp or tmp in path.parents):
            opts += ["--ro-bind", str(path), str(path)]
    work = str(Path(work).resolve())
    return opts + ["--bind", work, work, "--chdir", work]


@functools.lru_cache(maxsize=1)
def status() -> tuple[bool, str]:
    """(True, "isolated") if a bwrap sandbox starts here, else (False, why not). Tried once."""
    if not sys.platform.startswith("linux"):
        return False, f"no sandbox on {sys.platform} (bubblewrap is Linux only)"
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return False, "bubblewrap (bwrap) is not installed"
    try:
        done = subprocess.run([bwrap, *_options(Path("/"), []), "true"], stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, f"bwrap did not start ({e})"
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return False, "bwrap cannot create a sandbox here" + (f" ({why[-1][:200]})" if why else "")
    return True, "isolated"


REASONS = (  # why there is no sandbox (status() and choose() say it in English: --json, the report's key)
    (r"no sandbox on (?P<platform>\S+) \(bubblewrap is Linux only\)",
     QT_TRANSLATE_NOOP("CheckSandbox", "no sandbox on {platform} (bubblewrap is Linux only)")),
    (r"bubblewrap \(bwrap\) is not installed", QT_TRANSLATE_NOOP("CheckSandbox", "bubblewrap (bwrap) is not installed")),
    (r"bwrap did not start \((?P<error>.*)\)", QT_TRANSLATE_NOOP("CheckSandbox", "bwrap did not start ({error})")),
    (r"bwrap cannot create a sandbox here \((?P<error>.*)\)",
     QT_TRANSLATE_NOOP("CheckSandbox", "bwrap cannot create a sandbox here ({error})")),
    (r"bwrap cannot create a sandbox here", QT_TRANSLATE_NOOP("CheckSandbox", "bwrap cannot create a sandbox here")),
    (r"the sandbox was turned off", QT_TRANSLATE_NOOP("CheckSandbox", "the sandbox was turned off")),
)


def in_words(why: str) -> str:
    """A reason of status() or choose() in the language in use (bwrap's own words stay as they are)."""
    for pattern, template in REASONS:
        m = re.fullmatch(pattern, why, re.S)
        if m:
            return translate("CheckSandbox", template).format(**m.groupdict())
    return why


def choose(mode: str) -> tuple[bool, str]:
    """(use bwrap?, how the check runs: "isolated" or "not isolated: <reason>")."""
    if mode not in MODES:
        raise ValueError(f"unknown sandbox mode {mode!r}; choose one of {', '.join(MODES)}")
    if mode == "off":
        return False, "not isolated: the sandbox was turned off"
    ok, why = status()
    if ok:
        return True, "isolated"
    if mode == "require":
        raise SandboxUnavailable(translate("CheckSandbox", "cannot isolate your code on this machine: {why}").format(
            why=in_words(why)))
    return False, f"not isolated: {why}"


def wrap(argv: list[str], work: Path, readable: list[Path]) -> list[str]:
    """argv run inside the sandbox, with `work` its only writable folder and `readable` (the
    learner's folder, Python, NumPy) visible read-only even when they are under /tmp."""
    return [shutil.which("bwrap") or "bwrap", *_options(work, readable), *argv]


def python_paths() -> list[Path]:
    """What the child's Python needs to see: the interpreter, its standard library and NumPy."""
    import numpy

    paths = {Path(sys.executable).parent, Path(sys.prefix), Path(sys.base_prefix),
             Path(numpy.__file__).parent.parent, Path(os.__file__).parent}
    return sorted(paths)
