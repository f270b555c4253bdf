# SPDX-License-Identifier: GPL-2.0-or-later
"""A syslog socket owned by a test: bind PATH (AF_UNIX datagram, what
syslog(3) writes to), write "ready" to READY, append every record received
to OUT (one per line) until killed."""
import os
import socket
import sys

path, ready, out = sys.argv[1:4]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
os.chmod(path, 0o666)
with open(ready, "w") as f:
    f.write("ready\n")
with open(out, "a") as f:
    while True:
        rec = s.recv(65536).decode(errors="replace").rstrip("\n")
        f.write(rec.replace("\n", " ") + "\n")
        f.flush()
