#!/usr/bin/env python3
"""Rewrites a raw base BTF file (little-endian), for the CO-RE tool tests.

  btf-edit.py IN OUT [--shuffle SEED] [--rename OLD=NEW]...

  --shuffle SEED   give the types new ids in a random order (SEED picks it);
                   every reference follows, so the BTF means the same thing
  --rename OLD=NEW rename every type named OLD (e.g. an INT 'unsigned long'
                   to GCC's 'long unsigned int')

The string table is rebuilt. Only base BTF (no split) is supported.
"""
import argparse
import random
import struct
import sys

# Words after the 12-byte header: fixed words, words per vlen entry.
LAYOUT = {1: (1, 0), 2: (0, 0), 3: (3, 0), 4: (0, 3), 5: (0, 3), 6: (0, 2), 7: (0, 0),
          8: (0, 0), 9: (0, 0), 10: (0, 0), 11: (0, 0), 12: (0, 0), 13: (0, 2), 14: (1, 0),
          15: (0, 3), 16: (0, 0), 17: (1, 0), 18: (0, 0), 19: (0, 3)}
# Kinds whose third word is a type id.
REF3 = {2, 8, 9, 10, 11, 12, 13, 14, 17, 18}


def parse(data):
    magic, ver, flags, hdr_len, toff, tlen, soff, slen = struct.unpack_from("<HBBIIIII", data, 0)
    if magic != 0xEB9F:
        sys.exit("btf-edit: not little-endian raw BTF")
    types_b = data[hdr_len + toff: hdr_len + toff + tlen]
    strs = data[hdr_len + soff: hdr_len + soff + slen]

    def string(off):
        end = strs.index(b"\0", off)
        return strs[off:end].decode()

    types = [None]
    pos = 0
    while pos < len(types_b):
        name_off, info, size_type = struct.unpack_from("<III", types_b, pos)
        kind = (info >> 24) & 0x1F
        vlen = info & 0xFFFF
        fixed, per = LAYOUT[kind]
        n = fixed + per * vlen
        words = list(struct.unpack_from("<%dI" % n, types_b, pos + 12))
        pos += 12 + 4 * n
        t = {"name": string(name_off), "info": info, "st": size_type, "kind": kind, "vlen": vlen, "w": words}
        # names of members / params / enumerators
        if kind in (4, 5, 19, 15):
            t["names"] = [string(words[3 * i]) if kind != 15 else None for i in range(vlen)]
        elif kind in (6, 13):
            t["names"] = [string(words[2 * i]) for i in range(vlen)]
        types.append(t)
    return types


def ref_slots(t):
    """(list, index) pairs of the type-id fields."""
    k = t["kind"]
    slots = []
    if k in REF3:
        slots.append(("st", None))
    if k == 3:
        slots += [("w", 0), ("w", 1)]
    if k in (4, 5):
        slots += [("w", 3 * i + 1) for i in range(t["vlen"])]
    if k == 13:
        slots += [("w", 2 * i + 1) for i in range(t["vlen"])]
    if k == 15:
        slots += [("w", 3 * i) for i in range(t["vlen"])]
    return slots


def encode(types):
    strs = bytearray(b"\0")
    index = {"": 0}

    def add(s):
        if s not in index:
            index[s] = len(strs)
            strs.extend(s.encode() + b"\0")
        return index[s]

    out = bytearray()
    for t in types[1:]:
        w = list(t["w"])
        if "names" in t:
            step = 3 if t["kind"] in (4, 5, 19) else 2
            for i, nm in enumerate(t["names"]):
                if nm is not None:
                    w[step * i] = add(nm)
        out += struct.pack("<III", add(t["name"]), t["info"], t["st"])
        out += struct.pack("<%dI" % len(w), *w)
    hdr = struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(out), len(out), len(strs))
    return bytes(hdr + out + strs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--shuffle", type=int)
    ap.add_argument("--rename", action="append", default=[])
    a = ap.parse_args()
    types = parse(open(a.input, "rb").read())
    for r in a.rename:
        old, _, new = r.partition("=")
        for t in types[1:]:
            if t["name"] == old:
                t["name"] = new
    if a.shuffle is not None:
        n = len(types) - 1
        order = list(range(1, n + 1))
        random.Random(a.shuffle).shuffle(order)
        new_id = {0: 0}
        for new, old in enumerate(order, 1):
            new_id[old] = new
        for t in types[1:]:
            for field, i in ref_slots(t):
                if field == "st":
                    t["st"] = new_id[t["st"]]
                else:
                    t["w"][i] = new_id[t["w"][i]]
        types = [None] + [types[old] for old in order]
    open(a.output, "wb").write(encode(types))


if __name__ == "__main__":
    main()
