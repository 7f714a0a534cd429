"""A run's recorded history as CSV for spreadsheets: one row per recorded step."""

from __future__ import annotations

import csv
import io

from cnnviz import safe_write
from cnnviz.engine.trainer import param_names

PARAM_NAMES = list(param_names((3, 3)))  # the classroom's 10; other layers name theirs (C*k*k + 1)
GRAD_NAMES = list(param_names((3, 3), prefix="dL/d"))


def write_history_csv(path, snap) -> int:
    """Write step, loss, the 10 parameters and the 10-value gradient buffer (C*k*k + 1 of each for
    other layers) at each recorded step
    (the history thins itself evenly past its capacity). Atomic, through cnnviz/safe_write.py:
    a symlink is written through; a folder, FIFO or device is refused (UnsafeTarget, an OSError).
    Returns the number of rows; raises OSError if the file cannot be written."""
    grads = getattr(snap, "history_grads", None)
    shape = snap.weights.shape
    header = ["step", "loss"] + list(param_names(shape)) + (list(param_names(shape, "dL/d")) if grads is not None else [])

    def write(fh) -> None:
        f = io.TextIOWrapper(fh, encoding="utf-8", newline="")
        out = csv.writer(f)
        out.writerow(header)
        for k, step in enumerate(snap.history_steps):
            row = [int(step), repr(float(snap.history_losses[k]))]
            row += [repr(float(v)) for v in snap.history_params[k]]
            if grads is not None:
                row += [repr(float(v)) for v in grads[k]]
            out.writerow(row)
        f.flush()
        f.detach()  # the caller fsyncs and closes the binary file

    safe_write.write_atomic(path, write)
    return len(snap.history_steps)
