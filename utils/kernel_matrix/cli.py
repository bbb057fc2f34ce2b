# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""corecc kernel matrix: load and run BPF objects on real kernels under qemu.

    kernel-matrix run   [options] INPUT... -k KERNEL...   the matrix
    kernel-matrix fetch [--check] KERNEL...               download/extract only
    kernel-matrix eval  -k KERNEL EXPR...                 BTF expressions
    kernel-matrix btf   KERNEL -o FILE                    a kernel's BTF

An INPUT is a run spec (NAME.run.json), a BPF C source (compiled here by every
--compiler) or a BPF object. A KERNEL is `host` (the running kernel, no VM),
`debian-X.Y` (newest Debian package of that series known to apt), a Debian
package name, a .deb file or a vmlinuz (bzImage) file.

For each kernel the objects, a static corecc-run and busybox go into a
generated initramfs; the kernel boots under qemu, loads every object with
libbpf against its own /sys/kernel/btf/vmlinux, runs what the specs ask for,
prints JSON on the serial console and powers off. Expected values are
expressions over BTF (offsetof(struct task_struct, pid), exists(...), ...)
evaluated against each kernel's own BTF, extracted from its image.

docs/kernel-matrix.md is the manual.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import sys
import tempfile
import time
from . import common
from .common import EXIT_FAIL, EXIT_INFRA, EXIT_OK, EXIT_USAGE, InfraError, ROOT, UsageError, log
from .btf import BTF, BTFError
from .images import elf_section
from .expr import Expr, ExprError
from .kernels import Kernel, assign_labels, prepare_kernel
from .inputs import compile_objects, spec_for_input, vmlinux_h_dir, vmlinux_h_from_btf
from .vm import cross_loader, find_static_loader, run_host, run_vm
from .report import evaluate, render_text

# ----------------------------------------------------------------------------
# Commands.
# ----------------------------------------------------------------------------

def parse_kernel_args(values):
    kernels, labels = [], []
    for v in values:
        for item in v.split(","):
            item = item.strip()
            if not item:
                continue
            label = None
            m = re.match(r"^([A-Za-z0-9._-]+)=(.+)$", item)
            if m and not os.path.exists(item):
                label, item = m.group(1), m.group(2)
            kernels.append(Kernel(item))
            labels.append(label)
    return kernels, labels


def cmd_fetch(args):
    kernels, labels = parse_kernel_args(args.kernel)
    rc = 0
    for k in kernels:
        try:
            prepare_kernel(k, allow_download=not args.check)
        except (InfraError, UsageError) as e:
            print("%s: %s" % (k.spec, e))
            rc = EXIT_INFRA
            continue
        assign_labels([k], [None])
        if not k.arch.host:
            # A guest of another architecture also needs its loader and
            # busybox: fetched (and built) with the kernel.
            try:
                loader = cross_loader(k.arch, build=not args.check)
            except InfraError as e:
                print("%s: %s" % (k.spec, e))
                rc = EXIT_INFRA
                continue
        print("%s: %s %s vmlinuz=%s btf=%s%s" % (
            k.spec, k.release, "%s %s" % (k.package, k.version) if k.package else k.source, k.vmlinuz,
            k.btf_path, "" if not k.btf_error else " (BTF: %s)" % k.btf_error))
    return rc


def cmd_btf(args):
    k = Kernel(args.kernel)
    prepare_kernel(k)
    if not k.btf_path:
        raise InfraError(k.btf_error or "no BTF")
    shutil.copyfile(k.btf_path, args.output)
    return 0


def cmd_eval(args):
    k = Kernel(args.kernel)
    if os.path.isfile(args.kernel) and not args.kernel.endswith(".deb"):
        with open(args.kernel, "rb") as f:
            head = f.read(4)
        if head[:2] in (b"\x9f\xeb", b"\xeb\x9f"):  # a raw BTF file
            k.btf_path = args.kernel
        elif head == b"\x7fELF":
            with open(args.kernel, "rb") as f:
                sec = elf_section(f.read(), ".BTF")
            if sec is None:
                raise UsageError("%s has no .BTF section" % args.kernel)
            k._btf = BTF(sec)
        else:
            prepare_kernel(k)
    else:
        prepare_kernel(k)
    btf = k.btf()
    if btf is None:
        raise InfraError(k.btf_error or "no BTF for %s" % args.kernel)
    rc = 0
    for text in args.expr:
        try:
            print("%s = %d" % (text, Expr(text).eval(btf)))
        except (ExprError, BTFError) as e:
            print("%s: error: %s" % (text, e))
            rc = EXIT_FAIL
    return rc


def cmd_run(args):
    kernels, labels = parse_kernel_args(args.kernel)
    if not kernels:
        raise UsageError("no kernels: give -k host, -k debian-6.1, ...")
    if not args.inputs:
        raise UsageError("no inputs: give run specs (.run.json), BPF C sources or objects")
    specs = [spec_for_input(p, args.spec_dir) for p in args.inputs]
    compilers = []
    for c in args.compiler or ["corecc"]:
        compilers += [x for x in c.split(",") if x]
    workdir = args.work_dir or tempfile.mkdtemp(prefix="corecc-kernel-matrix-")
    os.makedirs(workdir, exist_ok=True)
    started = time.time()
    report = {"tool": "corecc kernel-matrix", "format": 1,
              "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "host": os.uname().release, "work_dir": workdir, "kernels": [], "objects": [], "compile_failures": [], "results": [],
              "checks": [], "problems": [], "summary": {}}
    try:
        for k in kernels:
            try:
                prepare_kernel(k)
            except InfraError as e:
                k.release = k.release or None
                k.btf_error = k.btf_error or str(e)
                k.prepare_error = str(e)
        assign_labels(kernels, labels)
        # Sources are compiled once per architecture among the kernels: for
        # x86 against the given (or the running kernel's) vmlinux.h, for
        # another architecture against one made from its first kernel's BTF.
        arches = []
        for k in kernels:
            if k.arch not in arches and not getattr(k, "prepare_error", None):
                arches.append(k.arch)
        if not arches:
            arches = [kernels[0].arch]
        if any(s.source for s in specs):
            args.vmlinux_h_dirs = {}
            for a in arches:
                args.vmlinux_h_dirs[a.name] = vmlinux_h_dir(args) if a.host else \
                    vmlinux_h_from_btf(args, next(k for k in kernels if k.arch is a))
        objdir = os.path.join(workdir, "obj")
        os.makedirs(objdir, exist_ok=True)
        objs = compile_objects(specs, compilers, args, objdir, report["compile_failures"], arches)
        report["objects"] = [o.to_json() for o in objs]
        for f in report["compile_failures"]:
            report["checks"].append({"kernel": None, "object": f["object"], "what": "compile", "ok": False,
                                     "error": f["error"], "actual": None, "expected": None, "expect": None,
                                     "run": None})
        args.loader_path = {}
        for a in arches:
            if any(not k.host and k.arch is a for k in kernels):
                try:
                    args.loader_path[a.name] = find_static_loader(args, a)
                except InfraError as e:
                    for k in kernels:
                        if k.arch is a and not getattr(k, "prepare_error", None):
                            k.prepare_error = str(e)
        for k in kernels:
            entry = k.to_json()
            report["kernels"].append(entry)
            if getattr(k, "prepare_error", None):
                entry["vm"] = {"boot": "unavailable", "seconds": None}
                report["problems"].append("%s: %s" % (k.label, k.prepare_error))
                continue
            log("%s: %s (%s)" % (k.label, k.release, "running kernel" if k.host else "qemu"))
            try:
                if k.host:
                    invs, results, info = run_host(k, objs, args)
                else:
                    invs, results, info = run_vm(k, objs, args, workdir)
            except InfraError as e:
                entry["vm"] = {"boot": "unavailable", "seconds": None}
                report["problems"].append("%s: %s" % (k.label, e))
                log("%s: %s" % (k.label, e))
                continue
            rows, checks, problems = evaluate(k, objs, invs, results, info)
            entry["vm"] = info
            entry["invocations"] = [
                {"n": n, "object": inv.obj.id, "index": inv.index, "argv": inv.argv,
                 "skipped": inv.skipped, "rc": (results.get(n) or {}).get("rc"),
                 "t0": (results.get(n) or {}).get("t0"), "t1": (results.get(n) or {}).get("t1"),
                 "result": getattr(inv, "data", None), "error": getattr(inv, "error", None),
                 "stderr": (results.get(n) or {}).get("stderr")}
                for n, inv in enumerate(invs)]
            report["results"] += rows
            report["checks"] += checks
            report["problems"] += problems
            log("%s: %s in %.1f s" % (k.label, info.get("boot"), info.get("seconds") or 0))
    finally:
        if not args.work_dir and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
            report["work_dir"] = None
    bad_checks = [c for c in report["checks"] if c["ok"] is False]
    unexpected_fail = [r for r in report["results"] if r["expected_load"] is True and r["status"] == "failed"]
    missing = [k for k in report["kernels"] if k["vm"].get("boot") not in ("ok", "host")]
    if bad_checks or unexpected_fail:
        result, rc = "FAIL", EXIT_FAIL
    elif missing or report["problems"]:
        result, rc = "INCOMPLETE (not every kernel gave results)", EXIT_INFRA
    else:
        result, rc = "OK", EXIT_OK
    report["summary"] = {
        "result": result, "exit_code": rc, "seconds": round(time.time() - started, 1),
        "checks": len([c for c in report["checks"] if not c.get("skipped")]), "failed_checks": len(bad_checks),
        "checks_without_result": len([c for c in report["checks"] if c["ok"] is None]),
        "unexpected_load_failures": len(unexpected_fail),
        "programs": len({(r["object"], r["program"]) for r in report["results"]}),
    }
    if args.json:
        text = json.dumps(report, indent=1) + "\n"
        if args.json == "-":
            sys.stdout.write(text)
        else:
            with open(args.json, "w") as f:
                f.write(text)
    if args.json != "-":
        sys.stdout.write(render_text(report))
    if args.text:
        with open(args.text, "w") as f:
            f.write(render_text(report))
    return rc


def main(argv):
    ap = argparse.ArgumentParser(prog="kernel-matrix", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="See docs/kernel-matrix.md.")
    ap.add_argument("-v", "--verbose", action="store_true", help="say what is being run")
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build"),
                    help="corecc's build directory (bin/corecc, bin/corecc-run, bin/corecc-run-static)")
    sub = ap.add_subparsers(dest="cmd", required=True)

    r = sub.add_parser("run", help="load and run objects on kernels, print the matrix")
    r.add_argument("inputs", nargs="*", metavar="INPUT", help="run spec (.run.json), BPF C source or object")
    r.add_argument("-k", "--kernel", action="append", default=[],
                   help="[LABEL=]KERNEL: host, debian-X.Y, a package name, a .deb or a vmlinuz "
                   "(repeatable, or comma-separated)")
    r.add_argument("--spec-dir", action="append", default=[], help="where to look for NAME.run.json of a .c/.o "
                   "input that has none next to it (repeatable)")
    r.add_argument("-c", "--compiler", action="append", help="corecc (default) and/or clang, for C inputs "
                   "(repeatable, or comma-separated)")
    r.add_argument("--cflag", action="append", default=[], help="extra flag for every compile (repeatable)")
    r.add_argument("--vmlinux-h", help="the vmlinux.h for C inputs (default: generated from the running "
                   "kernel's BTF into the cache)")
    r.add_argument("--json", metavar="FILE", help="write the JSON report to FILE (- for stdout, then no text)")
    r.add_argument("--text", metavar="FILE", help="also write the text report to FILE")
    r.add_argument("--timeout", type=int, default=0, help="time limit per kernel in seconds "
                   "(default 90 + 5 per corecc-run invocation)")
    r.add_argument("--run-timeout", type=int, default=60, help="time limit of one corecc-run (default 60)")
    r.add_argument("--accel", choices=("auto", "kvm", "tcg"), default="auto",
                   help="auto: KVM if a guest reaches init within --kvm-probe-timeout, else TCG "
                   "(the verdict is cached)")
    r.add_argument("--kvm-probe-timeout", type=int, default=20)
    r.add_argument("--lock-timeout", type=int, default=900, help="how long to wait for another kernel-matrix "
                   "VM on this machine to finish (one VM at a time; default 900 s)")
    r.add_argument("--memory", type=int, default=1024, help="guest memory in MiB (default 1024)")
    r.add_argument("--append", help="extra kernel command line")
    r.add_argument("--loader", help="the static corecc-run for guests (default: BUILD/bin/corecc-run-static, "
                   "built if missing)")
    r.add_argument("--work-dir", help="keep objects, initramfs and console logs here")
    r.add_argument("--keep", action="store_true", help="keep the temporary work directory")

    f = sub.add_parser("fetch", help="download and extract kernels into the cache")
    f.add_argument("kernel", nargs="+")
    f.add_argument("--check", action="store_true", help="do not download; fail if not cached")

    e = sub.add_parser("eval", help="evaluate BTF expressions for a kernel")
    e.add_argument("-k", "--kernel", required=True, help="a kernel (as for run), or a raw BTF/ELF file")
    e.add_argument("expr", nargs="+")

    b = sub.add_parser("btf", help="write a kernel's BTF (raw) to a file")
    b.add_argument("kernel")
    b.add_argument("-o", "--output", required=True)

    args = ap.parse_args(argv)
    common.VERBOSE = args.verbose
    try:
        args.build_dir = os.path.abspath(args.build_dir)
        if args.cmd == "run":
            return cmd_run(args)
        if args.cmd == "fetch":
            return cmd_fetch(args)
        if args.cmd == "eval":
            return cmd_eval(args)
        if args.cmd == "btf":
            return cmd_btf(args)
    except UsageError as e:
        log("error: %s" % e)
        return EXIT_USAGE
    except (ExprError, BTFError) as e:
        log("error: %s" % e)
        return EXIT_USAGE
    except InfraError as e:
        log("error: %s" % e)
        return EXIT_INFRA
    except KeyboardInterrupt:
        return 130
    return EXIT_USAGE
