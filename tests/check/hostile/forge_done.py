# Writes a forged "done" record (the run finished) into every file descriptor it holds, then runs
# forever at the top level: the checker must not take its word for it.
import json
import os
import struct

payload = json.dumps({"kind": "done", "arrays": 0}).encode()
for fd in range(3, 64):
    try:
        os.write(fd, struct.pack(">I", len(payload)) + payload)
    except OSError:
        pass
while True:
    pass


def backward(x, w, dy):
    raise NotImplementedError
