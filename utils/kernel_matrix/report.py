# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Evaluation of a run's results against its specs, and the text report."""
import json
import re
from .common import MARK
from .btf import BTFError
from .expr import Expr, ExprError

# ----------------------------------------------------------------------------
# Evaluation and report.
# ----------------------------------------------------------------------------

def describe_rc(rc):
    try:
        rc = int(rc)
    except (TypeError, ValueError):
        return "exit %s" % rc
    if rc < 0:
        return "killed by signal %d" % -rc
    if rc in (124, 143):
        return "timed out (exit %d)" % rc
    if rc > 128:
        return "killed by signal %d (exit %d)" % (rc - 128, rc)
    return "exit %d" % rc


CRASH_RE = re.compile(r"(BUG: |Oops|Kernel panic|general protection fault|kernel BUG at|WARNING: CPU|"
                      r"Unable to handle kernel|RIP: )")


def find_crash(lines):
    """The first kernel crash report on the console, as a list of lines."""
    for i, line in enumerate(lines):
        if CRASH_RE.search(line):
            return [l for l in lines[i:i + 40] if not l.startswith(MARK)]
    return None


def short(text, n=160):
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 3] + "..."


def evaluate(kernel, objs, invs, results, info):
    """Turns one kernel's raw results into rows and checks."""
    btf = kernel.btf()
    rows, checks, problems = [], [], []

    def check(obj, what, ok, actual=None, expected=None, expr=None, error=None, run=None):
        # ok: True, False, or None (unknown: the kernel gave no result)
        c = {"kernel": kernel.label, "object": obj.id, "what": what, "ok": None if ok is None else bool(ok),
             "actual": actual,
             "expected": expected, "expect": expr, "error": error, "run": run}
        checks.append(c)
        return c

    crash_blamed = False
    if info.get("crash"):
        problems.append("%s: the kernel crashed: %s" % (kernel.label, " | ".join(info["crash"][:3])))
    if not kernel.host and info.get("boot") != "ok":
        problems.append("%s did not finish: %s after %.1f s%s" % (
            kernel.label, info.get("boot"), info.get("seconds") or 0,
            "" if info.get("boot_seconds") else " (init never started); console: " +
            " | ".join(info.get("console_tail", [])[-5:])))
    if not kernel.host and info.get("guest_btf_sha256") and kernel.btf_sha256:
        same = info["guest_btf_sha256"] == kernel.btf_sha256
        info["btf_verified"] = same
        if not same:
            problems.append("%s: the guest's /sys/kernel/btf/vmlinux differs from the BTF extracted from its "
                            "image; expected values are not trustworthy" % kernel.label)
    if kernel.btf_error:
        problems.append("%s: no BTF for expected values: %s" % (kernel.label, kernel.btf_error))

    for n, inv in enumerate(invs):
        o = inv.obj
        if inv.argv is None:
            continue
        r = results.get(n)
        data = None
        err = None
        unknown = False
        if r is None:
            unknown = True
            if info.get("crash") and not crash_blamed and info.get("boot_seconds"):
                err = "the kernel crashed during this invocation: %s" % info["crash"][0]
                crash_blamed = True
                unknown = False
            elif info.get("boot_seconds") or kernel.host:
                err = "no result (the guest stopped before it: %s)" % info.get("boot")
            else:
                err = "no result (the guest did not boot: %s)" % info.get("boot")
        else:
            try:
                data = json.loads(r.get("stdout") or "")
            except ValueError:
                err = "corecc-run %s without JSON: %s" % (describe_rc(r.get("rc")), short(r.get("stderr"), 300))
        inv.data, inv.error, inv.raw = data, err, r
        if inv.index == 0:
            progs = []
            if data:
                progs = data.get("programs") or []
                o.programs = o.programs or [p["name"] for p in progs]
            names = [p["name"] for p in progs] or o.programs
            for name in names:
                p = next((x for x in progs if x["name"] == name), None)
                exp = o.spec.expected_load(name, btf)
                row = {"kernel": kernel.label, "object": o.id, "name": o.spec.name, "compiler": o.compiler,
                       "program": name, "section": p and p.get("section"), "type": p and p.get("type"),
                       "status": p["status"] if p else "unknown", "insns": p and p.get("insns"),
                       "verified_insns": p and p.get("verified_insns"), "error": p and p.get("error"),
                       "expected_load": exp if isinstance(exp, bool) or exp == "any" else None,
                       "runs": [], "ok": True, "note": None}
                if p is None:
                    row["ok"] = None if unknown else False
                    row["status"] = "no result" if unknown else "unknown"
                    row["note"] = err or "not in corecc-run's output"
                elif isinstance(exp, str) and exp != "any":
                    row["ok"] = False
                    row["note"] = exp
                elif exp is True and p["status"] != "loaded":
                    row["ok"] = False
                    row["note"] = "should load"
                elif exp is False and p["status"] == "loaded":
                    row["ok"] = False
                    row["note"] = "should not load"
                c = check(o, "load %s" % name, row["ok"], p and p["status"],
                          {True: "loaded", False: "failed", "any": "any"}.get(exp) if not isinstance(exp, str)
                          or exp == "any" else None,
                          o.spec.load.get(name, o.spec.load.get("*")).text
                          if isinstance(o.spec.load.get(name, o.spec.load.get("*")), Expr) else None,
                          row["note"] if not row["ok"] else None)
                rows.append(row)
            if not names and err:
                check(o, "load", None if unknown else False, error=err)
                rows.append({"kernel": kernel.label, "object": o.id, "name": o.spec.name, "compiler": o.compiler,
                             "program": "(programs unknown)", "section": None, "type": None,
                             "status": "no result" if unknown else "unknown", "insns": None,
                             "verified_insns": None, "error": err, "expected_load": None, "runs": [],
                             "ok": None if unknown else False, "note": err})
            continue
        # A run invocation.
        run = inv.run
        what = "run %d" % inv.index
        if inv.when_error:
            check(o, what, False, error=inv.when_error, run=inv.index)
        if err:
            check(o, what, None if unknown else False, error=err, run=inv.index)
            continue
        refs = {}
        for g in data.get("globals") or []:
            refs[g["name"]] = g.get("value")
        for rr in data.get("runs") or []:
            row = next((x for x in rows if x["object"] == o.id and x["program"] == rr["name"]), None)
            summary = {"run": inv.index, "status": rr.get("status"), "retval": rr.get("retval"),
                       "duration_ns": rr.get("duration_ns"), "error": rr.get("error")}
            if row is not None:
                row["runs"].append(summary)
            if rr.get("status") not in ("ok", "mismatch"):
                check(o, "%s: run %s" % (what, rr["name"]), rr.get("status") == "unsupported" and
                      rr["name"] not in run["retval"], rr.get("status"), error=rr.get("error"), run=inv.index)
                continue
            exp = run["retval"].get(rr["name"])
            if exp:
                ok, want, e = exp.check(rr.get("retval"), btf, refs)
                check(o, "%s: %s retval" % (what, rr["name"]), ok, rr.get("retval"), want, exp.describe(), e,
                      inv.index)
        for t in data.get("triggers") or []:
            row = next((x for x in rows if x["object"] == o.id and x["program"] == t["name"]), None)
            if row is not None:
                row["runs"].append({"run": inv.index, "trigger": True, "status": t.get("status"),
                                    "error": t.get("error")})
            check(o, "%s: trigger %s" % (what, t["name"]), t.get("status") == "ok", t.get("status"),
                  error=t.get("error"), run=inv.index)
        for p in data.get("programs") or []:
            if p.get("status") == "failed":
                check(o, "%s: load %s" % (what, p["name"]), False, "failed", error=p.get("error"), run=inv.index)
        for name, exp in run["globals"].items():
            if name not in refs:
                check(o, "%s: global %s" % (what, name), False, None, None, exp.describe(),
                      "no such global in the results", inv.index)
                continue
            ok, want, e = exp.check(refs[name], btf, refs)
            check(o, "%s: global %s" % (what, name), ok, refs[name], want, exp.describe(), e, inv.index)
        for a in run["assert"]:
            try:
                ok, e = bool(a.eval(btf, refs)), None
            except (ExprError, BTFError) as ex:
                ok, e = False, str(ex)
            check(o, "%s: assert %s" % (what, a.text), ok, None, None, None,
                  e or (None if ok else "false with %s" % ", ".join(
                      "@%s = %s" % (r, json.dumps(refs.get(r))) for r in sorted(a.refs()))), inv.index)
    for inv in invs:
        if inv.argv is None and inv.index:
            checks.append({"kernel": kernel.label, "object": inv.obj.id, "what": "run %d" % inv.index,
                           "ok": True, "skipped": inv.skipped, "run": inv.index})
    return rows, checks, problems


def cell(row):
    if row is None:
        return "-"
    st = row["status"]
    if st == "loaded":
        text = "ok %s/%s" % (row["insns"], row["verified_insns"] if row["verified_insns"] is not None else "?")
        if row["expected_load"] is False:
            text = "LOADED! " + text
    elif st == "failed":
        text = "no (expected)" if row["expected_load"] is False else "FAILED"
        if row["expected_load"] == "any":
            text = "no"
    elif st == "no result":
        text = "?"
    elif st == "unknown":
        text = "ERROR"
    else:
        text = st.upper() if st != "skipped" else "skipped"
    bad_runs = [r for r in row["runs"] if r.get("status") not in ("ok", "unsupported", None)]
    if bad_runs:
        text += " run:" + bad_runs[0]["status"]
    return text


def render_text(report):
    out = []
    kernels = report["kernels"]
    out.append("corecc kernel matrix: %d kernel(s), %d object(s)" % (len(kernels), len(report["objects"])))
    out.append("")
    head = ["kernel", "release", "from", "how", "time", "BTF"]
    table = []
    for k in kernels:
        info = k["vm"]
        how = "host" if k["host"] else "%s %s" % (info.get("accel") or "-", info.get("boot") or "")
        if info.get("boot_seconds"):
            how += " (init at %.1f s)" % info["boot_seconds"]
        btf = "-"
        if k["host"]:
            btf = k["btf"] or "none"
        elif info.get("btf_verified") is True:
            btf = "image = guest (sha256 %s)" % k["btf_sha256"][:12]
        elif info.get("btf_verified") is False:
            btf = "MISMATCH"
        elif k.get("btf_error"):
            btf = "none: " + short(k["btf_error"], 60)
        elif k["btf"]:
            btf = "not checked (sha256 %s)" % (k["btf_sha256"] or "?")[:12]
        src = k.get("package") and "%s %s" % (k["package"], k["version"]) or k.get("source") or ""
        table.append([k["label"], k.get("release") or "?", src, how,
                      "%.1f s" % info["seconds"] if info.get("seconds") is not None else "-", btf])
    out += fmt_table(head, table)
    out.append("")
    labels = [k["label"] for k in kernels]
    progs = []
    for r in report["results"]:
        key = (r["object"], r["program"])
        if key not in progs:
            progs.append(key)
    table = []
    for obj, prog in progs:
        ty = next((r["type"] for r in report["results"] if r["object"] == obj and r["program"] == prog
                   and r["type"]), "")
        cells = []
        for label in labels:
            row = next((r for r in report["results"] if r["kernel"] == label and r["object"] == obj
                        and r["program"] == prog), None)
            cells.append(cell(row))
        table.append(["%s %s" % (obj, prog), ty] + cells)
    out.append("programs (cells: ok INSNS/VERIFIED_INSNS, or why not):")
    out += fmt_table(["object program", "type"] + labels, table)

    fails = [r for r in report["results"] if r["status"] == "failed"]
    if fails:
        out.append("")
        out.append("load failures:")
        for r in fails:
            tag = "expected" if r["expected_load"] is False else ("allowed" if r["expected_load"] == "any"
                                                                  else "UNEXPECTED")
            out.append("  %s %s %s (%s): %s" % (r["kernel"], r["object"], r["program"], tag, short(r["error"], 200)))

    compilers = sorted({o["compiler"] for o in report["objects"]})
    if len(compilers) > 1:
        out.append("")
        out.append("verifier work (sum of verified_insns over programs that loaded everywhere, by compiler):")
        out += fmt_table(["kernel"] + compilers, verifier_table(report, compilers))

    checks = [c for c in report["checks"] if not c.get("skipped")]
    bad = [c for c in checks if c["ok"] is False]
    unknown = [c for c in checks if c["ok"] is None]
    out.append("")
    per_kernel = []
    for label in labels:
        kc = [c for c in checks if c["kernel"] == label]
        per_kernel.append("%s %d/%d" % (label, sum(1 for c in kc if c["ok"]), len(kc)))
    out.append("checks: %d passed, %d failed%s (%s)" % (
        len(checks) - len(bad) - len(unknown), len(bad), ", %d without a result" % len(unknown) if unknown else "",
        ", ".join(per_kernel)))
    for c in bad:
        if c["kernel"] is None:
            out.append("  FAIL %s %s: %s" % (c["object"], c["what"], short(c.get("error"), 300)))
            continue
        out.append("  FAIL %s %s %s: %s" % (c["kernel"], c["object"], c["what"], describe_check(c)))
    for c in unknown[:10]:
        out.append("  NO RESULT %s %s %s: %s" % (c["kernel"], c["object"], c["what"], short(c.get("error"), 200)))
    if len(unknown) > 10:
        out.append("  NO RESULT ... and %d more" % (len(unknown) - 10))
    for p in report["problems"]:
        out.append("  PROBLEM " + p)
    out.append("")
    out.append("result: %s" % report["summary"]["result"])
    return "\n".join(out) + "\n"


def describe_check(c):
    if c["what"].startswith("load ") or ": load " in c["what"]:
        err = c.get("error") if c.get("error") not in ("should load", "should not load") else None
        return "%s, expected %s%s" % (c.get("actual") or "no result", c.get("expected") or "?",
                                      ": " + short(err, 200) if err else "")
    if c.get("expect") is None and c.get("expected") is None:
        return short(c.get("error"), 300)
    text = "got %s, expected %s" % (json.dumps(c.get("actual")), c.get("expect"))
    if c.get("expected") is not None and str(c["expected"]) != str(c.get("expect")):
        text += " = %s" % json.dumps(c["expected"])
    if c.get("error"):
        text += " (%s)" % short(c["error"], 200)
    return text


def verifier_table(report, compilers):
    table = []
    labels = [k["label"] for k in report["kernels"]]
    # Programs (by source name and program) that loaded with every compiler on every kernel.
    keys = {}
    for r in report["results"]:
        keys.setdefault((r["name"], r["program"]), []).append(r)
    good = [k for k, rs in keys.items()
            if all(r["status"] == "loaded" and r["verified_insns"] is not None for r in rs)
            and {r["compiler"] for r in rs} >= set(compilers)]
    for label in labels:
        row = [label]
        for comp in compilers:
            total = sum(r["verified_insns"] for k in good for r in keys[k]
                        if r["kernel"] == label and r["compiler"] == comp)
            insns = sum(r["insns"] for k in good for r in keys[k] if r["kernel"] == label and r["compiler"] == comp)
            row.append("%d verified, %d insns" % (total, insns))
        table.append(row)
    return table


def fmt_table(head, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)] if rows else [len(h) for h in head]
    lines = ["  " + "  ".join(str(h).ljust(w) for h, w in zip(head, widths)).rstrip()]
    for r in rows:
        lines.append("  " + "  ".join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip())
    return lines
