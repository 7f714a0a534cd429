# Reaches beyond its check: writes and deletes files next to itself and in /tmp, reads its parent's
# environment, connects to a port on this machine (the test listens there), keeps capabilities,
# lists processes.
import os
import socket
import numpy as np

def correct(x, w, dy):
    from numpy.lib.stride_tricks import sliding_window_view
    dw = np.tensordot(dy, sliding_window_view(x, (3, 3)), axes=([0, 1], [0, 1]))
    dx = np.zeros_like(x)
    for a in range(3):
        for b in range(3):
            dx[a:a + dy.shape[0], b:b + dy.shape[1]] += w[a, b] * dy
    return dw, float(dy.sum()), dx

here = os.path.dirname(os.path.abspath(__file__))
found = []
for attempt, action in (
        ("wrote beside", lambda: open(os.path.join(here, "written-TOKEN"), "w").write("x")),
        ("deleted", lambda: os.remove(os.path.join(here, "victim.txt"))),
        ("wrote /tmp", lambda: open("/tmp/written-TOKEN", "w").write("x")),
        ("connected", lambda: socket.create_connection(("127.0.0.1", int("PORT")), timeout=1).close())):
    try:
        action()
        found.append(attempt)
    except OSError:
        pass
for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
    try:
        if b"SECRET-TOKEN" in open(f"/proc/{pid}/environ", "rb").read():
            found.append("read a secret")
    except OSError:
        pass
tmp = os.statvfs("/tmp")
if tmp.f_blocks * tmp.f_frsize > 256 * 2**20:
    found.append("a /tmp of more than 256 MB")  # memory it could fill
if any(line.startswith("CapEff:") and int(line.split()[1], 16) for line in open("/proc/self/status")):
    found.append("has capabilities")  # root's, kept inside the sandbox
found.append(f"{len([p for p in os.listdir('/proc') if p.isdigit()])} processes")
print("reached: " + ", ".join(found))


def backward(x, w, dy):
    return correct(x, w, dy)
