# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Shared by the kernel matrix's modules: exit codes, errors, logging, the cache directory."""
import hashlib
import os
import sys

# utils/kernel_matrix/common.py -> the source tree.
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MARK = "@@CORECC-VM"
EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_INFRA = 0, 1, 2, 3
VERBOSE = False


class UsageError(Exception):
    pass


class InfraError(Exception):
    """Something outside the objects under test: no kernel, no loader, ..."""


def log(msg):
    print("kernel-matrix: " + msg, file=sys.stderr, flush=True)


def vlog(msg):
    if VERBOSE:
        log(msg)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sha256_bytes(data):
    return hashlib.sha256(data).hexdigest()


def cache_dir():
    # The same directory as the compiler's header cache (docs/header-cache.md):
    # CORECC_CACHE_DIR names it; CORECC_CACHE is the compiler's on/off switch.
    d = os.environ.get("CORECC_CACHE_DIR")
    if not d:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        d = os.path.join(xdg, "corecc")
    os.makedirs(d, exist_ok=True)
    return d


def atomic_write(path, data):
    tmp = "%s.tmp.%d" % (path, os.getpid())
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


class Arch:
    """A guest architecture: what Debian, qemu, the BPF compilers and the
    cross toolchain call it."""

    def __init__(self, name, deb, qemu, machine, console, target_arch, gcc, big_endian=False, suites=()):
        self.name = name                  # as in -k debian-6.12-arm64 and in the report
        self.deb = deb                    # Debian's architecture (package suffix, apt)
        self.qemu = qemu                  # the qemu system emulator
        self.machine = machine            # qemu -M (None: the default)
        self.console = console            # the serial console's device in the guest
        self.target_arch = target_arch    # -D__TARGET_ARCH_... for libbpf's bpf_tracing.h
        self.gcc = gcc                    # the C compiler for a static loader
        self.big_endian = big_endian
        # Debian suites apt reads for this architecture besides the
        # machine's own sources (kernels.foreign_apt).
        self.suites = tuple(suites)

    @property
    def host(self):
        return self.name == "x86"


ARCHES = {a.name: a for a in (
    Arch("x86", "amd64", "qemu-system-x86_64", None, "ttyS0", "x86", "gcc"),
    Arch("arm64", "arm64", "qemu-system-aarch64", "virt", "ttyAMA0", "arm64", "aarch64-linux-gnu-gcc"),
    # bookworm's s390x 6.1 kernel has no BTF (CONFIG_DEBUG_INFO_BTF is off);
    # bookworm-backports' 6.12 has it.
    Arch("s390x", "s390x", "qemu-system-s390x", "s390-ccw-virtio", "ttysclp0", "s390", "s390x-linux-gnu-gcc",
         big_endian=True, suites=("bookworm-backports",)),
)}
ARCH_BY_DEB = {a.deb: a for a in ARCHES.values()}
