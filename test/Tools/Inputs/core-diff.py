#!/usr/bin/env python3
"""Differential test of `corecc-btf check` against libbpf itself.

For every object and every target BTF, libbpf (through `corecc-run
--no-load -v --btf TARGET OBJ`: everything bpf_object__load does up to CO-RE
relocation, no program loaded) logs each relocation decision; `corecc-btf
check --json` computes the same relocations offline. The two are compared
relocation by relocation:

  * the outcome: patched, poisoned, or failed (libbpf refuses the load);
  * for a patched instruction: its index in the program, the class libbpf
    names (ALU/ALU64, LDX/ST/STX, LDIMM64), the old and the new value, a
    load/store size change;
  * for a poisoned one: the instruction;
  * for a failure: the kind of failure (ambiguity, unexpected instruction
    value, offset too big, unsupported relocation);
  * the candidates libbpf tried (index, target type id, matching or not).

libbpf stops at the first relocation that fails; the relocations after it
are then compared program by program (`--prog`, for both sides). An object
libbpf gives up on before CO-RE (a map it cannot create without its
loader's settings) has its relocations counted as "not reached".

With --min DIR, also: `corecc-btf min` of all objects for each target, given
to libbpf as btf_custom_path, must give the relocations libbpf gives with
the full target (type ids compared by the kind and name they denote).

  core-diff.py [--corecc-btf P] [--corecc-run P] [--target NAME=PATH]...
               [--self] [--min DIR] [-v] OBJ...

Prints one line per disagreement and a summary; exit status 1 if anything
disagrees, 2 on a usage or tool error.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

RELO = re.compile(r"^libbpf: prog '(.+?)': relo #(\d+): (.*)$")
SEC = re.compile(r"^libbpf: sec '(.+)': found (\d+) CO-RE relocations$")
SKIP = re.compile(r"^libbpf: sec '(.+)': skipping CO-RE relocation #(\d+) for insn #(\d+)")
CAND = re.compile(r"^(non-matching|matching) candidate #(\d+) <\w+> \[(\d+)\]")
PATCHED = re.compile(r"^patched insn #(\d+) \((ALU/ALU64|LDX/ST/STX|LDIMM64)\) (imm|off|imm64) (\d+) -> (\d+)$")
MEMSZ = re.compile(r"^patched insn #(\d+) \(LDX/ST/STX\) mem_sz (\d+) -> (\d+)$")
POISON = re.compile(r"^substituting insn #(\d+) w/ invalid insn$")
FAILURES = [
    (re.compile(r"ambiguity"), "ambiguous"),
    (re.compile(r"^unexpected insn #\d+ .*value"), "bad-instruction"),
    (re.compile(r"has unexpected form"), "bad-instruction"),
    (re.compile(r"unexpected mem size"), "bad-instruction"),
    (re.compile(r"trying to relocate unrecognized insn"), "bad-instruction"),
    (re.compile(r"value too big"), "value-too-big"),
    (re.compile(r"^parsing .* failed"), "invalid"),
    (re.compile(r"^error matching candidate"), "invalid"),
    (re.compile(r"unrecognized CO-RE relocation"), "invalid"),
    (re.compile(r"target candidate search failed"), "unsupported"),
    (re.compile(r"doesn't support anonymous types"), "unsupported"),
    (re.compile(r"^failed to relocate"), "failed"),
    (re.compile(r"^failed to patch insn"), "failed"),
]


def run(cmd, check=True):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if check and r.returncode not in (0, 1, 3):
        sys.exit("core-diff: %s: exit %d\n%s" % (" ".join(cmd), r.returncode, r.stderr))
    return r


class Libbpf:
    """What libbpf did to each relocation: {(sec, idx): record}."""

    def __init__(self, stderr):
        self.relos = {}
        self.order = []
        self.skipped = set()
        # libbpf logs "found N CO-RE relocations" when it starts relocating a
        # section; an object that fails before that (a map it cannot
        # create) never reaches CO-RE, and its relocations are not compared.
        self.reached_core = False
        sec = None
        for line in stderr.splitlines():
            m = SEC.match(line)
            if m:
                sec = m.group(1)
                self.reached_core = True
                continue
            m = SKIP.match(line)
            if m:
                self.skipped.add((m.group(1), int(m.group(2))))
                continue
            m = RELO.match(line)
            if not m or sec is None:
                continue
            key = (sec, int(m.group(2)))
            rec = self.relos.get(key)
            if rec is None:
                rec = {"prog": m.group(1), "status": None, "cands": [], "spec": None}
                self.relos[key] = rec
                self.order.append(key)
            rest = m.group(3)
            if rest.startswith("<") and rec["spec"] is None:
                rec["spec"] = rest
                continue
            c = CAND.match(rest)
            if c:
                rec["cands"].append((int(c.group(2)), c.group(1) == "matching", int(c.group(3))))
                continue
            p = PATCHED.match(rest)
            if p:
                rec.update(status="patched", insn=int(p.group(1)), cls=p.group(2),
                           frm=int(p.group(4)), to=int(p.group(5)))
                continue
            p = MEMSZ.match(rest)
            if p:
                rec.update(mem=(int(p.group(2)), int(p.group(3))))
                continue
            p = POISON.match(rest)
            if p:
                insn = int(p.group(1))
                if rec["status"] != "failed":
                    rec["status"] = "poisoned"
                rec["insn"] = min(insn, rec.get("insn", insn)) if rec.get("status") == "poisoned" else insn
                continue
            for pat, kind in FAILURES:
                if pat.search(rest):
                    rec["status"] = "failed"
                    if kind != "failed" or "fail" not in rec:
                        rec.setdefault("fail", kind)
                        if rec["fail"] == "failed":
                            rec["fail"] = kind
                    break


def ours_status(res):
    v = res["verdict"]
    return {"ok": "patched", "missing": "patched", "guarded": "poisoned",
            "poisoned": "poisoned", "failed": "failed"}.get(v)


FAIL_CODES = {
    "ambiguous": {"ambiguous"},
    "bad-instruction": {"bad-instruction"},
    "value-too-big": {"value-too-big"},
    "invalid": {"invalid-record"},
    "unsupported": {"unsupported", "invalid-record"},
    "failed": {"invalid-record", "unsupported", "bad-instruction", "ambiguous", "value-too-big"},
}


def compare(reloc, res, lb):
    """Differences between our result and libbpf's record, as strings."""
    diffs = []
    ours = ours_status(res)
    if ours != lb["status"]:
        return ["outcome: corecc-btf %s (%s), libbpf %s%s" % (
            ours, res["verdict"], lb["status"], " (%s)" % lb.get("fail", "") if lb["status"] == "failed" else "")]
    if ours == "patched":
        p = res.get("patch") or {}
        got = (reloc["prog_insn"], p.get("class"), p.get("from"), p.get("to"))
        want = (lb.get("insn"), lb.get("cls"), lb.get("frm"), lb.get("to"))
        if got != want:
            diffs.append("patch: corecc-btf insn #%s (%s) %s -> %s, libbpf insn #%s (%s) %s -> %s" % (got + want))
        gm = (p.get("mem_size_from"), p.get("mem_size_to")) if "mem_size_from" in p else None
        if gm != lb.get("mem"):
            diffs.append("mem_sz: corecc-btf %s, libbpf %s" % (gm, lb.get("mem")))
    elif ours == "poisoned":
        if reloc["prog_insn"] != lb.get("insn"):
            diffs.append("poisoned insn: corecc-btf #%s, libbpf #%s" % (reloc["prog_insn"], lb.get("insn")))
    else:
        if res.get("error_code") not in FAIL_CODES.get(lb.get("fail"), set()):
            diffs.append("failure: corecc-btf %s (%s), libbpf %s" % (res.get("error_code"), res.get("error"), lb.get("fail")))
    got_c = [(c["index"], c["matched"], c["type_id"]) for c in res.get("candidates", [])]
    if got_c != lb["cands"] and not (ours == "failed" and not lb["cands"]):
        diffs.append("candidates: corecc-btf %s, libbpf %s" % (got_c, lb["cands"]))
    if lb["spec"] and res.get("local_spec") and lb["spec"] != res["local_spec"]:
        diffs.append("local spec: corecc-btf '%s', libbpf '%s'" % (res["local_spec"], lb["spec"]))
    return diffs


class Stats:
    def __init__(self):
        self.compared = self.agree = self.not_reached = self.skipped = 0
        self.disagreements = []
        self.outcomes = {}
        self.done = set()
        self.pending = set()


_LIBBPF_CACHE = {}


def libbpf_log(args, obj, btf, progs=()):
    """libbpf's log of one object on one BTF (the min differential asks again
    for what the check differential asked; each is run once)."""
    key = (obj, btf, tuple(progs))
    if key not in _LIBBPF_CACHE:
        _LIBBPF_CACHE[key] = _libbpf_log(args, obj, btf, progs)
    return _LIBBPF_CACHE[key]


def _libbpf_log(args, obj, btf, progs=()):
    cmd = [args.corecc_run, "--no-load", "-v", "--btf", btf] + [a for p in progs for a in ("--prog", p)] + [obj]
    r = run(cmd, check=False)
    if r.returncode not in (0, 1):
        sys.exit("core-diff: %s: exit %d\n%s" % (" ".join(cmd), r.returncode, r.stderr[-2000:]))
    return Libbpf(r.stderr)


def ours_check(args, objs, targets, progs=()):
    cmd = [args.corecc_btf, "check", "--json"] + objs
    for name, path in targets:
        cmd += ["--target", "%s=%s" % (name, path)]
    for p in progs:
        cmd += ["--prog", p]
    r = run(cmd)
    try:
        data = json.loads(r.stdout)
    except ValueError:
        sys.exit("core-diff: %s: no JSON\n%s" % (" ".join(cmd), r.stderr))
    if args.perturb:
        for o in data["objects"]:
            for reloc in o["relocations"]:
                for res in reloc["results"]:
                    if res.get("patch"):
                        res["patch"]["to"] += 1
    return data


def diff_pair(args, stats, obj, tname, tpath, oobj, ti, progs=()):
    """Compares one object on one target; returns programs left unchecked."""
    lb = libbpf_log(args, obj, tpath, progs)
    first_fail = None
    for reloc in oobj["relocations"]:
        res = reloc["results"][ti]
        key = (reloc["section"], reloc["index"])
        if res["verdict"] == "not-applied":
            continue
        rec = lb.relos.get(key)
        if rec is None:
            if res.get("after_failure") or first_fail is not None or not lb.reached_core:
                stats.pending.add((obj, tname) + key)
                continue
            stats.compared += 1
            stats.disagreements.append("%s on %s: %s #%d (%s %s): libbpf did not relocate it" % (
                obj, tname, reloc["section"], reloc["index"], reloc["kind"], reloc["path"]))
            continue
        stats.compared += 1
        stats.done.add((obj, tname) + key)
        d = compare(reloc, res, rec)
        stats.outcomes[res["verdict"]] = stats.outcomes.get(res["verdict"], 0) + 1
        if d:
            stats.disagreements.append("%s on %s: %s #%d (%s %s): %s" % (
                obj, tname, reloc["section"], reloc["index"], reloc["kind"], reloc["path"], "; ".join(d)))
        else:
            stats.agree += 1
            if args.verbose:
                print("agree: %s on %s: %s #%d %s %s" % (obj, tname, reloc["section"], reloc["index"],
                                                          res["verdict"], rec.get("to", "")))
        if rec["status"] == "failed" and first_fail is None:
            first_fail = key
    if first_fail is None or progs:
        return []
    # libbpf stopped at first_fail: the programs whose relocations it did not
    # reach are compared on their own.
    seen = set(rec["prog"] for rec in lb.relos.values())
    left = []
    for reloc in oobj["relocations"]:
        p = reloc["program"]
        if p and (reloc["section"], reloc["index"]) not in lb.relos and reloc["section"] != ".text" \
                and p not in left and p not in seen:
            left.append(p)
    return left


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corecc-btf", default="corecc-btf")
    ap.add_argument("--corecc-run", default="corecc-run")
    ap.add_argument("--target", action="append", default=[], help="NAME=PATH")
    ap.add_argument("--self", action="store_true", help="also each object's own BTF as target")
    ap.add_argument("--min", metavar="DIR", help="also the min BTF differential, files in DIR")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--perturb", action="store_true",
                    help="self-test: change every value corecc-btf computes by one, so that "
                         "every patched relocation must disagree")
    ap.add_argument("objects", nargs="+")
    args = ap.parse_args()
    targets = []
    for t in args.target:
        name, _, path = t.partition("=")
        if not path:
            sys.exit("core-diff: --target wants NAME=PATH")
        targets.append((name, path))
    if not targets and not args.self:
        sys.exit("core-diff: no target")

    stats = Stats()
    pool = ThreadPoolExecutor(max_workers=args.jobs)

    # One `corecc-btf check` for all objects on the shared targets (a kernel's
    # BTF is read once), one per object on itself.
    shared = {}
    if targets:
        for oobj in ours_check(args, list(args.objects), targets)["objects"]:
            shared[oobj["object"]] = oobj

    def one_object(obj):
        tlist = list(targets) + ([("self", obj)] if args.self else [])
        if targets:
            oobj = shared[obj]
            if args.self:
                own = ours_check(args, [obj], [("self", obj)])["objects"][0]
                for reloc, own_reloc in zip(oobj["relocations"], own["relocations"]):
                    reloc["results"] = reloc["results"] + own_reloc["results"]
        else:
            oobj = ours_check(args, [obj], tlist)["objects"][0]
        local = Stats()
        for ti, (tname, tpath) in enumerate(tlist):
            left = diff_pair(args, local, obj, tname, tpath, oobj, ti)
            for prog in left:
                po = ours_check(args, [obj], [(tname, tpath)], [prog])["objects"][0]
                diff_pair(args, local, obj, tname, tpath, po, 0, [prog])
        return local

    for local in pool.map(one_object, args.objects):
        stats.compared += local.compared
        stats.agree += local.agree
        stats.not_reached += len(local.pending - local.done)
        if args.verbose:
            for k in sorted(local.pending - local.done):
                print("not reached by libbpf: %s on %s: %s #%d" % k)
        stats.disagreements += local.disagreements
        for k, v in local.outcomes.items():
            stats.outcomes[k] = stats.outcomes.get(k, 0) + v

    for d in stats.disagreements:
        print("DISAGREE: " + d)
    npairs = len(args.objects) * (len(targets) + (1 if args.self else 0))
    print("check: %d objects x %d targets: %d relocations compared, %d agree, %d disagree, "
          "%d not reached by libbpf" % (len(args.objects), npairs // max(len(args.objects), 1),
                                        stats.compared, stats.agree, len(stats.disagreements),
                                        stats.not_reached))
    print("check outcomes: " + ", ".join("%s %d" % kv for kv in sorted(stats.outcomes.items())))

    bad = bool(stats.disagreements)
    if args.min:
        bad |= min_diff(args, targets, pool)
    return 1 if bad else 0


def type_names(args, path):
    """id -> "KIND 'name'" of a BTF file."""
    r = run([args.corecc_btf, "dump", path])
    names = {}
    for line in r.stdout.splitlines():
        m = re.match(r"^\[(\d+)\] (\w+) '([^']*)'", line)
        if m:
            names[int(m.group(1))] = "%s '%s'" % (m.group(2), m.group(3))
    return names


def min_diff(args, targets, pool):
    os.makedirs(args.min, exist_ok=True)
    compared = agree = 0
    bad = []
    sizes = []
    for tname, tpath in targets:
        out = os.path.join(args.min, re.sub(r"[^\w.-]", "_", tname) + ".min.btf")
        r = run([args.corecc_btf, "min", "--keep-going", "-o", out, "--target", tpath] + args.objects)
        if not os.path.exists(out):
            sys.exit("core-diff: min for %s wrote nothing\n%s" % (tname, r.stderr))
        sizes.append("%s %d -> %d bytes" % (tname, os.path.getsize(tpath), os.path.getsize(out)))
        full_names = type_names(args, tpath)
        min_names = type_names(args, out)

        def merged_log(obj, btf, progs):
            """libbpf's records, program by program after a failure."""
            first = libbpf_log(args, obj, btf)
            recs = {k: dict(v, run="all") for k, v in first.relos.items()}
            if any(r["status"] == "failed" for r in first.relos.values()):
                seen = set(r["prog"] for r in first.relos.values())
                for p in progs:
                    if p in seen:
                        continue
                    lb = libbpf_log(args, obj, btf, [p])
                    for k, v in lb.relos.items():
                        recs.setdefault(k, dict(v, run=p))
            return recs

        def pair(obj):
            rel = json.loads(run([args.corecc_btf, "relocs", "--json", obj]).stdout)[0]
            progs = []
            for r in rel["relocations"]:
                if r["program"] and r["section"] != ".text" and r["program"] not in progs:
                    progs.append(r["program"])
            return obj, merged_log(obj, tpath, progs), merged_log(obj, out, progs)

        for obj, full, mini in pool.map(pair, args.objects):
            for key in sorted(full):
                f = full[key]
                m = mini.get(key)
                compared += 1
                if m is None:
                    bad.append("min %s on %s: %s #%d: libbpf did not relocate it with the min BTF" % (obj, tname, key[0], key[1]))
                    continue
                fc = [full_names.get(c[2]) for c in f["cands"] if c[1]]
                mc = [min_names.get(c[2]) for c in m["cands"] if c[1]]
                ft, mt = f.get("to"), m.get("to")
                if f["spec"] and "<target_type_id>" in f["spec"] and f["status"] == "patched":
                    ft, mt = full_names.get(ft, ft) if ft else ft, min_names.get(mt, mt) if mt else mt
                got = (m["status"], m.get("insn"), m.get("cls"), m.get("frm"), mt, m.get("mem"), m.get("fail"), sorted(set(mc)))
                want = (f["status"], f.get("insn"), f.get("cls"), f.get("frm"), ft, f.get("mem"), f.get("fail"), sorted(set(fc)))
                if got != want:
                    bad.append("min %s on %s: %s #%d: min %s, full %s" % (obj, tname, key[0], key[1], got, want))
                else:
                    agree += 1
            for key in mini:
                if key not in full:
                    bad.append("min %s on %s: %s #%d: relocated only with the min BTF" % (obj, tname, key[0], key[1]))
    for d in bad:
        print("DISAGREE: " + d)
    print("min: %d relocations compared (min BTF vs full BTF under libbpf), %d agree, %d disagree" % (
        compared, agree, len(bad)))
    for s in sizes:
        print("min size: " + s)
    return bool(bad)


if __name__ == "__main__":
    sys.exit(main())
