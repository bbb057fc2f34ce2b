#!/usr/bin/env python3
"""Cross-kernel checks on a kernel-matrix JSON report (test/Kernel/matrix-qemu).

The matrix itself checks each kernel against that kernel's own BTF; this
script checks what only shows across kernels, and prints one line per fact
for FileCheck:

  kernel LABEL booted=... btf=verified|host
  same-programs N on LABEL,LABEL,...   programs that load on every kernel
  values NAME LABEL=V ...             a global read on each kernel
  distinct NAME A B                   its values on kernels A and B differ
  negative OBJ PROG loaded=LABELS failed=LABELS
  compiled-once OBJ sha256=...        the same object bytes on every kernel
Exit status 1 with `ERROR: ...` lines when a check fails.
"""
import json
import sys

errors = []


def error(msg):
    errors.append(msg)
    print("ERROR: " + msg)


def main():
    report = json.load(open(sys.argv[1]))
    want_distinct = [a.split(":") for a in sys.argv[2:]]  # NAME:A:B
    kernels = [k["label"] for k in report["kernels"]]
    shas = {}
    for k in report["kernels"]:
        vm = k.get("vm") or {}
        btf = "host" if k["host"] else ("verified" if vm.get("btf_verified") else "UNVERIFIED")
        print("kernel %s booted=%s btf=%s" % (k["label"], vm.get("boot"), btf))
        if vm.get("boot") not in ("ok", "host"):
            error("%s did not boot: %s" % (k["label"], vm.get("boot")))
        if btf == "UNVERIFIED":
            error("%s: the guest's BTF was not verified against the image's" % k["label"])
        if k.get("btf_sha256") in shas.values():
            error("%s has the same BTF as another kernel" % k["label"])
        shas[k["label"]] = k.get("btf_sha256")

    # The same bytes went to every kernel: one object per (name, compiler),
    # and every kernel ran every object.
    for o in report["objects"]:
        ran = {i["kernel"] for i in
               ({"kernel": k["label"], **inv} for k in report["kernels"] for inv in k.get("invocations", []))
               if i["object"] == o["id"] and i["index"] == 0 and i.get("result")}
        if ran != set(kernels):
            error("%s was not loaded on %s" % (o["id"], ", ".join(sorted(set(kernels) - ran))))
        print("compiled-once %s sha256=%s" % (o["id"], o["sha256"][:16]))

    by_prog = {}
    for r in report["results"]:
        by_prog.setdefault((r["object"], r["program"]), {})[r["kernel"]] = r
    same = 0
    for (obj, prog), rows in sorted(by_prog.items()):
        constant = all(r["expected_load"] is True for r in rows.values())
        loaded = sorted(k for k, r in rows.items() if r["status"] == "loaded")
        failed = sorted(k for k, r in rows.items() if r["status"] != "loaded")
        if constant:
            if failed:
                error("%s %s does not load on %s" % (obj, prog, ", ".join(failed)))
            elif set(loaded) == set(kernels):
                same += 1
        else:
            print("negative %s %s loaded=%s failed=%s" % (obj, prog, ",".join(loaded) or "-", ",".join(failed) or "-"))
    print("same-programs %d on %s" % (same, ",".join(kernels)))

    # Globals read on each kernel by the first run of each object.
    values = {}
    for k in report["kernels"]:
        for inv in k.get("invocations", []):
            res = inv.get("result")
            if inv["index"] != 1 or not res:
                continue
            for g in res.get("globals") or []:
                values.setdefault((inv["object"], g["name"]), {})[k["label"]] = g["value"]
    for name, a, b in want_distinct:
        found = [(key, v) for key, v in values.items() if key[1] == name and key[0].endswith("[corecc]")]
        if not found:
            error("no global %s in the results" % name)
            continue
        key, v = found[0]
        print("values %s %s" % (name, " ".join("%s=%s" % (k, v.get(k)) for k in kernels)))
        if v.get(a) is None or v.get(b) is None or v.get(a) == v.get(b):
            error("%s: %s=%s and %s=%s should differ" % (name, a, v.get(a), b, v.get(b)))
        else:
            print("distinct %s %s %s" % (name, a, b))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
