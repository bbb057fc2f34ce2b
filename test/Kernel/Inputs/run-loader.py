#!/usr/bin/env python3
"""Runs an example's user-space loader against a BPF object, makes the
events it traces happen, then stops it with SIGINT as a user would.

  run-loader.py --loader PATH --obj OBJ [--timeout S] ACTION [LOADER ARGS...]

ACTION is what to do once the loader has printed its header (so the
programs are attached):
  tcp-loopback  a TCP connection over 127.0.0.1 in a network namespace of
                its own (unshare -n), so nothing touches the machine's
                interfaces; prints "port N" of the listener first.

The loader's stdout follows; the exit status is the loader's (it must end
cleanly on SIGINT, after detaching). Exit 2 if it did not print a header
within the timeout (what it printed then goes to stderr).
"""
import argparse
import os
import select
import signal
import socket
import subprocess
import sys
import time

CLIENT = r"""
import socket, subprocess
subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
print(s.getsockname()[1], flush=True)
c = socket.create_connection(s.getsockname()); a, _ = s.accept()
c.sendall(b"x"); a.recv(1); c.close(); a.close(); s.close()
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--loader", required=True)
    ap.add_argument("--obj", required=True)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("action", choices=["tcp-loopback"])
    ap.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    p = subprocess.Popen([a.loader, "-o", a.obj] + a.args, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, bufsize=1)
    header = None
    deadline = time.time() + a.timeout
    while time.time() < deadline and p.poll() is None:
        r, _, _ = select.select([p.stdout], [], [], 0.2)
        if r:
            header = p.stdout.readline()
            break
    if not header:
        p.kill()
        out, err = p.communicate()
        sys.stderr.write("run-loader: no header from %s\n%s%s" % (a.loader, out, err))
        return 2
    print(header, end="")
    c = subprocess.run(["unshare", "-n", sys.executable, "-c", CLIENT],
                       capture_output=True, text=True, timeout=a.timeout)
    if c.returncode != 0:
        p.kill()
        sys.stderr.write("run-loader: the client failed: %s" % c.stderr)
        return 2
    print("port %s" % c.stdout.strip())
    # Events come through a ring buffer polled every 100 ms.
    time.sleep(0.5)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=a.timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        sys.stderr.write("run-loader: the loader did not stop on SIGINT\n")
        return 2
    print(out, end="")
    sys.stderr.write(err)
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
