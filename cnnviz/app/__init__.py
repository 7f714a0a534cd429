"""The Qt layer: a worker thread that owns the Trainer, pyqtgraph panels, the main window."""
