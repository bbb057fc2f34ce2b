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
from .btf import BTF, BTFError

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


def elf_machine(path):
    """e_machine of an ELF file (62 x86-64, 183 AArch64, 22 S/390), or None."""
    with open(path, "rb") as f:
        data = f.read(20)
    if data[:4] != b"\x7fELF" or len(data) < 20:
        return None
    return struct.unpack_from("<H" if data[5] == 1 else ">H", data, 18)[0]


def elf_is_static(path):
    """True if the ELF file has no PT_INTERP (no dynamic loader)."""
    with open(path, "rb") as f:
        data = f.read(1 << 16)
    if data[:4] != b"\x7fELF" or data[4] != 2:
        return False
    e = "<" if data[5] == 1 else ">"
    phoff = struct.unpack_from(e + "Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from(e + "2H", data, 0x36)
    for i in range(phnum):
        off = phoff + i * phentsize
        if off + 4 > len(data):
            return False
        if struct.unpack_from(e + "I", data, off)[0] == 3:  # PT_INTERP
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


def raw_btf(data):
    """The kernel's BTF inside a raw (not ELF) kernel image, as arm64's
    Image and the payload of s390x's vmlinuz are: the first place with a BTF
    header (either byte order, version 1, a 24-byte header) whose sections
    fit and decode. None if there is none."""
    for magic, e in ((b"\x9f\xeb\x01\x00\x18\x00\x00\x00", "<"), (b"\xeb\x9f\x01\x00\x00\x00\x00\x18", ">")):
        pos = data.find(magic)
        while pos >= 0:
            if pos + 24 <= len(data):
                hdr_len, type_off, type_len, str_off, str_len = struct.unpack_from(e + "5I", data, pos + 4)
                size = hdr_len + max(type_off + type_len, str_off + str_len)
                if type_len and str_len and pos + size <= len(data):
                    blob = data[pos:pos + size]
                    try:
                        BTF(blob)
                        return blob
                    except BTFError:
                        pass
            pos = data.find(magic, pos + 1)
    return None


def image_btf(data):
    """The BTF of a kernel image: the .BTF section of the vmlinux inside a
    compressed image (x86's bzImage), of an ELF given as it is, or found raw
    in an uncompressed (arm64) or decompressed (s390x) image."""
    if data[:4] == b"\x7fELF":
        sec = elf_section(data, ".BTF")
        if sec is not None:
            return sec
    if data[0x38:0x3C] == b"ARMd":  # an uncompressed arm64 Image
        blob = raw_btf(data)
        if blob is not None:
            return blob
    out = decompress_vmlinux(data)
    if out[:4] == b"\x7fELF":
        return elf_section(out, ".BTF")
    return raw_btf(out)


def decompress_vmlinux(data):
    """Finds the compressed kernel in a bzImage (the way the kernel's
    scripts/extract-vmlinux does) and returns the vmlinux ELF bytes, or the
    raw kernel with its BTF inside (s390x)."""
    tried = []

    def candidates(magic):
        pos = data.find(magic)
        n = 0
        while pos >= 0 and n < 8:
            yield pos
            pos = data.find(magic, pos + 1)
            n += 1

    def elf_ok(out):
        if out is None:
            return False
        if out[:4] == b"\x7fELF":
            return elf_section(out, ".BTF") is not None
        return raw_btf(out) is not None

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
