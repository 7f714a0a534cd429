"""A run's recorded history as CSV for spreadsheets: one row per recorded step."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

PARAM_NAMES = [f"w[{r},{c}]" for r in range(3) for c in range(3)] + ["b"]
GRAD_NAMES = [f"dL/dw[{r},{c}]" for r in range(3) for c in range(3)] + ["dL/db"]


def write_history_csv(path: str | Path, snap) -> int:
    """Write step, loss, the 10 parameters and the 10-value gradient buffer at each recorded step
    (the history thins itself evenly past its capacity). Atomic: a temp file, then a rename.
    Returns the number of rows; raises OSError if the file cannot be written."""
    path = Path(path)
    grads = getattr(snap, "history_grads", None)
    header = ["step", "loss"] + PARAM_NAMES + (GRAD_NAMES if grads is not None else [])
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(header)
            for k, step in enumerate(snap.history_steps):
                row = [int(step), repr(float(snap.history_losses[k]))]
                row += [repr(float(v)) for v in snap.history_params[k]]
                if grads is not None:
                    row += [repr(float(v)) for v in grads[k]]
                out.writerow(row)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(snap.history_steps)
