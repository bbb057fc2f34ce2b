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
