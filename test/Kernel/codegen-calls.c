// Calls in the kernel, in a tc (sched_cls) program: BPF-to-BPF calls to a
// static and a global function with five arguments of mixed widths (the
// narrow ones must arrive extended as their type says), a chain of calls
// that keeps values in R6-R9, helper calls (bpf_skb_load_bytes, a map
// lookup), bpf_loop with a static callback (an LD_IMM64 of the function's
// address, R_BPF_64_64 against .text), and a kfunc (bpf_cast_to_kern_ctx,
// an extern __ksym call that libbpf resolves from BTF). Both compilers'
// builds run for cpus v1-v4 on the same packets and must agree with each
// other and with the values worked out below.
//
// The UAPI headers (not vmlinux.h) keep CO-RE relocations out of the code.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cflags=-I/usr/include/x86_64-linux-gnu \
// RUN:   --invoke "--run calls" \
// RUN:   --invoke "--run calls --data 0a0b0c0d0e0f10111213141586dd600000000000114020010db800000000000000000000000120010db8000000000000000000000002" \
// RUN:   --invoke "--run loop_cb --run kfunc --dump-globals" \
// RUN:   | FileCheck %s
// At -O0 the helpers are loads of bpf_helper_defs.h's function pointers
// (not const in libbpf 1.1): corecc still calls them by number (clang-19
// -O0 emits callx, which the kernel rejects), so only corecc runs.
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t.O0 --opt=-O0 --no-clang \
// RUN:   --cflags=-I/usr/include/x86_64-linux-gnu \
// RUN:   --invoke "--run calls" --invoke "--run loop_cb --run kfunc" \
// RUN:   | FileCheck %s --check-prefix=O0

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} table SEC(".maps");

// Five arguments, two of them narrower than a register: -3 as a signed
// char and 0xfff0 as an unsigned short must not pick up stray upper bits.
static __attribute__((noinline)) long mix5(long a, signed char b,
					   unsigned short c, int d, long e)
{
	return a * 1000000 + b * 10000 + c + (long)d * 7 - e;
}

// A global function: the verifier checks it on its own, with scalar
// arguments.
__attribute__((noinline)) int scale(int x, int y)
{
	return x * y + 1;
}

// Values live across calls stay in R6-R9.
static __attribute__((noinline)) long chain(long a, long b, long c)
{
	long x = a + 1, y = b + 2, z = c + 3;
	long r = mix5(x, -3, 0xfff0, y, z);
	r += scale(x, y);
	return r + x * y * z;
}

SEC("tc")
int calls(struct __sk_buff *skb)
{
	__u8 bytes[4] = {};
	__u32 key = 2;
	__u64 *slot;
	long r;

	// Bytes 12 and 13 of the packet: the ethertype.
	if (bpf_skb_load_bytes(skb, 12, bytes, 2))
		return -1;
	r = chain(bytes[0], bytes[1], skb->len);
	slot = bpf_map_lookup_elem(&table, &key);
	if (slot)
		*slot += r;
	return r & 0x7fffffff;
}

struct loop_ctx {
	__u64 sum;
	__u32 mul;
};

static long add_square(__u32 i, void *data)
{
	struct loop_ctx *c = data;

	c->sum += (__u64)i * i * c->mul;
	return i == 9 ? 1 : 0; // stop after i = 9
}

long loop_result, kern_ctx_ok;

SEC("tc")
int loop_cb(struct __sk_buff *skb)
{
	struct loop_ctx c = {.sum = 0, .mul = 3};
	long n = bpf_loop(100, add_square, &c, 0);

	loop_result = c.sum;
	return n; // iterations done: 10 (0..9, stopping at 9)
}

extern void *bpf_cast_to_kern_ctx(void *obj) __ksym;

SEC("tc")
int kfunc(struct __sk_buff *skb)
{
	void *kskb = bpf_cast_to_kern_ctx(skb);

	kern_ctx_ok = kskb != 0;
	return kskb ? 41 : 17;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: all cpus agree with clang-19
// Default packet (64 bytes, IPv4): ethertype bytes 0x08 0x00, len 64.
// chain(8, 0, 64): x = 9, y = 2, z = 67;
//   mix5 = 9000000 - 30000 + 65520 + 14 - 67 = 9035467
//   scale(9, 2) = 19; x * y * z = 1206; total 9036692.
// CHECK-NEXT: run calls retval=9036692 (0x89e394)
// 54-byte IPv6 packet (ethertype 0x86dd): chain(0x86, 0xdd, 54):
//   x = 135, y = 223, z = 57; mix5 = 135000000 - 30000 + 65520 + 1561 - 57
//   = 135037024; scale = 30106; x * y * z = 1715985; total 136783115.
// CHECK-NEXT: run calls retval=136783115 (0x827250b)
// sum over i = 0..9 of 3 i^2 = 855, in 10 iterations.
// CHECK-NEXT: run loop_cb retval=10 (0xa)
// CHECK-NEXT: run kfunc retval=41 (0x29)
// CHECK-NEXT: global .bss kern_ctx_ok = 1
// CHECK-NEXT: global .bss loop_result = 855

// O0: all cpus agree (corecc only)
// O0-NEXT: run calls retval=9036692 (0x89e394)
// O0-NEXT: run loop_cb retval=10 (0xa)
// O0-NEXT: run kfunc retval=41 (0x29)
