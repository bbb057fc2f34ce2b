#!/usr/bin/env python3
"""Facts about types, read from a BTF file by bpftool: the expected values
of CO-RE tests, computed without any BPF compiler.

usage: core-btf-query.py BTF_FILE [--bpftool PATH] [--format check|set]
                         VAR=QUERY...

QUERY is one of
  size:NAME          size of the struct or union NAME
  id:NAME            type id of the struct or union NAME
  off:NAME.PATH      byte offset of member PATH (a.b.c; anonymous members
                     are looked through) in struct or union NAME
  bitoff:NAME.PATH   its bit offset
  bitsize:NAME.PATH  its bitfield size (0 if it is not a bitfield)
  has:NAME.PATH      1 if the member exists, else 0
  enum:NAME.ENUMERATOR
                     the enumerator's value (64-bit two's complement)
  hasenum:NAME.ENUMERATOR
                     1 if enum NAME has ENUMERATOR, else 0

--format check prints "CHECK-DAG: global .bss VAR = VALUE{{$}}" lines for
FileCheck over corecc-run --dump-globals; --format set prints
"--set VAR=VALUE" arguments for corecc-run.
"""

import argparse
import re
import subprocess
import sys

TYPE_RE = re.compile(r"^\[(\d+)\] (\w+) '([^']*)'(.*)$")
MEMBER_RE = re.compile(r"^\t'([^']*)' type_id=(\d+) bits_offset=(\d+)(?: bitfield_size=(\d+))?")
ENUMERATOR_RE = re.compile(r"^\t'([^']*)' val=(-?\d+)")


def load(path, bpftool):
    out = subprocess.run([bpftool, "btf", "dump", "file", path], capture_output=True, text=True, check=True).stdout
    types = {}
    cur = None
    for line in out.splitlines():
        m = TYPE_RE.match(line)
        if m:
            attrs = dict(re.findall(r"(\w+)=(\S+)", m.group(4)))
            cur = {"id": int(m.group(1)), "kind": m.group(2), "name": m.group(3), "attrs": attrs, "members": []}
            types[cur["id"]] = cur
            continue
        if cur is None:
            continue
        m = MEMBER_RE.match(line)
        if m:
            cur["members"].append((m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4) or 0)))
            continue
        m = ENUMERATOR_RE.match(line)
        if m:
            cur["members"].append((m.group(1), int(m.group(2))))
    return types


def named(types, kinds, name):
    for t in types.values():
        if t["kind"] in kinds and t["name"] == name:
            return t
    raise SystemExit("no %s '%s' in the BTF" % ("/".join(kinds), name))


def strip(types, tid):
    while tid in types and types[tid]["kind"] in ("TYPEDEF", "CONST", "VOLATILE", "RESTRICT", "TYPE_TAG"):
        tid = int(types[tid]["attrs"]["type_id"])
    return types.get(tid)


def find_member(types, t, name):
    """(bit offset, bitfield size) of member name in t, looking through
    anonymous members, or None."""
    for mname, tid, off, bits in t["members"]:
        if mname == name:
            return off, bits, tid
    for mname, tid, off, bits in t["members"]:
        if mname == "(anon)":
            inner = strip(types, tid)
            if inner and inner["kind"] in ("STRUCT", "UNION"):
                found = find_member(types, inner, name)
                if found:
                    return off + found[0], found[1], found[2]
    return None


def member(types, spec):
    name, _, path = spec.partition(".")
    t = named(types, ("STRUCT", "UNION"), name)
    total = 0
    bits = 0
    for i, step in enumerate(path.split(".")):
        found = find_member(types, t, step)
        if not found:
            return None
        total += found[0]
        bits = found[1]
        t = strip(types, found[2])
    return total, bits


def query(types, q):
    what, _, arg = q.partition(":")
    if what == "size":
        return int(named(types, ("STRUCT", "UNION"), arg)["attrs"]["size"])
    if what == "id":
        return named(types, ("STRUCT", "UNION"), arg)["id"]
    if what in ("off", "bitoff", "bitsize", "has"):
        m = member(types, arg)
        if what == "has":
            return 1 if m else 0
        if not m:
            raise SystemExit("no member " + arg)
        return {"off": m[0] // 8, "bitoff": m[0], "bitsize": m[1]}[what]
    if what in ("enum", "hasenum"):
        name, _, enumerator = arg.partition(".")
        t = named(types, ("ENUM", "ENUM64"), name)
        for ename, val in t["members"]:
            if ename == enumerator:
                if what == "hasenum":
                    return 1
                return val - (1 << 64) if val >= (1 << 63) else val
        if what == "hasenum":
            return 0
        raise SystemExit("no enumerator " + arg)
    raise SystemExit("unknown query " + q)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("btf")
    ap.add_argument("queries", nargs="+")
    ap.add_argument("--bpftool", default="bpftool")
    ap.add_argument("--format", choices=("check", "set"), default="check")
    args = ap.parse_args()
    types = load(args.btf, args.bpftool)
    out = []
    for vq in args.queries:
        var, _, q = vq.partition("=")
        value = query(types, q)
        if args.format == "check":
            out.append("CHECK-DAG: global .bss %s = %d{{$}}" % (var, value))
        else:
            out.append("--set %s=%d" % (var, value))
    print(("\n" if args.format == "check" else " ").join(out))


if __name__ == "__main__":
    main()
