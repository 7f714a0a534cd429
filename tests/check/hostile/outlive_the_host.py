# Starts a sleeper in a session of its own, then runs forever at the top level: the check is still
# running when its host (the CLI, the app, a notebook kernel) is killed.
import subprocess
import sys

subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", "TOKEN"], start_new_session=True,
                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
while True:
    pass


def backward(x, w, dy):
    raise NotImplementedError
