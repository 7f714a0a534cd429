"""Saving never replaces what it should not: symlinks, FIFOs, devices, sockets, folders,
stale temporary files of killed writers, and file names that are not UTF-8."""

import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from cnnviz import lesson_file, safe_write
from cnnviz.cli import main
from cnnviz.engine import LessonConfig, Trainer
from cnnviz.history_csv import write_history_csv

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, sockets and symlinks as on POSIX")


def _trainer(steps=3):
    t = Trainer(np.random.default_rng(0).random((8, 8)), LessonConfig())
    t.step(steps)
    return t


def _save_lesson(path):
    lesson_file.save_lesson(path, _trainer())


def _save_csv(path):
    write_history_csv(path, _trainer().snapshot())


def _save_bytes(path):
    safe_write.write_bytes(path, b"new bytes")


SAVERS = {"lesson": _save_lesson, "csv": _save_csv, "bytes": _save_bytes}
ERRORS = (OSError, lesson_file.LessonFileError)


@posix_only
@pytest.mark.parametrize("saver", SAVERS)
def test_a_symlink_is_written_through_and_stays_a_link(tmp_path, saver):
    target = tmp_path / "real" / "file.out"
    target.parent.mkdir()
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    link = tmp_path / "link.out"
    link.symlink_to(target)
    SAVERS[saver](link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() != b"old" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(os.listdir(target.parent)) == ["file.out"]  # no temporary file left
    if saver == "lesson":
        assert lesson_file.load_lesson(link).step_count == 3


@posix_only
def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.png"
    link.symlink_to(tmp_path / "made.png")
    _save_bytes(link)
    assert link.is_symlink() and (tmp_path / "made.png").read_bytes() == b"new bytes"


@posix_only
@pytest.mark.parametrize("saver", SAVERS)
def test_a_symlink_loop_is_refused(tmp_path, saver):
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(ERRORS, match="symlink loop"):
        SAVERS[saver](a)
    assert os.readlink(a) == str(b) and os.readlink(b) == str(a)


def _special_files(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    sock_path = tmp_path / "sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    folder = tmp_path / "folder.out"
    folder.mkdir()
    (folder / "inside").write_text("kept")
    return sock, [(fifo, stat.S_ISFIFO, "FIFO"), (sock_path, stat.S_ISSOCK, "socket"),
                  (folder, stat.S_ISDIR, "folder"), ("/dev/null", stat.S_ISCHR, "device")]


@posix_only
@pytest.mark.parametrize("saver", SAVERS)
def test_fifo_socket_folder_and_device_are_refused_and_left_as_they_were(tmp_path, saver):
    sock, cases = _special_files(tmp_path)
    with sock:
        for path, is_kind, word in cases:
            with pytest.raises(ERRORS) as info:
                SAVERS[saver](path)  # a FIFO must not block here: it is never opened
            message = str(info.value)
            assert word in message and "\n" not in message and str(path) in message
            assert is_kind(os.lstat(path).st_mode), path
        # and via a symlink to the FIFO: the link and the FIFO stay
        link = tmp_path / "to-pipe"
        link.symlink_to(tmp_path / "pipe")
        with pytest.raises(ERRORS, match="FIFO"):
            SAVERS[saver](link)
        assert link.is_symlink() and stat.S_ISFIFO(os.stat(link).st_mode)
    assert (tmp_path / "folder.out" / "inside").read_text() == "kept"
    assert not [n for n in os.listdir(tmp_path) if ".cnnviz-tmp-" in n]


@posix_only
def test_train_save_and_export_out_refuse_a_fifo_with_exit_2(tmp_path, capsys):
    fifo = tmp_path / "out.png"
    os.mkfifo(fifo)
    assert main(["train", "--steps", "1", "--save", str(fifo)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "FIFO" in err and str(fifo) in err
    assert main(["export", "--steps", "0", "--out", str(fifo)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "FIFO" in err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


_KILLED_WRITER = textwrap.dedent("""
    import sys, time
    from cnnviz import safe_write
    def write(fh):
        fh.write(b"half")
        fh.flush()
        print("writing", flush=True)
        time.sleep(60)
    safe_write.write_atomic(sys.argv[1], write)
""")


@posix_only
def test_temp_files_of_a_killed_writer_are_removed_by_the_next_write(tmp_path):
    target = tmp_path / "figure.png"
    target.write_bytes(b"old")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(target)], stdout=subprocess.PIPE, env=env)
    try:
        assert writer.stdout.readline() == b"writing\n"
        stale = f".figure.png.cnnviz-tmp-{writer.pid}"
        assert (tmp_path / stale).read_bytes() == b"half"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert target.read_bytes() == b"old"
    # A temp file of a writer that still runs (our parent) is not touched; another target's neither.
    alive = tmp_path / f".figure.png.cnnviz-tmp-{os.getppid()}"
    alive.write_bytes(b"busy")
    other = tmp_path / f".other.png.cnnviz-tmp-{writer.pid}"
    other.write_bytes(b"other")
    _save_bytes(target)
    assert target.read_bytes() == b"new bytes"
    assert sorted(os.listdir(tmp_path)) == sorted(["figure.png", alive.name, other.name])


@posix_only
@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 file names")
@pytest.mark.parametrize("saver", SAVERS)
def test_non_utf8_file_names_save_like_any_other(tmp_path, saver):
    raw = os.fsencode(tmp_path) + b"/caf\xe9-\xff.out"
    as_text = os.fsdecode(raw)  # with surrogate escapes
    for path in (raw, as_text):
        SAVERS[saver](path)
        assert os.path.getsize(raw) > 0
        os.unlink(raw)
    assert os.listdir(tmp_path) == []


def test_a_label_with_lone_surrogates_is_stored_so_it_reads_back(tmp_path):
    label = "folder caf\udce9 \ud800 ok"
    path = tmp_path / "l.cnnviz"
    lesson_file.save_lesson(path, _trainer(), image_label=label, extra={"note": "\udcff"})
    lesson = lesson_file.load_lesson(path)
    assert lesson.image_label == "folder caf\\xe9 \\ud800 ok"
    assert lesson.image_label.encode("utf-8")  # valid text: Qt and terminals can show it
    assert lesson_file.lesson_extra(lesson) == {"note": "\udcff"}


def test_shown_path_escapes_controls_and_undecodable_bytes():
    assert safe_write.shown_path("a\nb\x1b[31m\u202e.png") == "a\\nb\\x1b[31m\\u202e.png"
    assert safe_write.shown_path(b"caf\xff.png") == "caf\\xff.png"
    long = safe_write.shown_path("x" * 5000)
    assert len(long) <= 160 and "..." in long


@posix_only
def test_refusal_messages_show_paths_escaped(tmp_path, capsys):
    folder = tmp_path / "evil\n\x1b[2Jname"
    folder.mkdir()
    assert main(["train", "--steps", "1", "--save", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err and "evil\\n\\x1b[2Jname" in err
    assert folder.is_dir()
