"""The training worker: owns the Trainer on a QThread, takes commands, publishes snapshots.

The GUI never waits on training: commands go in through a queue and are applied between
steps; the newest snapshot sits in one slot that a GUI timer reads (~30 Hz). There is no
signal per step; signals are sent only for rare events (diverged, an error, finished).
"""

from __future__ import annotations

import contextlib
import copy
import math
import queue
import threading
import time
import weakref
from typing import Any, Callable

from PySide6 import QtCore

from cnnviz.engine import Snapshot, Trainer, TrainingDiverged

PUBLISH_INTERVAL = 1 / 60  # seconds between snapshots while playing (the GUI takes the newest)
CHUNK_SECONDS = 0.008  # at full speed, train this long between command checks


class TrainingWorker(QtCore.QObject):
    diverged = QtCore.Signal(str)
    failed = QtCore.Signal(str)
    finished = QtCore.Signal()

    def __init__(self, trainer: Trainer):
        super().__init__()
        self._trainer = trainer
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        self._slot_lock = threading.Lock()
        # The GUI thread holds frame_lock while it draws and paints a frame; the worker takes it
        # around each chunk of steps. _frame_wanted makes the worker step aside at once (a plain
        # lock would let it re-take the lock before the waiting GUI thread wakes up).
        self.frame_lock = threading.Lock()
        self._frame_wanted = threading.Event()
        self._frame_done = threading.Event()
        self._latest: Snapshot | None = None
        self._version = 0
        self._note = ""
        self.playing = False
        self.speed = math.inf  # updates per second; inf = as fast as possible
        self._next_step = 0.0
        self._publish()

    # ---- called from the GUI thread --------------------------------------------------------
    def send(self, command: str, *args: Any) -> None:
        """Queue a command; it is applied between steps. Thread-safe."""
        self._commands.put((command, args))

    @contextlib.contextmanager
    def frame(self):
        """The GUI thread draws a frame inside this: training pauses between two chunks of steps."""
        self._frame_done.clear()
        self._frame_wanted.set()
        try:
            with self.frame_lock:
                yield
        finally:
            self._frame_wanted.clear()
            self._frame_done.set()

    def latest(self) -> Snapshot | None:
        with self._slot_lock:
            return self._latest

    def copy_trainer(self, pause: bool = False, timeout: float = 5.0) -> Trainer | None:
        """A copy of the Trainer taken between steps (commands apply in order); None on timeout."""
        box: queue.SimpleQueue = queue.SimpleQueue()
        if pause:
            self.send("pause")
        self.send("peek", lambda t: box.put(copy.deepcopy(t)))
        try:
            return box.get(timeout=timeout)
        except queue.Empty:
            return None

    # ---- the worker thread -----------------------------------------------------------------
    @QtCore.Slot()
    def run(self) -> None:
        self._next_step = time.perf_counter()
        last_publish = 0.0
        while True:
            wait = self._time_to_next_step()
            try:
                if wait == 0:
                    command, args = self._commands.get_nowait()
                else:  # paused (wait None) or waiting for the next slow-speed step
                    command, args = self._commands.get(timeout=0.1 if wait is None else min(wait, 0.1))
            except queue.Empty:
                command = None
            if command == "stop":
                break
            if command is not None:
                self._apply(command, args)  # drain every pending command before training
                continue
            if wait != 0:
                continue
            if math.isinf(self.speed):
                self._train_for(CHUNK_SECONDS)
            else:
                self._train(1)
                self._next_step = max(self._next_step + 1.0 / self.speed, time.perf_counter() - 0.5)
            now = time.perf_counter()
            if now - last_publish >= PUBLISH_INTERVAL:
                self._publish()
                last_publish = now
        self.finished.emit()

    def _time_to_next_step(self) -> float | None:
        """None while paused; 0 when a step is due; else seconds until the next one."""
        if not self.playing:
            return None
        if math.isinf(self.speed):
            return 0
        wait = self._next_step - time.perf_counter()
        return 0 if wait <= 0 else wait

    def _train_for(self, seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        while self.playing and time.perf_counter() < deadline:
            if self._frame_wanted.is_set():
                self._frame_done.wait(0.2)  # waits without the GIL: painting runs at full speed
            with self.frame_lock:
                self._train(16)

    def _train(self, n: int) -> None:
        try:
            self._trainer.step(n)
        except TrainingDiverged as e:
            self.playing = False
            self._note = str(e)
            self._publish()
            self.diverged.emit(str(e))

    def _apply(self, command: str, args: tuple) -> None:
        t = self._trainer
        was_playing = self.playing
        try:
            if command == "play":
                self.playing = True
                self._next_step = time.perf_counter()
                self._note = ""
            elif command == "pause":
                self.playing = False
            elif command == "toggle":
                self.playing = not self.playing
                self._next_step = time.perf_counter()
            elif command == "step":
                self.playing = False
                self._train(args[0] if args else 1)
            elif command == "reset":
                self.playing = False
                t.reset(*args)
                self._note = ""
            elif command == "configure":
                t.configure(**args[0])
            elif command == "set_images":
                t.set_images(args[0])
            elif command == "set_trainer":  # an opened lesson replaces the run
                self.playing = False
                self._trainer = t = args[0]
                self._note = ""
            elif command == "speed":
                self.speed = float(args[0])
            elif command in ("call", "peek"):  # peek: fn only reads the trainer
                fn: Callable[[Trainer], Any] = args[0]
                fn(t)
            else:
                raise ValueError(f"unknown command {command!r}")
        except Exception as e:  # a bad command must never kill the worker
            self.failed.emit(f"{command}: {e}")
        # A new snapshot only when the state may have changed: a large one costs a snapshot here
        # and a redraw of every panel in the GUI (copy_trainer's pause + peek would cost two).
        if command not in ("speed", "peek") and not (command == "pause" and not was_playing):
            self._publish()

    def _publish(self) -> None:
        self._version += 1
        snap = self._trainer.snapshot(with_input_grad=True, version=self._version, note=self._note)
        with self._slot_lock:
            self._latest = snap


class WorkerThread:
    """A TrainingWorker on its own QThread, started and stopped (joined) cleanly."""

    instances: "weakref.WeakSet[WorkerThread]" = weakref.WeakSet()  # tests check none is left running

    def __init__(self, trainer: Trainer):
        WorkerThread.instances.add(self)
        self.thread = QtCore.QThread()
        self.thread.setObjectName("cnnviz-training")
        self.worker = TrainingWorker(trainer)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Direct: quit() is thread-safe, and the GUI thread may be blocked in wait().
        self.worker.finished.connect(self.thread.quit, QtCore.Qt.ConnectionType.DirectConnection)
        self.thread.start()

    def stop(self, timeout_ms: int = 2000) -> bool:
        """Ask the worker to stop and wait for the thread; never terminate()."""
        if not self.thread.isRunning():
            return True
        self.worker.playing = False
        self.worker.send("stop")
        return self.thread.wait(timeout_ms)
