# Starts a setsid double fork and a new session, then kills its parent (the supervisor that would
# reap them): the host's own sweep must still find them.
import os
import subprocess
import sys

SLEEPER = [sys.executable, "-c", "import time; time.sleep(60)", "TOKEN"]
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv(sys.executable, SLEEPER)
    os._exit(0)
subprocess.Popen(SLEEPER, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def backward(x, w, dy):
    os.kill(os.getppid(), 9)
    return x, w, dy
