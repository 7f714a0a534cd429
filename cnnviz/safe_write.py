"""Saving that never replaces what it should not (no Qt; used by lessons, history CSV and exports).

What a careful editor does, and so does cnnviz:

* A regular file is replaced atomically: the data goes to a temporary file in the same folder,
  is flushed and fsync'ed, keeps the old file's permission bits, then ``os.replace`` moves it
  over the target. On any failure the temporary file is removed and the old file is untouched.
* A symlink is written through: the link stays, its target file is replaced atomically (a
  dangling link creates its target). A symlink loop is refused ("symlink loop").
* A FIFO, a device, a socket or a folder is refused with one line and left as it was (as root,
  writing over /dev/null would otherwise replace it with a regular file).
* Temporary files are named from the target, ``.<name>.cnnviz-tmp-<pid>``: a writer killed
  with kill -9 leaves one behind, and the next write to the same target removes those whose
  process is gone.
* Paths may be ``str`` (with surrogate escapes) or ``bytes``: a name that is not valid UTF-8
  saves like any other. Messages show paths through ``shown_path`` (escaped, one line).
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from typing import BinaryIO, Callable

from cnnviz.i18n import translate

TMP_MARK = b".cnnviz-tmp-"
_NAME_BYTES = 120  # of the target's name kept in a temp name (names are at most 255 bytes)
_SHOWN_LIMIT = 160  # characters of a path shown in a message


class UnsafeTarget(OSError):
    """A path cnnviz will not write (a FIFO, a device, a folder, a symlink loop...).

    ``str(e)`` is one line naming the path; ``e.strerror`` is the reason alone."""

    def __init__(self, path, reason: str):
        super().__init__(translate("SafeWrite", "cannot write {path}: {reason}").format(path=shown_path(path), reason=reason))
        self.strerror = reason


def shown_path(path, limit: int = _SHOWN_LIMIT) -> str:
    """A path as it may appear in a one-line message: control characters, terminal escapes,
    bidi overrides and undecodable bytes escaped (\\n, \\x1b, \\u202e, \\xff); long paths
    shortened in the middle."""
    text = os.fsdecode(path) if isinstance(path, bytes) else os.fspath(path) if isinstance(path, os.PathLike) else str(path)
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch)[0] in "CZ" and ch != " ":  # controls, format, separators
            out.append(repr(ch)[1:-1])  # '\\n', '\\x1b', '\\u202e'...
        else:
            out.append(ch)
    text = "".join(out)
    if len(text) > limit:
        keep = (limit - 3) // 2
        text = text[:keep] + "..." + text[-keep:]
    return text


def _bytes(path) -> bytes:
    return os.fsencode(path)


def resolve_target(path) -> bytes:
    """The file a write to `path` must replace, as bytes: `path` itself, or the end of its
    symlink chain. Raises UnsafeTarget for a symlink loop, a folder, a FIFO, a device or a
    socket, and when the folder is missing."""
    raw = _bytes(path)
    if not raw or raw.endswith(b"/") or os.path.basename(raw) in (b"", b".", b".."):
        raise UnsafeTarget(path, translate("SafeWrite", "not a file name"))
    target = raw
    try:
        if os.path.islink(raw):
            os.stat(raw)  # ELOOP here: the chain never ends
            target = os.path.realpath(raw)
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise UnsafeTarget(path, translate("SafeWrite", "symlink loop")) from None
        if e.errno != errno.ENOENT:  # ENOENT: a dangling link, written through (creates its target)
            raise UnsafeTarget(path, e.strerror or str(e)) from None
        target = os.path.realpath(raw)
    try:
        mode = os.stat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):  # (the folder is checked below)
        mode = None
    except OSError as e:
        reason = translate("SafeWrite", "symlink loop") if e.errno == errno.ELOOP else (e.strerror or str(e))
        raise UnsafeTarget(path, reason) from None
    if mode is not None and not stat.S_ISREG(mode):
        raise UnsafeTarget(path, _kind(mode))
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        if os.path.lexists(folder):
            raise UnsafeTarget(path, translate("SafeWrite", "{name} is not a folder").format(
                name=shown_path(os.path.basename(folder))))
        raise UnsafeTarget(path, translate("SafeWrite", "the folder does not exist"))
    return target


def _kind(mode: int) -> str:
    """Why a special file is refused, one whole sentence per kind (translators reorder)."""
    if stat.S_ISDIR(mode):
        return translate("SafeWrite", "it is a folder, not a regular file; it is left as it was")
    if stat.S_ISFIFO(mode):
        return translate("SafeWrite", "it is a FIFO (named pipe), not a regular file; it is left as it was")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("SafeWrite", "it is a device, not a regular file; it is left as it was")
    if stat.S_ISSOCK(mode):
        return translate("SafeWrite", "it is a socket, not a regular file; it is left as it was")
    return translate("SafeWrite", "it is a special file, not a regular file; it is left as it was")


def check_target(path) -> None:
    """Refuse (UnsafeTarget) before any work if `path` cannot be written safely."""
    target = resolve_target(path)
    folder = os.path.dirname(os.path.abspath(target))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UnsafeTarget(path, translate("SafeWrite", "the folder is not writable"))


def write_atomic(path, write: Callable[[BinaryIO], object]) -> None:
    """Write through write(file) into a temporary file next to the target, then os.replace.

    Raises UnsafeTarget (an OSError) for targets it must not replace, OSError when writing
    fails; the target is then untouched and the temporary file removed."""
    target = resolve_target(path)
    folder = os.path.dirname(os.path.abspath(target))
    name = os.path.basename(target)
    remove_stale_temps(folder, name)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    tmp, fd = _create_temp(folder, name)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), mode)  # keep the old file's permissions
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        tmp = None
        _fsync_folder(folder)
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def write_bytes(path, data: bytes) -> None:
    write_atomic(path, lambda fh: fh.write(data))


def temp_prefix(name: bytes) -> bytes:
    """b".<name>.cnnviz-tmp-": every temporary file for target `name` starts so."""
    return b"." + name[:_NAME_BYTES] + TMP_MARK


def _create_temp(folder: bytes, name: bytes) -> tuple[bytes, int]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    base = os.path.join(folder, temp_prefix(name) + str(os.getpid()).encode())
    for n in range(1000):
        candidate = base if n == 0 else base + b"-" + str(n).encode()  # another thread of ours
        try:
            return candidate, os.open(candidate, flags, 0o666)  # 0o666 & ~umask, like a new file
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not create a temporary file")


_TEMP_PID = re.compile(rb"(\d+)(?:-\d+)?")


def remove_stale_temps(folder: bytes, name: bytes) -> list[bytes]:
    """Remove this target's temporary files left by writers that no longer run (kill -9).
    Only regular files named ``.<name>.cnnviz-tmp-<pid>`` whose pid is dead; returns them."""
    prefix = temp_prefix(name)
    removed = []
    try:
        entries = os.listdir(folder)
    except OSError:
        return removed
    for entry in entries:
        if not entry.startswith(prefix):
            continue
        m = _TEMP_PID.fullmatch(entry[len(prefix):])
        if m is None or process_alive(int(m.group(1))):
            continue
        full = os.path.join(folder, entry)
        try:
            if stat.S_ISREG(os.lstat(full).st_mode):
                os.unlink(full)
                removed.append(full)
        except OSError:
            pass
    return removed


def process_alive(pid: int) -> bool:
    """Whether process `pid` may still be running (a writer whose temporary files must stay)."""
    if pid == os.getpid() or os.name != "posix":  # (Windows' os.kill would end the process)
        return True
    if pid <= 0 or pid > 2**22 * 1024:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process: not ours to judge
    return True


def _fsync_folder(folder: bytes) -> None:
    """Make the rename itself durable (best effort; not possible everywhere)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
