# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Inputs: run specs, sources compiled by each compiler, objects, and the plan
of invocations for a kernel."""
import json
import os
import re
import shutil
import subprocess
import time
from .common import ARCHES, InfraError, UsageError, atomic_write, cache_dir, log, sha256_file
from .btf import BTFError
from .expr import Expectation, Expr, ExprError
from .kernels import run_cmd

# ----------------------------------------------------------------------------
# Specs and objects.
# ----------------------------------------------------------------------------

def read_json_with_comments(path):
    with open(path) as f:
        lines = [l for l in f.read().splitlines() if not l.lstrip().startswith("//")]
    try:
        return json.loads("\n".join(lines))
    except ValueError as e:
        raise UsageError("%s: %s" % (path, e))


def obj_basename(path):
    base = os.path.basename(path)
    for suffix in (".run.json", ".json", ".o", ".c"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    if base.endswith(".bpf"):
        base = base[:-4]
    return base


class Spec:
    """What to do with one object: see docs/kernel-matrix.md, 'Run specs'."""

    KEYS = {"name", "source", "object", "cflags", "load", "runs", "comment", "compilers"}
    RUN_KEYS = {"run", "trigger", "set", "data", "ctx", "repeat", "retval", "globals", "assert", "when", "comment",
                "args"}

    def __init__(self, path=None, data=None, source=None, obj=None):
        try:
            self._init(path, data, source, obj)
        except ExprError as e:
            raise UsageError("%s: %s" % (path, e))

    def _init(self, path, data, source, obj):
        self.path = path
        base = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
        data = data or {}
        unknown = set(data) - self.KEYS
        if unknown:
            raise UsageError("%s: unknown keys %s" % (path, ", ".join(sorted(unknown))))
        self.source = source or (os.path.join(base, data["source"]) if "source" in data else None)
        self.object = obj or (os.path.join(base, data["object"]) if "object" in data else None)
        if not self.source and not self.object:
            raise UsageError("%s: needs \"source\" or \"object\"" % path)
        self.name = data.get("name") or obj_basename(self.source or self.object)
        self.arch = None  # only for kernels of this architecture (ARCH:INPUT)
        self.cflags = list(data.get("cflags", []))
        self.compilers = data.get("compilers")
        self.include_dir = os.path.dirname(os.path.abspath(self.source or self.object))
        self.load = {}
        for prog, exp in (data.get("load") or {}).items():
            self.load[prog] = self.parse_load(exp)
        self.runs = []
        for i, r in enumerate(data.get("runs") or []):
            unknown = set(r) - self.RUN_KEYS
            if unknown:
                raise UsageError("%s: run %d: unknown keys %s" % (path, i + 1, ", ".join(sorted(unknown))))
            run = dict(r)
            for key in ("run", "trigger"):
                v = run.get(key, [])
                run[key] = [v] if isinstance(v, str) else list(v)
            asserts = run.get("assert") or []
            run["assert"] = [Expr(a) for a in ([asserts] if isinstance(asserts, str) else asserts)]
            if not run["run"] and not run["trigger"]:
                raise UsageError("%s: run %d runs nothing" % (path, i + 1))
            when = run.get("when")
            run["when"] = None if when in (None, True) else Expr("0" if when is False else str(when))
            rv = run.get("retval")
            if rv is None:
                run["retval"] = {}
            elif isinstance(rv, dict):
                run["retval"] = {k: Expectation(v) for k, v in rv.items()}
            else:
                run["retval"] = {name: Expectation(rv) for name in run["run"]}
            run["globals"] = {k: Expectation(v) for k, v in (run.get("globals") or {}).items()}
            self.runs.append(run)

    @staticmethod
    def parse_load(exp):
        if exp in ("any", None):
            return "any"
        if isinstance(exp, bool):
            return exp
        if isinstance(exp, str):
            if exp in ("yes", "true", "always"):
                return True
            if exp in ("no", "false", "never"):
                return False
            return Expr(exp)
        raise UsageError("a load expectation is true, false, \"any\" or an expression, not %r" % (exp,))

    def expected_load(self, prog, btf):
        """True, False, 'any', or an error string when it cannot be decided."""
        exp = self.load.get(prog, self.load.get("*", True))
        if isinstance(exp, Expr):
            try:
                return bool(exp.eval(btf))
            except (ExprError, BTFError) as e:
                return "cannot evaluate %s: %s" % (exp.text, e)
        return exp


def spec_for_input(path, spec_dirs=()):
    """A Spec for a command-line INPUT: a .run.json/.json spec, or a .c/.o
    with its sidecar NAME.run.json (next to it, else in a --spec-dir) if there
    is one, else a load-only spec. ARCH:INPUT (x86:probe.o, arm64:probe.o)
    gives the input to that architecture's kernels only."""
    m = re.match(r"^(%s):(.+)$" % "|".join(ARCHES), path)
    if m and not os.path.exists(path):
        spec = spec_for_input(m.group(2), spec_dirs)
        spec.arch = ARCHES[m.group(1)]
        return spec
    if path.endswith(".json"):
        return Spec(path, read_json_with_comments(path))
    if not os.path.exists(path):
        raise UsageError("%s: no such file" % path)
    is_src = path.endswith(".c") or path.endswith(".i")
    sidecar = None
    for d in [os.path.dirname(path)] + list(spec_dirs):
        cand = os.path.join(d, obj_basename(path) + ".run.json")
        if os.path.exists(cand):
            sidecar = cand
            break
    if sidecar:
        data = read_json_with_comments(sidecar)
        data.pop("source", None)
        data.pop("object", None)
        return Spec(sidecar, data, source=os.path.abspath(path) if is_src else None,
                    obj=None if is_src else os.path.abspath(path))
    return Spec(None, {}, source=os.path.abspath(path) if is_src else None,
                obj=None if is_src else os.path.abspath(path))


class Obj:
    """One compiled object: a spec built by one compiler for one guest
    architecture (None for a prebuilt object: every kernel of its byte
    order)."""

    def __init__(self, spec, compiler, path, arch=None):
        self.spec = spec
        self.compiler = compiler
        self.path = path
        self.arch = arch
        self.sha256 = sha256_file(path)
        self.id = "%s[%s]" % (spec.name, compiler if arch is None or arch.host else compiler + "/" + arch.name)
        with open(path, "rb") as f:
            head = f.read(6)
        self.big_endian = head[:4] == b"\x7fELF" and head[5] == 2
        self.programs = []   # names, from the host's load pass or the first kernel
        self.compile_seconds = None
        self.cmd = None

    def to_json(self):
        return {"id": self.id, "name": self.spec.name, "compiler": self.compiler, "path": self.path,
                "arch": self.arch.name if self.arch else None,
                "source": self.spec.source, "spec": self.spec.path, "sha256": self.sha256,
                "compile_seconds": self.compile_seconds, "command": self.cmd}


def find_compiler(name, build_dir, arch=ARCHES["x86"]):
    """The compile command's start for ARCH's kernels: the byte order of the
    guest, and libbpf's __TARGET_ARCH for PT_REGS and syscall wrappers."""
    if name == "corecc":
        p = os.path.join(build_dir, "bin", "corecc")
        if not os.access(p, os.X_OK):
            raise InfraError("corecc is not built (%s)" % p)
        return [p, "-O2", "-g"] + (["-mbig-endian"] if arch.big_endian else []) + [
            "-D__TARGET_ARCH_" + arch.target_arch]
    if name in ("clang", "clang-19"):
        p = shutil.which("clang-19") or "/usr/lib/llvm-19/bin/clang"
        if not os.access(p, os.X_OK):
            raise InfraError("clang-19 is not installed")
        return [p, "-O2", "-g", "-target", "bpfeb" if arch.big_endian else "bpf",
                "-D__TARGET_ARCH_" + arch.target_arch]
    raise UsageError("unknown compiler '%s' (corecc or clang)" % name)


def compile_objects(specs, compilers, args, outdir, failed, arches=(ARCHES["x86"],)):
    objs = []
    for spec in specs:
        if spec.object:
            o = Obj(spec, "prebuilt", spec.object, spec.arch)
            objs.append(o)
            continue
        for arch in arches:
            if spec.arch is not None and spec.arch is not arch:
                continue
            for comp in (spec.compilers or compilers):
                cname = "clang" if comp.startswith("clang") else comp
                tag = cname if arch.host else "%s-%s" % (cname, arch.name)
                cmd = find_compiler(comp, args.build_dir, arch)
                out = os.path.join(outdir, "%s.%s.o" % (spec.name, tag))
                cmd = cmd + ["-I" + args.vmlinux_h_dirs[arch.name], "-I" + spec.include_dir]
                cmd += [f for f in args.cflag] + spec.cflags + ["-c", spec.source, "-o", out]
                t0 = time.time()
                p = run_cmd(cmd)
                oid = "%s[%s]" % (spec.name, cname if arch.host else cname + "/" + arch.name)
                if p.returncode != 0:
                    log("%s: compile failed" % oid)
                    failed.append({"object": oid, "compiler": cname, "arch": arch.name, "source": spec.source,
                                   "command": cmd, "error": (p.stderr + p.stdout).strip()[-4000:]})
                    continue
                o = Obj(spec, cname, out, arch)
                o.compile_seconds = round(time.time() - t0, 3)
                o.cmd = cmd
                objs.append(o)
    ids = [o.id for o in objs]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise UsageError("two inputs have the same name: %s (set \"name\" in the spec)" % ", ".join(sorted(dup)))
    return objs


def vmlinux_h_dir(args):
    """The directory with the vmlinux.h the sources include."""
    if args.vmlinux_h:
        if not os.path.isfile(args.vmlinux_h):
            raise UsageError("--vmlinux-h %s: no such file" % args.vmlinux_h)
        return os.path.dirname(os.path.abspath(args.vmlinux_h)) if os.path.basename(args.vmlinux_h) == "vmlinux.h" \
            else _vmlinux_h_copy(args.vmlinux_h)
    btf = "/sys/kernel/btf/vmlinux"
    if not os.path.exists(btf):
        raise InfraError("no vmlinux.h: give --vmlinux-h (the running kernel has no BTF)")
    return _vmlinux_h_from(args, btf)


def vmlinux_h_from_btf(args, kernel):
    """The directory with a vmlinux.h made from KERNEL's own BTF (for the
    sources compiled for another architecture's kernels)."""
    if not kernel.btf_path:
        raise InfraError("%s has no BTF to make a vmlinux.h from%s" % (
            kernel.label, ": " + kernel.btf_error if kernel.btf_error else ""))
    return _vmlinux_h_from(args, kernel.btf_path)


def _vmlinux_h_from(args, btf):
    """A directory with the vmlinux.h written from the raw BTF file BTF,
    cached by the BTF's hash."""
    d = os.path.join(cache_dir(), "vmlinux-h", sha256_file(btf)[:16])
    h = os.path.join(d, "vmlinux.h")
    if not os.path.exists(h):
        os.makedirs(d, exist_ok=True)
        bpftool = shutil.which("bpftool") or "/usr/sbin/bpftool"
        cmds = [[bpftool, "btf", "dump", "file", btf, "format", "c"],
                [os.path.join(args.build_dir, "bin", "corecc-btf"), "dump", "--format", "c", btf]]
        for cmd in cmds:
            if os.access(cmd[0], os.X_OK):
                p = subprocess.run(cmd, capture_output=True)
                if p.returncode == 0 and p.stdout:
                    atomic_write(h, p.stdout)
                    break
        else:
            raise InfraError("cannot generate vmlinux.h from %s (no bpftool or corecc-btf)" % btf)
    return d


def _vmlinux_h_copy(path):
    d = os.path.join(cache_dir(), "vmlinux-h", sha256_file(path)[:16])
    os.makedirs(d, exist_ok=True)
    shutil.copyfile(path, os.path.join(d, "vmlinux.h"))
    return d


# ----------------------------------------------------------------------------
# Invocations of corecc-run.
# ----------------------------------------------------------------------------

class Invocation:
    """One corecc-run command for one object: the load pass (index 0) or one
    of the spec's runs (index i >= 1)."""

    def __init__(self, obj, index, argv, run=None):
        self.obj = obj
        self.index = index
        self.argv = argv          # arguments after the object path
        self.run = run
        self.skipped = None       # why it is not run on this kernel
        self.when_error = None

    def key(self):
        return "%s#%d" % (self.obj.id, self.index)


def run_argv(run):
    argv = []
    for p in dict.fromkeys(run["run"] + run["trigger"]):
        argv += ["--prog", p]
    for p in run["run"]:
        argv += ["--run", p]
    for p in run["trigger"]:
        argv += ["--trigger", p]
    for k, v in (run.get("set") or {}).items():
        argv += ["--set", "%s=%s" % (k, v)]
    if run.get("data") is not None:
        argv += ["--data", run["data"]]
    if run.get("ctx") is not None:
        argv += ["--ctx", run["ctx"]]
    if run.get("repeat"):
        argv += ["--repeat", str(run["repeat"])]
    argv += [str(a) for a in run.get("args", [])]
    argv += ["--dump-globals"]
    return argv


def runs_on(obj, kernel):
    """Whether OBJ goes to KERNEL: an object compiled for the kernel's
    architecture, or a prebuilt one of its byte order."""
    if obj.arch is None:
        return obj.big_endian == kernel.arch.big_endian
    return obj.arch is kernel.arch


def plan(objs, kernel):
    """The invocations for KERNEL, leaving out runs that cannot apply there
    (their programs are expected not to load, or their `when` is false)."""
    btf = kernel.btf()
    out = []
    for o in objs:
        if not runs_on(o, kernel):
            continue
        out.append(Invocation(o, 0, ["-q"]))
        for i, run in enumerate(o.spec.runs, 1):
            skip, when_error = None, None
            if run["when"] is not None:
                try:
                    if not run["when"].eval(btf):
                        skip = "`when` is false: %s" % run["when"].text
                except (ExprError, BTFError) as e:
                    when_error = "cannot evaluate `when` %s: %s" % (run["when"].text, e)  # run it anyway
            for p in run["run"] + run["trigger"]:
                if o.spec.expected_load(p, btf) is False:
                    skip = skip or "%s is expected not to load here" % p
            inv = Invocation(o, i, None if skip else run_argv(run), run)
            inv.skipped, inv.when_error = skip, when_error
            out.append(inv)
    return out
