#!/usr/bin/env python3
"""Builds the objects and target BTFs of the CO-RE differential tests.

  core-build.py --srcroot DIR --gen DIR --out DIR [--corecc P] [--clang P]
                [--objects examples|core|all] [--targets]

Objects (each built by corecc and by clang-19, into OUT/corecc and
OUT/clang):
  examples  examples/*.bpf.c against the running kernel's vmlinux.h (GEN)
  core      the CO-RE tests: test/CORE/*.c and test/Kernel/core-*.c (the
            ones that build with -O2 -g and the tests' Inputs directories),
            test/Tools/Inputs/core-relocs.c and core-cases.c
With --targets, target BTFs into OUT/targets, listed on stdout as NAME=PATH:
  host      /sys/kernel/btf/vmlinux
  6.1, 6.12 the Debian kernels' BTF, when utils/kernel-matrix has them in
            ~/.cache/corecc (skipped otherwise)
  v1, v2    test/Kernel/Inputs/core-target.c, VARIANT=1/2 (clang-19 -g)
  kv1, kv2  test/Tools/Inputs/core-kernel-variant.c, VARIANT=1/2: kernel
            types the examples use, in other layouts
  c1, c2    test/Tools/Inputs/core-cases-target.c, VARIANT=1/2, for
            core-cases.c; c1 with GCC's integer names ("long unsigned int")
Object paths go to OUT/objects.txt. A source one compiler rejects is
skipped (and named on stderr).
"""
import argparse
import glob
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor


def compile_one(job):
    cmd, out = job
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        lines = r.stderr.strip().splitlines() or ["?"]
        why = next((line for line in lines if "error" in line), lines[-1])
        return None, "skipped %s: %s" % (out, why)
    return out, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--srcroot", required=True)
    ap.add_argument("--gen", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--corecc", default="corecc")
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--corecc-btf", default="corecc-btf")
    ap.add_argument("--objects", default="all", choices=["examples", "core", "all", "none"])
    ap.add_argument("--targets", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    a = ap.parse_args()
    src = a.srcroot
    core_inc = ["-I" + os.path.join(src, "test/CORE/Inputs"), "-I" + os.path.join(src, "test/Kernel/Inputs"),
                "-I" + os.path.join(src, "test/Tools/Inputs")]
    sources = []
    if a.objects in ("examples", "all"):
        for f in sorted(glob.glob(os.path.join(src, "examples/*.bpf.c"))):
            flags = ["-O2", "-g", "-I" + a.gen, "-I" + os.path.join(src, "examples")]
            if os.path.basename(f) == "v4_stats.bpf.c":
                flags.append("-mcpu=v4")
            sources.append((f, "ex-" + os.path.basename(f)[:-len(".bpf.c")], flags))
    if a.objects in ("core", "all"):
        core = sorted(glob.glob(os.path.join(src, "test/CORE/*.c")))
        core += sorted(glob.glob(os.path.join(src, "test/Kernel/core-*.c")))
        core += [os.path.join(src, "test/Tools/Inputs/core-relocs.c"),
                 os.path.join(src, "test/Tools/Inputs/core-cases.c")]
        for f in core:
            name = os.path.basename(f)[:-2]
            if name in ("no-core", "ir-roundtrip"):
                continue
            prefix = "kernel-" if "/Kernel/" in f else "tools-" if "/Tools/" in f else "core-"
            sources.append((f, prefix + name, ["-O2", "-g", "-Wno-core-bitfield", "-I" + a.gen] + core_inc))
    jobs = []
    for comp, cmdname in (("corecc", a.corecc), ("clang", a.clang)):
        os.makedirs(os.path.join(a.out, comp), exist_ok=True)
        for f, name, flags in sources:
            out = os.path.join(a.out, comp, name + ".o")
            fl = list(flags)
            if comp == "clang":
                fl = ["-target", "bpf"] + [x for x in fl if x != "-Wno-core-bitfield"] + ["-Wno-unknown-warning-option"]
            jobs.append(([cmdname] + fl + ["-c", f, "-o", out], out))
    objects = []
    with ThreadPoolExecutor(max_workers=a.jobs) as pool:
        for out, err in pool.map(compile_one, jobs):
            if out:
                objects.append(out)
            else:
                print(err, file=sys.stderr)
    with open(os.path.join(a.out, "objects.txt"), "w") as f:
        f.write("\n".join(objects) + ("\n" if objects else ""))

    if a.targets:
        tdir = os.path.join(a.out, "targets")
        os.makedirs(tdir, exist_ok=True)
        targets = []
        if os.path.exists("/sys/kernel/btf/vmlinux"):
            targets.append(("host", "/sys/kernel/btf/vmlinux"))
        cache = os.path.expanduser("~/.cache/corecc/kernels")
        for series in ("6.1", "6.12"):
            found = sorted(glob.glob(os.path.join(cache, "linux-image-%s.*/vmlinux.btf" % series)))
            if found:
                targets.append((series, found[-1]))
        for var, srcf in (("v", "test/Kernel/Inputs/core-target.c"),
                          ("kv", "test/Tools/Inputs/core-kernel-variant.c"),
                          ("c", "test/Tools/Inputs/core-cases-target.c")):
            for n in (1, 2):
                out = os.path.join(tdir, "%s%d.o" % (var, n))
                subprocess.run([a.clang, "-g", "-target", "bpf", "-DVARIANT=%d" % n] + core_inc +
                               ["-c", os.path.join(src, srcf), "-o", out], check=True)
                if var == "c" and n == 1:
                    # A GCC-built kernel names its integers differently.
                    raw = out[:-2] + ".raw.btf"
                    subprocess.run([a.corecc_btf, "convert", out, "-o", raw], check=True)
                    out = out[:-2] + ".btf"
                    subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "btf-edit.py"),
                                    raw, out, "--rename", "unsigned long=long unsigned int",
                                    "--rename", "long=long int"], check=True)
                targets.append(("%s%d" % (var, n), out))
        for name, path in targets:
            print("%s=%s" % (name, path))


if __name__ == "__main__":
    main()
