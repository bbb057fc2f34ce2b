// Signed division and remainder are instructions of cpu v4 only; before it
// they are errors at the operator (clang-19 reports them at the function).
// By a power of two they need no divide instruction and compile on every
// cpu (clang-19 rejects those too).
//
// RUN: not %corecc -O2 -mcpu=v1 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: not %corecc -O2 -mcpu=v3 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: not %corecc -O0 -mcpu=v2 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: %corecc -O2 -mcpu=v4 -c %s -o %t.o
// RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=V4
// RUN: %corecc -O2 -mcpu=v3 -DPOW2_ONLY -c %s -o %t.v3.o
// RUN: %objdump -d --no-show-raw-insn %t.v3.o | FileCheck %s --check-prefix=POW2

#ifndef POW2_ONLY
// CHECK: errors-sdiv.c:[[@LINE+1]]:37: error: signed division needs -mcpu=v4; earlier cpus divide unsigned only (use unsigned operands)
int sdiv32(int a, int b) { return a / b; }
// CHECK: errors-sdiv.c:[[@LINE+1]]:40: error: signed remainder needs -mcpu=v4; earlier cpus divide unsigned only (use unsigned operands)
long srem64(long a, long b) { return a % b; }
// CHECK: errors-sdiv.c:[[@LINE+1]]:43: error: signed division needs -mcpu=v4
short sdiv16(short a, short b) { return a / b; }
// CHECK: errors-sdiv.c:[[@LINE+1]]:32: error: signed division needs -mcpu=v4
int by_seven(int a) { return a / 7; }
// Unsigned division is on every cpu.
int udiv(unsigned a, unsigned b) { return a / b; }
#endif

int by_four(int a) { return a / 4; }
long rem_minus_eight(long a) { return a % -8; }

// V4-LABEL: <sdiv32>:
// V4: w0 s/= w2
// V4-LABEL: <srem64>:
// V4: r0 s%= r2
// V4-LABEL: <sdiv16>:
// V4: w0 s/= w2
// V4-LABEL: <by_seven>:
// V4: w0 s/= 0x7
// V4-LABEL: <udiv>:
// V4: w0 /= w2
// V4-LABEL: <by_four>:
// V4: w0 s/= 0x4
// V4-LABEL: <rem_minus_eight>:
// V4: r0 s%= 0x8

// Round toward zero: add 3 to negative dividends, then shift.
// POW2-LABEL: <by_four>:
// POW2-NEXT: w0 = w1
// POW2-NEXT: w5 = w1
// POW2-NEXT: w5 s>>= 0x1f
// POW2-NEXT: w5 >>= 0x1e
// POW2-NEXT: w0 += w5
// POW2-NEXT: w0 s>>= 0x2
// POW2-NEXT: exit
// x - ((x + (x < 0 ? 7 : 0)) & -8)
// POW2-LABEL: <rem_minus_eight>:
// POW2-NEXT: r0 = r1
// POW2-NEXT: r5 = r1
// POW2-NEXT: r5 s>>= 0x3f
// POW2-NEXT: r5 >>= 0x3d
// POW2-NEXT: r4 = r1
// POW2-NEXT: r4 += r5
// POW2-NEXT: r4 &= -0x8
// POW2-NEXT: r0 -= r4
// POW2-NEXT: exit
