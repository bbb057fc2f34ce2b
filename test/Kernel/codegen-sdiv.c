// Signed division in the kernel. cpu v4 has signed div/mod instructions:
// they truncate toward zero, the remainder takes the dividend's sign, and
// BPF defines the cases C leaves undefined: x / 0 = 0, x % 0 = x,
// LLONG_MIN / -1 = LLONG_MIN, LLONG_MIN % -1 = 0 (likewise in 32 bits).
// Before v4 corecc divides by powers of two with shifts (clang-19 rejects
// that code), which must round the same way. Operands come from a syscall
// program's context; the expected words are the C results, with the BPF
// rules where C has none.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cpus v4 \
// RUN:   --invoke "--run sdiv --ctx-u64 -7,2,0x8000000000000000,-1,0,0x80000000@256" \
// RUN:   --invoke "--run pow2 --ctx-u64 -7,2,0x8000000000000000,-1,0,0x80000000@256" \
// RUN:   | FileCheck %s --check-prefixes=CHECK,V4
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cpus v1,v2,v3 --clang-may-fail \
// RUN:   --invoke "--run pow2 --ctx-u64 -7,2,0x8000000000000000,-1,0,0x80000000@256" \
// RUN:   | FileCheck %s --check-prefixes=CHECK,POW2

#define SEC(name) __attribute__((section(name), used))
char LICENSE[] SEC("license") = "GPL";

typedef long long s64;
typedef int s32;
typedef unsigned long long u64;

struct io {
	s64 a, b, min, m1, zero, min32;
	s64 out[26];
};

#if __BPF_CPU_VERSION__ >= 4
SEC("syscall")
int sdiv(struct io *io)
{
	s64 a = io->a, b = io->b, min = io->min, m1 = io->m1, z = io->zero;
	s32 a32 = a, b32 = b, min32 = io->min32, m132 = m1, z32 = z;
	s64 *o = io->out;

	o[0] = a / b;          // -3
	o[1] = a % b;          // -1
	o[2] = -a / b;         // 3
	o[3] = -a % -b;        // 1
	o[4] = a / z;          // BPF: 0
	o[5] = a % z;          // BPF: a
	o[6] = min / m1;       // BPF: LLONG_MIN
	o[7] = min % m1;       // BPF: 0
	o[8] = a32 / b32;
	o[9] = a32 % b32;
	o[10] = a32 / z32;     // BPF: 0
	o[11] = a32 % z32;     // BPF: a32
	o[12] = min32 / m132;  // BPF: INT_MIN
	o[13] = min32 % m132;  // BPF: 0
	o[14] = a / 7;         // by a constant
	o[15] = a32 % 3;
	return 0;
}
#endif

// Powers of two: shifts before v4.
SEC("syscall")
int pow2(struct io *io)
{
	s64 a = io->a, min = io->min;
	s32 a32 = a, min32 = io->min32;
	s64 *o = io->out;

	o[16] = a / 4;         // -1 (toward zero, not -2)
	o[17] = a % 4;         // -3
	o[18] = a / -2;        // 3
	o[19] = a % -8;        // -7
	o[20] = min / 2;       // -2^62
	o[21] = min % 16;      // 0
	o[22] = a32 / 2;       // -3
	o[23] = a32 % 2;       // -1
	o[24] = min32 / 65536; // -32768
	o[25] = (a * 3) / 1;
	return 0;
}

// The context echoes the six operands in words 0-5; results start at 6.
// V4: all cpus agree with clang-19
// POW2: all cpus agree; clang-19 cannot compile this for v1,v2,v3
// V4-NEXT: run sdiv retval=0 (0x0)
// V4: out sdiv[6] = -3 (0xfffffffffffffffd)
// V4-NEXT: out sdiv[7] = -1 (0xffffffffffffffff)
// V4-NEXT: out sdiv[8] = 3 (0x3)
// V4-NEXT: out sdiv[9] = 1 (0x1)
// V4-NEXT: out sdiv[10] = 0 (0x0)
// V4-NEXT: out sdiv[11] = -7 (0xfffffffffffffff9)
// V4-NEXT: out sdiv[12] = -9223372036854775808 (0x8000000000000000)
// V4-NEXT: out sdiv[13] = 0 (0x0)
// V4-NEXT: out sdiv[14] = -3 (0xfffffffffffffffd)
// V4-NEXT: out sdiv[15] = -1 (0xffffffffffffffff)
// V4-NEXT: out sdiv[16] = 0 (0x0)
// V4-NEXT: out sdiv[17] = -7 (0xfffffffffffffff9)
// V4-NEXT: out sdiv[18] = -2147483648 (0xffffffff80000000)
// V4-NEXT: out sdiv[19] = 0 (0x0)
// V4-NEXT: out sdiv[20] = -1 (0xffffffffffffffff)
// V4-NEXT: out sdiv[21] = -1 (0xffffffffffffffff)
// CHECK: run pow2 retval=0 (0x0)
// CHECK: out pow2[22] = -1 (0xffffffffffffffff)
// CHECK-NEXT: out pow2[23] = -3 (0xfffffffffffffffd)
// CHECK-NEXT: out pow2[24] = 3 (0x3)
// CHECK-NEXT: out pow2[25] = -7 (0xfffffffffffffff9)
// CHECK-NEXT: out pow2[26] = -4611686018427387904 (0xc000000000000000)
// CHECK-NEXT: out pow2[27] = 0 (0x0)
// CHECK-NEXT: out pow2[28] = -3 (0xfffffffffffffffd)
// CHECK-NEXT: out pow2[29] = -1 (0xffffffffffffffff)
// CHECK-NEXT: out pow2[30] = -32768 (0xffffffffffff8000)
// CHECK-NEXT: out pow2[31] = -21 (0xffffffffffffffeb)
