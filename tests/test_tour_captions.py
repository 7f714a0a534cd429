"""The tour tells the truth for the lesson it shows: every number and formula in every caption of
the default tour, on a grid of lessons, against values computed here from the images and settings;
the claims the captions make, against the engine; and templates refused or warned about."""

import itertools
import re

import numpy as np
import pytest
from PIL import Image

from cnnviz import images
from cnnviz.captions import FACTS, FLAGS, lesson_facts, render
from cnnviz.engine import LessonConfig, Trainer, backward, forward, safe_default_lr
from cnnviz.engine.kernels import centred_target
from cnnviz.engine.trainer import default_lr
from cnnviz.tour import TourError, caption, chapter_lesson, chapter_trainer, load_tour, parse_tour, stale_sentences

START_STEPS = 10  # the tour starts mid-run: a momentum velocity is already built


def _own_image(tmp_path_factory) -> np.ndarray:
    """A teacher's own picture: 40 wide, 24 high, loaded at its own size (not the samples' 32×32)."""
    rng = np.random.default_rng(5)
    y, x = np.mgrid[0:24, 0:40]
    pixels = (127 + 80 * np.sin(x / 4.0) * np.cos(y / 5.0) + rng.normal(0, 20, (24, 40))).clip(0, 255)
    path = tmp_path_factory.mktemp("own") / "class_photo.png"
    Image.fromarray(pixels.astype(np.uint8)).save(path)
    return images.load_image(path, size=None)


@pytest.fixture(scope="module")
def tour():
    return load_tour()


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    return {
        "sample": images.load_sample(images.DEFAULT_SAMPLE),
        "own": _own_image(tmp_path_factory),
        "batch3": np.stack([images.load_sample(name) for name in ("shapes", "circle", "digit")]),
        "colour": images.load_sample(images.DEFAULT_COLOR_SAMPLE, color=True),
    }


# The teacher's start's layer: the classroom's, or one of the lecture's next slides.
LAYERS = {"classroom": {}, "5x5 same": dict(kernel_size=5, padding="same"), "stride 2 pad 1": dict(stride=2, padding=1),
          "colour": dict(color=True), "colour 5x5 stride 3": dict(color=True, kernel_size=5, stride=3),
          "stride 3": dict(stride=3)}
GRID = [(*lesson, "classroom") for lesson in itertools.product(
    ("sample", "own", "batch3"), ("identity", "relu", "tanh", "sigmoid"), ("sum", "mean"), ("sgd", "momentum"))]
GRID += [("sample", "identity", "sum", "sgd", "5x5 same"), ("own", "relu", "mean", "momentum", "stride 2 pad 1"),
         ("colour", "tanh", "sum", "momentum", "colour"), ("colour", "sigmoid", "mean", "sgd", "colour 5x5 stride 3"),
         ("batch3", "identity", "mean", "sgd", "stride 3")]


TRAINED_SKIP = ("classroom", "colour 5x5 stride 3")  # the layers whose trained chapters CLAIMS or others cover
# Every picture with every activation, the four reduction × optimizer pairs in turn (12 lessons).
TRAINED = ("Training repeats that step", "Untied weights: what sharing buys")
CLAIMS = [(picture, activation, *[("sum", "sgd"), ("mean", "momentum"), ("sum", "momentum"), ("mean", "sgd")][(i + j) % 4])
          for i, picture in enumerate(("sample", "own", "batch3"))
          for j, activation in enumerate(("identity", "relu", "tanh", "sigmoid"))]


def _start(x: np.ndarray, activation: str, reduction: str, optimizer: str, layer: str = "classroom") -> Trainer:
    """The run a teacher has on screen when they press T: settings as the app would set them."""
    if LAYERS[layer]:  # another layer: the app's default rate for it
        k = LAYERS[layer].get("kernel_size", 3)
        config = LessonConfig(activation=activation, reduction=reduction, optimizer=optimizer,
                              target=centred_target("sobel-x", k), **LAYERS[layer])
        t = Trainer(x, LessonConfig(**{**config.to_dict(), "lr": default_lr(x, config)}))
        t.step(START_STEPS)
        return t
    lr = safe_default_lr(x, "sum")  # as the app sets it for these images
    if reduction == "mean":  # a teacher on the mean scales it by P
        lr = safe_default_lr(x, "mean", lr * np.prod(np.array(x.shape) - [0, 2, 2][-x.ndim:]))
    t = Trainer(x, LessonConfig(lr=lr, activation=activation, reduction=reduction, optimizer=optimizer))
    t.step(START_STEPS)
    return t


NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:e[-+]\d+)?")  # 4.71e-15: beyond fixed point's reach


def numbers_in(text: str) -> list[float]:
    """Every number in a caption, in order ("2,700" is one number; "32×32" two)."""
    return [float(n.replace(",", "")) for n in NUMBER.findall(text)]


def _dead(trainer) -> bool:
    """ReLU with every pre-activation y ≤ 0 (so every output a = 0 and δ = 0): computed from the
    forward pass itself, not from the caption's δ."""
    c = trainer.config
    y = forward(trainer.images, trainer.weights, trainer.bias, c.stride, c.padding_pixels)
    return trainer.config.activation == "relu" and bool(np.all(y <= 0))


_TESTED: dict = {}


def _generalisation(trainer, chapter) -> tuple[float, float]:
    """Both layers trained `steps` from the seeded start, as the comparison mode does, then tested
    (once per trainer)."""
    from cnnviz.comparison import Comparison

    if id(trainer) in _TESTED and _TESTED[id(trainer)][0] is trainer:
        return _TESTED[id(trainer)][1]
    both = Comparison(trainer.images, trainer.config)
    both.step(chapter.steps)
    result = both.generalise(chapter.test)
    _TESTED.clear()
    _TESTED[id(trainer)] = (trainer, (result.shared_loss, result.untied_loss))
    return result.shared_loss, result.untied_loss


def border_and_unread(trainer) -> tuple[int, int]:
    """(positions whose patch reads some padding zeros, in all images; pixels of one image no
    position reads), from the engine's own passes: a ones filter on a ones image sums fewer than
    C·k·k ones where a patch reads zeros; with δ = 1 everywhere, dx is 0 exactly where no position reads."""
    c = trainer.config
    x = np.ones(trainer.images.shape)
    w = np.ones(c.filter_shape)
    y = forward(x, w, 0.0, c.stride, c.padding_pixels)
    dx = backward(x, w, np.ones(y.shape), c.stride, c.padding_pixels).dx
    one_image = dx[0, 0] if c.color else dx[0]
    return int(np.sum(y < w.size)), int(np.sum(one_image == 0))


def expected_numbers(title: str, trainer, start: LessonConfig, chapter):
    """The numbers chapter `title` must show, in order, computed here from the images' shape and the
    settings of the chapter's lesson (not from cnnviz.captions)."""
    x, config = trainer.images, trainer.config
    n, (h, w) = x.shape[0], x.shape[-2:]
    k, s, p, C = config.kernel_size, config.stride, config.padding_pixels, 3 if config.color else 1
    ho, wo = (h + 2 * p - k) // s + 1, (w + 2 * p - k) // s + 1
    per, P = ho * wo, n * ho * wo
    weights = C * k * k
    params = weights + 1
    filter_size = [k, k, 3] if config.color else [k, k]  # "3×3×3"
    positions = [P] if n == 1 else [P, n, per]  # "2,700 (3 images × 900)"
    mean = config.reduction == "mean"
    delta = [2] + ([P] if mean else [])  # 2(y − T), /P for the mean
    if title == "The question":
        return ([h, w] if n == 1 else [n, h, w]) + filter_size + [ho, wo] + positions
    if title.startswith("One filter, "):
        return [weights, 1, params, h, w, ho, wo, C * h * w * per + per]
    if title == "The forward pass at one position":
        return filter_size + [weights]
    if title == "Output and error maps":
        return positions + delta + ([0, 0] if config.activation == "relu" else [])  # "(0 where y ≤ 0)"
    if title == "One position's gradient: δ · patch":
        return [weights]
    if title == "The running sum over all positions":
        return positions + [params]
    if title == "The update, applied once":
        return ([config.momentum] if config.optimizer == "momentum" else []) + [config.lr, params]
    if title == "Training repeats that step":
        # ReLU with every output ≤ 0 passes no gradient: nothing can train ("every w·patch + b is ≤ 0");
        # which sentence otherwise: test_what_the_captions_claim_holds_in_the_engine
        return [P, chapter.train] + ([0] if _dead(trainer) else [])
    if title == "Sum or mean: only a learning-rate scale":
        # the chapter's rate is the start's, carried to the mean: × P from the sum
        lr_mean = start.lr * (P if start.reduction == "sum" else 1)
        assert config.lr == pytest.approx(lr_mean, rel=1e-12)
        return [P, P, P, lr_mean, lr_mean / P]
    if title == "Momentum is something else":
        return [config.momentum] + positions
    if title == "The overwrite bug":
        return [1, P, chapter.train] + ([0] if _dead(trainer) else [])  # "every w·patch + b is ≤ 0'
    if title == "Untied weights: what sharing buys":
        shared, untied = _generalisation(trainer, chapter)
        ties = untied <= 10 * shared and shared <= 10 * untied
        factor = [10] if ties else []  # "within a factor of 10"
        return filter_size + [per * params] + ([n] if n > 1 else []) + [chapter.steps, 3, 3] + factor + [shared, untied]
    if title.startswith("Padding: "):
        border = border_and_unread(trainer)[0]
        assert (ho, wo) == (h, w) and p == (k - 1) // 2 > 0 and s == 1  # 'same': "the image's own size"
        return [p, h, w, h + 2 * p, w + 2 * p] + filter_size + [P, n * (h - k + 1) * (w - k + 1), ho, wo, params,
                                                                border, 0, 0]  # "δ · 0 = 0"
    if title.startswith("Stride "):
        assert s == 2 and p == 0
        unread = border_and_unread(trainer)[1]
        return [s, s, P, n * (h - k + 1) * (w - k + 1), ho, wo, params] + ([unread, 0] if unread else [])  # "dx is 0"
    if title.startswith("Colour: "):
        assert C == 3
        return [k, k, weights, 1, params, ho, wo, 3] + positions + [3, params, 0.299, 0.587, 0.114]
    if title == "Check your own backprop":
        return []  # the example's name and how to run the checker: no number (its verdict: tests/app/test_tour_check.py)
    raise AssertionError(f"a chapter this test does not know: {title!r}")


def _title_numbers(title: str, trainer) -> list[float]:
    c = trainer.config
    k, weights = c.kernel_size, c.channels * c.kernel_size**2
    P = trainer.target.size
    if title.startswith("One filter, "):
        return [weights + 1]
    if title.startswith("Padding: "):
        return [P]
    if title.startswith("Stride "):
        return [c.stride, P]
    if title.startswith("Colour: "):
        return [k, k, 3, weights + 1]
    return []


def _close(got: list[float], want: list[float]) -> bool:
    return len(got) == len(want) and all(g == pytest.approx(v, rel=5e-3) for g, v in zip(got, want))


@pytest.mark.parametrize("picture, activation, reduction, optimizer, layer", GRID)
def test_every_number_and_formula_of_the_default_tour_on_a_grid_of_lessons(tour, pictures, picture, activation,
                                                                          reduction, optimizer, layer):
    x = pictures[picture]
    start = _start(x, activation, reduction, optimizer, layer)
    for chapter in tour.chapters:
        if chapter.title in TRAINED and (picture, activation, reduction, optimizer) not in CLAIMS and layer in TRAINED_SKIP:
            continue  # chapters whose words come from training a copy: on the 12 lessons of CLAIMS and 4 layers
        trainer, sample = chapter_lesson(start, chapter)
        title, text = caption(chapter, trainer, sample=sample)
        c = trainer.config
        assert "{" not in text + title and "}" not in text + title and "`" not in text
        want_title = _title_numbers(title, trainer)
        assert _close(numbers_in(title), want_title), (title, numbers_in(title), want_title)
        want = expected_numbers(title, trainer, start.config, chapter)
        assert _close(numbers_in(text), want), f"{title}: {numbers_in(text)} != {want}\n{text}"
        # Formulas for the activation, reduction and optimizer in use.
        f = {"relu": "ReLU", "tanh": "tanh", "sigmoid": "sigmoid"}.get(c.activation)
        if title == "Output and error maps":
            want_delta = "2(y − T)" if f is None else f"2(a − T)·{f}′(y)"
            assert want_delta in text and (("/" in text.split("δ = ∂L/∂y")[1].split(" at ")[0]) == (c.reduction == "mean"))
        if title == "The forward pass at one position":
            seen = "Sobel-x · luminance(patch)" if c.color else "Sobel-x · patch"
            target = "Sobel-x" if c.kernel_size == 3 else "(typed kernel)"  # a larger filter: Sobel-x centred in zeros
            assert (f"T = {seen}" if f is None else f"T = {f}({seen})").replace("Sobel-x", target) in text
            assert ("y = w·patch + b" if f is None else f"a = {f}(w·patch + b)") in text
        if title in ("The update, applied once", "Momentum is something else"):
            assert ("v ← μv + buffer, then w ← w − lr·v" in text) == (c.optimizer == "momentum")
            assert ("w ← w − lr × buffer" in text) == (c.optimizer == "sgd")
        if title == "Sum or mean: only a learning-rate scale":
            assert ("with momentum too" in text) == (c.optimizer == "momentum")
        if title == "Momentum is something else":
            assert f"plain {c.reduction} over" in text
        if title == "Untied weights: what sharing buys":
            shared, untied = _generalisation(trainer, chapter)
            assert ("the shared filter still works and the untied layer does not" in text) == (untied > 10 * shared)
            assert ("within a factor of 10" in text) == (untied <= 10 * shared and shared <= 10 * untied)
            assert ("the shared filter did worse" in text) == (shared > 10 * untied)


@pytest.mark.parametrize("picture, activation, reduction, optimizer", CLAIMS)
def test_what_the_captions_claim_holds_in_the_engine(tour, pictures, picture, activation, reduction, optimizer):
    x = pictures[picture]
    start = _start(x, activation, reduction, optimizer)
    chapters = {c.title: c for c in tour.chapters}
    # "A learning rate P times larger gives exactly the same updates" (mid-run, momentum too).
    mean = chapter_trainer(start, chapters["Sum or mean: only a learning-rate scale"])
    summed = chapter_trainer(start, chapters["The question"])
    summed.configure(reduction="sum", lr=mean.config.lr / mean.target.size)
    mean.step(40)
    summed.step(40)
    np.testing.assert_allclose(mean.params, summed.params, rtol=1e-8, atol=1e-12)
    # "positive where the output is above the target, negative where it is below, so the output
    # should move along −δ": a small step of y along −δ lowers the loss.
    s = chapter_trainer(start, chapters["Output and error maps"]).snapshot()
    above = s.output > s.target
    assert np.all(s.delta[above] >= 0) and np.all(s.delta[~above] <= 0)
    # The training chapter says what its updates do: the sentence it shows, against the engine.
    ch = chapters["Training repeats that step"]
    t = chapter_trainer(start, ch)
    text = caption(ch, t)[1]
    before_loss, before_gap = t.loss(), np.abs(t.weights - t.target_kernel).max()
    t.step(ch.train)  # none of these lessons diverges (safe_default_lr)
    falls, nearer = t.loss() < before_loss, np.abs(t.weights - t.target_kernel).max() < before_gap
    assert ("moves towards the Sobel-x kernel and the loss falls" in text) == (falls and nearer)
    assert ("the loss falls, but the filter is not nearer the Sobel-x kernel yet" in text) == (falls and not nearer)
    assert ("the loss does not fall" in text) == (not falls)
    dead = _dead(chapter_trainer(start, ch))
    assert ("every w·patch + b is ≤ 0, so ReLU passes no gradient back" in text) == (dead and not falls)
    # "{example} below is a learner's backward pass with that slip" (the overwrite): the shipped file,
    # run here on this lesson's data (our own file: no sandbox needed), keeps the last position's
    # contribution alone, and its db and dx are the engine's. (Its verdict: tests/app/test_tour_check.py.)
    import runpy

    from cnnviz.engine import backward
    from cnnviz.tour import example_path

    ch = chapters["Check your own backprop"]
    s = chapter_trainer(start, ch).snapshot()
    x, w, dy = s.images[0], s.weights, s.delta[0]
    dw, db, dx = runpy.run_path(str(example_path(ch.example)))["backward"](x, w, dy)
    true = backward(x, w, dy)
    np.testing.assert_allclose(dw, dy[-1, -1] * x[-3:, -3:], rtol=1e-12, atol=1e-300)
    assert db == pytest.approx(true.db, rel=1e-12, abs=1e-300)
    np.testing.assert_allclose(dx, true.dx, rtol=1e-12, atol=1e-12)
    assert "overwrite is its classic slip" in caption(ch, chapter_trainer(start, ch))[1]


@pytest.mark.parametrize("picture, layer", [("sample", "classroom"), ("colour", "colour"), ("own", "stride 2 pad 1")])
def test_what_the_layer_chapters_claim_holds_in_the_engine(tour, pictures, picture, layer):
    """Padding: the output keeps the image's size, the border's zeros add 0 to dw, δ still counts
    for the bias, dx stops at the image. Stride: the pixels said unread get dx = 0. Colour: one
    feature map from a 3×k×k filter, the colour sample on a grey lesson, the lesson back after it."""
    start = _start(pictures[picture], "identity", "sum", "sgd", layer)
    chapters = {c.title.split(":")[0].split(" ")[0]: c for c in tour.chapters}
    # Padding: dw with the border's zeros is dw over the image's own pixels (padded cells read 0).
    t, _ = chapter_lesson(start, chapters["Padding"])
    c, s = t.config, t.snapshot()
    p = c.padding_pixels
    assert s.output.shape[-2:] == t.images.shape[-2:] and p >= 1
    border = np.ones(s.delta.shape, bool)
    border[..., p:-p, p:-p] = False  # stride 1: these positions' patches reach into the zeros
    assert np.any(s.delta[border] != 0)  # the border positions do take part
    grads = backward(t.images, t.weights, s.delta, c.stride, p)
    np.testing.assert_allclose(grads.dw, s.grad_filter, rtol=1e-10, atol=1e-10)
    assert grads.db == pytest.approx(s.delta.sum(), rel=1e-12) and grads.dx.shape == t.images.shape
    # dw over the image's own pixels only, every padded cell skipped: the same buffer.
    x, delta = (t.images if c.color else t.images[:, None]), s.delta
    (h, w), k = x.shape[-2:], c.kernel_size
    own = np.zeros((x.shape[1], k, k))
    for r in range(k):
        for q in range(k):
            i0, i1, j0, j1 = max(0, p - r), min(delta.shape[-2], h + p - r), max(0, p - q), min(delta.shape[-1], w + p - q)
            patch = x[:, :, i0 + r - p:i1 + r - p, j0 + q - p:j1 + q - p]
            own[:, r, q] = np.einsum("nij,ncij->c", delta[:, i0:i1, j0:j1], patch)
    np.testing.assert_allclose(own.reshape(s.grad_filter.shape), s.grad_filter, rtol=1e-10, atol=1e-10)
    # Stride: the pixels no position reads get no input gradient; the caption's count is theirs.
    ch = chapters["Stride"]
    t, _ = chapter_lesson(start, ch)
    text = caption(ch, t)[1]
    dx = backward(t.images, t.weights + 1.0, t.snapshot().delta + 1.0, t.config.stride, t.config.padding_pixels).dx
    zero = int(np.sum((dx[0, 0] if t.config.color else dx[0]) == 0))
    said = re.search(r"No position reads ([\d,]+) pixels", text)
    assert (int(said.group(1).replace(",", "")) if said else 0) == zero
    assert ("Every pixel is still read" in text) == (zero == 0)
    # Colour: one map, a 3×k×k filter and buffer, the target on the luminance.
    ch = chapters["Colour"]
    t, sample = chapter_lesson(start, ch)
    s = t.snapshot()
    k = t.config.kernel_size
    assert s.weights.shape == s.grad_filter.shape == (3, k, k) and t.params.size == 3 * k * k + 1
    assert s.output.shape == s.target.shape == (t.images.shape[0], *s.output.shape[-2:])  # one map per image
    lum = np.einsum("c,nchw->nhw", [0.299, 0.587, 0.114], t.images)
    np.testing.assert_allclose(s.target, forward(lum, t.target_kernel[0] / 0.299, 0.0, t.config.stride,
                                                 t.config.padding_pixels), atol=1e-12)
    text = caption(ch, t, sample=sample)[1]
    grey = start.images.ndim == 3
    assert (sample == images.DEFAULT_COLOR_SAMPLE) == grey
    assert ("shows the colour sample 'colour-shapes'" in text) == grey
    if grey:
        h = start.images.shape[-1]
        want = images.load_sample(sample, h if start.images.shape[-2] == h else 32, color=True)
        np.testing.assert_array_equal(t.images[0], want)
    else:
        np.testing.assert_array_equal(t.images, start.images)
    back = chapter_trainer(start, tour.chapters[-1])  # the chapter after it: the lesson's own images
    np.testing.assert_array_equal(back.images, start.images)


def test_facts_and_templates():
    config = LessonConfig(reduction="mean", optimizer="momentum", momentum=0.5, activation="relu", lr=0.36)
    facts = lesson_facts((2, 12, 20), config, position=11)
    # found by training, or by the checker, when named
    assert set(facts.values) == set(FACTS) - {"shared_test", "untied_test", "example", "verdict"}
    v = facts.values
    assert (v["P"], v["positions"], v["per_image"], v["lr_sum"], v["lr_mean"]) == ("360", "360 (2 images × 180)",
                                                                                  "180", "0.001", "0.36")
    assert (v["row"], v["col"], v["position"]) == ("0", "10", "11")  # the 11th position: row 0, col 10
    assert render("{{P}} = {P}{batch: for {N} images}{single: never}{mean: {relu: ReLU and mean}}.", facts) \
        == "{P} = 360 for 2 images ReLU and mean."
    assert lesson_facts((32, 32), LessonConfig(lr=6.91e-5)).values["lr"] == "0.0000691"
    typed = lesson_facts((32, 32), LessonConfig(target="0,1,0;0,0,0;0,0,0", activation="tanh"))
    assert render("the {target} kernel: {target_rule}{typed_target:!}", typed) == \
        "the typed kernel: T = tanh((typed kernel) · patch)!"
    assert set(facts.flags) <= set(FLAGS)


BASE = '[[chapter]]\ntitle = "One"\ntext = """First line,\nsecond {P} line."""\n'


@pytest.mark.parametrize("text, line, words", [
    ('text = """First line,\nsecond {Q} line."""', 4, "unknown placeholder {Q}"),
    ('text = """First line,\nsecond {momentum} line."""', 4, "a condition needs a ':'"),
    ('text = """First\n{momentun: line}."""', 4, "unknown condition {momentun: …}"),
    ('text = """First\n{sum: one {mean: two}}."""', 4, "{sum: … {mean: …}} can never show: a lesson cannot have mean and sum"),
    ('text = """First {sgd: x}"""\nsettings = { optimizer = "momentum" }', 3,
     "can never show: a lesson cannot have momentum and sgd (this chapter sets momentum)"),
    ('text = """First\n{sum: never closed."""', 4, "is not closed"),
    ('text = """First {colour_sample: x}"""\nsettings = { color = false }', 3,
     "can never show: a lesson cannot have grey and colour_sample (this chapter sets grey)"),
    ('text = """First {stride1: x}"""\nsettings = { stride = 2 }', 3,
     "can never show: a lesson cannot have stride1 and strided (this chapter sets strided)"),
    ('text = """First\nstray } brace."""', 4, "a '}' with no '{'"),
    ('text = """First\n{ 12 }."""', 4, "'{' must start {name}"),
])
def test_a_broken_template_is_refused_with_its_line(text, line, words):
    script = BASE.replace('text = """First line,\nsecond {P} line."""', text)
    with pytest.raises(TourError) as e:
        parse_tour(script, "mine.toml")
    message = str(e.value)
    assert message.startswith(f"mine.toml line {line}: chapter 1: ") and words in message and "\n" not in message


def test_numbers_typed_for_the_default_lesson_are_named_on_another_lesson(pictures):
    script = parse_tour(BASE.replace("{P}", "900") + '\n[[chapter]]\ntitle = "Two"\ntext = "lr {lr}, not 0.0002; 922,500"\n')
    default = Trainer(pictures["sample"])
    assert stale_sentences(script, default) == []  # the default lesson: 900 is true there
    batch = Trainer(pictures["batch3"], LessonConfig(lr=1e-4))
    assert stale_sentences(script, batch) == [
        "chapter 1 says 900, but this lesson has P = 2,700: write {P}",
        "chapter 2 says 0.0002, but this lesson has lr = 0.0001: write {lr}"]  # 922,500: same 32×32 images
    assert stale_sentences(load_tour(), batch) == []  # the default script types no such number
    far = parse_tour('[[chapter]]\ntitle = "x"\ntext = "y"\nmode = "stepthrough"\nposition = 466\n')
    small = Trainer(images.load_sample("shapes", size=16))
    assert stale_sentences(far, small) == ["chapter 1 asks for position 466, but this lesson has P = 196: "
                                           "it shows the end of the pass"]
    assert stale_sentences(far, default) == []


def test_every_fact_and_condition_is_documented_in_the_default_script():
    from cnnviz.tour import default_tour_path

    header = "".join(line for line in default_tour_path().read_text(encoding="utf-8").splitlines(True)
                     if line.startswith("#"))
    for name in list(FACTS) + list(FLAGS):
        assert re.search(rf"[ (/]{name}[ ,)/.\n]", header), f"tour.toml does not list {name!r}"


def test_a_lesson_too_large_to_try_first_gets_a_sentence_that_claims_nothing(tour, pictures, monkeypatch):
    from cnnviz import captions

    chapter = next(c for c in tour.chapters if c.title == "Training repeats that step")
    start = Trainer(pictures["sample"])
    monkeypatch.setattr(captions, "OUTCOME_BUDGET", 900 * chapter.train - 1)  # one position-update too many
    text = caption(chapter, chapter_trainer(start, chapter))[1]
    assert text.endswith("applied once. Watch what 300 updates do to the loss and the filter.")
    monkeypatch.setattr(captions, "OUTCOME_BUDGET", 900 * chapter.train)
    assert "the loss falls" in caption(chapter, chapter_trainer(start, chapter))[1]


def test_a_shared_filter_that_did_worse_is_said_so_in_readable_numbers(tour, pictures):
    """A comparison whose shared filter diverged (a learning rate above its limit) is not "within a
    factor of 10", and its loss reads 4.88e+222, not 223 digits."""
    chapter = next(c for c in tour.chapters if c.mode == "compare")
    trainer = Trainer(pictures["sample"], LessonConfig())
    _, text = caption(chapter, trainer, (4.878454384881553e+222, 1173.3174624400406))
    assert "the shared filter did worse (shared 4.88e+222, untied 1170)" in text
    assert "within a factor of 10" not in text and "still works" not in text


def test_the_divergence_limit_follows_the_layer_shown(pictures):
    """{lr_limit} on a stride-2 colour chapter: 2(1 + μ)/λmax of that layer's Hessian 2AᵀA, A its
    receptive fields (every 2nd position of the padded colour image) with a column of ones."""
    chapter = parse_tour('[[chapter]]\ntitle = "x"\ntext = "{lr_limit}"\n'
                         'settings = { color = true, stride = 2, padding = 1, optimizer = "momentum", momentum = 0.5 }\n'
                         ).chapters[0]
    trainer, sample = chapter_lesson(Trainer(pictures["sample"]), chapter)
    x = np.pad(trainer.images[0], ((0, 0), (1, 1), (1, 1)))
    rows = [np.append(x[:, 2 * i:2 * i + 3, 2 * j:2 * j + 3].ravel(), 1.0) for i in range(16) for j in range(16)]
    a = np.array(rows)
    limit = 2 * (1 + 0.5) / np.linalg.eigvalsh(2 * a.T @ a)[-1]
    assert float(caption(chapter, trainer, sample=sample)[1]) == pytest.approx(limit, rel=5e-3)
