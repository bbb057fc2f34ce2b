# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Hand-made BTF blobs for the oracle's tests: each type written word by word
from the format (Documentation/bpf/btf.rst), so that the reader under test is
checked against the format, not against another reader."""
import struct


class Blob:
    def __init__(self, endian="<"):
        self.e = endian
        self.strs = b"\0"
        self.words = b""
        self.next_id = 1

    def s(self, text):
        if not text:
            return 0
        off = len(self.strs)
        self.strs += text.encode() + b"\0"
        return off

    def _type(self, name, kind, vlen, third, kflag=0, tail=b""):
        info = (kflag << 31) | (kind << 24) | vlen
        self.words += struct.pack(self.e + "3I", self.s(name), info, third) + tail
        tid = self.next_id
        self.next_id += 1
        return tid

    def int(self, name, size, bits=None, signed=True):
        enc = 1 if signed else 0
        word = (enc << 24) | (bits if bits is not None else size * 8)
        return self._type(name, 1, 0, size, tail=struct.pack(self.e + "I", word))

    def ptr(self, to):
        return self._type("", 2, 0, to)

    def array(self, elem, n, index_type):
        return self._type("", 3, 0, 0, tail=struct.pack(self.e + "3I", elem, index_type, n))

    def record(self, kind, name, size, members, bitfields=False):
        """members: (name, type, bit offset[, bitfield size])."""
        tail = b""
        for m in members:
            off = m[2] | ((m[3] if len(m) > 3 else 0) << 24) if bitfields else m[2]
            tail += struct.pack(self.e + "3I", self.s(m[0]), m[1], off)
        return self._type(name, 4 if kind == "struct" else 5, len(members), size,
                          kflag=1 if bitfields else 0, tail=tail)

    def enum(self, name, values, size=4):
        tail = b"".join(struct.pack(self.e + "Ii", self.s(n), v) for n, v in values)
        return self._type(name, 6, len(values), size, tail=tail)

    def enum64(self, name, values, unsigned=True):
        tail = b"".join(struct.pack(self.e + "3I", self.s(n), v & 0xFFFFFFFF, (v >> 32) & 0xFFFFFFFF)
                        for n, v in values)
        return self._type(name, 19, len(values), 8, kflag=1 if unsigned else 0, tail=tail)

    def typedef(self, name, to):
        return self._type(name, 8, 0, to)

    def const(self, to):
        return self._type("", 10, 0, to)

    def bytes(self):
        hdr = struct.pack(self.e + "HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(self.words),
                          len(self.words), len(self.strs))
        return hdr + self.words + self.strs
