# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The random-program differential behind `utils/fuzz csmith`.

For each of --count seeds (from --seed, default 1), csmith writes a C
program; corecc and clang-19 -target bpf compile it, each under a time
limit, at one of 16 configurations (-O0..-O3 x -mcpu=v1..v4, by seed).
Each outcome is one of:

  both-ok, both-error    the compilers agree (an error is a diagnostic and
                         exit status 1: csmith's signed division needs cpu v4,
                         a frame may exceed 512 bytes...)
  corecc-refuses         corecc stops with an error where clang-19 compiles
                         (listed with corecc's first error)
  clang-refuses          the reverse
  CRASH                  corecc died (a signal, "LLVM ERROR", "internal
                         error", "Stack dump", an assertion) or ran out of
                         time, where clang-19 finished: a failure

Where both compile, the objects are loaded into the running kernel and run
with BPF_PROG_TEST_RUN (utils/csmith/run.c makes the program a socket
filter returning a checksum of its globals), when the bpf() syscall is
allowed:

  same-result            both load and return the same checksum
  DIFFERENT-RESULT       both load, the checksums differ: a failure
  corecc-not-loaded      clang-19's object loads and corecc's does not
                         (listed with the verifier's last line)
  not-loaded             clang-19's object does not load (the verifier's
                         limits: csmith's loops and frames are not BPF's)

Failing programs are kept in --out (default build/csmith/) with both
compilers' output; the summary is a table of the counts. Exit status 1 if
there is a failure.
"""
import collections
import os
import re
import shutil
import subprocess
import tempfile

import corecc_builds

HARNESS = os.path.join(corecc_builds.ROOT, "utils", "csmith")
CSMITH_INCLUDE = "/usr/include/csmith"
CONFIGS = [(o, c) for c in ("v1", "v2", "v3", "v4") for o in ("0", "1", "2", "3")]
# csmith's defaults, smaller: programs a verifier has a chance to accept.
CSMITH_FLAGS = ["--no-argc", "--max-funcs", "4", "--max-block-depth", "3",
                "--max-array-dim", "2", "--max-array-len-per-dim", "4",
                "--max-struct-fields", "6", "--max-union-fields", "4",
                "--no-packed-struct"]
CRASH_RE = re.compile(r"LLVM ERROR|internal error|Stack dump|Assertion|PLEASE submit|"
                      r"AddressSanitizer|UndefinedBehaviorSanitizer|runtime error:")
TIME_LIMIT = 120


def compile_one(cc, src, obj, opt, cpu, workdir):
    args = list(cc) + ["-O" + opt, "-mcpu=" + cpu, "-ffreestanding", "-w",
                       "-I" + HARNESS, "-I" + CSMITH_INCLUDE,
                       "-DCSMITH_PROGRAM=\"%s\"" % src, "-c",
                       os.path.join(HARNESS, "run.c"), "-o", obj]
    try:
        p = subprocess.run(args, capture_output=True, text=True, timeout=TIME_LIMIT, cwd=workdir)
    except subprocess.TimeoutExpired:
        return "timeout", ""
    text = p.stderr
    if p.returncode < 0 or p.returncode > 1 or CRASH_RE.search(text):
        return "crash", text
    return ("ok" if p.returncode == 0 else "error"), text


def first_error(text):
    for line in text.splitlines():
        if "error:" in line:
            return line.strip()[:160]
    return text.strip().splitlines()[-1][:160] if text.strip() else ""


def run_object(runner, obj):
    """(loaded, retval or last verifier line)."""
    try:
        p = subprocess.run([runner, obj, "--run", "run", "--data", "00" * 64, "-q"],
                           capture_output=True, text=True, timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        return False, "timeout"
    m = re.search(r"^run run retval=(-?\d+)", p.stdout, re.M)
    if m:
        return True, int(m.group(1))
    lines = [l for l in (p.stdout + p.stderr).splitlines() if l.strip()]
    return False, lines[-1][:160] if lines else "exit %d" % p.returncode


def can_load(runner):
    try:
        return subprocess.run([runner, "--probe"], capture_output=True, timeout=30).returncode == 0
    except Exception:  # noqa: BLE001 - no loader, no runs
        return False


def main(args):
    build = corecc_builds.release_dir(args.build_dir)
    corecc = [args.corecc or os.path.join(build, "bin", "corecc")]
    clang = ["clang-19", "-target", "bpf"]
    runner = args.runner or os.path.join(build, "bin", "corecc-run")
    out = os.path.abspath(args.out or os.path.join(build, "csmith"))
    if not shutil.which("csmith") or not os.path.exists(os.path.join(CSMITH_INCLUDE, "safe_math.h")):
        print("csmith: needs the csmith and libcsmith-dev packages")
        return 2
    runs = can_load(runner)
    if not runs:
        print("csmith: bpf() is not usable here: compile-only differential")
    first = args.seed if args.seed is not None else 1
    counts = collections.Counter()
    notes = []
    failures = 0
    work = tempfile.mkdtemp(prefix="corecc-csmith-")
    for seed in range(first, first + args.count):
        opt, cpu = CONFIGS[seed % len(CONFIGS)]
        src = os.path.join(work, "p%d.c" % seed)
        # (csmith writes platform.info into its working directory.)
        g = subprocess.run(["csmith", "--seed", str(seed), "-o", src] + CSMITH_FLAGS,
                           capture_output=True, text=True, cwd=work)
        if g.returncode != 0:
            counts["csmith-failed"] += 1
            continue
        oc, oc_text = compile_one(corecc, src, src + ".corecc.o", opt, cpu, work)
        ol, ol_text = compile_one(clang, src, src + ".clang.o", opt, cpu, work)
        tag = "seed %d -O%s -mcpu=%s" % (seed, opt, cpu)
        verdict = None
        if oc in ("crash", "timeout") and ol in ("ok", "error"):
            verdict = "CRASH"
            notes.append("%s: corecc %s: %s" % (tag, oc, first_error(oc_text)))
        elif oc in ("crash", "timeout"):
            verdict = "both-crash"  # clang-19 died too: not ours to fix
        elif oc == ol == "error":
            verdict = "both-error"
        elif oc == "error":
            verdict = "corecc-refuses"
            notes.append("%s: corecc refuses: %s" % (tag, first_error(oc_text)))
        elif ol != "ok":
            verdict = "clang-refuses"
        else:
            verdict = "both-ok"
        counts[verdict] += 1
        if verdict == "both-ok" and runs:
            cl, cv = run_object(runner, src + ".clang.o")
            if not cl:
                counts["not-loaded"] += 1
            else:
                kl, kv = run_object(runner, src + ".corecc.o")
                if not kl:
                    counts["corecc-not-loaded"] += 1
                    notes.append("%s: clang-19's object loads, corecc's not: %s" % (tag, kv))
                elif kv != cv:
                    counts["DIFFERENT-RESULT"] += 1
                    verdict = "DIFFERENT-RESULT"
                    notes.append("%s: corecc returns %d, clang-19 %d" % (tag, kv, cv))
                else:
                    counts["same-result"] += 1
        if verdict in ("CRASH", "DIFFERENT-RESULT"):
            failures += 1
            keep = os.path.join(out, "seed%d" % seed)
            os.makedirs(keep, exist_ok=True)
            shutil.copy(src, keep)
            with open(os.path.join(keep, "README"), "w") as f:
                f.write("%s\n\n== corecc\n%s\n== clang-19\n%s\n" % (tag, oc_text, ol_text))
        for f in (src, src + ".corecc.o", src + ".clang.o"):
            if os.path.exists(f):
                os.remove(f)
    shutil.rmtree(work, ignore_errors=True)
    print("csmith: %d programs from seed %d" % (args.count, first))
    print("| outcome | programs |")
    print("| --- | --- |")
    for k in sorted(counts):
        print("| %s | %d |" % (k, counts[k]))
    for n in notes:
        print("  " + n)
    if failures:
        print("csmith: %d failures, kept in %s" % (failures, out))
    return 1 if failures else 0
