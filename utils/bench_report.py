# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""bench.md, written from what utils/bench measured (the dict it also saves as
bench.json). The document is a list of sections; a section is paragraphs,
bullets and tables; Table is the one place that lays a table out."""
import os
from dataclasses import dataclass, field
from typing import List

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABEL = {"corecc": "corecc", "clang": "clang-19", "gcc": "bpf-gcc"}
COMPILERS = ("corecc", "clang", "gcc")


def fmt(x, nd=3):
    if x is None:
        return "—"
    if isinstance(x, float):
        return ("%%.%df" % nd) % x
    return str(x)


def kib(n):
    return "—" if n is None else "%.1f" % (n / 1024.0)


def cell(p):
    """A program's load result: "insns / verified insns", skipped or FAIL."""
    if p is None:
        return "—"
    if p.get("status") == "loaded":
        return "%s / %s" % (fmt(p.get("insns")), fmt(p.get("verified_insns")))
    if p.get("status") == "skipped":
        return "skipped"
    return "FAIL"


def ratio(r):
    return fmt(r)


@dataclass
class Table:
    columns: List[str]
    rows: List[List[str]] = field(default_factory=list)

    def add(self, *cells):
        if len(cells) != len(self.columns):
            raise ValueError("a row of %d cells in a table of %d columns" % (len(cells), len(self.columns)))
        self.rows.append([self._text(c) for c in cells])

    @staticmethod
    def _text(c):
        if isinstance(c, float):
            return fmt(c)
        return "" if c is None else str(c).replace("|", "\\|")

    def lines(self):
        def row(cells):
            return "|" + "|".join(" %s " % c if c else " " for c in cells) + "|"
        return [row(self.columns), "|" + "|".join(" --- " for _ in self.columns) + "|"] + \
            [row(r) for r in self.rows]


@dataclass
class Markdown:
    lines: List[str] = field(default_factory=list)

    def heading(self, text, level=2):
        self.lines += ["#" * level + " " + text, ""]

    def para(self, text):
        self.lines += [text, ""]

    def bullets(self, items, intro=None):
        if intro:
            self.lines += [intro, ""]
        self.lines += ["- " + i for i in items] + [""]

    def table(self, t):
        self.lines += t.lines() + [""]

    def text(self):
        return "\n".join(self.lines)


def header(doc, d):
    m = d["machine"]
    doc.heading("corecc benchmark: corecc vs clang-19%s" % (" and bpf-gcc" if d["config"]["gcc"] else ""), 1)
    items = [
        "date: %s" % d["date"],
        "machine: %s CPUs (%s), kernel %s, load average %s at start, %s at end" % (
            m["nproc"], m["cpu_model"], m["kernel"],
            " ".join(fmt(x, 2) for x in d["load_start"] or []), " ".join(fmt(x, 2) for x in d["load_end"] or [])),
        "corecc: %s (git %s); %s; %s" % (d["versions"].get("corecc"), d["git"].get("describe"),
                                         d["versions"].get("clang"), d["versions"].get("gcc") or "no bpf-gcc"),
        "command: `%s`" % d["command"],
    ]
    if d["config"].get("corecc_flags"):
        items.append("**corecc given extra flags: `%s`**" % " ".join(d["config"]["corecc_flags"]))
    tools = d.get("tools") or {}
    if tools.get("built"):
        snap = tools["snapshot_of"]
        items.append("tools: a copy of %s/bin taken at the start (corecc built %s)" % (
            os.path.relpath(snap, ROOT) if snap.startswith(ROOT) else snap,
            tools["built"].get("corecc")))
    items.append("mode: %s, %d timed compile(s) per compiler and file after one untimed compile, compilers "
                 "interleaved; compile time = median CPU time (user+sys) of the compiler process, wall time "
                 "alongside" % ("quick" if d["config"]["quick"] else "full", d["config"]["runs"]))
    items.append("seconds: %s" % fmt(d["seconds"], 1))
    doc.bullets(items)


def goal(doc, d):
    doc.heading("Goal")
    t = Table(["criterion", "value", "met"])
    for g in d["goal"]:
        v = g["value"]
        t.add(g["criterion"], v if isinstance(v, str) else fmt(v), {True: "yes", False: "**no**", None: "?"}[g["met"]])
    doc.table(t)


def totals(doc, d):
    tot = d["totals"]
    doc.heading("Totals (corecc / clang-19)")
    t = Table(["figure", "corecc", "clang-19", "ratio", "note"])
    if "insns" in tot:
        for key, what in (("insns", "instructions after libbpf relocation"),
                          ("verified_insns", "verifier processed insns")):
            x = tot[key]
            t.add(what, x["corecc"], x["clang"], ratio(x["ratio"]),
                  "%d programs both loaded; geomean %s; corecc fewer in %d, equal %d, more %d" % (
                      x["programs"], fmt(x["geomean_of_program_ratios"]), x["corecc_better"], x["equal"],
                      x["clang_better"]))
    for kind, what in (("cpu", "compile CPU time, ms (sum of medians)"),
                       ("wall", "compile wall time, ms (sum of medians)")):
        x = tot["compile_%s_ms" % kind]
        t.add(what, "%.0f" % x["corecc"], "%.0f" % x["clang"], ratio(x["ratio"]),
              "geomean of file ratios %s; sums of the fastest runs %.0f / %.0f = %s" % (
                  fmt(x["geomean_of_file_ratios"]), x["corecc_min"], x["clang_min"], fmt(x["ratio_of_min"])))
    for key, what in (("object_size", "object size, bytes (-O2 -g)"), ("btf_size", ".BTF bytes"),
                      ("btf_ext_size", ".BTF.ext bytes"), ("debug_size", ".debug_* bytes"),
                      ("text_insns", "code in the object, insns")):
        x = tot[key]
        t.add(what, x["corecc"], x["clang"], ratio(x["ratio"]), "")
    x = tot["gbtf_vs_clang_g"]
    t.add("corecc -gbtf object vs clang-19 -g object, bytes", x["corecc_gbtf"], x["clang_g"], ratio(x["ratio"]),
          "largest file ratio %s (%s)" % (fmt(x["max_file_ratio"]), x["max_file"]))
    btf_decode_rows(t, d.get("btf_decode") or {})
    core_check_rows(t, d.get("core_check") or {})
    doc.table(t)


def btf_decode_rows(t, b):
    for mode in ("from_file", "from_memory"):
        e = b.get(mode)
        if not e or e.get("ratio") is None:
            continue
        t.add("BTF decode of %s (%s types), ms, vs libbpf btf__parse" % (b["path"], e["types"]),
              "%.3f" % e["corecc_ms"], "%.3f (libbpf)" % e["libbpf_ms"], ratio(e["ratio"]),
              "median of %d rounds of %d, %s; fastest run %s vs %s ms, ratio %s" % (
                  b["rounds"], b["runs_per_round"],
                  "from the file" if mode == "from_file" else "bytes already in memory",
                  fmt(e.get("corecc_min_ms")), fmt(e.get("libbpf_min_ms")), fmt(e.get("ratio_min"))))


def core_check_rows(t, k):
    if k.get("corecc_all_ms") is None:
        return
    what = "%d objects (%s), %s relocations, against %s" % (
        k["objects"], "+".join(LABEL.get(c, c) for c in k["compilers"]), k.get("relocations"), k["target"])
    lib = k.get("libbpf_each_ms")
    lib_text = "—" if lib is None else "%.0f (libbpf)" % lib
    t.add("CO-RE check of %s, ms: corecc-btf check (one process) vs libbpf open+prepare (corecc-run --no-load "
          "--btf, a process per object)" % what, "%.0f" % k["corecc_all_ms"], lib_text, ratio(k.get("ratio")),
          "wall, median of %d rounds; CPU %s / %s = %s" % (
              k["rounds"], fmt(k.get("corecc_all_cpu_ms"), 0), fmt(k.get("libbpf_each_cpu_ms"), 0),
              fmt(k.get("ratio_cpu"))))
    if k.get("corecc_each_ms") is not None:
        t.add("the same, a corecc-btf check process per object, ms", "%.0f" % k["corecc_each_ms"], lib_text,
              ratio(k.get("ratio_per_object")),
              "start-up (`--help`) %s / %s ms a process; less start-up: %s / %s ms = %s" % (
                  fmt(k.get("startup_corecc_ms"), 1), fmt(k.get("startup_libbpf_ms"), 1),
                  fmt(k.get("corecc_each_net_ms"), 0), fmt(k.get("libbpf_each_net_ms"), 0),
                  fmt(k.get("ratio_net"))))


def verifier_by_cpu(doc, d):
    bc = d["totals"].get("verified_vs_clang_best_cpu")
    if not bc or not bc["programs"]:
        return
    doc.heading("Verifier work against clang-19 at v1 and v3")
    doc.para("corecc at its cpu (default v3) against clang-19 at v1 (its default) and v3, over the %d programs "
             "corecc loads and clang-19 loads at one of them; \"best\" is clang-19's fewer." % bc["programs"])
    t = Table(["against", "programs", "corecc", "clang-19", "ratio"])
    for cpu, x in sorted(bc["by_cpu"].items()):
        if x["programs"]:
            t.add("clang-19 -mcpu=%s" % cpu, x["programs"], x["corecc"], x["clang"], ratio(x["ratio"]))
    t.add("clang-19 at its best cpu", bc["programs"], bc["corecc"], bc["clang_best"], ratio(bc["ratio"]))
    doc.table(t)
    doc.para("Worst ratios against the best cpu: %s. Programs above 2x: %s." % (
        ", ".join("%s/%s %s (corecc %d, clang-19 %s)" % (
            r["file"], r["program"], fmt(r["ratio"]), r["corecc"],
            " / ".join("%s %s" % (c, v) for c, v in sorted(r["clang"].items()))) for r in bc["worst"]) or "none",
        ", ".join("%s/%s" % (r["file"], r["program"]) for r in bc["above_2x"]) or "none"))


def verdicts(doc, d):
    k = d.get("core_check") or {}
    if k.get("corecc_all_ms") is not None:
        if k.get("corecc_rejects") or k.get("libbpf_fails"):
            doc.para("CO-RE check verdicts: corecc-btf rejects %s; libbpf fails to prepare %s." % (
                ", ".join(k.get("corecc_rejects") or []) or "none",
                "not run" if k.get("libbpf_fails") is None else (", ".join(k["libbpf_fails"]) or "none")))
        elif k.get("libbpf_fails") is not None:
            doc.para("CO-RE check verdicts: every object relocates on %s, by corecc-btf check and by libbpf." %
                     k["target"])
    elif k.get("error"):
        doc.para("CO-RE check timing: %s" % k["error"])
    tot = d["totals"]
    if "programs" in tot:
        p = tot["programs"]
        doc.para("Programs: %d; loaded by corecc %d, clang-19 %d%s; both %d; neither %d." % (
            p["programs"], p["corecc_loaded"], p["clang_loaded"],
            (", bpf-gcc %d" % p["gcc_loaded"]) if d["config"]["gcc"] else "", p["both_loaded"], p["neither_loaded"]))
        for key, intro in (("corecc_fails_clang_loads", "**corecc fails where clang-19 loads:**"),
                           ("clang_fails_corecc_loads", "clang-19 fails where corecc loads:")):
            if tot[key]:
                doc.bullets(["%s/%s: %s" % (f["file"], f["program"], f["error"]) for f in tot[key]], intro)
    doc.para("Compiled: " + ", ".join("%s %d/%d" % (LABEL[c], n, tot["files"])
                                      for c, n in tot["compiled"].items()) + ".")


def header_cache(doc, d):
    hc = d.get("header_cache")
    if not hc:
        return
    doc.heading("Header cache (CPU time, corecc / clang-19)")
    t = Table(["", "corecc ms", "clang-19 ms", "ratio"])
    t.add("cold: every file once, empty cache", "%.0f" % hc["cold"]["corecc_ms"], "%.0f" % hc["cold"]["clang_ms"],
          ratio(hc["cold"]["ratio"]))
    t.add("warm, against clang-19 without a PCH", "%.0f" % hc["warm"]["corecc_ms"], "%.0f" % hc["warm"]["clang_ms"],
          ratio(hc["warm"]["ratio"]))
    t.add("warm, against clang-19 with its own PCH", "%.0f" % hc["warm_vs_pch"]["corecc_ms"],
          "%.0f" % hc["warm_vs_pch"]["clang_pch_ms"], ratio(hc["warm_vs_pch"]["ratio"]))
    doc.table(t)
    doc.para("Peak RSS, warm: corecc %s KiB, clang-19 %s KiB. Objects identical with and without the cache: "
             "%d of %d." % (hc["peak_rss_kb"]["corecc_warm"], hc["peak_rss_kb"]["clang"], hc["identical"],
                            hc["compared"]))


def scaling(doc, d):
    sc = d.get("scaling")
    if not sc:
        return
    doc.heading("Compile time against input size (CPU ms; growth per doubling in brackets)")

    def g(row, k):
        v = row.get(k + "_ms")
        if v is None:
            return "—"
        gr = row.get(k + "_growth")
        return "%.0f" % v + (" (%.2f)" % gr if gr else "")
    t = Table(["functions", "bytes", "corecc -g", "clang-19 -g", "corecc -g0", "clang-19 -g0"])
    for row in sc["rows"]:
        t.add(row["functions"], row["bytes"], g(row, "corecc-g"), g(row, "clang-g"), g(row, "corecc-g0"),
              g(row, "clang-g0"))
    doc.table(t)


def per_file(doc, d):
    doc.heading("Per file")
    gcc = d["config"]["gcc"]
    cols = ["file", "flags", "compile ms corecc", "clang-19", "ratio", "object KiB corecc", "clang-19", "ratio",
            ".BTF corecc", "clang-19", ".BTF.ext corecc", "clang-19", "-gbtf KiB", "-gbtf / clang -g"]
    t = Table(cols + (["bpf-gcc"] if gcc else []))

    def ms(e):
        if not e["compiled"]:
            return "FAIL"
        return "%.0f" % e["compile"]["cpu_ms"] if e.get("compile") else "—"
    for f in d["files"]:
        c, l, r = f["compilers"]["corecc"], f["compilers"]["clang"], f["ratios"]
        cells = [f["name"], " ".join(f["flags"]), ms(c), ms(l), fmt(r.get("compile_cpu")),
                 kib(c.get("object_size")), kib(l.get("object_size")), fmt(r.get("object_size")),
                 fmt(c.get("btf_size")), fmt(l.get("btf_size")), fmt(c.get("btf_ext_size")),
                 fmt(l.get("btf_ext_size")), kib((f.get("gbtf") or {}).get("object_size")),
                 fmt(r.get("gbtf_vs_clang_g"))]
        if gcc:
            gc = f["compilers"].get("gcc") or {}
            if gc.get("compiled"):
                if gc.get("load_error"):
                    lo = "; libbpf cannot open it"
                elif gc.get("programs") is not None:
                    lo = "; loads %d/%d" % (sum(1 for p in gc["programs"] if p["status"] == "loaded"),
                                            len(gc["programs"]))
                else:
                    lo = ""
                cells.append("%s ms, %s KiB%s" % (ms(gc), kib(gc.get("object_size")), lo))
            else:
                cells.append("FAIL: %s" % (gc.get("error") or "")[:90])
        t.add(*cells)
    doc.table(t)


def per_program(doc, d):
    if not d["load"]["available"]:
        doc.para("Load columns skipped: %s" % d["load"]["reason"])
        return
    doc.heading("Per program (instructions after libbpf relocation / verifier processed insns)")
    gcc = d["config"]["gcc"]
    t = Table(["file", "program", "type", "corecc", "clang-19", "insns ratio", "verified ratio"] +
              (["bpf-gcc"] if gcc else []))
    for r in d["programs"]:
        cells = [r["file"], r["program"], r.get("type") or "", cell(r["corecc"]), cell(r["clang"]),
                 fmt(r["insns_ratio"]), fmt(r["verified_ratio"])]
        if gcc:
            cells.append(cell(r["gcc"]) if r["gcc"] else "—")
        t.add(*cells)
    doc.table(t)
    fails = [(r, c) for r in d["programs"] for c in COMPILERS if r[c] and r[c].get("status") == "failed"]
    if fails:
        doc.bullets(["%s %s/%s: %s" % (LABEL[c], r["file"], r["program"],
                                       (r[c].get("error") or "").replace("\n", " ")[:200]) for r, c in fails],
                    "Load failures:")


def other_kernels(doc, d):
    k = d.get("kernels")
    if k and k.get("per_kernel"):
        doc.heading("Verifier work on other kernels (utils/kernel-matrix)")
        t = Table(["kernel", "release", "programs both loaded", "verified corecc", "clang-19", "ratio",
                   "insns corecc", "clang-19", "ratio", "corecc fails, clang loads"])
        for kern, x in sorted(k["per_kernel"].items()):
            t.add(kern, (k.get("releases") or {}).get(kern, ""), x["both_loaded"], x["corecc_verified"],
                  x["clang_verified"], ratio(x["verified_ratio"]), x["corecc_insns"], x["clang_insns"],
                  ratio(x["insns_ratio"]),
                  ", ".join("%s/%s" % (f["file"], f["program"]) for f in x["corecc_fails_clang_loads"]) or "none")
        doc.table(t)
    elif k:
        doc.para("Kernel matrix: %s" % (k.get("skipped") or k.get("error")))


def closing(doc, d):
    if d.get("plots"):
        doc.para("Plot: " + ", ".join("[%s](%s)" % (os.path.basename(p), os.path.basename(p)) for p in d["plots"]))
    if d["notes"]:
        doc.heading("Notes")
        doc.bullets(d["notes"])


SECTIONS = (header, goal, totals, verifier_by_cpu, verdicts, header_cache, scaling, per_file, per_program,
            other_kernels, closing)


def render(d):
    doc = Markdown()
    for section in SECTIONS:
        section(doc, d)
    return doc.text()


def write_markdown(path, d):
    with open(path, "w") as f:
        f.write(render(d))
