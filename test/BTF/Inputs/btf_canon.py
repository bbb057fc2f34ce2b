#!/usr/bin/env python3
"""Turns `bpftool btf dump file X` (plain format) into a form that does not
depend on type ids, so that two compilers' BTF for the same source can be
diffed.

Every type becomes a block: a header line and its members, parameters,
enumerators or DATASEC entries indented below it. References to other types
are written out structurally instead of by id:

  * named types (STRUCT, UNION, ENUM, ENUM64, FWD, TYPEDEF, INT, FLOAT, VAR,
    FUNC) by kind and name, e.g. `STRUCT 'node'`;
  * anonymous types and modifiers (PTR, CONST, VOLATILE, RESTRICT, TYPE_TAG,
    ARRAY, FUNC_PROTO, anonymous STRUCT/UNION/ENUM) by their whole
    description, e.g. `PTR -> CONST -> INT 'char'`;
  * DECL_TAGs by the description of what they tag.

The blocks are sorted. Identical blocks are not merged: a type that a
compiler writes twice shows twice (`--count-duplicates` reports them).

  btf_canon.py [options] DUMP
    --zero-datasec       write DATASEC sizes and variable offsets as 0 and
                         sort each DATASEC's entries by name (clang-19
                         leaves them 0 for libbpf to fill in)
    --unique             merge identical blocks (clang-19 writes some types
                         twice: FUNC_PROTOs, anonymous records, arrays)
    --anon-extern-params write the parameters of extern functions' prototypes
                         unnamed, as clang-19 does
    --count-duplicates   print only "duplicates: N" (blocks beyond the first
                         of each kind of identical block)
"""
import argparse
import re
import sys
from collections import Counter

HEADER = re.compile(r"^\[(\d+)\] (\w+) '([^']*)'(.*)$")
ATTR = re.compile(r"([a-z_]+)=(\S+?),?(?=\s|$)")

NAMED = {"STRUCT", "UNION", "ENUM", "ENUM64", "FWD", "TYPEDEF", "INT", "FLOAT",
         "VAR", "FUNC"}


class Type:
    def __init__(self, tid, kind, name, rest):
        self.id = tid
        self.kind = kind
        self.name = name
        self.attrs = ATTR.findall(rest)
        self.items = []  # (name or None, [(key, value)...])


def parse(text):
    types = {}
    cur = None
    for line in text.splitlines():
        if not line.strip():
            continue
        m = HEADER.match(line)
        if m:
            cur = Type(int(m.group(1)), m.group(2), m.group(3), m.group(4))
            types[cur.id] = cur
            continue
        if cur is None or not line.startswith("\t"):
            raise SystemExit("btf_canon.py: unexpected line: %r" % line)
        body = line.strip()
        name = None
        m = re.match(r"^'([^']*)'(.*)$", body)
        if m:
            name, body = m.group(1), m.group(2)
        body = re.sub(r"\((\w+) '[^']*'\)\s*$", "", body)  # "(VAR 'x')"
        cur.items.append((name, ATTR.findall(body)))
    return types


class Canon:
    def __init__(self, types, zero_datasec, anon_extern_params):
        self.types = types
        self.zero_datasec = zero_datasec
        self.anon_protos = set()
        if anon_extern_params:
            ext, other = set(), set()
            for t in types.values():
                if t.kind == "FUNC":
                    d = dict(t.attrs)
                    (ext if d.get("linkage") == "extern" else other).add(int(d["type_id"]))
            self.anon_protos = ext - other

    def ref(self, tid, depth=0):
        """How a reference to type `tid` is written."""
        tid = int(tid)
        if tid == 0:
            return "void"
        t = self.types.get(tid)
        if t is None:
            return "<bad id %d>" % tid
        if depth > 32:
            return "<cycle>"
        if t.kind in NAMED and t.name != "(anon)":
            return "%s '%s'" % (t.kind, t.name)
        return self.describe(t, depth + 1)

    def attrs(self, attrs, depth, skip=()):
        out = []
        for k, v in attrs:
            if k in skip:
                continue
            if k.endswith("type_id"):
                v = "<%s>" % self.ref(v, depth)
                k = k[: -len("_id")]
            out.append("%s=%s" % (k, v))
        return out

    def items(self, t, depth):
        lines = []
        for name, attrs in t.items:
            if t.id in self.anon_protos:
                name = "(anon)"
            if t.kind == "DATASEC":
                d = dict(attrs)
                if self.zero_datasec:
                    d["offset"] = "0"
                attrs = [(k, d[k]) for k, _ in attrs]
            a = self.attrs(attrs, depth)
            lines.append(("'%s' " % name if name is not None else "") + " ".join(a))
        if t.kind == "DATASEC" and self.zero_datasec:
            lines.sort()
        return lines

    def describe(self, t, depth=0):
        """One line for an anonymous type, used inline in references."""
        skip = ("size",) if t.kind == "DATASEC" and self.zero_datasec else ()
        head = [t.kind]
        if t.name != "(anon)":
            head.append("'%s'" % t.name)
        head += self.attrs(t.attrs, depth, skip)
        if t.kind in ("PTR", "CONST", "VOLATILE", "RESTRICT", "TYPEDEF", "TYPE_TAG"):
            # "PTR -> INT 'int'" reads better than "PTR type=<INT 'int'>".
            target = dict(t.attrs).get("type_id", "0")
            head = [x for x in head if not x.startswith("type=")]
            return " ".join(head) + " -> " + self.ref(target, depth)
        items = self.items(t, depth)
        if items:
            head.append("{ " + "; ".join(items) + " }")
        return " ".join(head)

    def block(self, t):
        if t.kind in NAMED and t.name != "(anon)":
            skip = ()
            head = [t.kind, "'%s'" % t.name] + self.attrs(t.attrs, 0)
            if t.kind in ("TYPEDEF",):
                head = [t.kind, "'%s'" % t.name, "->", self.ref(dict(t.attrs)["type_id"])]
            lines = [" ".join(head)]
            lines += ["\t" + x for x in self.items(t, 0)]
            return "\n".join(lines)
        if t.kind == "DATASEC":
            skip = ("size",) if self.zero_datasec else ()
            head = [t.kind, "'%s'" % t.name] + self.attrs(t.attrs, 0, skip)
            return "\n".join([" ".join(head)] + ["\t" + x for x in self.items(t, 0)])
        if t.kind == "DECL_TAG":
            d = dict(t.attrs)
            return "DECL_TAG '%s' on <%s> component_idx=%s" % (
                t.name, self.ref(d["type_id"]), d["component_idx"])
        return self.describe(t)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--zero-datasec", action="store_true")
    ap.add_argument("--unique", action="store_true")
    ap.add_argument("--anon-extern-params", action="store_true")
    ap.add_argument("--count-duplicates", action="store_true")
    args = ap.parse_args()
    with open(args.dump) as f:
        types = parse(f.read())
    c = Canon(types, args.zero_datasec, args.anon_extern_params)
    blocks = sorted(c.block(t) for t in types.values())
    if args.unique:
        blocks = sorted(set(blocks))
    if args.count_duplicates:
        counts = Counter(blocks)
        dups = sum(n - 1 for n in counts.values())
        print("duplicates: %d" % dups)
        for b, n in sorted(counts.items()):
            if n > 1:
                print("%dx %s" % (n, b.splitlines()[0]), file=sys.stderr)
        return
    for b in blocks:
        print(b)


if __name__ == "__main__":
    main()
