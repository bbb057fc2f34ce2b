#!/usr/bin/env python3
"""Prints split BTF in a form that does not depend on type ids, so that split
BTF relocated onto a shuffled base can be compared with the original.

  btf-split-canon.py BASE_DUMP SPLIT_DUMP

Both are `corecc-btf dump` (bpftool) output: of the base, and of the split
BTF on it. One line per named struct, union and enum, FUNC, VAR, DATASEC and
DECL_TAG of the split BTF, sorted; every type they refer to is written out
in place, wherever it lives (base or split):

  * named structs, unions, enums by kind, name and size ("STRUCT 'x'
    size=16"), ints and floats with size and encoding, FWDs with their kind;
  * typedefs, pointers, modifiers, arrays, function prototypes and anonymous
    structs, unions and enums by their whole structure.

So types that distilling moves from the base into the split BTF (pointers,
typedefs, anonymous structs) read the same as before, and a reference
relocated to a type of another size does not.
"""
import re
import sys

HEAD = re.compile(r"^\[(\d+)\] (\w+) '([^']*)'(.*)$")
ATTR = re.compile(r"([a-z_]+)=([^\s,]+)")
ITEM = re.compile(r"^\t(?:'([^']*)' )?(.*)$")


def parse(text, types):
    cur = None
    for line in text.splitlines():
        m = HEAD.match(line)
        if m:
            cur = {"id": int(m.group(1)), "kind": m.group(2), "name": m.group(3),
                   "attrs": dict(ATTR.findall(m.group(4))), "items": []}
            types[cur["id"]] = cur
            continue
        m = ITEM.match(line)
        if m and cur is not None:
            cur["items"].append((m.group(1), dict(ATTR.findall(m.group(2)))))
    return types


def ref(types, tid, depth=0):
    tid = int(tid)
    if tid == 0:
        return "void"
    if depth > 40:
        return "..."
    t = types[tid]
    k, n, a = t["kind"], t["name"], t["attrs"]
    named = n not in ("", "(anon)")
    if k in ("STRUCT", "UNION") and named:
        return "%s '%s' size=%s" % (k, n, a.get("size"))
    if k in ("ENUM", "ENUM64") and named:
        return "%s '%s' size=%s" % (k, n, a.get("size"))
    if k == "INT":
        return "INT '%s' size=%s bits=%s enc=%s" % (n, a.get("size"), a.get("nr_bits"), a.get("encoding"))
    if k == "FLOAT":
        return "FLOAT '%s' size=%s" % (n, a.get("size"))
    if k == "FWD":
        return "FWD '%s' %s" % (n, a.get("fwd_kind"))
    if k == "TYPEDEF":
        return "TYPEDEF '%s' -> %s" % (n, ref(types, a["type_id"], depth + 1))
    if k in ("PTR", "CONST", "VOLATILE", "RESTRICT"):
        return "%s -> %s" % (k, ref(types, a["type_id"], depth + 1))
    if k == "TYPE_TAG":
        return "TYPE_TAG '%s' -> %s" % (n, ref(types, a["type_id"], depth + 1))
    if k == "ARRAY":
        return "ARRAY[%s] of %s" % (a.get("nr_elems"), ref(types, a["type_id"], depth + 1))
    if k == "FUNC_PROTO":
        params = ", ".join("%s: %s" % (pn or "", ref(types, pa.get("type_id", 0), depth + 1))
                           for pn, pa in t["items"])
        return "PROTO (%s) -> %s" % (params, ref(types, a["ret_type_id"], depth + 1))
    return body(types, t, depth + 1)


def body(types, t, depth=0):
    k, n, a = t["kind"], t["name"], t["attrs"]
    if k in ("STRUCT", "UNION"):
        ms = ["%s: %s @%s%s" % (mn, ref(types, ma["type_id"], depth), ma.get("bits_offset"),
                                ":%s" % ma["bitfield_size"] if "bitfield_size" in ma else "")
              for mn, ma in t["items"]]
        return "%s '%s' size=%s { %s }" % (k, n, a.get("size"), "; ".join(ms))
    if k in ("ENUM", "ENUM64"):
        vs = ["%s=%s" % (vn, va.get("val")) for vn, va in t["items"]]
        return "%s '%s' size=%s enc=%s { %s }" % (k, n, a.get("size"), a.get("encoding"), ", ".join(vs))
    if k == "FUNC":
        return "FUNC '%s' %s -> %s" % (n, a.get("linkage"), ref(types, a["type_id"], depth))
    if k == "VAR":
        return "VAR '%s' %s -> %s" % (n, a.get("linkage"), ref(types, a["type_id"], depth))
    if k == "DATASEC":
        es = ["%s @%s+%s" % (ref_var(types, ea["type_id"]), ea.get("offset"), ea.get("size"))
              for _, ea in t["items"]]
        return "DATASEC '%s' size=%s { %s }" % (n, a.get("size"), "; ".join(es))
    if k == "DECL_TAG":
        return "DECL_TAG '%s' idx=%s -> %s" % (n, a.get("component_idx"), ref(types, a["type_id"], depth))
    return ref(types, t["id"], depth)


def ref_var(types, tid):
    t = types[int(tid)]
    return "%s '%s'" % (t["kind"], t["name"])


def main():
    base = open(sys.argv[1]).read()
    split = open(sys.argv[2]).read()
    types = parse(base, {})
    split_types = parse(split, {})
    types.update(split_types)
    lines = []
    for t in split_types.values():
        k = t["kind"]
        named = t["name"] not in ("", "(anon)")
        if (k in ("STRUCT", "UNION", "ENUM", "ENUM64") and named) or k in ("FUNC", "VAR", "DATASEC", "DECL_TAG"):
            lines.append(body(types, t))
    for line in sorted(lines):
        print(line)


if __name__ == "__main__":
    main()
