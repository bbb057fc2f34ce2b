#!/usr/bin/env python3
"""Writes a copy of a little-endian ELF64 object with one section header
field changed, to test how tools read malformed objects.

Usage: elf-mutate.py IN OUT (SECTION-TYPE|SECTION-NAME) FIELD VALUE

SECTION-TYPE is "rel" (the first SHT_REL section) or "symtab"; FIELD is one
of sh_link, sh_info, sh_size, sh_entsize, sh_offset; VALUE is an integer
(0x... allowed) or "size+N" / "size-N" relative to the current value.
"""
import struct
import sys

SHDR = struct.Struct("<IIQQQQIIQQ")
FIELDS = ["sh_name", "sh_type", "sh_flags", "sh_addr", "sh_offset", "sh_size",
          "sh_link", "sh_info", "sh_addralign", "sh_entsize"]
TYPES = {"symtab": 2, "rel": 9}


def main():
    src, dst, which, field, value = sys.argv[1:6]
    data = bytearray(open(src, "rb").read())
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, "ELF64 LE only"
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = [list(SHDR.unpack_from(data, shoff + i * shentsize)) for i in range(shnum)]
    strtab = headers[shstrndx]

    def name(h):
        off = strtab[4] + h[0]
        return bytes(data[off:data.index(b"\0", off)]).decode()

    for i, h in enumerate(headers):
        if (which in TYPES and h[1] == TYPES[which]) or name(h) == which:
            k = FIELDS.index(field)
            if value.startswith("size"):
                h[k] = h[5] + int(value[4:], 0)
            else:
                h[k] = int(value, 0)
            SHDR.pack_into(data, shoff + i * shentsize, *h)
            open(dst, "wb").write(data)
            return 0
    sys.exit("no section %s in %s" % (which, src))


if __name__ == "__main__":
    sys.exit(main())
