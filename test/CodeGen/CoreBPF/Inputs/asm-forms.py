#!/usr/bin/env python3
"""Prints every instruction form of the BPF assembly syntax that llvm-mc-19
-triple bpfel/bpfeb -mcpu=v4 accepts, one per line, then directives, labels
and jumps to them. test/CodeGen/CoreBPF/asm-llvm-mc.test assembles the
output with llvm-mc-19 and with corecc and compares the bytes."""

out = []
alu = ["+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>=", "s>>=", "s/=", "s%="]
for r in ["r", "w"]:
    for op in alu:
        out += [f"{r}1 {op} {r}2", f"{r}1 {op} 5", f"{r}1 {op} -7", f"{r}3 {op} 0xffffffff"]
    out += [f"{r}1 = {r}2", f"{r}1 = 5", f"{r}1 = -1", f"{r}1 = 0xf2f3f4f5",
            f"{r}1 = -{r}1", f"{r}1 = 4 - 1", f"{r}9 = 0x10 * 2 - ~0",
            f"{r}1 = ({r}2)" if False else f"{r}1 = (s8){r}2", f"{r}1 = (s16){r}2"]
out.append("r1 = (s32)r2")
out += [f"r1 = {s} r1" for s in ["be16", "be32", "be64", "le16", "le32", "le64",
                                 "bswap16", "bswap32", "bswap64"]]
conds = ["==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&"]
for r in ["r", "w"]:
    for c in conds:
        out += [f"if {r}1 {c} {r}2 goto +1", f"if {r}1 {c} 3 goto -1",
                f"if {r}1 {c} 0xffffffff goto +0", f"if {r}8 {c} 2 * 3 goto +2"]
out += ["goto +3", "goto -1", "gotol +3", "may_goto +1", "call 1", "callx r3",
        "exit", "r1 = 0x123456789 ll", "r1 = -1 ll", "r0 = 0x80000000"]
for t in ["u8", "u16", "u32", "u64"]:
    out += [f"r1 = *({t} *)(r2 + 8)", f"r1 = *({t} *)(r2 - 8)",
            f"*({t} *)(r10 - 8) = r1", f"*({t} *)(r10 - 8) = 7",
            f"*({t} *)(r10 - 16) = 0xffffffff"]
    if t != "u64":
        out += [f"w1 = *({t} *)(r2 + 0)", f"*({t} *)(r10 - 8) = w1"]
out += [f"r1 = *({t} *)(r2 + 1)" for t in ["s8", "s16", "s32"]]
for t in ["u8", "u16", "u32"]:
    out += [f"r0 = *({t} *)skb[4]", f"r0 = *({t} *)skb[r3]"]
for a in ["+=", "&=", "|=", "^="]:
    out += [f"lock *(u64 *)(r1 + 8) {a} r2", f"lock *(u32 *)(r1 + 8) {a} w2"]
out.append("lock *(u32 *)(r1 + 8) += r2")
for f in ["add", "and", "or", "xor"]:
    out += [f"r2 = atomic_fetch_{f}((u64 *)(r1 + 8), r2)",
            f"w2 = atomic_fetch_{f}((u32 *)(r1 + 8), w2)"]
out += ["r2 = xchg_64(r1 + 8, r2)", "w2 = xchg32_32(r1 + 8, w2)",
        "r0 = cmpxchg_64(r1 + 8, r0, r2)", "w0 = cmpxchg32_32(r1 + 8, w0, w2)",
        "r1 = addr_space_cast(r2, 0, 1)", "r1 = addr_space_cast(r2, 1, 0)"]

# Immediates are MC expressions with llvm-mc's operator precedence (not
# C's: "2 + 3 << 1" is 8, "1 | 2 & 4" is 0), and spaces are optional.
out += ["r1 = 2 + 3 << 1", "r1 = 1 | 2 & 4", "w1 = 7 / 2 * 2", "r1 = 6 - 2 - 1",
        "r1=*(u8*)(r2+1)", "if r1==r2 goto +1", "if w1 s>=-2 goto +1",
        "r1 = ( s8 ) r2", "r1 = *(u32 *)(r2 + 4 - 1)", "r1 = forms ll",
        "r0 = *(u16 *)skb[2 * 3]", "r1 >>= 3", "w1 s>>= w2"]

print("\t.text")
print("\t.globl\tforms")
print("\t.type\tforms,@function")
print("forms:")
for l in out:
    print("\t" + l)
# Labels: forward, backward, local; calls to a label.
print("\tgoto done")
print("1:")
print("\tif r1 == 0 goto 1b")
print("\tif r1 != 0 goto 2f")
print("\tcall forms")
print("2:")
print("\tgotol 1b")
print("done:")
print("\texit")
print(".Lforms_end:")
print("\t.size\tforms, .Lforms_end-forms")
print("\t.section\t.rodata,\"a\",@progbits")
print("\t.p2align\t3")
print("\t.byte\t1")
print("\t.short\t2")
print("\t.long\t3")
print("\t.quad\t4")
print("\t.ascii\t\"abc\"")
print("\t.asciz\t\"de\"")
