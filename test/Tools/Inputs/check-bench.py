#!/usr/bin/env python3
"""Checks utils/bench's JSON report (the smoke test, not a timing assertion).

    check-bench.py BENCH_DIR NAME...

Every NAME was compiled by corecc and clang-19 with sane figures; ratios are
positive; when the bench could load programs, both compilers' programs loaded
with instruction and verifier counts; bench.md and a plot exist. Prints one
line per check and `ok` at the end; exits 1 on the first failure.
"""
import json
import os
import sys


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def positive(x, what):
    if not isinstance(x, (int, float)) or isinstance(x, bool) or not x > 0:
        fail("%s is %r, not a positive number" % (what, x))


def main():
    out, names = sys.argv[1], sys.argv[2:]
    with open(os.path.join(out, "bench.json")) as f:
        d = json.load(f)
    for key in ("tool", "format", "date", "machine", "versions", "config", "load", "files", "programs",
                "totals", "btf_decode", "core_check", "goal", "notes"):
        if key not in d:
            fail("no %r in the report" % key)
    m = d["machine"]
    positive(m["nproc"], "machine.nproc")
    if not m.get("kernel"):
        fail("no machine.kernel")
    files = {f["name"]: f for f in d["files"]}
    if sorted(files) != sorted(names):
        fail("files %s, expected %s" % (sorted(files), sorted(names)))
    for n in names:
        f = files[n]
        for c in ("corecc", "clang"):
            e = f["compilers"][c]
            if not e["compiled"]:
                fail("%s: %s did not compile: %s" % (n, c, e.get("error")))
            for key in ("object_size", "btf_size", "btf_ext_size", "text_insns"):
                positive(e[key], "%s.%s.%s" % (n, c, key))
            positive(e["compile"]["cpu_ms"], "%s.%s.compile.cpu_ms" % (n, c))
            positive(e["compile"]["wall_ms"], "%s.%s.compile.wall_ms" % (n, c))
            if e["object_size"] <= e["btf_size"] + e["btf_ext_size"]:
                fail("%s.%s: object smaller than its .BTF + .BTF.ext" % (n, c))
        if "gcc" in f["compilers"] and not isinstance(f["compilers"]["gcc"]["compiled"], bool):
            fail("%s: bpf-gcc's 'compiled' is not a boolean" % n)
        positive(f["gbtf"]["object_size"], "%s.gbtf.object_size" % n)
        if f["gbtf"]["object_size"] >= f["compilers"]["corecc"]["object_size"]:
            fail("%s: the -gbtf object is not smaller than the -g one" % n)
        for key in ("object_size", "btf_size", "btf_ext_size", "compile_cpu", "compile_wall", "gbtf_vs_clang_g"):
            positive(f["ratios"][key], "%s.ratios.%s" % (n, key))
    t = d["totals"]
    positive(t["compile_cpu_ms"]["ratio"], "totals.compile_cpu_ms.ratio")
    positive(t["object_size"]["ratio"], "totals.object_size.ratio")
    positive(t["gbtf_vs_clang_g"]["ratio"], "totals.gbtf_vs_clang_g.ratio")
    if t["compiled"]["corecc"] != len(names) or t["compiled"]["clang"] != len(names):
        fail("totals.compiled: %r" % t["compiled"])
    if d["load"]["available"]:
        if not d["programs"]:
            fail("loads available but no programs")
        for r in d["programs"]:
            for c in ("corecc", "clang"):
                p = r[c]
                if p is None or p["status"] != "loaded":
                    fail("%s/%s: %s did not load: %s" % (r["file"], r["program"], c, p and p.get("error")))
                positive(p["insns"], "%s/%s %s insns" % (r["file"], r["program"], c))
                positive(p["verified_insns"], "%s/%s %s verified_insns" % (r["file"], r["program"], c))
            positive(r["insns_ratio"], "%s/%s insns_ratio" % (r["file"], r["program"]))
            positive(r["verified_ratio"], "%s/%s verified_ratio" % (r["file"], r["program"]))
        positive(t["insns"]["ratio"], "totals.insns.ratio")
        positive(t["verified_insns"]["ratio"], "totals.verified_insns.ratio")
        if t["corecc_fails_clang_loads"]:
            fail("corecc fails where clang-19 loads: %r" % t["corecc_fails_clang_loads"])
        if not any(p.endswith(".svg") for p in d["plots"]):
            fail("no SVG plot")
        for p in d["plots"]:
            if not os.path.getsize(p):
                fail("empty plot " + p)
        print("loads: %d programs, both compilers" % len(d["programs"]))
    else:
        print("loads: skipped (%s)" % d["load"]["reason"])
    b = d["btf_decode"]
    if b and not b.get("error"):
        positive(b["from_file"]["ratio"], "btf_decode.from_file.ratio")
        positive(b["from_file"]["types"], "btf_decode.from_file.types")
    k = d["core_check"]
    if not k or k.get("error"):
        fail("core_check: %r" % (k and k.get("error")))
    if k["objects"] != 2 * len(names):
        fail("core_check.objects is %r, expected %d (corecc's and clang-19's)" % (k["objects"], 2 * len(names)))
    positive(k["relocations"], "core_check.relocations")
    positive(k["corecc_all_ms"], "core_check.corecc_all_ms")
    positive(k["corecc_each_ms"], "core_check.corecc_each_ms")
    if d["load"]["available"]:
        positive(k["libbpf_each_ms"], "core_check.libbpf_each_ms")
        positive(k["ratio"], "core_check.ratio")
        positive(k["ratio_per_object"], "core_check.ratio_per_object")
        if not k["agree"]:
            fail("core_check: corecc-btf rejects %r, libbpf fails %r" % (k["corecc_rejects"], k["libbpf_fails"]))
        print("core check: %d objects, corecc-btf and libbpf" % k["objects"])
    else:
        print("core check: %d objects, corecc-btf only" % k["objects"])
    keys = [g["key"] for g in d["goal"]]
    want = ["loads", "verified_insns", "insns", "compile_time"]
    if [k for k in keys if k in want] != want:
        fail("goal keys %r" % keys)
    # With loads: corecc against clang-19 at v1 and v3 (its best cpu).
    if d["load"]["available"]:
        if "verified_best_cpu" not in keys or "verified_2x" not in keys:
            fail("goal keys %r: no clang-19 best-cpu comparison" % keys)
        b = d["totals"]["verified_vs_clang_best_cpu"]
        if b["programs"] <= 0 or not b["ratio"] or b["ratio"] <= 0 or \
                set(b["by_cpu"]) != {"v1", "v3"}:
            fail("best-cpu comparison %r" % {k: b[k] for k in ("programs", "ratio", "by_cpu")})
    # The header cache: cold, warm, against clang-19's own PCH; the objects
    # compiled with the cache are the ones compiled without it.
    h = d.get("header_cache")
    if not h:
        fail("no header_cache in the report")
    for part, key in (("cold", "ratio"), ("warm", "ratio"), ("warm_vs_pch", "ratio")):
        positive(h[part][key], "header_cache.%s.%s" % (part, key))
    if h["identical"] != h["compared"] or h["compared"] != len(names):
        fail("header cache: %d of %d objects identical" % (h["identical"], h["compared"]))
    for k in ("cache_warm", "cache_warm_pch", "cache_cold", "cache_identical"):
        if k not in keys:
            fail("goal keys %r: no %s" % (keys, k))
    print("header cache: %d objects identical" % h["identical"])
    with open(os.path.join(out, "bench.md")) as f:
        md = f.read()
    for n in names:
        if "| %s |" % n not in md:
            fail("bench.md has no row for " + n)
    for h in ("## Goal", "## Totals (corecc / clang-19)", "## Header cache", "## Per file"):
        if h not in md:
            fail("bench.md has no %r" % h)
    print("ok")


main()
