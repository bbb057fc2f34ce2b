#!/usr/bin/env python3
"""Checks the DATASECs of an object's BTF against its ELF sections and
symbols, as libbpf would lay them out:

  datasec_check.py BPFTOOL_DUMP READELF_OUTPUT

BPFTOOL_DUMP is `bpftool btf dump file OBJ`, READELF_OUTPUT is
`llvm-readelf -S -s OBJ`. For every DATASEC of a section the object defines:
its size is the section's size, and every variable in it is a symbol of that
section at the entry's offset with the entry's size; every object symbol of
the section has an entry. For .kconfig and .ksyms (laid out by libbpf):
offsets are 0 and the DATASEC size is 0. Prints one line per DATASEC and
exits 1 on any mismatch.
"""
import re
import sys


def parse_btf(path):
    types, order = {}, []
    cur = None
    for line in open(path):
        m = re.match(r"^\[(\d+)\] (\w+) '([^']*)'(.*)$", line)
        if m:
            cur = {"kind": m.group(2), "name": m.group(3), "rest": m.group(4), "items": []}
            types[int(m.group(1))] = cur
            order.append(int(m.group(1)))
            continue
        m = re.match(r"^\ttype_id=(\d+) offset=(\d+) size=(\d+)", line)
        if m and cur is not None and cur["kind"] == "DATASEC":
            cur["items"].append(tuple(int(x) for x in m.groups()))
    return types, order


def parse_readelf(path):
    sections, symbols = {}, []
    for line in open(path):
        m = re.match(r"^\s*\[\s*(\d+)\] (\S+)\s+(\w+)\s+([0-9a-f]+) ([0-9a-f]+) ([0-9a-f]+)", line)
        if m:
            sections[m.group(2)] = (int(m.group(1)), int(m.group(6), 16))
            continue
        m = re.match(r"^\s*\d+: ([0-9a-f]+)\s+(\d+) (\w+)\s+\w+\s+\w+\s+(\w+) (\S+)$", line)
        if m:
            symbols.append({"value": int(m.group(1), 16), "size": int(m.group(2)),
                            "type": m.group(3), "ndx": m.group(4), "name": m.group(5)})
    return sections, symbols


def main():
    types, order = parse_btf(sys.argv[1])
    sections, symbols = parse_readelf(sys.argv[2])
    errors = []
    for tid in order:
        t = types[tid]
        if t["kind"] != "DATASEC":
            continue
        name = t["name"]
        size = int(re.search(r"size=(\d+)", t["rest"]).group(1))
        entries = [(types[v]["kind"], types[v]["name"], off, sz) for v, off, sz in t["items"]]
        if name in (".kconfig", ".ksyms"):
            if size != 0:
                errors.append("%s: size %d, want 0" % (name, size))
            for kind, var, off, sz in entries:
                if off != 0:
                    errors.append("%s: %s offset %d, want 0" % (name, var, off))
            print("%s: %d externs" % (name, len(entries)))
            continue
        if name not in sections:
            errors.append("%s: no such ELF section" % name)
            continue
        before = len(errors)
        ndx, sec_size = sections[name]
        if size != sec_size:
            errors.append("%s: DATASEC size %d, section size %d" % (name, size, sec_size))
        syms = {s["name"]: s for s in symbols if s["ndx"] == str(ndx) and s["type"] == "OBJECT"}
        seen = set()
        for kind, var, off, sz in entries:
            s = syms.get(var)
            if s is None:
                errors.append("%s: VAR '%s' has no symbol in the section" % (name, var))
                continue
            seen.add(var)
            if s["value"] != off:
                errors.append("%s: VAR '%s' offset %d, symbol at %d" % (name, var, off, s["value"]))
            if s["size"] != sz:
                errors.append("%s: VAR '%s' size %d, symbol size %d" % (name, var, sz, s["size"]))
        for missing in sorted(set(syms) - seen):
            errors.append("%s: symbol '%s' has no VAR" % (name, missing))
        print("%s: size=%d vars=%d%s" % (name, size, len(entries),
                                         " ok" if len(errors) == before else ""))
    for e in errors:
        print("error: " + e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
