# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""A small BTF reader, independent of libbpf and of corecc's own BTF library: the
oracle for expected values."""
import re
import struct

# ----------------------------------------------------------------------------
# BTF: a small reader, independent of libbpf and of corecc's own BTF library,
# used as the oracle for expected values.
# ----------------------------------------------------------------------------

BTF_KIND = {
    1: "int", 2: "ptr", 3: "array", 4: "struct", 5: "union", 6: "enum", 7: "fwd",
    8: "typedef", 9: "volatile", 10: "const", 11: "restrict", 12: "func",
    13: "func_proto", 14: "var", 15: "datasec", 16: "float", 17: "decl_tag",
    18: "type_tag", 19: "enum64",
}
MODIFIERS = ("typedef", "volatile", "const", "restrict", "type_tag")


class BTFError(Exception):
    pass


class BTF:
    """Types of one raw BTF blob (not split BTF). Type ids start at 1."""

    def __init__(self, data):
        if len(data) < 24:
            raise BTFError("too short for a BTF header")
        if data[:2] == b"\x9f\xeb":
            e = "<"
        elif data[:2] == b"\xeb\x9f":
            e = ">"
        else:
            raise BTFError("bad BTF magic")
        hdr_len, type_off, type_len, str_off, str_len = struct.unpack_from(e + "5I", data, 4)
        tbase = hdr_len + type_off
        sbase = hdr_len + str_off
        if tbase + type_len > len(data) or sbase + str_len > len(data):
            raise BTFError("BTF sections out of bounds")
        self.strings = data[sbase:sbase + str_len]
        self.types = [None]  # id 0: void
        self.by_name = {}
        u32x3 = struct.Struct(e + "3I")
        pos, end = tbase, tbase + type_len
        while pos < end:
            name_off, info, size_type = u32x3.unpack_from(data, pos)
            pos += 12
            kind = BTF_KIND.get((info >> 24) & 0x1F)
            if kind is None:
                raise BTFError("unknown BTF kind %d" % ((info >> 24) & 0x1F))
            vlen = info & 0xFFFF
            kflag = info >> 31
            t = {"kind": kind, "name": self.str(name_off), "sz": size_type}
            if kind == "int":
                pos += 4
            elif kind == "array":
                t["elem"], _, t["nelems"] = u32x3.unpack_from(data, pos)
                pos += 12
            elif kind in ("struct", "union"):
                members = []
                for _ in range(vlen):
                    mname, mtype, moff = u32x3.unpack_from(data, pos)
                    pos += 12
                    if kflag:
                        members.append((self.str(mname), mtype, moff & 0xFFFFFF, moff >> 24))
                    else:
                        members.append((self.str(mname), mtype, moff, 0))
                t["members"] = members
            elif kind == "enum":
                vals = []
                for _ in range(vlen):
                    vname, val = struct.unpack_from(e + "Ii", data, pos)
                    pos += 8
                    if kflag and val < 0:  # kind_flag: unsigned enumerators
                        val &= 0xFFFFFFFF
                    vals.append((self.str(vname), val))
                t["values"] = vals
            elif kind == "enum64":
                vals = []
                for _ in range(vlen):
                    vname, lo, hi = u32x3.unpack_from(data, pos)
                    pos += 12
                    val = (hi << 32) | lo
                    if not kflag and val >= 1 << 63:
                        val -= 1 << 64
                    vals.append((self.str(vname), val))
                t["values"] = vals
            elif kind == "func_proto":
                pos += 8 * vlen
            elif kind in ("var", "decl_tag"):
                pos += 4
            elif kind == "datasec":
                pos += 12 * vlen
            self.types.append(t)
            if t["name"]:
                self.by_name.setdefault(t["name"], []).append(len(self.types) - 1)

    def str(self, off):
        end = self.strings.find(b"\0", off)
        return self.strings[off:end if end >= 0 else None].decode("utf-8", "replace")

    def strip(self, tid):
        """Skips typedefs and qualifiers."""
        seen = 0
        while tid and self.types[tid]["kind"] in MODIFIERS:
            tid = self.types[tid]["sz"]
            seen += 1
            if seen > 64:
                raise BTFError("modifier loop at type %d" % tid)
        return tid

    def size(self, tid):
        tid = self.strip(tid)
        if tid == 0:
            raise BTFError("sizeof(void)")
        t = self.types[tid]
        k = t["kind"]
        if k in ("int", "struct", "union", "enum", "enum64", "float", "datasec"):
            return t["sz"]
        if k == "ptr":
            return 8
        if k == "array":
            return t["nelems"] * self.size(t["elem"])
        raise BTFError("type [%d] %s has no size" % (tid, k))

    def find(self, kind, name):
        """Type ids of the given C kind ('struct', 'union', 'enum', or None for
        a typedef/int/float name) and name; '___flavor' suffixes are ignored
        as libbpf does for CO-RE."""
        name = re.sub(r"___.*$", "", name)
        kinds = {"struct": ("struct",), "union": ("union",), "enum": ("enum", "enum64"),
                 None: ("typedef", "int", "float")}[kind]
        return [i for i in self.by_name.get(name, []) if self.types[i]["kind"] in kinds]

    def member(self, tid, name):
        """(bit offset, bitfield size, member type id) of NAME in the struct or
        union TID, looking into anonymous members as C does; None if absent."""
        tid = self.strip(tid)
        t = self.types[tid]
        if t["kind"] not in ("struct", "union"):
            raise BTFError("'%s' is not in a struct or union (type [%d] is %s)" % (name, tid, t["kind"]))
        for mname, mtype, boff, bsize in t["members"]:
            if mname == name:
                return boff, bsize, mtype
        for mname, mtype, boff, bsize in t["members"]:
            if not mname and self.types[self.strip(mtype)]["kind"] in ("struct", "union"):
                r = self.member(mtype, name)
                if r:
                    return boff + r[0], r[1], r[2]
        return None

    def field(self, tid, path):
        """Resolves PATH (['a', 'b', 3, 'c'], ints are array indices) from
        type TID: (bit offset, bitfield size, field type id), or None if a
        member is absent."""
        boff, bsize, cur = 0, 0, tid
        for comp in path:
            if isinstance(comp, int):
                t = self.types[self.strip(cur)]
                if t["kind"] != "array":
                    raise BTFError("[%d] applied to a %s" % (comp, t["kind"]))
                boff += comp * self.size(t["elem"]) * 8
                cur, bsize = t["elem"], 0
                continue
            r = self.member(cur, comp)
            if r is None:
                return None
            boff += r[0]
            bsize = r[1]
            cur = r[2]
        return boff, bsize, cur
