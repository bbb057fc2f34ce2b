# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Kernel images: ELF sections, bzImage release strings, the vmlinux inside a
compressed image."""
import lzma
import bz2
import re
import shutil
import struct
import subprocess
import zlib
from .btf import BTFError

def elf_section(data, name):
    """The bytes of section NAME of an ELF64 little-endian file, or None."""
    if data[:4] != b"\x7fELF" or data[4] != 2:
        return None
    e = "<" if data[5] == 1 else ">"
    shoff = struct.unpack_from(e + "Q", data, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from(e + "3H", data, 0x3A)
    if shoff == 0 or shnum == 0:
        return None

    def sh(i):
        return struct.unpack_from(e + "IIQQQQIIQQ", data, shoff + i * shentsize)

    strtab = sh(shstrndx)
    names = data[strtab[4]:strtab[4] + strtab[5]]
    for i in range(shnum):
        s = sh(i)
        end = names.find(b"\0", s[0])
        if names[s[0]:end] == name.encode():
            if s[1] == 8:  # SHT_NOBITS
                return b""
            return data[s[4]:s[4] + s[5]]
    return None


def elf_is_static(path):
    """True if the ELF file has no PT_INTERP (no dynamic loader)."""
    with open(path, "rb") as f:
        data = f.read(1 << 16)
    if data[:4] != b"\x7fELF" or data[4] != 2:
        return False
    phoff = struct.unpack_from("<Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<2H", data, 0x36)
    for i in range(phnum):
        off = phoff + i * phentsize
        if off + 4 > len(data):
            return False
        if struct.unpack_from("<I", data, off)[0] == 3:  # PT_INTERP
            return False
    return True


def bzimage_release(data):
    """The kernel release ('6.1.0-56-amd64') from a bzImage's version string."""
    if len(data) > 0x210 and data[0x202:0x206] == b"HdrS":
        ptr = struct.unpack_from("<H", data, 0x20E)[0]
        if ptr:
            s = data[ptr + 0x200:ptr + 0x200 + 256]
            s = s.split(b"\0")[0].decode("ascii", "replace")
            if s:
                return s.split()[0]
    m = re.search(rb"Linux version (\S+)", data)
    return m.group(1).decode() if m else None


def decompress_vmlinux(data):
    """Finds the compressed kernel in a bzImage (the way the kernel's
    scripts/extract-vmlinux does) and returns the vmlinux ELF bytes."""
    tried = []

    def candidates(magic):
        pos = data.find(magic)
        n = 0
        while pos >= 0 and n < 8:
            yield pos
            pos = data.find(magic, pos + 1)
            n += 1

    def elf_ok(out):
        return out is not None and out[:4] == b"\x7fELF" and elf_section(out, ".BTF") is not None

    def in_process(magic, name, decompress, errors):
        """The first ELF with .BTF that a Python decompressor gets from a
        stream starting at one of the magic's places, or None."""
        for pos in candidates(magic):
            try:
                out = decompress(data[pos:])
                if elf_ok(out):
                    return out
            except errors:
                pass
        tried.append(name)
        return None

    out = in_process(b"\xfd7zXZ\x00", "xz", lambda b: lzma.LZMADecompressor(format=lzma.FORMAT_XZ).decompress(b),
                     lzma.LZMAError)
    if out is not None:
        return out
    for pos in candidates(b"\x28\xb5\x2f\xfd"):
        tool = shutil.which("zstd")
        if not tool:
            tried.append("zstd (the zstd command is not installed)")
            break
        p = subprocess.run([tool, "-dcq"], input=data[pos:], capture_output=True)
        if elf_ok(p.stdout):
            return p.stdout
    else:
        tried.append("zstd")
    for magic, name, decompress, errors in (
            (b"\x1f\x8b\x08", "gzip", lambda b: zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(b), zlib.error),
            (b"BZh", "bzip2", lambda b: bz2.BZ2Decompressor().decompress(b), (OSError, ValueError)),
            (b"\x5d\x00\x00\x00", "lzma", lambda b: lzma.LZMADecompressor(format=lzma.FORMAT_ALONE).decompress(b),
             lzma.LZMAError)):
        out = in_process(magic, name, decompress, errors)
        if out is not None:
            return out
    for magic, tool, name in ((b"\x02\x21\x4c\x18", "lz4", "lz4"), (b"\x89\x4c\x5a", "lzop", "lzo")):
        exe = shutil.which(tool)
        for pos in candidates(magic):
            if not exe:
                break
            p = subprocess.run([exe, "-dc"], input=data[pos:], capture_output=True)
            if elf_ok(p.stdout):
                return p.stdout
        tried.append(name)
    raise BTFError("no vmlinux with .BTF found in the image (tried %s)" % ", ".join(tried))
