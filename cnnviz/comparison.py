"""Shared vs untied, side by side: the model behind the comparison mode and `--panel compare`.

No Qt here. A `Comparison` trains, on the same image(s), target and optimizer settings, the
lesson's ONE shared 3x3 filter (10 parameters) next to a locally connected ("untied") layer
with one 3x3 filter + bias per position (9,000 parameters for 32x32), in lockstep: one
update of each per step. Any layer of the lesson: a k x k (colour: C x k x k) filter with its
stride and padding, shared, against one such filter + bias per output position (e.g. 3x3
colour at stride 2 on 32x32: 28 shared, 28 x 225 = 6,300 untied). Both start from the same seeded filter (the untied layer has it at
every position), so they start as the same function and differ only in sharing.

The untied layer gets its own learning rate, by default UNTIED_LR_FACTOR x the shared one:
each untied weight is moved by ONE position's gradient, while the shared weight is moved by
the sum of ~900 of them, so with the shared rate the untied layer barely moves.

The generalisation test applies both trained layers to an image they never saw (a bundled
sample, or the training image moved by TEST_SHIFT pixels) and scores them against the
target there: the shared filter carries over, the untied filters do not.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from cnnviz import images as imgs
from cnnviz.engine.conv import patch_matrix
from cnnviz.i18n import QT_TRANSLATE_NOOP, grouped, translate
from cnnviz.engine.trainer import LessonConfig, Trainer, TrainingDiverged
from cnnviz.engine.untied import (
    GeneralisationResult,
    UntiedTrainer,
    dense_params_count,
    generalisation,
    shared_params_count,
    shifted,
    untied_params_count,
)

UNTIED_LR_FACTOR = 10.0
SHIFTED = "shifted"  # the test choice "the training image moved by TEST_SHIFT pixels"
TEST_SHIFT = (3, 3)  # (down, right) pixels
UNTIED_LR_TIP = QT_TRANSLATE_NOOP(
    "Comparison",
    "Learning rate of the untied layer only. Each untied weight is moved by ONE position's gradient, "
    "while the shared weight is moved by the SUM of all P positions' gradients (900 for one 32×32 image), "
    "so with the lesson's learning rate the untied layer would barely move, and it stays stable at rates "
    "hundreds of times higher. The default, 10× the lesson's, is a rule of thumb, not an equivalent rate: "
    "it makes the untied filters move visibly without tuning. Whether the untied layer then fits its "
    "training image faster or slower than the shared filter depends on this rate and the image (on the "
    "default lesson it starts slower and overtakes after about 400 steps): compare the two loss curves."
)
UNTIED_LR_TIP_P = QT_TRANSLATE_NOOP(  # the same, for a lesson whose P is not 900
    "Comparison",
    "Learning rate of the untied layer only. Each untied weight is moved by ONE position's gradient, "
    "while the shared weight is moved by the SUM of all P positions' gradients ({positions} in this lesson; 900 "
    "for one 32×32 image with the 3×3 valid filter), "
    "so with the lesson's learning rate the untied layer would barely move, and it stays stable at rates "
    "hundreds of times higher. The default, 10× the lesson's, is a rule of thumb, not an equivalent rate: "
    "it makes the untied filters move visibly without tuning. Whether the untied layer then fits its "
    "training image faster or slower than the shared filter depends on this rate and the image (on the "
    "default lesson it starts slower and overtakes after about 400 steps): compare the two loss curves."
)
ROUND_OFF_LOSS = 1e-12  # test errors below this are floating-point round-off: "both ≈ 0"
KERNEL_MATCH = 0.01  # the shared filter "learned the kernel" when every weight (and the bias) is this close


def patches_span_all_directions(images: np.ndarray, config: LessonConfig | None = None) -> bool:
    """True if the images' 3x3 patches (with the bias's 1) span all 10 directions, so only ONE filter
    fits the target exactly; stripes or a smooth gradient give fewer, and many filters fit equally well.
    (config: another layer's patches and its C*k*k + 1 directions.)"""
    c = config or LessonConfig()
    patches = patch_matrix(images, c.filter_shape, c.stride, c.padding_pixels)
    a = np.hstack([patches, np.ones((patches.shape[0], 1))])
    s = np.linalg.svd(a, compute_uv=False)
    return bool(s[-1] > 1e-6 * s[0])


def untied_config(config: LessonConfig, untied_lr: float | None = None) -> LessonConfig:
    """The lesson's settings with the untied layer's learning rate (default: 10x the lesson's)."""
    lr = config.lr * UNTIED_LR_FACTOR if untied_lr is None else float(untied_lr)
    return replace(config, lr=lr).validated()


def generalisation_choices(images: int = 1) -> list[tuple[str, str]]:
    """(key, label) of every generalisation test image: the shifted training image(s) (a batch of
    `images`), then the samples."""
    dy, dx = TEST_SHIFT
    if images == 1:
        label = translate("Comparison", "this image, moved {dx} px right and {dy} px down")
    else:
        label = translate("Comparison", "these {n} images, moved {dx} px right and {dy} px down")
    choices = [(SHIFTED, label.format(n=images, dx=dx, dy=dy))]
    sample = translate("Comparison", "sample: {name}")
    return choices + [(s.name, sample.format(name=s.name)) for s in imgs.list_samples()]


def choice_label(choice: str, images: int = 1) -> str:
    """'this image, moved 3 px right and 3 px down' (a batch: 'these 3 images, ...') or 'sample: circle'."""
    return dict(generalisation_choices(images)).get(choice, choice)


def untied_lr_tip(positions: int) -> str:
    """UNTIED_LR_TIP with this lesson's number of positions P (900 for one 32×32 image, 3×3 valid)."""
    if positions == 900:
        return translate("Comparison", UNTIED_LR_TIP)
    return translate("Comparison", UNTIED_LR_TIP_P).format(positions=grouped(positions))


def load_test_images(choice: str, images: np.ndarray, color: bool = False) -> np.ndarray:
    """The images to test on: `images` (N, H, W) moved by TEST_SHIFT (choice SHIFTED), or a
    bundled sample at the same H x W (the untied layer has one filter per position of that size).

    returns (N, H, W) for SHIFTED, (1, H, W) for a sample; ImageError for an unknown sample.
    color: images are (N, 3, H, W) and so are the test images (the sample in colour).
    """
    x = np.asarray(images, dtype=np.float64)
    if x.ndim == (3 if color else 2):
        x = x[None]
    if choice == SHIFTED:
        return shifted(x, *TEST_SHIFT)
    h, w = x.shape[-2:]
    if h == w:
        sample = imgs.load_sample(choice, h, color)  # centre crop + area resampling, as the app loads it
    else:
        native = imgs.load_sample(choice, None, color)
        sample = (np.stack([imgs.resample_area(c, h, w) for c in native]) if color
                  else imgs.resample_area(native, h, w))
    return sample[None]


class Comparison:
    """The shared filter and the untied layer, trained in lockstep on one lesson.

    images : (H, W) or (N, H, W) float64 (colour: (3, H, W) or (N, 3, H, W));  config : the lesson
    (the shared layer's settings, its layer too);  untied_lr : the untied layer's learning rate
    (default UNTIED_LR_FACTOR x config.lr)

    shared : Trainer (C*k*k + 1 parameters, 10 for the classroom);  untied : UntiedTrainer
    (Ho*Wo*(C*k*k + 1) parameters, (H-2)*(W-2)*10 for the classroom)
    """

    def __init__(self, images: np.ndarray, config: LessonConfig | None = None, untied_lr: float | None = None):
        config = (config or LessonConfig()).validated()
        self.shared = Trainer(images, config)
        self.untied = UntiedTrainer(self.shared.images, untied_config(config, untied_lr))
        self.result: GeneralisationResult | None = None  # the last generalisation test
        self.result_choice: str | None = None
        self._spans: bool | None = None  # patches_span_all_directions of the images (an SVD: once)

    @classmethod
    def from_trainer(cls, trainer: Trainer, untied_lr: float | None = None) -> "Comparison":
        """A comparison on the trainer's images and settings, both layers from step 0 (the trainer
        itself is not used further)."""
        return cls(trainer.images, trainer.config, untied_lr)

    # ---- settings ----------------------------------------------------------------------------
    @property
    def config(self) -> LessonConfig:
        return self.shared.config

    @property
    def untied_lr(self) -> float:
        return self.untied.config.lr

    def set_untied_lr(self, lr: float) -> None:
        """Change the untied layer's learning rate between steps (ValueError if not positive)."""
        self.untied.configure(lr=float(lr))

    @property
    def counts(self) -> tuple[int, int, int]:
        """(shared, untied, dense) parameter counts: (10, 9000, 922500) for 32x32 (any layer: see untied.py)."""
        h, w = self.shared.images.shape[-2:]
        c = self.config
        layer = dict(k=c.kernel_size, stride=c.stride, padding=c.padding_pixels, channels=c.channels)
        return (shared_params_count(c.kernel_size, c.channels), untied_params_count(h, w, **layer),
                dense_params_count(h, w, **layer))

    # ---- training ----------------------------------------------------------------------------
    @property
    def step_count(self) -> int:
        """Updates taken by the shared layer (the untied one has the same, unless one diverged)."""
        return self.shared.step_count

    def step(self, n: int = 1) -> None:
        """n lockstep updates: the shared filter, then the untied layer, one update each per step.

        Raises TrainingDiverged (prefixed with the layer's name) with both layers' last finite
        states kept; the shared layer may then be one step ahead if the untied one diverged.
        """
        for _ in range(n):
            try:
                self.shared.step()
            except TrainingDiverged as e:
                raise TrainingDiverged(translate("Comparison", "The shared filter: {message}").format(message=e)) from None
            try:
                self.untied.step()
            except TrainingDiverged as e:
                raise TrainingDiverged(str(e)[:1].upper() + str(e)[1:]) from None  # "The untied layer diverged…"

    def reset(self) -> None:
        """Both layers back to step 0 (the same seeded start); the test result is cleared."""
        self.shared.reset()
        self.untied.reset()
        self.result = None
        self.result_choice = None

    # ---- the generalisation test ---------------------------------------------------------------
    def generalise(self, choice: str = SHIFTED) -> GeneralisationResult:
        """Apply both trained layers to the test image `choice` (see generalisation_choices()); nothing trains."""
        self.result = generalisation(self.shared, self.untied, load_test_images(choice, self.shared.images, self.config.color))
        self.result_choice = choice
        return self.result

    @property
    def learned_kernel(self) -> bool:
        """The shared filter's weights match the target kernel (and the bias 0) to KERNEL_MATCH."""
        s = self.shared
        return bool(np.abs(s.weights - s.target_kernel).max() <= KERNEL_MATCH and abs(s.bias) <= KERNEL_MATCH)

    def conclusion(self) -> str:
        """Why the errors on the new image are what they are, true for this run."""
        r = self.result
        if r is None:
            return ""
        n = len(self.shared.images)
        one = n == 1  # one sentence per case (translators reorder whole sentences)
        error = f"{float(np.abs(self.shared.weights - self.shared.target_kernel).max()):.3g}"
        if self.learned_kernel:
            text = (translate("Comparison", "Each untied filter learned only its own patch of the training image; the "
                                            "shared filter learned the kernel itself, so it works on any image.") if one else
                    translate("Comparison", "Each untied filter learned only its own position's patches of the {n} "
                                            "training images; the shared filter learned the kernel itself, so it works on "
                                            "any image."))
            return text.format(n=n)
        if self._spans is None:  # the images and layer of a comparison never change
            self._spans = patches_span_all_directions(self.shared.images, self.config)
        if not self._spans:
            text = (translate("Comparison", "Each untied filter learned only its own patch of the training image. The "
                                            "shared filter has not learned the kernel: this image's patches do not span "
                                            "all {directions} directions (e.g. stripes, a gradient), so many filters fit "
                                            "it equally well, and one of them that is not the kernel can fail on another "
                                            "image.") if one else
                    translate("Comparison", "Each untied filter learned only its own position's patches of the {n} "
                                            "training images. The shared filter has not learned the kernel: this image's "
                                            "patches do not span all {directions} directions (e.g. stripes, a gradient), "
                                            "so many filters fit it equally well, and one of them that is not the kernel "
                                            "can fail on another image."))
            return text.format(n=n, directions=self.config.num_params - 1)
        text = (translate("Comparison", "Each untied filter learned only its own patch of the training image. The shared "
                                        "filter is not at the kernel yet (largest weight error {error}): train longer.")
                if one else
                translate("Comparison", "Each untied filter learned only its own position's patches of the {n} training "
                                        "images. The shared filter is not at the kernel yet (largest weight error "
                                        "{error}): train longer."))
        return text.format(n=n, error=error)

    @property
    def both_round_off(self) -> bool:
        r = self.result
        return r is not None and r.shared_loss < ROUND_OFF_LOSS and r.untied_loss < ROUND_OFF_LOSS

    def result_line(self) -> str:
        """One line for the class log: 'generalisation on <test> after step N: shared loss X, untied loss Y'."""
        r = self.result
        if r is None:
            return ""
        if self.both_round_off:
            verdict = translate("Comparison", "both ≈ 0, round-off")
        elif r.ratio >= 1:
            verdict = translate("Comparison", "untied {ratio}x worse").format(ratio=f"{r.ratio:.3g}")
        elif r.untied_loss > 0:
            verdict = translate("Comparison", "shared {ratio}x worse").format(ratio=f"{r.shared_loss / r.untied_loss:.3g}")
        else:
            verdict = translate("Comparison", "untied exact")
        return translate("Comparison", "generalisation on {test} after {steps} steps: shared loss {shared}, untied loss "
                                       "{untied} ({verdict})").format(
            test=choice_label(self.result_choice, len(r.images)), steps=grouped(self.step_count),
            shared=f"{r.shared_loss:.6g}", untied=f"{r.untied_loss:.6g}", verdict=verdict)
