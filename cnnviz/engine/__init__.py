"""The NumPy engine: one shared filter's forward, backward, trace and training. Never imports Qt."""

from cnnviz.engine.activations import ACTIVATIONS, Activation, get_activation
from cnnviz.engine.conv import Grads, Trace, backward, forward, input_grad, output_shape, patch_matrix, trace
from cnnviz.engine.kernels import KERNEL_DESCRIPTIONS, NAMED_KERNELS, KernelError, format_kernel, kernel_from_spec, parse_kernel
from cnnviz.engine.losses import REDUCTIONS, mse
from cnnviz.engine.optimizers import OPTIMIZERS, SGD, Momentum, make_optimizer
from cnnviz.engine.trainer import LessonConfig, Snapshot, Trainer, TrainingDiverged, safe_default_lr, stable_lr

__all__ = [
    "ACTIVATIONS", "Activation", "get_activation",
    "Grads", "Trace", "backward", "forward", "input_grad", "output_shape", "patch_matrix", "trace",
    "KERNEL_DESCRIPTIONS", "NAMED_KERNELS", "KernelError", "format_kernel", "kernel_from_spec", "parse_kernel",
    "REDUCTIONS", "mse",
    "OPTIMIZERS", "SGD", "Momentum", "make_optimizer",
    "LessonConfig", "Snapshot", "Trainer", "TrainingDiverged", "safe_default_lr", "stable_lr",
]
