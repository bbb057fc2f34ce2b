#!/usr/bin/env python3
"""Turns llvm-objdump's and `corecc-btf ext`'s views of .BTF.ext into the
same sorted lines, "<section> <byte offset> <what>", so a test can diff them.

  normalize.py objdump-core FILE   llvm-objdump -dr: CO-RE relocations
  normalize.py ext-core FILE       corecc-btf ext: core_relo records
  normalize.py objdump-lines FILE  llvm-objdump -dS (no DWARF): source lines
  normalize.py ext-lines FILE DIS  corecc-btf ext: line_info records, as
                                   printed at the instructions of DIS
                                   (llvm-objdump -d)
  normalize.py objdump-funcs FILE  llvm-objdump -t: function symbols
  normalize.py ext-funcs FILE      corecc-btf ext: func_info records
"""
import re
import sys


def objdump_core(lines):
    sec = None
    for line in lines:
        m = re.match(r"Disassembly of section (.*):$", line)
        if m:
            sec = m.group(1)
            continue
        m = re.match(r"\s+([0-9a-f]+):\s+CO-RE (.*)$", line)
        if m:
            yield "%s %d %s" % (sec, int(m.group(1), 16), m.group(2).rstrip())


def ext_records(lines, kind):
    sec = None
    for line in lines:
        m = re.match(r"(\w+): section '(.*)' \(\d+ records\)$", line)
        if m:
            sec = m.group(2) if m.group(1) == kind else None
            continue
        m = re.match(r"  insn_off=(\d+) (.*)$", line)
        if m and sec is not None:
            yield sec, int(m.group(1)), m.group(2)


def ext_core(lines):
    for sec, off, rest in ext_records(lines, "core_relo"):
        yield "%s %d %s" % (sec, off, rest[len("CO-RE "):])


def objdump_lines(lines):
    # A "; text" line belongs to the next instruction.
    sec, pending = None, []
    for line in lines:
        m = re.match(r"Disassembly of section (.*):$", line)
        if m:
            sec, pending = m.group(1), []
            continue
        if line.startswith(";"):
            pending.append(line[1:].strip())
            continue
        m = re.match(r"\s+(\d+):\s", line)
        if m and pending:
            for text in pending:
                yield "%s %d %s" % (sec, int(m.group(1)) * 8, text)
            pending = []


def instructions(lines):
    """Instruction byte offsets per section, from llvm-objdump -d."""
    sec, insns = None, {}
    for line in lines:
        m = re.match(r"Disassembly of section (.*):$", line)
        if m:
            sec = m.group(1)
            continue
        m = re.match(r"\s+(\d+):\s", line)
        if m:
            insns.setdefault(sec, []).append(int(m.group(1)) * 8)
    return insns


def ext_lines(lines, disasm):
    # llvm-objdump prints the source line of an instruction that has a
    # line_info record, unless the instruction before it had one with the
    # same file and line.
    records = {}
    for sec, off, rest in ext_records(lines, "line_info"):
        m = re.match(r"file='(.*)' line=(\d+) col=\d+ text='(.*)'$", rest)
        records[(sec, off)] = (m.group(1), m.group(2), m.group(3).strip())
    for sec, offs in instructions(disasm).items():
        prev = None
        for off in offs:
            rec = records.get((sec, off))
            if rec and (prev is None or prev[:2] != rec[:2]):
                yield "%s %d %s" % (sec, off, rec[2])
            prev = rec


def objdump_funcs(lines):
    for line in lines:
        m = re.match(r"([0-9a-f]+) \S+\s+F (\S+)\s+[0-9a-f]+ (\S+)$", line)
        if m:
            yield "%s %d %s" % (m.group(2), int(m.group(1), 16), m.group(3))


def ext_funcs(lines):
    for sec, off, rest in ext_records(lines, "func_info"):
        m = re.match(r"type_id=\d+ \(FUNC '(.*)'\)$", rest)
        yield "%s %d %s" % (sec, off, m.group(1))


MODES = {
    "objdump-core": objdump_core,
    "ext-core": ext_core,
    "objdump-lines": objdump_lines,
    "ext-lines": ext_lines,
    "objdump-funcs": objdump_funcs,
    "ext-funcs": ext_funcs,
}

if __name__ == "__main__":
    args = []
    for path in sys.argv[2:]:
        with open(path) as f:
            args.append(f.read().splitlines())
    for out in sorted(MODES[sys.argv[1]](*args)):
        print(out)
