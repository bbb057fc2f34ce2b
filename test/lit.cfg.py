# lit configuration for corecc's regression tests.
#
# Suites mirror lib/: CodeGen, BTF, CORE, Frontend, Driver, Tools, Kernel.
# Substitutions name our tools and the independent tools we check against;
# features say what the machine can do (load BPF programs, boot kernels).
import os
import platform
import shutil
import subprocess

import lit.formats
import lit.util

config.name = "corecc"
config.test_format = lit.formats.ShTest(not lit.util.which("bash") is None)
config.suffixes = [".c", ".ll", ".test", ".s", ".i"]
# test/runner holds the sources of the test loader (corecc-run), not tests.
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py", "runner", "corpus"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.corecc_obj_root, "test")

# Tools: ours first, then LLVM 19's (FileCheck, not, split-file, llvm-objdump).
path = os.pathsep.join(
    [config.corecc_tools_dir, config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])]
)
config.environment["PATH"] = path
for var in ["HOME", "TMPDIR", "CORECC_RESOURCE_DIR"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
# The header cache (docs/header-cache.md) is off unless a test turns it on
# with -fcorecc-cache and its own -fcorecc-cache-dir: whether a compile
# hits must not depend on which tests ran before it, nor fill $HOME.
config.environment["CORECC_CACHE"] = "0"
config.environment.pop("CORECC_CACHE_DIR", None)
# Stable diagnostics: no colours, C locale.
config.environment["LC_ALL"] = "C"
config.environment["TERM"] = "dumb"


def tool(name):
    return os.path.join(config.corecc_tools_dir, name)


plugin = os.path.join(config.corecc_lib_dir, "corecc-plugin.so")
llvm = config.llvm_tools_dir
clang19 = os.path.join(llvm, "clang-19")

# A sanitizer build (utils/check's second build): corecc's tools carry the
# sanitizer runtime, and any report fails the test (halt_on_error is the
# default; -fno-sanitize-recover makes UBSan's reports fatal too). The
# plugin is instrumented as well, so stock clang-19 gets the runtime
# preloaded to load it; clang-19's own leaks (it frees nothing on exit) are
# not ours to report.
if config.sanitize:
    config.available_features.add("sanitize")
    for var in ["ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"]:
        if var in os.environ:
            config.environment[var] = os.environ[var]
    config.environment.setdefault("UBSAN_OPTIONS", "print_stacktrace=1")
    runtime = subprocess.run([config.cxx_compiler, "-print-file-name=libclang_rt.asan-x86_64.so"],
                             capture_output=True, text=True).stdout.strip()
    if "address" in config.sanitize and os.path.exists(runtime):
        # A wrapper, so that %clang19 stays one path (tools take it as an
        # argument).
        wrapper = os.path.join(config.corecc_obj_root, "test", "clang-19-with-asan")
        os.makedirs(os.path.dirname(wrapper), exist_ok=True)
        # Only a clang-19 that loads a plugin needs the runtime, and a
        # preloaded runtime makes clang-19 much slower.
        options = ("detect_leaks=0:verify_asan_link_order=0:handle_segv=0:handle_abort=0:"
                   "handle_sigbus=0:handle_sigill=0:handle_sigfpe=0")
        with open(wrapper + ".tmp", "w") as f:
            f.write("#!/bin/sh\n"
                    "case \" $* \" in *-fplugin=*|*\" -load \"*)\n"
                    "  LD_PRELOAD=%s ASAN_OPTIONS=%s exec %s \"$@\";;\n"
                    "esac\n"
                    "exec %s \"$@\"\n" % (runtime, options, clang19, clang19))
        os.chmod(wrapper + ".tmp", 0o755)
        os.rename(wrapper + ".tmp", wrapper)
        clang19 = wrapper
if config.have_fuzzers:
    config.available_features.add("fuzzers")
config.substitutions.append(("%fuzz", os.path.join(config.corecc_tools_dir, "fuzz")))

config.substitutions.append(("%corecc-btf", tool("corecc-btf")))
config.substitutions.append(("%corecc-llc", tool("corecc-llc")))
config.substitutions.append(("%corecc-run", tool("corecc-run")))
config.substitutions.append(("%corecc", tool("corecc")))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%clang19", clang19))
config.substitutions.append(("%objdump", os.path.join(llvm, "llvm-objdump")))
config.substitutions.append(("%readelf", os.path.join(llvm, "llvm-readelf")))
config.substitutions.append(("%llvm-as", os.path.join(llvm, "llvm-as")))
config.substitutions.append(("%llvm-dis", os.path.join(llvm, "llvm-dis")))
config.substitutions.append(("%resource_dir", config.clang_resource_dir))
config.substitutions.append(("%srcroot", config.corecc_src_root))
config.substitutions.append(("%examples", os.path.join(config.corecc_src_root, "examples")))
# The examples' user-space loaders, built in the build tree.
config.substitutions.append(("%loaders", os.path.join(config.corecc_obj_root, "examples")))
config.substitutions.append(("%python", "python3"))

for tool_name in ("strace", "ccache", "sccache", "make"):
    if shutil.which(tool_name):
        config.available_features.add(tool_name)
if shutil.which("distcc") and shutil.which("distccd"):
    config.available_features.add("distcc")
# icecream's daemons run jobs in their own root (chroot): root only.
if all(shutil.which(t) for t in ("icecc", "iceccd", "icecc-scheduler", "icecc-create-env")) \
        and os.geteuid() == 0:
    config.available_features.add("icecream")
bpftool = shutil.which("bpftool") or "/usr/sbin/bpftool"
config.substitutions.append(("%bpftool", bpftool))
if shutil.which("xz") and shutil.which("tar"):
    config.available_features.add("xz")
bpf_gcc = shutil.which("bpf-gcc") or shutil.which("bpf-unknown-none-gcc")
if bpf_gcc:
    config.available_features.add("bpf-gcc")
    config.substitutions.append(("%bpf-gcc", bpf_gcc))

# A vmlinux.h generated from the running kernel's BTF, shared by every test
# that needs kernel types. Built once per lit run.
vmlinux_btf = "/sys/kernel/btf/vmlinux"
gen_dir = os.path.join(config.corecc_obj_root, "test", "gen")
os.makedirs(gen_dir, exist_ok=True)
if os.path.exists(vmlinux_btf):
    config.available_features.add("kernel-btf")
    vmlinux_h = os.path.join(gen_dir, "vmlinux.h")
    if not os.path.exists(vmlinux_h) and os.path.exists(bpftool):
        with open(vmlinux_h + ".tmp", "w") as out:
            if subprocess.call([bpftool, "btf", "dump", "file", vmlinux_btf, "format", "c"], stdout=out) == 0:
                os.rename(vmlinux_h + ".tmp", vmlinux_h)
    if os.path.exists(vmlinux_h):
        config.available_features.add("vmlinux-h")
config.substitutions.append(("%gen", gen_dir))

# The host's multiarch include directory (Debian: /usr/include/x86_64-linux-gnu),
# which BPF compiles do not search; the driver's hint names it.
def multiarch_include():
    try:
        r = subprocess.run(["gcc", "-print-multiarch"], capture_output=True, text=True, timeout=30)
        if r.returncode == 0 and r.stdout.strip():
            return os.path.join("/usr/include", r.stdout.strip())
    except Exception:  # noqa: BLE001 - no gcc: guess from the machine
        pass
    return os.path.join("/usr/include", platform.machine() + "-linux-gnu")


multiarch_dir = multiarch_include()
config.substitutions.append(("%multiarch_include", multiarch_dir))
if os.path.exists(os.path.join(multiarch_dir, "asm", "types.h")) and os.path.exists("/usr/include/linux/bpf.h"):
    config.available_features.add("multiarch-asm")

if os.path.exists(os.path.join(config.llvm_tools_dir, "llvm-objdump")):
    config.available_features.add("llvm-objdump")
if os.path.exists(bpftool):
    config.available_features.add("bpftool")
if config.have_libbpf:
    config.available_features.add("libbpf")


# bpf-syscall: this process may load BPF programs. The test loader probes
# by loading a two-instruction socket filter; where bpf() is denied, kernel
# tests are reported UNSUPPORTED with that reason.
def can_load_bpf():
    runner = tool("corecc-run")
    if not os.path.exists(runner):
        return False, "corecc-run not built"
    try:
        r = subprocess.run([runner, "--probe"], capture_output=True, text=True, timeout=30)
    except Exception as e:  # noqa: BLE001 - any failure means "cannot load"
        return False, str(e)
    return r.returncode == 0, (r.stdout + r.stderr).strip()


ok, why = can_load_bpf()
if ok:
    config.available_features.add("bpf-syscall")
else:
    lit_config.note("bpf() is not usable here, kernel tests are skipped: " + why)

if shutil.which("csmith") and os.path.exists("/usr/include/csmith/safe_math.h"):
    config.available_features.add("csmith")

if shutil.which("qemu-system-x86_64"):
    config.available_features.add("qemu")
