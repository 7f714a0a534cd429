"""The tour script: the default one, and broken ones refused with their line."""

import pytest

from cnnviz.tour import KEYS, TourError, default_tour_path, load_tour, parse_tour


def test_default_tour_follows_the_lesson_and_documents_every_key():
    tour = load_tour()
    titles = [c.title for c in tour.chapters]
    assert len(titles) >= 10
    assert titles[0] == "The question" and titles[-1] == "Check your own backprop"
    modes = {c.mode for c in tour.chapters}
    assert modes == {"normal", "stepthrough", "compare", "check"}
    assert any(c.animate == "pass" for c in tour.chapters) and any(c.animate == "train" for c in tour.chapters)
    assert any(c.overwrite for c in tour.chapters)
    assert any(c.settings.get("reduction") == "mean" for c in tour.chapters)
    assert any(c.settings.get("optimizer") == "momentum" for c in tour.chapters)
    # The lecture's next slides: after the untied comparison, before the checker that closes the tour.
    layers = [(c.title.split(":")[0].split(" ")[0], c.settings, c.mode) for c in tour.chapters
              if set(c.settings) & {"kernel_size", "stride", "padding", "color"}]
    assert layers == [("Padding", {"padding": "same", "stride": 1}, "normal"),
                      ("Stride", {"stride": 2, "padding": "valid"}, "normal"), ("Colour", {"color": True}, "normal")]
    untied = titles.index("Untied weights: what sharing buys")
    assert [t.split(":")[0].split(" ")[0] for t in titles[untied + 1:-1]] == ["Padding", "Stride", "Colour"]
    assert not [c.title for c in tour.chapters if "`" in c.title + c.text]  # plain words on a slide, no Markdown
    text = default_tour_path().read_text(encoding="utf-8")
    for key in ("kernel_size", "stride", "padding", "color"):
        assert f"{key} (" in text, f"the default tour does not document the setting {key!r}"
    for key in KEYS:
        assert f"#   {key}" in text, f"the default tour does not document {key!r}"


def test_mean_chapter_scales_the_learning_rate_as_it_says():
    """'A learning rate 900 times larger (0.18 instead of 0.0002)' on the default lesson: the chapter's
    lr = "equivalent" is the start's rate carried to the mean, × P (the grid in test_tour_captions.py
    checks it on other lessons)."""
    from cnnviz import images
    from cnnviz.engine import Trainer
    from cnnviz.tour import caption, chapter_settings, chapter_trainer

    mean = next(c for c in load_tour().chapters if c.settings.get("reduction") == "mean")
    start = Trainer(images.load_sample(images.DEFAULT_SAMPLE))
    assert mean.settings["lr"] == "equivalent"
    assert chapter_settings(mean, start)["lr"] == pytest.approx(2e-4 * 900, rel=1e-12)
    text = caption(mean, chapter_trainer(start, mean))[1]
    assert "A learning rate 900 times larger (0.18 instead of 0.0002)" in text


GOOD = '''
[[chapter]]
title = "One"
text = """First
sentence."""

[[chapter]]
title = "Two"
text = "Second."
mode = "stepthrough"
position = "end"
settings = { reduction = "mean", lr = 0.5 }
highlight = "buffer"
'''


def test_a_teachers_own_script():
    tour = parse_tour(GOOD, "mine.toml")
    one, two = tour.chapters
    assert (one.title, one.text, one.mode, one.position) == ("One", "First sentence.", "normal", 0)
    assert (two.mode, two.position, two.settings, two.highlight) == ("stepthrough", "end", {"reduction": "mean", "lr": 0.5}, ("buffer",))


@pytest.mark.parametrize("change, line, words", [
    (('mode = "stepthrough"', 'mode = "steptrough"'), 10, "mode = 'steptrough' is not one of"),
    (('highlight = "buffer"', 'colour = "red"'), 13, "unknown key 'colour'"),
    (('position = "end"', 'position = -3'), 11, "position = -3 must be a whole number"),
    (('lr = 0.5', 'lr = -1'), 12, "settings:"),
    (('lr = 0.5', 'speed = 2'), 12, "unknown setting 'speed'"),
    (('title = "Two"', 'title = ""'), 8, "'title' is missing or empty"),
    (('text = "Second."', 'text = "Second.'), 9, "line 9"),  # a TOML syntax error: tomllib's own line
    (('highlight = "buffer"', 'tab = "nope"'), 13, "tab = 'nope' is not one of 'update', 'check'"),
    (('highlight = "buffer"', 'update = 1'), 13, "update must be true or false"),
    (('position = "end"', 'position = 3\nupdate = true'), 12, "update = true needs position = \"end\""),
    (('mode = "stepthrough"', 'mode = "normal"'), 11, "position applies to mode = \"stepthrough\" only"),
    (('highlight = "buffer"', 'highlight = "buffer"\nfocus = true'), 14, "focus = true needs mode = \"normal\""),
    (('text = "Second."', 'text = "Second: {untied_test}."'), 9, "{untied_test} is the comparison's test: it needs mode = \"compare\""),
    (('text = "Second."', 'text = "Second {sum: only {P}}."'), 9, "text: {sum: …} can never show: a lesson cannot have mean and sum (this chapter sets mean)"),
])
def test_broken_scripts_are_refused_with_their_line(change, line, words):
    with pytest.raises(TourError) as e:
        parse_tour(GOOD.replace(*change), "mine.toml")
    message = str(e.value)
    assert message.startswith(f"mine.toml") and words in message and "\n" not in message
    assert f"line {line}" in message


def test_no_chapters_and_unreadable_files(tmp_path):
    with pytest.raises(TourError, match="no \\[\\[chapter\\]\\] tables"):
        parse_tour("# nothing\n", "empty.toml")
    with pytest.raises(TourError, match="cannot read tour"):
        load_tour(tmp_path / "missing.toml")
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00title")
    with pytest.raises(TourError, match="not a UTF-8 text file"):
        load_tour(binary)


def test_cnnviz_tour_with_a_broken_script_is_one_line_and_exit_2(tmp_path, capsys):
    from cnnviz.cli import main

    bad = tmp_path / "bad.toml"
    bad.write_text('[[chapter]]\ntitle = "x"\ntext = "y"\nhighlight = ["nowhere"]\n', encoding="utf-8")
    assert main(["--tour", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cnnviz: error: bad.toml line 4: chapter 1: highlight = ['nowhere']") and err.count("\n") == 1


@pytest.mark.parametrize("script, words", [
    ("chapter = [1]\n", "chapters must be [[chapter]] tables, not int values"),
    ('[[chapter]]\ntitle = "x"\ntext = "y"\nmode = "compare"\ntest = "nosuchsample"\n',
     "line 5: chapter 1: test = 'nosuchsample' is not one of 'shifted', "),
    ('[[chapter]]\ntitle = "x"\ntext = "y"\ntest = 0\n', "test = 0 is not one of"),
    ('[[chapter]]\ntitle = "x"\ntext = "y"\n' * 201, "201 chapters (limit 200)"),
])
def test_whole_script_is_checked_at_load(script, words):
    with pytest.raises(TourError) as e:
        parse_tour(script, "mine.toml")
    assert words in str(e.value) and "\n" not in str(e.value)


def test_only_small_regular_files_are_read(tmp_path):
    import os
    from pathlib import Path

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    for path, words in ((fifo, "not a regular file"), (Path("/dev/zero"), "not a regular file"), (tmp_path, "not a regular file")):
        with pytest.raises(TourError, match=words):
            load_tour(path)  # returns at once: nothing blocks on the FIFO
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * 1_000_001)
    with pytest.raises(TourError, match="1,000,001 bytes \\(limit 1,000,000\\)"):
        load_tour(big)


LAYER = '[[chapter]]\ntitle = "Stride"\ntext = "{output}: {P} positions"\nsettings = { stride = 2 }\n'


@pytest.mark.parametrize("settings, words", [
    ("stride = 0", "settings: stride must be a whole number 1 or more, got 0"),
    ('padding = "wide"', "settings: padding must be valid, same, full or a whole number of pixels, got 'wide'"),
    ('padding = "same", stride = 2', "settings: 'same' padding keeps the image's size only for an odd filter at stride 1"),
    ("kernel_size = 9", "settings: kernel size must be a whole number from 1 to 7, got 9"),
    ("kernel_size = 3, padding = 3", "settings: padding 3 is more than 'full' (2 for a 3x3 filter)"),
    ('color = "yes"', "settings: color must be true or false, got 'yes'"),
    ('stride = 2, lr = "equivalent"', "a chapter that sets stride is another layer"),
])
def test_layer_settings_are_checked_like_the_others(settings, words):
    with pytest.raises(TourError) as e:
        parse_tour(LAYER.replace("stride = 2", settings), "mine.toml")
    message = str(e.value)
    assert message.startswith("mine.toml line 4: chapter 1: ") and words in message and "\n" not in message


def test_a_layer_chapter_is_a_new_lesson_on_the_same_images():
    """settings = { stride = 2 }: the start's images and settings with this layer, from its seeded
    start at its own default rate; a layer that cannot fit the images is named in one line, when the
    tour starts (stale_sentences) and when the chapter is shown (ValueError)."""
    import numpy as np

    from cnnviz import images
    from cnnviz.engine import LessonConfig, Trainer
    from cnnviz.engine.trainer import default_lr
    from cnnviz.tour import caption, chapter_lesson, stale_sentences

    x = images.load_sample("shapes")
    start = Trainer(x, LessonConfig(activation="tanh", optimizer="momentum"))
    start.step(7)
    tour = parse_tour(LAYER + '\n[[chapter]]\ntitle = "Back"\ntext = "{output}"\n')
    trainer, sample = chapter_lesson(start, tour.chapters[0])
    c = trainer.config
    assert (c.stride, c.activation, c.optimizer, c.kernel_size, c.padding_pixels, sample) == (2, "tanh", "momentum", 3, 0, "")
    assert trainer.step_count == 0 and c.lr == default_lr(x, c) != start.config.lr
    np.testing.assert_array_equal(trainer.images, start.images)
    np.testing.assert_array_equal(trainer.params, Trainer(x, c).params)  # the seeded start
    assert caption(tour.chapters[0], trainer)[1] == "15×15: 225 positions"
    back, _ = chapter_lesson(start, tour.chapters[1])  # the next chapter: the start's own run again
    assert back.config == start.config and back.step_count == 7
    np.testing.assert_array_equal(back.params, start.params)
    # A larger kernel: the start's target (Sobel-x) centred in zeros, as the app's settings make it.
    five = parse_tour(LAYER.replace("stride = 2", "kernel_size = 5")).chapters[0]
    t5, _ = chapter_lesson(start, five)
    np.testing.assert_array_equal(t5.target_kernel, np.pad(start.target_kernel, 1))
    assert caption(five, t5)[1] == "28×28: 784 positions"
    with pytest.raises(TourError, match="chapter 1: settings: the named kernels are 3x3; for a 4x4 filter"):
        parse_tour(LAYER.replace("stride = 2", "kernel_size = 4"))
    # A stride larger than the image: one line at the tour's start and at the chapter.
    far = parse_tour(LAYER.replace("stride = 2", "stride = 40"))
    small = Trainer(images.load_sample("shapes", size=16))
    [line] = stale_sentences(far, small)
    assert line == ("chapter 1 cannot be shown on this lesson: stride 40 is larger than the 16x16 image: "
                    "the filter would move off it after one position")
    with pytest.raises(ValueError, match="^stride 40 is larger than the 16x16 image"):
        chapter_lesson(small, far.chapters[0])


CHECK = '[[chapter]]\ntitle = "Check"\ntext = "{checked: It says: {verdict}}"\nmode = "check"\nexample = "checker/homework_overwrite.py"\n'


@pytest.mark.parametrize("changes, words", [
    ([('example = "checker/homework_overwrite.py"\n', "")], 'mode = "check" needs example = "a learner\'s file"'),
    ([('mode = "check"', 'mode = "normal"'), ("{checked: It says: {verdict}}", "Plain.")],
     "example applies to mode = \"check\" only"),
    ([('homework_overwrite.py', 'nosuchfile.py')], "example = 'checker/nosuchfile.py': no such file in"),
    ([('mode = "check"\nexample = "checker/homework_overwrite.py"\n', "")],
     "{checked} is the checker's verdict: it needs mode = \"check\""),
])
def test_a_check_chapter_names_an_existing_example_and_only_it_says_a_verdict(changes, words):
    chapter = parse_tour(CHECK, "mine.toml").chapters[0]
    assert (chapter.mode, chapter.example) == ("check", "checker/homework_overwrite.py")
    script = CHECK
    for old, new in changes:
        script = script.replace(old, new)
    with pytest.raises(TourError) as e:
        parse_tour(script, "mine.toml")
    assert words in str(e.value) and "\n" not in str(e.value)
