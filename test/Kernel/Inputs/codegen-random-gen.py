#!/usr/bin/env python3
"""Random integer C programs for differential testing (see codegen-random.py).

codegen-random-gen.py SEED CPU prints a C file defining
"static void compute(u64 *io)": io[0..7] are inputs, io[8..31] outputs.
Expressions over variables of every integer width mix arithmetic, shifts
by variable amounts, division (signed by powers of two everywhere, signed
by anything with CPU 4), comparisons, selects, casts, byte swaps and calls
to small functions of up to five arguments; statements add if/else,
bounded loops, switches and stack buffers with memset/memcpy. Only defined
behaviour: wrapping arithmetic is done unsigned, shift amounts are masked,
divisors are guarded.
"""
import random
import sys

TYPES = ["u8", "s8", "u16", "s16", "u32", "s32", "u64", "s64"]
W = {"u8": 8, "s8": 8, "u16": 16, "s16": 16, "u32": 32, "s32": 32, "u64": 64, "s64": 64}
SIGNED = {t: t.startswith("s") for t in TYPES}


def utype(w):
    return "u64" if w == 64 else "u32"


def stype(w):
    return "s64" if w == 64 else "s32"


class Gen:
    def __init__(self, seed, cpu):
        self.r = random.Random(seed)
        self.cpu = cpu
        self.vars = []  # (name, type)
        self.n = 0
        self.funcs = []
        self.lines = []

    def newvar(self):
        self.n += 1
        return "v%d" % self.n

    def const(self, t):
        r = self.r
        w = W[t]
        choice = r.random()
        if choice < 0.3:
            v = r.choice([0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 63, 64, 255, 256, 0x7fff, 0x8000, 0xffff])
        elif choice < 0.5:
            v = (1 << w) - r.choice([1, 2, 128])
        elif choice < 0.6:
            v = 1 << r.randrange(w)
        else:
            v = r.getrandbits(w)
        v &= (1 << w) - 1
        return "((%s)0x%xULL)" % (t, v), t

    def leaf(self, names=None):
        pool = names if names is not None else self.vars
        if pool and self.r.random() < 0.8:
            n, t = self.r.choice(pool)
            return n, t
        return self.const(self.r.choice(TYPES))

    def expr(self, d, pool=None):
        r = self.r
        if d <= 0 or r.random() < 0.15:
            return self.leaf(pool)
        k = r.random()
        a, ta = self.expr(d - 1, pool)
        if k < 0.35:
            b, tb = self.expr(d - 1, pool)
            w = max(32, W[ta], W[tb])
            U = utype(w)
            op = r.choice(["+", "-", "*", "&", "|", "^", "+", "-"])
            return "((%s)%s %s (%s)%s)" % (U, a, op, U, b), U
        if k < 0.45:
            s, ts = self.expr(d - 1, pool)
            w = max(32, W[ta])
            if r.random() < 0.5:
                ty = utype(w) if r.random() < 0.5 else stype(w)
                op = r.choice(["<<", ">>"]) if ty.startswith("u") else ">>"
                return "((%s)%s %s ((%s) & %d))" % (ty, a, op, s, w - 1), ty
            c = r.randrange(w)
            ty = r.choice([utype(w), stype(w)])
            op = "<<" if ty.startswith("u") and r.random() < 0.5 else ">>"
            return "((%s)%s %s %d)" % (ty, a, op, c), ty
        if k < 0.53:
            b, tb = self.expr(d - 1, pool)
            w = max(32, W[ta], W[tb])
            U = utype(w)
            op = r.choice(["/", "%"])
            if self.cpu >= 4 and r.random() < 0.5:
                S = stype(w)
                return "sdiv%d((%s)%s, (%s)%s, %d)" % (w, S, a, S, b, op == "%"), S
            if r.random() < 0.3:
                S = stype(w)
                c = r.choice([1, 2, 4, 8, 16, 1024, 1 << 20, -1, -2, -8, -256])
                return "((%s)%s %s %d)" % (S, a, op, c), S
            if r.random() < 0.3:
                c = r.choice([1, 2, 3, 5, 7, 10, 16, 100, 255, 1000, 65536])
                return "((%s)%s %s %d)" % (U, a, op, c), U
            return "udiv%d((%s)%s, (%s)%s, %d)" % (w, U, a, U, b, op == "%"), U
        if k < 0.6:
            T = r.choice(TYPES)
            return "((%s)%s)" % (T, a), T
        if k < 0.66:
            w = max(32, W[ta])
            U = utype(w)
            return "(%s(%s)%s)" % (r.choice(["-", "~"]), U, a), U
        if k < 0.78:
            b, tb = self.expr(d - 1, pool)
            T = r.choice(TYPES)
            cmp = r.choice(["==", "!=", "<", "<=", ">", ">="])
            c = "((%s)%s %s (%s)%s)" % (T, a, cmp, T, b)
            if r.random() < 0.5:
                return "(%s)" % c, "s32"
            x, tx = self.expr(d - 1, pool)
            y, ty_ = self.expr(d - 1, pool)
            R = r.choice(TYPES)
            return "(%s ? (%s)%s : (%s)%s)" % (c, R, x, R, y), R
        if k < 0.84:
            w = r.choice([16, 32, 64])
            t = {16: "u16", 32: "u32", 64: "u64"}[w]
            return "((%s)__builtin_bswap%d((%s)%s))" % (t, w, t, a), t
        if k < 0.9:
            c, tc = self.const(r.choice(["u8", "u16", "u32", "u64"]))
            return "((%s & %s) != 0)" % (a, c), "s32"
        if k < 0.95 and self.funcs:
            f = r.choice(self.funcs)
            args = []
            for at in f[1]:
                e, te = self.expr(d - 1, pool)
                args.append("(%s)%s" % (at, e))
            return "%s(%s)" % (f[0], ", ".join(args)), f[2]
        return "(!%s)" % a, "s32"

    def func(self, idx):
        r = self.r
        nargs = r.randint(1, 5)
        ats = [r.choice(TYPES) for _ in range(nargs)]
        rt = r.choice(TYPES)
        name = "f%d" % idx
        params = [("a%d" % i, t) for i, t in enumerate(ats)]
        body = self.expr(3, params)[0]
        inl = r.choice(["__attribute__((noinline))", "__attribute__((noinline))", "static inline"])
        if inl.startswith("__attr"):
            inl = "static " + inl
        self.lines.append("%s %s %s(%s) {\n  return (%s)%s;\n}" % (
            inl, rt, name, ", ".join("%s %s" % (t, n) for n, t in params), rt, body))
        self.funcs.append((name, ats, rt))

    def stmt(self, body, depth):
        r = self.r
        k = r.random()
        if k < 0.55 or depth > 1:
            T = r.choice(TYPES)
            e, _ = self.expr(r.randint(1, 4))
            v = self.newvar()
            body.append("%s %s = (%s)%s;" % (T, v, T, e))
            self.vars.append((v, T))
        elif k < 0.7:
            # if/else assigning to existing vars
            T = r.choice(TYPES)
            v = self.newvar()
            a, _ = self.expr(2)
            b, _ = self.expr(2)
            cmp = r.choice(["==", "!=", "<", "<=", ">", ">="])
            CT = r.choice(TYPES)
            x, _ = self.expr(2)
            y, _ = self.expr(2)
            body.append("%s %s;" % (T, v))
            body.append("if ((%s)%s %s (%s)%s) %s = (%s)%s; else %s = (%s)%s;" % (
                CT, a, cmp, CT, b, v, T, x, v, T, y))
            self.vars.append((v, T))
        elif k < 0.8:
            # bounded loop
            T = r.choice(["u32", "u64", "s32", "s64"])
            v = self.newvar()
            n, _ = self.expr(1)
            e, _ = self.expr(2)
            body.append("%s %s = (%s)%s;" % (T, v, T, self.leaf()[0]))
            lim = r.choice([3, 7, 15])
            i = "i%d" % self.n
            op = r.choice(["+", "^", "*", "-"])
            body.append("for (u32 %s = 0; %s < ((u32)%s & %d); %s++) %s = (%s)((u64)%s * 3 %s (u64)(%s) %s %s);" % (
                i, i, n, lim, i, v, T, v, op, e, op, i))
            self.vars.append((v, T))
        elif k < 0.9:
            # switch
            T = r.choice(TYPES)
            v = self.newvar()
            s, _ = self.expr(2)
            body.append("%s %s;" % (T, v))
            body.append("switch ((u32)%s & 7) {" % s)
            cases = r.sample(range(8), r.randint(2, 6))
            for c in cases:
                e, _ = self.expr(2)
                body.append("case %d: %s = (%s)%s; break;" % (c, v, T, e))
            e, _ = self.expr(2)
            body.append("default: %s = (%s)%s; break;\n}" % (v, T, e))
            self.vars.append((v, T))
        else:
            # stack buffer, memset/memcpy, variable-index read
            v = self.newvar()
            n = r.choice([4, 8, 12, 16, 24])
            e, _ = self.expr(1)
            x, _ = self.expr(1)
            body.append("u8 b%s[%d]; u8 c%s[%d];" % (v, n, v, n))
            body.append("__builtin_memset(b%s, (int)(u8)%s, %d);" % (v, e, n))
            body.append("b%s[%d] = (u8)%s;" % (v, r.randrange(n), x))
            body.append("__builtin_memcpy(c%s, b%s, %d);" % (v, v, n))
            T = r.choice(["u16", "u32", "u64"] if n >= 8 else ["u16", "u32"])
            off = r.randrange(0, n - W[T] // 8 + 1)
            off -= off % (W[T] // 8)
            body.append("%s %s; __builtin_memcpy(&%s, c%s + %d, sizeof(%s));" % (T, v, v, v, off, v))
            self.vars.append((v, T))

    def program(self):
        r = self.r
        for i in range(r.randint(0, 3)):
            self.func(i)
        body = []
        for i in range(8):
            T = r.choice(TYPES)
            v = "in%d" % i
            body.append("%s %s = (%s)io[%d];" % (T, v, T, i))
            self.vars.append((v, T))
        for _ in range(r.randint(6, 16)):
            self.stmt(body, 0)
        outs = [v for v in self.vars if not v[0].startswith("in")]
        r.shuffle(outs)
        for i, (n, t) in enumerate(outs[:24]):
            body.append("io[%d] = (u64)%s;" % (8 + i, n))
        return "\n".join(self.lines) + "\nstatic __attribute__((always_inline)) void compute(u64 *io) {\n  " + "\n  ".join(body) + "\n}\n"


PRELUDE = r"""
typedef unsigned char u8; typedef signed char s8;
typedef unsigned short u16; typedef short s16;
typedef unsigned int u32; typedef int s32;
typedef unsigned long long u64; typedef long long s64;
#define UDIV(w) static inline u##w udiv##w(u##w a, u##w b, int m) { if (!b) b = 7; return m ? a % b : a / b; }
UDIV(32) UDIV(64)
#define SDIV(w) static inline s##w sdiv##w(s##w a, s##w b, int m) { if (b == 0 || b == -1) b = 3; return m ? a % b : a / b; }
SDIV(32) SDIV(64)
"""

if __name__ == "__main__":
    seed = int(sys.argv[1])
    cpu = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print(PRELUDE + Gen(seed, cpu).program())
