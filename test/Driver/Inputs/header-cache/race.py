"""Starts N identical compiles at once and checks that each succeeds and
writes the object REF has: the header cache is written by renames only, so
a compile never reads a half-written entry.

usage: race.py N REF OUT-PREFIX -- COMPILE... (OUT-PREFIX.I.o replaces @OUT@)
"""
import filecmp
import subprocess
import sys

n, ref, prefix = int(sys.argv[1]), sys.argv[2], sys.argv[3]
cmd = sys.argv[sys.argv.index("--") + 1:]
procs = []
for i in range(n):
    out = "%s.%d.o" % (prefix, i)
    procs.append((out, subprocess.Popen([out if a == "@OUT@" else a for a in cmd],
                                        stderr=subprocess.PIPE, text=True)))
failed = 0
for out, p in procs:
    _, err = p.communicate()
    if p.returncode != 0:
        print("FAIL: %s: exit %d\n%s" % (out, p.returncode, err))
        failed += 1
    elif not filecmp.cmp(out, ref, shallow=False):
        print("FAIL: %s differs from %s" % (out, ref))
        failed += 1
print("%d of %d compiles wrote the reference object" % (n - failed, n))
sys.exit(1 if failed else 0)
