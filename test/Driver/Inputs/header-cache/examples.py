"""Compiles every example with and without the header cache and checks
that the objects are byte-identical.

usage: examples.py COMPILER EXAMPLES-DIR VMLINUX-DIR CACHE-DIR WORK-DIR

Each example is compiled once without the cache (the reference), then
three times with it: seen, precompiled (or already precompiled by an
example with the same options), read. Flags are the examples' own
(-O2 -g, plus EXAMPLES_FLAGS_<name> from examples/CMakeLists.txt).
"""
import filecmp
import glob
import os
import re
import shlex
import subprocess
import sys

cc, examples, vmlinux_dir, cache, work = sys.argv[1:6]
extra = {}
with open(os.path.join(examples, "CMakeLists.txt")) as f:
    for m in re.finditer(r"set\(EXAMPLES_FLAGS_(\w+)\s+([^)]*)\)", f.read()):
        extra[m.group(1)] = shlex.split(m.group(2))

sources = sorted(glob.glob(os.path.join(examples, "*.bpf.c")))
same = hits = 0
for src in sources:
    name = os.path.basename(src)[: -len(".bpf.c")]
    base = ["-O2", "-g"] + extra.get(name, []) + ["-I", vmlinux_dir, "-I", examples, "-c", src]
    ref = os.path.join(work, name + ".ref.o")
    subprocess.run([cc, "-fno-corecc-cache"] + base + ["-o", ref], check=True)
    ok = True
    for i in range(3):
        out = os.path.join(work, "%s.%d.o" % (name, i))
        p = subprocess.run([cc, "-fcorecc-cache", "-fcorecc-cache-dir=" + cache, "-v"] + base + ["-o", out],
                           stderr=subprocess.PIPE, text=True, check=True)
        if i == 2 and "header cache: hit:" in p.stderr:
            hits += 1
        if not filecmp.cmp(out, ref, shallow=False):
            print("DIFFERENT: %s (compile %d with the cache)" % (name, i + 1))
            ok = False
    same += ok
print("%d of %d examples: objects identical with and without the cache" % (same, len(sources)))
print("%d of %d examples read the cache" % (hits, len(sources)))
sys.exit(0 if same == len(sources) and hits == len(sources) else 1)
