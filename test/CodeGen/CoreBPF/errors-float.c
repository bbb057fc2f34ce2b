// Floating point is an error that names the operation, not a link error
// for a soft-float routine (the kernel does not save FPU state for BPF).
//
// RUN: not %corecc -O2 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: not %corecc -O0 -mcpu=v1 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: %corecc -O2 -DMOVES_ONLY -c %s -o %t.o
// RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=MOVES

#ifndef MOVES_ONLY

// CHECK: errors-float.c:[[@LINE+1]]:43: error: floating-point addition is not supported by BPF (the kernel does not save FPU state for BPF programs); use integer or fixed-point arithmetic
double add(double a, double b) { return a + b; }
// CHECK: errors-float.c:[[@LINE+1]]:40: error: floating-point subtraction is not supported by BPF
float sub(float a, float b) { return a - b; }
// CHECK: errors-float.c:[[@LINE+1]]:43: error: floating-point multiplication is not supported by BPF
double mul(double a, double b) { return a * b; }
// CHECK: errors-float.c:[[@LINE+1]]:43: error: floating-point division is not supported by BPF
double div(double a, double b) { return a / b; }
// CHECK: errors-float.c:[[@LINE+1]]:31: error: floating-point negation is not supported by BPF
double neg(double a) { return -a; }
// CHECK: errors-float.c:[[@LINE+1]]:39: error: floating-point comparison is not supported by BPF
int lt(double a, double b) { return a < b; }
// CHECK: errors-float.c:[[@LINE+1]]:32: error: floating-point conversion to an integer is not supported by BPF
long to_int(double a) { return (long)a; }
// CHECK: errors-float.c:[[@LINE+1]]:34: error: floating-point conversion from an integer is not supported by BPF
double from_int(long a) { return (double)a; }
// CHECK: errors-float.c:[[@LINE+1]]:32: error: floating-point conversion between float and double is not supported by BPF
double widen(float a) { return (double)a; }

#endif

// Floating-point values may be stored, loaded, copied and passed: that is
// only moving bits.
struct sample { float f; double d; };
void copy(struct sample *a, const struct sample *b) { a->f = b->f; a->d = b->d; }
void set(struct sample *a) { a->f = 1.5f; a->d = -2.0; }
float pass(float x) { return x; }

// MOVES-LABEL: <copy>:
// MOVES: = *(u32 *)(r2 + 0x0)
// MOVES: *(u32 *)(r1 + 0x0) =
// MOVES: = *(u64 *)(r2 + 0x8)
// MOVES: *(u64 *)(r1 + 0x8) =
// MOVES-LABEL: <set>:
// 1.5f is 0x3fc00000, -2.0 is 0xc000000000000000.
// MOVES-DAG: 0x3fc00000
// MOVES-DAG: -0x4000000000000000 ll
// MOVES-LABEL: <pass>:
// MOVES-NEXT: w0 = w1
// MOVES-NEXT: exit
