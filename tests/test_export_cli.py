"""`cnnviz export`: real exports headless, identical files for the same seed, one-line errors."""

import os
import subprocess
import sys

import pytest
from PIL import Image

from cnnviz.cli import main
from tests.soak import soak_only


def run(capsys, *argv):
    code = main(["export", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_default_is_the_window_at_the_asked_scale(capsys, tmp_path):
    out = tmp_path / "window.png"
    code, stdout, err = run(capsys, "--steps", "5", "--out", str(out), "--scale", "2")
    assert code == 0, err
    assert stdout.strip() == f"wrote {out}"
    im = Image.open(out)
    assert im.size == (3200, 1800)
    assert len(im.convert("RGB").getcolors(1 << 22)) > 100
    from cnnviz.app.worker import WorkerThread

    assert not [w for w in WorkerThread.instances if w.thread.isRunning()]  # the window was closed


def test_same_seed_gives_identical_bytes(capsys, tmp_path):
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    for out in (a, b):
        code, _, err = run(capsys, "--seed", "3", "--steps", "15", "--position", "100", "--panel", "window",
                           "--out", str(out))
        assert code == 0, err
    assert a.read_bytes() == b.read_bytes()
    code, _, err = run(capsys, "--seed", "4", "--steps", "15", "--position", "100", "--out", str(b))
    assert code == 0, err
    assert a.read_bytes() != b.read_bytes()


def test_light_slide_at_a_position_is_1920x1080(capsys, tmp_path):
    out = tmp_path / "slide.png"
    code, _, err = run(capsys, "--panel", "slide", "--theme", "light", "--position", "417", "--title", "Weight sharing",
                       "--slide-panels", "input,buffer,input_grad,loss", "--out", str(out))
    assert code == 0, err
    im = Image.open(out).convert("RGB")
    assert im.size == (1920, 1080) and im.getpixel((2, 2)) == (255, 255, 255)


def test_panel_svg(capsys, tmp_path):
    out = tmp_path / "filter.svg"
    code, _, err = run(capsys, "--panel", "filter", "--theme", "light", "--out", str(out))
    assert code == 0, err
    text = out.read_text()
    assert text.startswith("<?xml") and "<text" in text and "<image" in text


def test_gifs_train_and_pass_and_a_frame_folder(capsys, tmp_path):
    code, _, err = run(capsys, "--panel", "loss", "--frames", "4", "--every", "5", "--out", str(tmp_path / "t.gif"))
    assert code == 0, err
    assert Image.open(tmp_path / "t.gif").n_frames == 4
    # --position with a GIF: the pass from 0 to P positions, sub-sampled to --frames.
    code, _, err = run(capsys, "--panel", "buffer", "--position", "30", "--frames", "10",
                       "--out", str(tmp_path / "p.gif"))
    assert code == 0, err
    assert Image.open(tmp_path / "p.gif").n_frames == 10
    code, _, err = run(capsys, "--panel", "input_grad", "--frames", "3", "--out", str(tmp_path / "frames"))
    assert code == 0, err
    assert sorted(os.listdir(tmp_path / "frames")) == ["frame_0001.png", "frame_0002.png", "frame_0003.png"]


@pytest.mark.parametrize("argv, message", [
    (["--out", "{tmp}/x.jpg"], "use .png, .svg, .gif, .mp4"),
    (["--out", "{tmp}/missing/x.png"], "does not exist"),
    (["--out", "{tmp}/x.png", "--scale", "5"], "outside 1..4"),
    (["--out", "{tmp}/x.png", "--scale", "0"], "outside 1..4"),
    (["--out", "{tmp}/x.png", "--position", "901"], "outside 0..900"),
    (["--out", "{tmp}/x.png", "--position", "-1"], "must be 0 or more"),
    (["--out", "{tmp}/x.png", "--panel", "histogram"], "unknown panel"),
    (["--out", "{tmp}/x.png", "--frames", "10"], "applies to animations"),
    (["--out", "{tmp}/x.svg", "--scale", "2"], "SVG is vector"),
    (["--out", "{tmp}/x.gif", "--gif-mode", "pass", "--every", "3"], "--every applies to --gif-mode train"),
    (["--out", "{tmp}/x.gif", "--gif-mode", "train", "--position", "3"], "--position applies to stills"),
    (["--out", "{tmp}/x.gif", "--frames", "0"], "outside 1..1000"),
    (["--out", "{tmp}/x.png", "--panel", "slide", "--slide-panels", "input,nope"], "unknown slide panel nope"),
    (["--out", "{tmp}/x.png", "--title", "Hi"], "apply to --panel slide"),
    (["--out", "{tmp}/x.png", "--sample", "no-such-sample"], "no-such-sample"),
    (["--steps", "3"], "--out"),
    (["--out", "{tmp}/.png"], "would be a hidden folder"),
    (["--out", "{tmp}/x.mp4", "--scale", "4"], "larger than video players accept"),
])
def test_bad_options_are_one_line_and_exit_2(capsys, tmp_path, argv, message):
    code, out, err = run(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code == 2
    assert err.startswith("cnnviz export: error: ") and err.count("\n") == 1 and message in err, err
    assert "Traceback" not in err and os.listdir(tmp_path) == []


def test_help_documents_the_options(capsys):
    with pytest.raises(SystemExit) as e:
        main(["export", "--help"])
    assert e.value.code == 0
    text = capsys.readouterr().out
    for option in ("--out", "--panel", "--scale", "--theme", "--position", "--frames", "--every", "--gif-mode",
                   "--frame-ms", "--slide-panels", "--steps", "--seed", "1920x1080", "frame_0001.png"):
        assert option in text


def test_runs_without_a_display_in_a_fresh_process(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["CNNVIZ_SETTINGS"] = str(tmp_path / "settings.ini")
    out = tmp_path / "window.png"
    result = subprocess.run([sys.executable, "-m", "cnnviz", "export", "--out", str(out)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert Image.open(out).size == (1600, 900)
    assert not (tmp_path / "settings.ini").exists()  # an export leaves the user's settings alone


def test_the_qt_free_panel_list_matches_the_board():
    from cnnviz import export_cli
    from cnnviz.app.board import PANEL_NAMES

    assert export_cli.PANELS == PANEL_NAMES


def test_export_saves_the_lesson_it_shows(tmp_path, capsys):
    from cnnviz.cli import main
    from cnnviz.lesson_file import load_lesson

    lesson = tmp_path / "after.cnnviz"
    code = main(["export", "--steps", "30", "--panel", "filter", "--out", str(tmp_path / "f.png"),
                 "--save", str(lesson)])
    assert code == 0, capsys.readouterr().err
    saved = load_lesson(lesson)
    assert saved.step_count == 30
    code = main(["export", "--steps", "1", "--out", str(tmp_path / "g.png"),
                 "--save", str(tmp_path / "missing" / "x.cnnviz")])
    err = capsys.readouterr().err
    assert code == 2 and "folder does not exist" in err and err.count("\n") == 1


def test_mp4_without_pyav_is_one_line_naming_the_extra(capsys, tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "av" else real(name, *a))
    code, _, err = run(capsys, "--out", str(tmp_path / "t.mp4"))
    assert code == 2 and err == 'cnnviz export: error: writing MP4 needs PyAV: pip install "cnnviz[video]"\n'
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("out", ["d.gif", "d.mp4", "frames"])
def test_divergence_while_recording_exits_1_with_one_message(capsys, tmp_path, out):
    if out.endswith(".mp4"):
        pytest.importorskip("av")
    code, stdout, err = run(capsys, "--lr", "0.5", "--panel", "loss", "--frames", "20", "--every", "10",
                            "--out", str(tmp_path / out))
    assert code == 1 and stdout == ""
    assert err.count("\n") == 1 and err.startswith("cnnviz export: error: training diverged after step")
    assert err.count("diverged") == 1 and "(at frame 6 of 20; nothing was written)" in err
    assert os.listdir(tmp_path) == []


@pytest.mark.soak
@soak_only("200 frames of the README's animation; GIF and MP4 encoding are tested in test_animation_files")
def test_default_100_frame_training_gif_and_mp4_sizes(capsys, tmp_path):
    """The README's training animation: the GIF under 3.5 MB (it was 10.5 MB with a full frame
    each), the MP4 under a third of it."""
    gif, mp4 = tmp_path / "training.gif", tmp_path / "training.mp4"
    code, _, err = run(capsys, "--frames", "100", "--every", "20", "--out", str(gif))
    assert code == 0, err
    im = Image.open(gif)
    assert im.n_frames == 100 and im.size == (1290, 850)
    assert gif.stat().st_size < 3.5e6
    av = pytest.importorskip("av")
    code, _, err = run(capsys, "--frames", "100", "--every", "20", "--out", str(mp4))
    assert code == 0, err
    with av.open(str(mp4)) as container:
        assert container.streams.video[0].frames in (0, 100)  # 0: the muxer did not count
        assert sum(1 for _ in container.decode(video=0)) == 100
    assert mp4.stat().st_size * 3 < gif.stat().st_size


def test_long_training_reports_progress_on_stderr(capsys):
    from cnnviz.export_cli import train_with_progress

    taken = []
    train_with_progress(taken.append, 5000, every=0.0)  # a line after every chunk but the last
    err = capsys.readouterr().err
    assert sum(taken) == 5000
    lines = err.splitlines()
    assert len(lines) == len(taken) - 1 and lines[0].startswith("cnnviz export: trained 1 of 5,000 steps (0%")
    assert all("s to go)" in line for line in lines)
