#!/usr/bin/env python3
"""Differential test of the code generator on random integer programs.

codegen-random.py --corecc CC --clang CLANG --runner RUN --tmp PREFIX SEED...

For each seed, codegen-random-gen.py writes a program (one for cpus v1-v4
and, with signed division, one for v4). The host compiler (clang-19 for the
host, an independent backend) builds it into a checker that prints the
expected output words; corecc and clang-19 build it as a BPF syscall
program for each cpu, and corecc-run runs both builds on three input sets.
A corecc build that does not load (unless clang-19's does not either: the
program is then too complex for the verifier), or any build that gives
other words than the host, is a failure: "seed N cpu vX corecc: ...". A seed that passes prints
"seed N ok (P programs, R runs)".
"""
import argparse
import json
import os
import random
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

BPF_WRAP = r"""
#include "%s"
#define SEC(x) __attribute__((section(x), used))
SEC("syscall") int p(u64 *io) { compute(io); return 0; }
char LICENSE[] SEC("license") = "GPL";
"""
HOST_WRAP = r"""
#include <stdio.h>
#include <stdlib.h>
#include "%s"
int main(int argc, char **argv) {
  u64 io[32] = {0};
  for (int i = 0; i < 8; i++) io[i] = strtoull(argv[i + 1], 0, 0);
  compute(io);
  for (int i = 0; i < 32; i++) printf("%%016llx\n", io[i]);
  return 0;
}
"""


def sh(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def inputs_for(seed):
    rnd = random.Random(seed * 7 + 1)
    sets = []
    for _ in range(3):
        sets.append([rnd.choice([rnd.getrandbits(64), rnd.getrandbits(8),
                                 (1 << 64) - rnd.getrandbits(7) - 1,
                                 rnd.getrandbits(32), 0x80, 0x8000,
                                 0x80000000, 1 << 63, 0]) for _ in range(8)])
    return sets


def run_bpf(args, obj, words):
    ctx = struct.pack("<32Q", *(words + [0] * 24)).hex()
    r = sh([args.runner, obj, "--run", "p", "--ctx", ctx, "--json", "-q"])
    try:
        j = json.loads(r.stdout)
    except ValueError:
        return None, "corecc-run: " + (r.stdout + r.stderr)[-300:]
    if not j["loaded"]:
        return None, "does not load: " + str(j["programs"][0]["error"])[:300]
    run = j["runs"][0]
    if run["status"] != "ok":
        return None, "run: %s" % run
    out = bytes.fromhex(run["ctx_out"]) if run.get("ctx_out") else bytes.fromhex(ctx)
    return ["%016x" % v for v in struct.unpack("<32Q", out)], None


def one(args, seed, gen_cpu, cpus):
    base = "%s.%d.%d" % (args.tmp, seed, gen_cpu)
    src = base + ".h"
    g = sh([sys.executable, os.path.join(HERE, "codegen-random-gen.py"),
            str(seed), str(gen_cpu)])
    if g.returncode:
        return ["seed %d: generator failed: %s" % (seed, g.stderr)], 0
    with open(src, "w") as f:
        f.write(g.stdout)
    with open(base + ".bpf.c", "w") as f:
        f.write(BPF_WRAP % src)
    with open(base + ".host.c", "w") as f:
        f.write(HOST_WRAP % src)
    r = sh([args.clang, "-O1", "-w", "-o", base + ".host", base + ".host.c"])
    if r.returncode:
        return ["seed %d: host build failed: %s" % (seed, r.stderr[-500:])], 0
    expected = [sh([base + ".host"] + [str(x) for x in ins]).stdout.split()
                for ins in inputs_for(seed)]
    problems, runs = [], 0
    for cpu in cpus:
        loaded = {}
        for comp in ("clang", "corecc"):
            obj = "%s.%s.%s.o" % (base, comp, cpu)
            if comp == "corecc":
                cmd = [args.corecc, "-O2", "-mcpu=" + cpu]
            else:
                cmd = [args.clang, "-target", "bpf", "-O2", "-w", "-mcpu=" + cpu]
            r = sh(cmd + ["-c", base + ".bpf.c", "-o", obj])
            if r.returncode:
                # clang-19 rejects signed division by powers of two before
                # v4; corecc must compile everything.
                if comp == "corecc":
                    problems.append("seed %d cpu %s corecc: does not compile: %s"
                                    % (seed, cpu, r.stderr[-500:]))
                continue
            for ins, exp in zip(inputs_for(seed), expected):
                got, err = run_bpf(args, obj, ins)
                runs += 1
                if err:
                    # A program too complex for the verifier with both
                    # compilers says nothing about corecc.
                    if err.startswith("does not load") and \
                            loaded.get("clang", True) is False and comp == "corecc":
                        break
                    loaded[comp] = False
                    if comp == "corecc" or not err.startswith("does not load"):
                        problems.append("seed %d cpu %s %s: %s" % (seed, cpu, comp, err))
                    break
                loaded[comp] = True
                if got != exp:
                    bad = [i for i in range(32) if got[i] != exp[i]]
                    problems.append(
                        "seed %d cpu %s %s: MISMATCH in words %s for inputs %s: "
                        "got %s, expected %s" % (seed, cpu, comp, bad,
                                                 [hex(x) for x in ins],
                                                 [got[i] for i in bad],
                                                 [exp[i] for i in bad]))
                    break
    return problems, runs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corecc", required=True)
    ap.add_argument("--clang", required=True)
    ap.add_argument("--runner", required=True)
    ap.add_argument("--tmp", required=True)
    ap.add_argument("seeds", nargs="+", type=int)
    args = ap.parse_args()
    status = 0
    for seed in args.seeds:
        problems, runs = [], 0
        for gen_cpu, cpus in ((3, ["v1", "v2", "v3", "v4"]), (4, ["v4"])):
            p, n = one(args, seed, gen_cpu, cpus)
            problems += p
            runs += n
        for p in problems:
            print(p)
        if problems:
            status = 1
        else:
            print("seed %d ok (%d runs)" % (seed, runs))
    return status


if __name__ == "__main__":
    sys.exit(main())
