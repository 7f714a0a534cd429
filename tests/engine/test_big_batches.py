"""Big batches train without a (P, 9) patch matrix: the same sums, memory of a few image copies."""

import numpy as np
import pytest

from cnnviz.engine import LessonConfig, Trainer, backward, patch_matrix
from cnnviz.engine import trainer as trainer_module
from cnnviz.engine.conv import filter_grad
from cnnviz.engine.trainer import patch_gram, stable_lr


@pytest.fixture
def batch():
    return np.random.default_rng(3).random((3, 11, 14))


@pytest.mark.parametrize("config", [LessonConfig(), LessonConfig(activation="tanh", reduction="mean"),
                                    LessonConfig(optimizer="momentum", target="laplacian")])
def test_the_patch_free_step_equals_the_patch_matrix_step(monkeypatch, batch, config):
    with_matrix = Trainer(batch, config)
    monkeypatch.setattr(trainer_module, "PATCH_MATRIX_BYTES", 0)
    without = Trainer(batch, config)
    assert without._patches is None and with_matrix._patches is not None
    with_matrix.step(25)
    without.step(25)
    np.testing.assert_allclose(without.params, with_matrix.params, rtol=1e-12, atol=1e-14)
    a, b = without.snapshot(), with_matrix.snapshot()
    np.testing.assert_allclose(a.grad_filter, b.grad_filter, rtol=1e-11, atol=1e-12)
    assert a.loss == pytest.approx(b.loss, rel=1e-12)


def test_filter_grad_is_the_sum_over_every_patch(batch):
    dy = np.random.default_rng(4).standard_normal((3, 9, 12))
    dw, db = filter_grad(batch, dy, 3)
    patches = patch_matrix(batch, 3)
    np.testing.assert_allclose(dw.ravel(), dy.ravel() @ patches, rtol=1e-12)
    assert db == pytest.approx(dy.sum())
    np.testing.assert_array_equal(backward(batch, np.ones((3, 3)), dy).dw, dw)


def test_patch_gram_equals_the_matrix_product(batch):
    a = np.hstack([patch_matrix(batch, 3), np.ones((3 * 9 * 12, 1))])
    np.testing.assert_allclose(patch_gram(batch), a.T @ a, rtol=1e-12)
    limit = 2.0 / np.linalg.eigvalsh(2.0 * a.T @ a)[-1]
    assert stable_lr(batch) == pytest.approx(limit, rel=1e-12)
