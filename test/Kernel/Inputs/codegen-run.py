#!/usr/bin/env python3
"""Compile a BPF C test with corecc and with clang-19 for each cpu, run both
builds in the kernel with the same inputs, and compare.

Used by test/Kernel/codegen-*.c:

  codegen-run.py --corecc CC --clang CLANG --runner RUN --src FILE --tmp PREFIX
                 [--cpus v1,v2,v3,v4] [--opt -O2] [--cflags "..."]
                 [--clang-may-fail] [--per-cpu]
                 --invoke "RUNNER ARGS" [--invoke ...]

For every cpu both objects are loaded by corecc-run once per --invoke (one
set of inputs each; "--ctx-u64 W,W,...@SIZE" gives a context as u64 words,
zero-padded to SIZE bytes). The lines that describe behaviour are kept:

  run NAME retval=...            return value (duration dropped)
  run NAME data_out=...          the packet, when the program changed it
  out NAME[i] = DEC (0xHEX)      ctx_out of syscall programs, as u64 words
  global / map lines             --dump-globals, --dump-map

If the corecc build and the clang-19 build of a cpu differ in any of them (or
one loads and the other does not) the differences are printed and the exit
status is 1. Otherwise the corecc lines are printed for FileCheck, once if
every cpu gave the same (the usual case: the C has one meaning), else per cpu
("v3: run ..."), which --per-cpu asks for up front. The instruction counts of
both builds go to stderr and, when the environment variable
CORECC_INSN_REPORT names a file, are appended to it:

  insns SRC CPU PROG corecc=N clang=M
"""
import argparse
import json
import os
import shlex
import struct
import subprocess
import sys


def sh(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def compile_one(args, compiler, cpu, out):
    if compiler == "corecc":
        cmd = [args.corecc, args.opt, "-g", "-mcpu=" + cpu]
    else:
        cmd = [args.clang, "-target", "bpf", args.opt, "-g", "-mcpu=" + cpu]
    cmd += shlex.split(args.cflags) + ["-c", args.src, "-o", out]
    r = sh(cmd)
    return r.returncode == 0, r.stderr


def normalize(j):
    """Behaviour lines and instruction counts from corecc-run's JSON."""
    lines, insns = [], {}
    for p in j.get("programs", []):
        if p["status"] == "loaded":
            insns[p["name"]] = p["insns"]
        elif p["status"] == "failed":
            lines.append("prog %s FAILED: %s" % (p["name"], p["error"]))
    for r in j.get("runs", []):
        name = r["name"]
        if r["status"] not in ("ok", "mismatch"):
            lines.append("run %s %s: %s" % (name, r["status"], r.get("error")))
            continue
        lines.append("run %s retval=%d (%s)" % (name, r["retval"], r["retval_hex"]))
        if r.get("data_out_changed"):
            lines.append("run %s data_out=%s" % (name, r["data_out"]))
        ctx = r.get("ctx_out")
        if ctx and r.get("ctx_out_changed", True):
            raw = bytes.fromhex(ctx)
            raw += b"\0" * (-len(raw) % 8)
            for i, (v,) in enumerate(struct.iter_unpack("<Q", raw)):
                s = v - (1 << 64) if v >> 63 else v
                lines.append("out %s[%d] = %d (0x%x)" % (name, i, s, v))
    for g in j.get("globals") or []:
        val = g["value"]
        if isinstance(val, list):
            val = " ".join(str(x) for x in val)
        lines.append("global %s %s = %s" % (g["section"], g["name"], val))
    for m in j.get("maps") or []:
        for e in m.get("entries", []):
            lines.append("map %s key=%s value=%s" % (m["name"], e["key"], e["value"]))
    return lines, insns


def expand_invoke(invoke):
    """corecc-run arguments, with "--ctx-u64 W,W,...[@SIZE]" turned into
    "--ctx HEX": little-endian u64 words, zero-padded to SIZE bytes."""
    words = shlex.split(invoke)
    out = []
    i = 0
    while i < len(words):
        if words[i] == "--ctx-u64" and i + 1 < len(words):
            spec, _, size = words[i + 1].partition("@")
            raw = b"".join(struct.pack("<Q", int(w, 0) & (2**64 - 1))
                           for w in spec.split(",") if w)
            raw += b"\0" * max(0, int(size or 0) - len(raw))
            out += ["--ctx", raw.hex()]
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def run_one(args, obj, invoke):
    cmd = [args.runner, obj, "--json", "-q"] + expand_invoke(invoke)
    r = sh(cmd)
    try:
        j = json.loads(r.stdout)
    except ValueError:
        return ["corecc-run failed: " + (r.stdout + r.stderr).strip()[-400:]], {}
    if not j.get("loaded", False):
        lines, insns = normalize(j)
        return ["object did not load"] + lines, insns
    return normalize(j)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corecc", required=True)
    ap.add_argument("--clang", required=True)
    ap.add_argument("--runner", required=True)
    ap.add_argument("--src", required=True)
    ap.add_argument("--tmp", required=True)
    ap.add_argument("--cpus", default="v1,v2,v3,v4")
    ap.add_argument("--opt", default="-O2")
    ap.add_argument("--cflags", default="")
    ap.add_argument("--clang-may-fail", action="store_true",
                    help="a cpu where clang-19 cannot compile the test is "
                         "checked against the expectations only")
    ap.add_argument("--per-cpu", action="store_true")
    ap.add_argument("--no-clang", action="store_true",
                    help="corecc only, checked against the expectations "
                         "(clang-19 -O0 calls helpers through callx, which "
                         "the kernel rejects)")
    ap.add_argument("--invoke", action="append", required=True)
    args = ap.parse_args()

    status = 0
    results = {}
    report = []
    no_clang = []
    for cpu in args.cpus.split(","):
        objs = {}
        for comp in ("corecc",) if args.no_clang else ("corecc", "clang"):
            out = "%s.%s.%s.o" % (args.tmp, comp, cpu)
            ok, err = compile_one(args, comp, cpu, out)
            if ok:
                objs[comp] = out
            elif comp == "corecc" or not args.clang_may_fail:
                print("%s: %s failed to compile:\n%s" % (cpu, comp, err.strip()))
                status = 1
            else:
                no_clang.append(cpu)
        if "corecc" not in objs:
            continue
        lines = {"corecc": [], "clang": []}
        insns = {"corecc": {}, "clang": {}}
        for invoke in args.invoke:
            for comp, obj in objs.items():
                l, n = run_one(args, obj, invoke)
                lines[comp] += l
                insns[comp].update(n)
        if "clang" in objs and lines["corecc"] != lines["clang"]:
            status = 1
            print("%s: MISMATCH between corecc and clang-19 builds" % cpu)
            for a, b in zip(lines["corecc"] + [""] * len(lines["clang"]),
                            lines["clang"] + [""] * len(lines["corecc"])):
                if a != b:
                    print("  corecc:  %s\n  clang-19: %s" % (a, b))
        for prog in sorted(insns["corecc"]):
            report.append("insns %s %s %s corecc=%s clang=%s" % (
                os.path.basename(args.src), cpu, prog, insns["corecc"][prog],
                insns["clang"].get(prog, "-")))
        results[cpu] = lines["corecc"]

    for line in report:
        sys.stderr.write(line + "\n")
    if os.environ.get("CORECC_INSN_REPORT"):
        with open(os.environ["CORECC_INSN_REPORT"], "a") as f:
            f.write("\n".join(report) + "\n")

    outputs = list(results.values())
    if outputs and not args.per_cpu and all(o == outputs[0] for o in outputs):
        if status == 0 and args.no_clang:
            print("all cpus agree (corecc only)")
        elif status == 0 and no_clang:
            print("all cpus agree; clang-19 cannot compile this for %s"
                  % ",".join(no_clang))
        elif status == 0:
            print("all cpus agree with clang-19")
        print("\n".join(outputs[0]))
    else:
        for cpu, out in results.items():
            for line in out:
                print("%s: %s" % (cpu, line))
    return status


if __name__ == "__main__":
    sys.exit(main())
