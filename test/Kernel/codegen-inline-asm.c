// Inline assembly with instructions, assembled by corecc's BPF assembler,
// in the kernel: arithmetic, a stack store and load, an atomic add, jumps
// over instructions and to a local label, a helper call, libbpf's
// bpf_tail_call_static (its asm loads r1-r3 and calls helper 12; the slot is
// empty, so the program carries on) and barrier_var. Both compilers' builds
// run for cpus v1-v4 and must agree; the 32-bit ("w") operands only with
// ALU32 (v3, v4).
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cflags=-I/usr/include/x86_64-linux-gnu \
// RUN:   --invoke "--run asm_ops --run tail --run clang_forms" \
// RUN:   --invoke "--run legacy --data 0a0b0c0d0e0f10111213141508004500002000004000400600007f0000017f000001" \
// RUN:   | FileCheck %s

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} jump_table SEC(".maps");

SEC("xdp")
int asm_ops(struct xdp_md *ctx)
{
	long a = ctx->data_end - ctx->data; // 64 for the default packet
	long b = 3, r, slot = 0;

	// ((a * 3 + 5) ^ 0x10) >> 1 = (197 ^ 16) >> 1 = 106
	asm volatile("%0 = %1\n\t"
		     "%0 *= %2\n\t"
		     "%0 += 5\n\t"
		     "%0 ^= 0x10\n\t"
		     "%0 >>= 1"
		     : "=&r"(r)
		     : "r"(a), "r"(b));
	// Stack through a pointer, and an atomic add on it: 106 + 7 = 113
	asm volatile("*(u64 *)(%1 + 0) = %0\n\t"
		     "%0 = 7\n\t"
		     "lock *(u64 *)(%1 + 0) += %0\n\t"
		     "%0 = *(u64 *)(%1 + 0)"
		     : "+r"(r)
		     : "r"(&slot)
		     : "memory");
	// Jumps: skip the first add when r > 100, and the second when r s> 5
	// (the verifier rejects code no jump can reach): 108
	asm volatile("if %0 > 100 goto +1\n\t"
		     "%0 += 1000\n\t"
		     "if %0 s> 5 goto 1f\n\t"
		     "%0 += 20000\n"
		     "1:\n\t"
		     "%0 -= 5"
		     : "+r"(r));
	barrier_var(r);
#if __BPF_CPU_VERSION__ >= 3
	{
		int w = (int)r;
		// 32-bit operations on w registers: (108 << 4) s>> 2 = 432
		asm volatile("%0 <<= 4\n\t%0 s>>= 2" : "+w"(w));
		r = w;
	}
#else
	r <<= 2;
#endif
	return r; // 432
}

SEC("xdp")
int tail(struct xdp_md *ctx)
{
	long t;

	// bpf_get_smp_processor_id is helper 8; the result is discarded.
	asm volatile("call 8\n\t%0 = 41" : "=r"(t) :: "r0", "r1", "r2", "r3",
		     "r4", "r5");
	bpf_tail_call_static(ctx, &jump_table, 2);
	return t + 1; // the tail call fell through: 42
}

// Forms that inline assembly written for clang-19 uses (the kernel's
// selftests, agents' probes): an int "r" operand is an r register
// ("%[x] &= 0xfff; r1 += %[x]"), an "m" operand prints as "(r10 - 8)", an
// immediate may be written unsigned (0xf2f3f4f5, sign-extended to 64 bits)
// or as an expression (4 - 1), and may_goto (kernel 6.9).
SEC("xdp")
int clang_forms(struct xdp_md *ctx)
{
	int orig = ctx->data_end - ctx->data; // 64
	long m = 1000, y, r;

	asm volatile("%[orig] &= 0xfff\n\t"
		     "r1 = 5\n\t"
		     "r1 += %[orig]\n\t"
		     "%[orig] = r1"
		     : [orig] "+r"(orig)
		     :
		     : "r1");                     // 69
	asm volatile("%[y] = *(u64 *)%[m]" : [y] "=r"(y) : [m] "m"(m)); // 1000
	asm volatile("%[r] = 0xf2f3f4f5\n\t"
		     "%[r] >>= 32\n\t"          // 0xffffffff: sign-extended
		     "%[r] += 4 - 1"
		     : [r] "=r"(r));              // 0xffffffff + 3
	r = (r >> 2) & 7;                     // 0x100000002 >> 2 = ...0, & 7 = 0
	asm volatile("may_goto +1\n\t"
		     "%[r] += 10"
		     : [r] "+r"(r));              // the verifier lets it through
	return orig + y + r;                  // 69 + 1000 + 10 = 1079
}

// Legacy packet loads (BPF_LD_ABS/BPF_LD_IND) in a socket filter, written
// in assembly; load_half() and friends are in codegen-legacy-loads.c.
SEC("socket")
int legacy(struct __sk_buff *skb)
{
	long proto, ihl;

	// A socket filter's skb starts at the network header (IPv4 here).
	asm volatile("r6 = %[skb]\n\t"
		     "r0 = *(u16 *)skb[2]\n\t"   // total length 0x0020, host order
		     "%[proto] = r0\n\t"
		     "r7 = 9\n\t"
		     "r0 = *(u8 *)skb[r7]\n\t"   // protocol 6 (TCP)
		     "%[ihl] = r0"
		     : [proto] "=r"(proto), [ihl] "=r"(ihl)
		     : [skb] "r"(skb)
		     : "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7");
	return proto + ihl;                   // 32 + 6 = 38
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: all cpus agree with clang-19
// CHECK-NEXT: run asm_ops retval=432 (0x1b0)
// CHECK-NEXT: run tail retval=42 (0x2a)
// CHECK-NEXT: run clang_forms retval=1079 (0x437)
// CHECK-NEXT: run legacy retval=38 (0x26)
