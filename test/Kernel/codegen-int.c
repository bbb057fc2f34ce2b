// Integer semantics of every width, signed and unsigned, in the kernel:
// arithmetic, shifts by variable amounts, comparisons, selects, conversions,
// byte swaps, and BPF's division by zero (x / 0 = 0, x % 0 = x). A syscall
// program reads its operands from the context and writes one result per
// word back (words 8 and up; 0-7 echo the operands). Each build (corecc and
// clang-19, cpus v1-v4) runs with the same three operand sets and must give
// the same words; the expected words were worked out from the C semantics by
// the host's C compiler (build this file with -DHOST and a main() that
// fills struct io from argv: the BPF rule for x / 0 is spelled out there).
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t \
// RUN:   --invoke "--run ints --ctx-u64 0xfedcba9876543210,0x0123456789abcdef,0x123456789abcdef0,7,5,3@448" \
// RUN:   --invoke "--run ints --ctx-u64 -10,-3,0x80,0xffffffffffff7fff,32,63@448" \
// RUN:   --invoke "--run ints --ctx-u64 0x80000000deadbeef,0,0xffffffff,0,1,31@448" \
// RUN:   | FileCheck %s

#ifndef HOST
#define SEC(name) __attribute__((section(name), used))
char LICENSE[] SEC("license") = "GPL";
#endif

// BPF defines division by zero; C does not. The host build (the check of
// the expected values) spells the BPF rule out; the BPF build divides.
#ifdef HOST
#define DIV0(a, b) ((b) ? (a) / (b) : 0)
#define MOD0(a, b) ((b) ? (a) % (b) : (a))
#else
#define DIV0(a, b) ((a) / (b))
#define MOD0(a, b) ((a) % (b))
#endif

typedef unsigned char u8;
typedef signed char s8;
typedef unsigned short u16;
typedef short s16;
typedef unsigned int u32;
typedef int s32;
typedef unsigned long long u64;
typedef long long s64;

struct io {
	u64 a, b, c, d, s, t, pad[2];
	u64 out[48];
};

static __attribute__((always_inline)) void compute(struct io *io)
{
	u64 a = io->a, b = io->b, c = io->c, d = io->d;
	u32 s = io->s, t = io->t;
	u64 *o = io->out;
	int i = 0;

	// 64-bit unsigned and signed arithmetic (wrapping done in unsigned).
	o[i++] = a + b;
	o[i++] = a - b;
	o[i++] = a * b;
	o[i++] = a / (b | 1);
	o[i++] = a % (b | 1);
	o[i++] = (u64)-(s64)c;
	o[i++] = ~a ^ (b & c) | d;
	o[i++] = a << (s & 63);
	o[i++] = a >> (t & 63);
	o[i++] = (u64)((s64)a >> (t & 63));

	// 32-bit: results zero-extended into the 64-bit word.
	u32 a32 = a, b32 = b, c32 = c;
	o[i++] = a32 + b32;
	o[i++] = a32 - b32;
	o[i++] = a32 * b32;
	o[i++] = a32 / (c32 | 1);
	o[i++] = a32 % (c32 | 1);
	o[i++] = a32 << (s & 31);
	o[i++] = a32 >> (t & 31);
	o[i++] = (u32)((s32)a32 >> (t & 31));
	// ...and sign-extended.
	o[i++] = (u64)(s64)(s32)(a32 * 3);

	// 16- and 8-bit values promote to int and wrap when stored back.
	u16 a16 = a, b16 = b;
	s16 sa16 = a, sb16 = b;
	u8 a8 = a, b8 = b;
	s8 sa8 = a, sb8 = b;
	o[i++] = (u16)(a16 * b16);
	o[i++] = (u64)(s64)(s16)(sa16 + sb16);
	o[i++] = (u64)(s64)(sa16 >> 3);
	o[i++] = (u8)(a8 - b8);
	o[i++] = (u64)(s64)(s8)(sa8 * sb8);
	o[i++] = (u64)(s64)sa8 / 3u;

	// Comparisons of every kind and width (one bit each).
	u64 bits = 0;
	bits |= (u64)(a < b) << 0;
	bits |= (u64)((s64)a < (s64)b) << 1;
	bits |= (u64)(a32 <= b32) << 2;
	bits |= (u64)((s32)a32 <= (s32)b32) << 3;
	bits |= (u64)(a16 > b16) << 4;
	bits |= (u64)(sa16 > sb16) << 5;
	bits |= (u64)(a8 >= b8) << 6;
	bits |= (u64)(sa8 >= sb8) << 7;
	bits |= (u64)(a == c) << 8;
	bits |= (u64)(a32 != c32) << 9;
	bits |= (u64)((a & d) != 0) << 10;
	bits |= (u64)((s64)c > -2) << 11;
	o[i++] = bits;

	// Selects.
	o[i++] = (s64)a < (s64)c ? a : c;
	o[i++] = a32 > c32 ? a32 - c32 : c32 - a32;

	// Conversions between widths.
	o[i++] = (u64)(s64)(s8)a;
	o[i++] = (u64)(s64)(s16)b;
	o[i++] = (u64)(s64)(s32)c;
	o[i++] = (u64)(u32)(s32)(s8)d;

	// Byte swaps (bpf_htons/htonl/be64toh are these).
	o[i++] = __builtin_bswap16((u16)a);
	o[i++] = __builtin_bswap32((u32)a);
	o[i++] = __builtin_bswap64(a);

	// Division by zero, as BPF defines it: x / 0 = 0, x % 0 = x. d is zero
	// in the third operand set; C leaves this undefined, so the divisor
	// comes from the context where no compiler can see it.
	o[i++] = DIV0(a, d);
	o[i++] = MOD0(a, d);
	o[i++] = DIV0(a32, (u32)d);
	o[i++] = MOD0(a32, (u32)d);
}

#ifndef HOST
SEC("syscall")
int ints(struct io *io)
{
	compute(io);
	return (int)(io->out[0] ^ io->out[2] ^ io->out[20]);
}
#endif

// Result words: 8-17 64-bit add, sub, mul, udiv, urem, neg, logic, shl,
// lshr, ashr; 18-26 32-bit add, sub, mul, udiv, urem, shl, lshr, ashr,
// sign-extended mul; 27-32 16- and 8-bit; 33 comparison bits; 34-35
// selects; 36-39 conversions; 40-42 bswap16/32/64; 43-46 64- and 32-bit
// division and remainder by d (zero in the third set).
// CHECK: all cpus agree with clang-19
// CHECK-NEXT: run ints retval=-446591760 (0xe5618cf0)
// CHECK: out ints[8] = -1 (0xffffffffffffffff)
// CHECK-NEXT: out ints[9] = -163971058432973791 (0xfdb97530eca86421)
// CHECK-NEXT: out ints[10] = 2465395958572223728 (0x2236d88fe5618cf0)
// CHECK-NEXT: out ints[11] = 224 (0xe0)
// CHECK-NEXT: out ints[12] = 240 (0xf0)
// CHECK-NEXT: out ints[13] = -1311768467463790320 (0xedcba98765432110)
// CHECK-NEXT: out ints[14] = 72903148561432847 (0x10301070103010f)
// CHECK-NEXT: out ints[15] = -2623536934927580672 (0xdb97530eca864200)
// CHECK-NEXT: out ints[16] = 2295594818061633090 (0x1fdb97530eca8642)
// CHECK-NEXT: out ints[17] = -10248191152060862 (0xffdb97530eca8642)
// CHECK-NEXT: out ints[18] = 4294967295 (0xffffffff)
// CHECK-NEXT: out ints[19] = 3970458657 (0xeca86421)
// CHECK-NEXT: out ints[20] = 3848375536 (0xe5618cf0)
// CHECK-NEXT: out ints[21] = 0 (0x0)
// CHECK-NEXT: out ints[22] = 1985229328 (0x76543210)
// CHECK-NEXT: out ints[23] = 3397796352 (0xca864200)
// CHECK-NEXT: out ints[24] = 248153666 (0xeca8642)
// CHECK-NEXT: out ints[25] = 248153666 (0xeca8642)
// CHECK-NEXT: out ints[26] = 1660720688 (0x62fc9630)
// CHECK-NEXT: out ints[27] = 36080 (0x8cf0)
// CHECK-NEXT: out ints[28] = -1 (0xffffffffffffffff)
// CHECK-NEXT: out ints[29] = 1602 (0x642)
// CHECK-NEXT: out ints[30] = 33 (0x21)
// CHECK-NEXT: out ints[31] = -16 (0xfffffffffffffff0)
// CHECK-NEXT: out ints[32] = 5 (0x5)
// CHECK-NEXT: out ints[33] = 2726 (0xaa6)
// CHECK-NEXT: out ints[34] = -81985529216486896 (0xfedcba9876543210)
// CHECK-NEXT: out ints[35] = 610839776 (0x2468ace0)
// CHECK-NEXT: out ints[36] = 16 (0x10)
// CHECK-NEXT: out ints[37] = -12817 (0xffffffffffffcdef)
// CHECK-NEXT: out ints[38] = -1698898192 (0xffffffff9abcdef0)
// CHECK-NEXT: out ints[39] = 7 (0x7)
// CHECK-NEXT: out ints[40] = 4146 (0x1032)
// CHECK-NEXT: out ints[41] = 271733878 (0x10325476)
// CHECK-NEXT: out ints[42] = 1167088121787636990 (0x1032547698badcfe)
// CHECK-NEXT: out ints[43] = 2623536934927580674 (0x2468acf13579be02)
// CHECK-NEXT: out ints[44] = 2 (0x2)
// CHECK-NEXT: out ints[45] = 283604189 (0x10e774dd)
// CHECK-NEXT: out ints[46] = 5 (0x5)
// CHECK-NEXT: out ints[47] = 0 (0x0)
// CHECK-NEXT: out ints[48] = 0 (0x0)
// CHECK-NEXT: out ints[49] = 0 (0x0)
// CHECK-NEXT: out ints[50] = 0 (0x0)
// CHECK-NEXT: out ints[51] = 0 (0x0)
// CHECK-NEXT: out ints[52] = 0 (0x0)
// CHECK-NEXT: out ints[53] = 0 (0x0)
// CHECK-NEXT: out ints[54] = 0 (0x0)
// CHECK-NEXT: out ints[55] = 0 (0x0)
// CHECK-NEXT: run ints retval=30 (0x1e)
// CHECK: out ints[8] = -13 (0xfffffffffffffff3)
// CHECK-NEXT: out ints[9] = -7 (0xfffffffffffffff9)
// CHECK-NEXT: out ints[10] = 30 (0x1e)
// CHECK-NEXT: out ints[11] = 0 (0x0)
// CHECK-NEXT: out ints[12] = -10 (0xfffffffffffffff6)
// CHECK-NEXT: out ints[13] = -128 (0xffffffffffffff80)
// CHECK-NEXT: out ints[14] = -32769 (0xffffffffffff7fff)
// CHECK-NEXT: out ints[15] = -42949672960 (0xfffffff600000000)
// CHECK-NEXT: out ints[16] = 1 (0x1)
// CHECK-NEXT: out ints[17] = -1 (0xffffffffffffffff)
// CHECK-NEXT: out ints[18] = 4294967283 (0xfffffff3)
// CHECK-NEXT: out ints[19] = 4294967289 (0xfffffff9)
// CHECK-NEXT: out ints[20] = 30 (0x1e)
// CHECK-NEXT: out ints[21] = 33294320 (0x1fc07f0)
// CHECK-NEXT: out ints[22] = 6 (0x6)
// CHECK-NEXT: out ints[23] = 4294967286 (0xfffffff6)
// CHECK-NEXT: out ints[24] = 1 (0x1)
// CHECK-NEXT: out ints[25] = 4294967295 (0xffffffff)
// CHECK-NEXT: out ints[26] = -30 (0xffffffffffffffe2)
// CHECK-NEXT: out ints[27] = 30 (0x1e)
// CHECK-NEXT: out ints[28] = -13 (0xfffffffffffffff3)
// CHECK-NEXT: out ints[29] = -2 (0xfffffffffffffffe)
// CHECK-NEXT: out ints[30] = 249 (0xf9)
// CHECK-NEXT: out ints[31] = 30 (0x1e)
// CHECK-NEXT: out ints[32] = 6148914691236517202 (0x5555555555555552)
// CHECK-NEXT: out ints[33] = 3599 (0xe0f)
// CHECK-NEXT: out ints[34] = -10 (0xfffffffffffffff6)
// CHECK-NEXT: out ints[35] = 4294967158 (0xffffff76)
// CHECK-NEXT: out ints[36] = -10 (0xfffffffffffffff6)
// CHECK-NEXT: out ints[37] = -3 (0xfffffffffffffffd)
// CHECK-NEXT: out ints[38] = 128 (0x80)
// CHECK-NEXT: out ints[39] = 4294967295 (0xffffffff)
// CHECK-NEXT: out ints[40] = 63231 (0xf6ff)
// CHECK-NEXT: out ints[41] = 4143972351 (0xf6ffffff)
// CHECK-NEXT: out ints[42] = -648518346341351425 (0xf6ffffffffffffff)
// CHECK-NEXT: out ints[43] = 1 (0x1)
// CHECK-NEXT: out ints[44] = 32759 (0x7ff7)
// CHECK-NEXT: out ints[45] = 1 (0x1)
// CHECK-NEXT: out ints[46] = 32759 (0x7ff7)
// CHECK-NEXT: out ints[47] = 0 (0x0)
// CHECK-NEXT: out ints[48] = 0 (0x0)
// CHECK-NEXT: out ints[49] = 0 (0x0)
// CHECK-NEXT: out ints[50] = 0 (0x0)
// CHECK-NEXT: out ints[51] = 0 (0x0)
// CHECK-NEXT: out ints[52] = 0 (0x0)
// CHECK-NEXT: out ints[53] = 0 (0x0)
// CHECK-NEXT: out ints[54] = 0 (0x0)
// CHECK-NEXT: out ints[55] = 0 (0x0)
// CHECK-NEXT: run ints retval=559022080 (0x21520000)
// CHECK: out ints[8] = -9223372033118847249 (0x80000000deadbeef)
// CHECK-NEXT: out ints[9] = -9223372033118847249 (0x80000000deadbeef)
// CHECK-NEXT: out ints[10] = 0 (0x0)
// CHECK-NEXT: out ints[11] = -9223372033118847249 (0x80000000deadbeef)
// CHECK-NEXT: out ints[12] = 0 (0x0)
// CHECK-NEXT: out ints[13] = -4294967295 (0xffffffff00000001)
// CHECK-NEXT: out ints[14] = 9223372033118847248 (0x7fffffff21524110)
// CHECK-NEXT: out ints[15] = 7471857118 (0x1bd5b7dde)
// CHECK-NEXT: out ints[16] = 4294967297 (0x100000001)
// CHECK-NEXT: out ints[17] = -4294967295 (0xffffffff00000001)
// CHECK-NEXT: out ints[18] = 3735928559 (0xdeadbeef)
// CHECK-NEXT: out ints[19] = 3735928559 (0xdeadbeef)
// CHECK-NEXT: out ints[20] = 0 (0x0)
// CHECK-NEXT: out ints[21] = 0 (0x0)
// CHECK-NEXT: out ints[22] = 3735928559 (0xdeadbeef)
// CHECK-NEXT: out ints[23] = 3176889822 (0xbd5b7dde)
// CHECK-NEXT: out ints[24] = 1 (0x1)
// CHECK-NEXT: out ints[25] = 4294967295 (0xffffffff)
// CHECK-NEXT: out ints[26] = -1677116211 (0xffffffff9c093ccd)
// CHECK-NEXT: out ints[27] = 0 (0x0)
// CHECK-NEXT: out ints[28] = -16657 (0xffffffffffffbeef)
// CHECK-NEXT: out ints[29] = -2083 (0xfffffffffffff7dd)
// CHECK-NEXT: out ints[30] = 239 (0xef)
// CHECK-NEXT: out ints[31] = 0 (0x0)
// CHECK-NEXT: out ints[32] = 6148914691236517199 (0x555555555555554f)
// CHECK-NEXT: out ints[33] = 2650 (0xa5a)
// CHECK-NEXT: out ints[34] = -9223372033118847249 (0x80000000deadbeef)
// CHECK-NEXT: out ints[35] = 559038736 (0x21524110)
// CHECK-NEXT: out ints[36] = -17 (0xffffffffffffffef)
// CHECK-NEXT: out ints[37] = 0 (0x0)
// CHECK-NEXT: out ints[38] = -1 (0xffffffffffffffff)
// CHECK-NEXT: out ints[39] = 0 (0x0)
// CHECK-NEXT: out ints[40] = 61374 (0xefbe)
// CHECK-NEXT: out ints[41] = 4022250974 (0xefbeadde)
// CHECK-NEXT: out ints[42] = -1171307684075405184 (0xefbeadde00000080)
// CHECK-NEXT: out ints[43] = 0 (0x0)
// CHECK-NEXT: out ints[44] = -9223372033118847249 (0x80000000deadbeef)
// CHECK-NEXT: out ints[45] = 0 (0x0)
// CHECK-NEXT: out ints[46] = 3735928559 (0xdeadbeef)
// CHECK-NEXT: out ints[47] = 0 (0x0)
// CHECK-NEXT: out ints[48] = 0 (0x0)
// CHECK-NEXT: out ints[49] = 0 (0x0)
// CHECK-NEXT: out ints[50] = 0 (0x0)
// CHECK-NEXT: out ints[51] = 0 (0x0)
// CHECK-NEXT: out ints[52] = 0 (0x0)
// CHECK-NEXT: out ints[53] = 0 (0x0)
// CHECK-NEXT: out ints[54] = 0 (0x0)
// CHECK-NEXT: out ints[55] = 0 (0x0)
