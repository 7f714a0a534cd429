"""Sits between the checker (the CLI, the app, a notebook kernel) and the learner's process.

Started by runner.py as `python -I supervisor.py CONFIG_JSON`; standard library only. The host is
never the learner's parent: `os.kill(os.getppid(), 9)` in a learner's file reaches this throwaway
process, and the host (which watches this one with its own deadline) reports "error".

It runs the learner's child in a session of its own, ends it when the host asks (SIGTERM: the
host keeps the time), at its own time limit (the longest a check can be given) or when the host is
gone, then reaps the whole tree: on Linux it is a child subreaper (PR_SET_CHILD_SUBREAPER), so descendants that left
the session (a setsid double fork) are reparented here, found and killed. It reports to the host
on its own pipe, one JSON object a line:

    {"started": PID}                              the learner's process runs
    {"end": RETURNCODE, "timed_out": true|false}  it ended and nothing it started is left
"""

import ctypes
import json
import os
import signal
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


class Cancelled(Exception):
    """The host asked this check to stop (SIGTERM)."""


def _cancel(signum, frame):
    raise Cancelled


def become_subreaper() -> None:
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def children() -> list[int]:
    """Our direct children (orphans of the learner's tree reparented here), from /proc."""
    me, found = os.getpid(), []
    try:
        names = os.listdir("/proc")
    except OSError:
        return found
    for name in names:
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
            if int(stat[stat.rindex(b")") + 2:].split()[1]) == me:
                found.append(int(name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def reap_tree(proc: subprocess.Popen) -> None:
    """Kill the learner's process, its session and every process reparented to us, until none is left."""
    for kill in (os.killpg, os.kill) if proc.returncode is None else (os.killpg,):
        try:
            kill(proc.pid, signal.SIGKILL)  # the group: what it started; the process: if it left the group
        except OSError:
            pass
    proc.wait()
    for _ in range(1000):  # each round kills one generation of orphans
        for pid in children():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return  # no children at all: the tree is gone
            if pid == 0:
                break
        time.sleep(0.002)


def wait(proc: subprocess.Popen, timeout: float) -> bool:
    """Wait for the learner's process; True if `timeout` passed first. Returns early when the host
    is gone (this process was reparented): nobody is left to read the verdict."""
    host = os.getppid()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            proc.wait(timeout=0.25)
            return False
        except subprocess.TimeoutExpired:
            if os.getppid() != host:
                return False
    return True


def main() -> int:
    config = json.loads(sys.argv[1])
    status = os.fdopen(config["status_fd"], "w", buffering=1)
    signal.signal(signal.SIGTERM, _cancel)
    become_subreaper()
    proc = None
    timed_out = False
    try:
        out = config["output_fd"]
        proc = subprocess.Popen(config["argv"], cwd=config["cwd"], env=config["env"], stdin=subprocess.DEVNULL,
                                stdout=out, stderr=out, pass_fds=(config["result_fd"],), start_new_session=True)
        os.close(out)
        os.close(config["result_fd"])
        status.write(json.dumps({"started": proc.pid}) + "\n")
        timed_out = wait(proc, config["timeout"])
    except Cancelled:
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # finish the cleanup even if asked twice
        if proc is not None:
            reap_tree(proc)
    returncode = proc.returncode if proc is not None else None
    status.write(json.dumps({"end": returncode, "timed_out": timed_out}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
