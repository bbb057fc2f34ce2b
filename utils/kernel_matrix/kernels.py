# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Kernels: Debian packages found with apt, downloaded, extracted and cached."""
import glob
import hashlib
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import tarfile
import tempfile
import time
from .common import (ARCHES, ARCH_BY_DEB, InfraError, UsageError, atomic_write, cache_dir, log, sha256_bytes,
                     sha256_file, vlog)
from .btf import BTF, BTFError
from .images import bzimage_release, image_btf

# ----------------------------------------------------------------------------
# Kernels: resolve, fetch, extract, cache.
# ----------------------------------------------------------------------------

class Kernel:
    def __init__(self, spec):
        self.spec = spec          # as given on the command line
        self.label = None         # column name in the matrix
        self.host = spec == "host"
        self.arch = ARCHES["x86"]   # the guest's architecture (common.Arch)
        self.vmlinuz = None
        self.btf_path = None      # raw BTF of this kernel (host: /sys/kernel/btf/vmlinux)
        self.btf_sha256 = None
        self.btf_error = None
        self.release = None
        self.package = None
        self.version = None
        self.source = None        # where it came from, for the report
        self._btf = None

    def btf(self):
        if self._btf is None and self.btf_path and not self.btf_error:
            try:
                with open(self.btf_path, "rb") as f:
                    self._btf = BTF(f.read())
                self._btf.release = self.release
            except (OSError, BTFError) as e:
                self.btf_error = "cannot read BTF %s: %s" % (self.btf_path, e)
        return self._btf

    def to_json(self):
        return {"label": self.label, "spec": self.spec, "host": self.host, "arch": self.arch.name,
                "release": self.release,
                "package": self.package, "version": self.version, "source": self.source,
                "vmlinuz": self.vmlinuz, "btf": self.btf_path, "btf_sha256": self.btf_sha256,
                "btf_error": self.btf_error}


def run_cmd(cmd, timeout=None, **kw):
    vlog("$ " + " ".join(shlex.quote(c) for c in cmd))
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


def foreign_apt(arch):
    """apt-get/apt-cache options that see ARCH's packages (Debian's arm64,
    s390x) without adding the architecture to this machine's dpkg: the same
    sources, with package lists kept in the cache (refreshed when older than
    a day). Nothing is installed; packages are only downloaded."""
    if arch.host:
        return []
    d = os.path.join(cache_dir(), "apt", arch.deb)
    lists = os.path.join(d, "lists")
    for sub in (os.path.join(lists, "partial"), os.path.join(d, "archives", "partial")):
        os.makedirs(sub, exist_ok=True)
    status = os.path.join(d, "status")
    if not os.path.exists(status):
        atomic_write(status, b"")
    opts = ["-o", "APT::Architecture=" + arch.deb, "-o", "APT::Architectures::=" + arch.deb,
            "-o", "Dir::State::Lists=" + lists, "-o", "Dir::Cache=" + d,
            "-o", "Dir::State::status=" + status, "-o", "Debug::NoLocking=1"]
    if arch.suites:
        # The machine's sources, and these suites from the same Debian mirror.
        parts = os.path.join(d, "sources.list.d")
        os.makedirs(parts, exist_ok=True)
        text = "".join("Types: deb\nURIs: http://deb.debian.org/debian\nSuites: %s\nComponents: main\n"
                       "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n" % s for s in arch.suites)
        extra = os.path.join(parts, "corecc-extra.sources")
        if not os.path.exists(extra) or open(extra).read() != text:
            atomic_write(extra, text.encode())
            for old in glob.glob(os.path.join(d, "updated")):
                os.remove(old)  # read the lists again
        for src in glob.glob("/etc/apt/sources.list.d/*.sources") + glob.glob("/etc/apt/sources.list.d/*.list"):
            dst = os.path.join(parts, os.path.basename(src))
            with open(src, "rb") as f:
                data = f.read()
            if not os.path.exists(dst) or open(dst, "rb").read() != data:
                atomic_write(dst, data)
        opts += ["-o", "Dir::Etc::SourceParts=" + parts]
    stamp = os.path.join(d, "updated")
    if not os.path.exists(stamp) or time.time() - os.path.getmtime(stamp) > 86400:
        log("reading Debian's %s package lists" % arch.deb)
        try:
            p = run_cmd(["apt-get"] + opts + ["update"], timeout=600)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise InfraError("apt-get update for %s: %s" % (arch.deb, e))
        if p.returncode != 0 and not glob.glob(os.path.join(lists, "*Packages*")):
            raise InfraError("apt-get update for %s failed: %s" % (arch.deb, (p.stderr or p.stdout).strip()[-400:]))
        atomic_write(stamp, b"")
    return opts


_APT_MEMO = None


def apt_memo():
    """Answers of apt-cache, remembered in the cache for as long as apt's
    package lists do not change (apt-cache takes a second or more per call
    when there is no pkgcache.bin)."""
    global _APT_MEMO
    if _APT_MEMO is None:
        h = hashlib.sha256()
        for p in sorted(glob.glob("/var/lib/apt/lists/*") + glob.glob("/etc/apt/sources.list*") +
                        glob.glob(os.path.join(cache_dir(), "apt", "*", "lists", "*")) +
                        glob.glob("/etc/apt/sources.list.d/*") + glob.glob("/etc/apt/preferences*")):
            try:
                st = os.stat(p)
            except OSError:
                continue
            h.update(("%s %d %d\n" % (p, st.st_mtime_ns, st.st_size)).encode())
        stamp = h.hexdigest()[:16]
        path = os.path.join(cache_dir(), "apt-memo.json")
        try:
            with open(path) as f:
                memo = json.load(f)
        except (OSError, ValueError):
            memo = {}
        if memo.get("stamp") != stamp:
            memo = {"stamp": stamp, "answers": {}}
        _APT_MEMO = (path, memo)
    return _APT_MEMO[1]["answers"]


def apt_remember(key, value):
    apt_memo()[key] = value
    path, memo = _APT_MEMO
    try:
        atomic_write(path, (json.dumps(memo, indent=1) + "\n").encode())
    except OSError:
        pass
    return value


def apt_show(pkg, arch=ARCHES["x86"]):
    """(version, depends) of PKG's apt candidate, or None if apt does not know it."""
    key = "show %s %s" % (arch.deb, pkg)
    if key in apt_memo():
        v = apt_memo()[key]
        return tuple(v) if v else None
    try:
        p = run_cmd(["apt-cache"] + foreign_apt(arch) + ["show", "--no-all-versions", pkg], timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    ver = re.search(r"^Version:\s*(\S+)", p.stdout, re.M)
    if p.returncode != 0 or not ver:
        return apt_remember(key, None)
    dep = re.search(r"^Depends:\s*(.*)$", p.stdout, re.M)
    return tuple(apt_remember(key, [ver.group(1), dep.group(1) if dep else ""]))


def apt_pkgnames(prefix, arch=ARCHES["x86"]):
    key = "pkgnames %s %s" % (arch.deb, prefix)
    if key not in apt_memo():
        try:
            p = run_cmd(["apt-cache"] + foreign_apt(arch) + ["pkgnames", prefix], timeout=120)
        except (OSError, subprocess.TimeoutExpired):
            return []
        apt_remember(key, p.stdout.split())
    return apt_memo()[key]


def natural_key(s):
    return [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", s)]


def resolve_alias(series, arch=ARCHES["x86"]):
    """debian-X.Y[-ARCH] -> the newest linux-image-X.Y* package of the
    architecture (amd64 by default) that apt knows."""
    d = arch.deb
    meta = "linux-image-%s-%s" % (series, d)
    shown = apt_show(meta, arch)
    if shown:
        m = re.search(r"(linux-image-%s[^\s,]*-%s)\b" % (re.escape(series), d), shown[1])
        if m:
            return m.group(1)
    names = apt_pkgnames("linux-image-%s" % series, arch)
    pat = re.compile(r"^linux-image-%s(\.\d+)*(-\d+)?(\+deb\d+)?-%s$" % (re.escape(series), d))
    names = sorted((n for n in names if pat.match(n)), key=natural_key)
    for n in reversed(names):
        if apt_show(n, arch):
            return n
    shown = apt_show("linux-image-" + d, arch)
    if shown:
        m = re.search(r"(linux-image-%s[^\s,]*-%s)\b" % (re.escape(series), d), shown[1])
        if m:
            return m.group(1)
    return None


def cached_kernels(series, arch=ARCHES["x86"]):
    out = []
    for info in glob.glob(os.path.join(cache_dir(), "kernels", "*", "kernel.json")):
        try:
            with open(info) as f:
                k = json.load(f)
        except (OSError, ValueError):
            continue
        if re.match(r"^%s[.-]" % re.escape(series), k.get("release") or "") and \
                k.get("arch", "x86") == arch.name:
            out.append(k)
    return sorted(out, key=lambda k: natural_key(k["release"]))


def extract_kernel(kdir, vmlinuz_bytes, config_bytes, meta):
    """Writes vmlinuz, config and vmlinux.btf into KDIR (the cache entry)."""
    os.makedirs(kdir, exist_ok=True)
    atomic_write(os.path.join(kdir, "vmlinuz"), vmlinuz_bytes)
    if config_bytes:
        atomic_write(os.path.join(kdir, "config"), config_bytes)
    meta = dict(meta)
    meta["release"] = meta.get("release") or bzimage_release(vmlinuz_bytes)
    try:
        btf = image_btf(vmlinuz_bytes)
        if btf is None:
            raise BTFError("no BTF in the image")
        BTF(btf)  # validate
        atomic_write(os.path.join(kdir, "vmlinux.btf"), btf)
        meta["btf_sha256"] = sha256_bytes(btf)
        meta["btf_error"] = None
    except (BTFError, OSError) as e:
        meta["btf_sha256"] = None
        meta["btf_error"] = str(e)
    atomic_write(os.path.join(kdir, "kernel.json"), (json.dumps(meta, indent=1) + "\n").encode())
    return meta


def deb_contents(deb):
    """(vmlinuz bytes, config bytes, release) of a linux-image .deb, or
    (None, None, None) when it has no /boot/vmlinuz-* (a meta package)."""
    p = subprocess.run(["dpkg-deb", "--fsys-tarfile", deb], capture_output=True)
    if p.returncode != 0:
        raise InfraError("dpkg-deb cannot read %s: %s" % (deb, p.stderr.decode(errors="replace").strip()))
    vmlinuz = config = release = None
    with tarfile.open(fileobj=io.BytesIO(p.stdout)) as tar:
        for m in tar.getmembers():
            base = os.path.basename(m.name)
            if m.isfile() and m.name.lstrip("./").startswith("boot/vmlinuz-"):
                vmlinuz = tar.extractfile(m).read()
                release = base[len("vmlinuz-"):]
            elif m.isfile() and m.name.lstrip("./").startswith("boot/config-"):
                config = tar.extractfile(m).read()
    return vmlinuz, config, release


def deb_field(deb, field):
    p = run_cmd(["dpkg-deb", "-f", deb, field])
    return p.stdout.strip() or None


def load_cached(kernel, kdir):
    with open(os.path.join(kdir, "kernel.json")) as f:
        meta = json.load(f)
    kernel.vmlinuz = os.path.join(kdir, "vmlinuz")
    kernel.arch = ARCHES.get(meta.get("arch", "x86"), ARCHES["x86"])
    kernel.release = meta.get("release")
    kernel.package = meta.get("package")
    kernel.version = meta.get("version")
    kernel.source = meta.get("source")
    kernel.btf_sha256 = meta.get("btf_sha256")
    kernel.btf_error = meta.get("btf_error")
    if os.path.exists(os.path.join(kdir, "vmlinux.btf")):
        kernel.btf_path = os.path.join(kdir, "vmlinux.btf")
    return kernel


def fetch_package(kernel, pkg, allow_download=True, depth=0):
    arch = kernel.arch
    shown = apt_show(pkg, arch)
    if not shown:
        raise InfraError("apt does not know package %s (run apt-get update, or check the name with "
                         "apt-cache search linux-image)" % pkg)
    version, depends = shown
    meta = re.search(r"(linux-image-[^\s,()|]+)", depends)
    if meta and depth < 3:
        # A meta package (linux-image-amd64, linux-image-6.12-amd64): the
        # kernel is in the package it depends on.
        vlog("%s is a meta package for %s" % (pkg, meta.group(1)))
        return fetch_package(kernel, meta.group(1), allow_download, depth + 1)
    key = "%s_%s" % (pkg, version)
    kdir = os.path.join(cache_dir(), "kernels", re.sub(r"[^A-Za-z0-9._+-]", "_", key))
    if os.path.exists(os.path.join(kdir, "kernel.json")):
        return load_cached(kernel, kdir)
    if not allow_download:
        raise InfraError("%s %s is not in the cache (%s)" % (pkg, version, kdir))
    dl = tempfile.mkdtemp(prefix="dl-", dir=cache_dir())
    try:
        log("downloading %s %s" % (pkg, version))
        t0 = time.time()
        try:
            p = run_cmd(["apt-get"] + foreign_apt(arch) + ["download", "%s=%s" % (pkg, version)], timeout=900,
                        cwd=dl)
        except subprocess.TimeoutExpired:
            raise InfraError("apt-get download %s: timed out" % pkg)
        debs = glob.glob(os.path.join(dl, "*.deb"))
        if p.returncode != 0 or not debs:
            raise InfraError("apt-get download %s failed: %s" % (pkg, (p.stderr or p.stdout).strip()[-400:]))
        vlog("downloaded %s in %.1f s" % (os.path.basename(debs[0]), time.time() - t0))
        vmlinuz, config, release = deb_contents(debs[0])
        if vmlinuz is None:
            # A meta package: follow its linux-image dependency.
            m = re.search(r"(linux-image-[^\s,()|]+)", depends)
            if not m or depth > 2:
                raise InfraError("%s has no /boot/vmlinuz and no linux-image dependency" % pkg)
            vlog("%s is a meta package for %s" % (pkg, m.group(1)))
            return fetch_package(kernel, m.group(1), allow_download, depth + 1)
        extract_kernel(kdir, vmlinuz, config, {"package": pkg, "version": version, "release": release,
                                               "arch": arch.name, "source": "apt:%s=%s" % (pkg, version)})
    finally:
        shutil.rmtree(dl, ignore_errors=True)
    return load_cached(kernel, kdir)


def prepare_kernel(kernel, allow_download=True):
    """Fills in kernel.vmlinuz, kernel.btf_path, kernel.release, ..."""
    spec = kernel.spec
    if kernel.host:
        kernel.release = os.uname().release
        kernel.source = "running kernel"
        if os.path.exists("/sys/kernel/btf/vmlinux"):
            kernel.btf_path = "/sys/kernel/btf/vmlinux"
            kernel.btf_sha256 = sha256_file(kernel.btf_path)
        else:
            kernel.btf_error = "/sys/kernel/btf/vmlinux does not exist"
        return kernel
    if os.path.isfile(spec):
        with open(spec, "rb") as f:
            head = f.read(8)
        digest = sha256_file(spec)
        if head.startswith(b"!<arch>"):  # a .deb (ar archive)
            pkg = deb_field(spec, "Package") or os.path.basename(spec)
            version = deb_field(spec, "Version")
            arch = ARCH_BY_DEB.get(deb_field(spec, "Architecture") or "amd64")
            if arch is None:
                raise UsageError("%s: architecture %s is not one of %s" % (
                    spec, deb_field(spec, "Architecture"), ", ".join(a.deb for a in ARCHES.values())))
            kdir = os.path.join(cache_dir(), "kernels", "deb-" + digest[:16])
            if not os.path.exists(os.path.join(kdir, "kernel.json")):
                vmlinuz, config, release = deb_contents(spec)
                if vmlinuz is None:
                    raise InfraError("%s has no /boot/vmlinuz-*" % spec)
                extract_kernel(kdir, vmlinuz, config, {"package": pkg, "version": version, "release": release,
                                                       "arch": arch.name, "source": "deb:" + os.path.abspath(spec)})
            return load_cached(kernel, kdir)
        kdir = os.path.join(cache_dir(), "kernels", "vmlinuz-" + digest[:16])
        if not os.path.exists(os.path.join(kdir, "kernel.json")):
            with open(spec, "rb") as f:
                data = f.read()
            if data[0x202:0x206] == b"HdrS":
                arch = ARCHES["x86"]
            elif data[0x38:0x3C] == b"ARMd":
                arch = ARCHES["arm64"]
            else:
                raise UsageError("%s is not a .deb, a bzImage (x86 vmlinuz) or an arm64 Image" % spec)
            extract_kernel(kdir, data, None, {"arch": arch.name, "source": "file:" + os.path.abspath(spec)})
        return load_cached(kernel, kdir)
    m = re.match(r"^debian-(\d+\.\d+)(?:-(%s))?$" % "|".join(ARCHES), spec)
    if m:
        kernel.arch = ARCHES[m.group(2) or "x86"]
        pkg = resolve_alias(m.group(1), kernel.arch)
        if not pkg:
            cached = cached_kernels(m.group(1), kernel.arch)
            if cached:
                k = cached[-1]
                kdir = os.path.join(cache_dir(), "kernels",
                                    re.sub(r"[^A-Za-z0-9._+-]", "_", "%s_%s" % (k["package"], k["version"])))
                if os.path.exists(kdir):
                    log("apt knows no Debian %s kernel; using the cached %s" % (m.group(1), k["release"]))
                    return load_cached(kernel, kdir)
            raise InfraError("no Debian %s %s kernel package is known to apt (apt-cache search linux-image-%s)"
                             % (m.group(1), kernel.arch.deb, m.group(1)))
        return fetch_package(kernel, pkg, allow_download)
    if re.match(r"^[a-z0-9][a-z0-9.+-]+$", spec):
        for a in ARCHES.values():
            if spec.endswith("-" + a.deb):
                kernel.arch = a
        return fetch_package(kernel, spec, allow_download)
    raise UsageError("kernel '%s': not host, debian-X.Y, a package name, a .deb or a vmlinuz file" % spec)


def assign_labels(kernels, labels):
    used = set()
    for k, label in zip(kernels, labels):
        if label:
            k.label = label
        elif k.host:
            k.label = "host"
        else:
            m = re.match(r"^(\d+\.\d+)", k.release or "")
            k.label = m.group(1) if m else (k.release or k.spec)
            if not k.arch.host:
                k.label += "-" + k.arch.name
            if k.label in used:
                k.label = k.release or k.spec
        n, base = 2, k.label
        while k.label in used:
            k.label = "%s#%d" % (base, n)
            n += 1
        used.add(k.label)
