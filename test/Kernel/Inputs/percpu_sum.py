#!/usr/bin/env python3
"""Reads `corecc-run --dump-map NAME` lines of a per-CPU map on stdin and
prints, per key, the sum of the per-CPU values (little-endian unsigned) and
the number of CPUs: "map NAME key=K sum=S cpus=N". Other lines pass through."""
import re
import sys

name = sys.argv[1]
for line in sys.stdin:
    m = re.match(r"map %s key=(\w+) value=([0-9a-f,]+)$" % re.escape(name), line.strip())
    if not m:
        sys.stdout.write(line)
        continue
    values = m.group(2).split(",")
    total = sum(int.from_bytes(bytes.fromhex(v), "little") for v in values)
    print("map %s key=%s sum=%d cpus=%d" % (name, m.group(1), total, len(values)))
