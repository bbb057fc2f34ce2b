// Aggregates by value in BPF-to-BPF calls, as Clang's BPF ABI lays them out:
// up to 16 bytes in one or two registers; larger ones by reference (the
// caller passes the address of a copy in its own frame, so the callee may
// change its copy); every aggregate returned through a pointer to the
// caller's frame ("sret"). The verifier lets a subprogram read and write
// its caller's stack through such a pointer. clang-19 compiles the
// functions but refuses the calls ("pass by value not supported",
// "aggregate returns are not supported"): corecc's builds (cpus v1-v4) are
// checked against the values worked out below.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --no-clang --cflags=-I/usr/include/x86_64-linux-gnu \
// RUN:   --invoke "--run aggregates --data 0102030405060708090a0b0c0d0e0f10" \
// RUN:   | FileCheck %s
// CHECK: run aggregates retval=1312 (0x520)
//
// The selftests' shape (btf__core_reloc_*.c): functions that take a large
// struct by value and are never called, as clang-19 compiles them.
// RUN: %corecc -O2 -g -DUNUSED_ONLY -I%multiarch_include -c %s -o %t.unused.o
// RUN: %clang19 -target bpf -O2 -g -DUNUSED_ONLY -I%multiarch_include -c %s -o %t.unused.clang.o
// RUN: %objdump -d %t.unused.o | FileCheck %s --check-prefix=UNUSED
// UNUSED: <take_big>:
// UNUSED: r{{[0-9]}} = *(u64 *)(r1 + 0x10)

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

typedef unsigned long long u64;
struct big { u64 a, b, c; };  // 24 bytes: by reference
struct pair { u64 a, b; };    // 16 bytes: two registers
struct small { int a, b; };   // 8 bytes: one register

// A global function is verified on its own, against its BTF prototype,
// and the kernel refuses a struct argument there ("Arg#0 type STRUCT in
// take_big() is not supported yet"): so it is global only where nothing
// calls it, as in the selftests.
#ifdef UNUSED_ONLY
#define CALLED
#else
#define CALLED static
#endif

// The callee changes its copy: the caller's must stay as it was.
CALLED __attribute__((noinline)) u64 take_big(struct big b)
{
	b.a += 100;
	return b.a + b.c;
}

#ifndef UNUSED_ONLY
static __attribute__((noinline)) u64 take_pair(struct pair p) { return p.a * p.b; }
static __attribute__((noinline)) int take_small(struct small s) { return s.a - s.b; }

static __attribute__((noinline)) struct big make_big(u64 x)
{
	struct big b = {x, x + 1, x + 2};
	return b;
}

static __attribute__((noinline)) struct small make_small(int x)
{
	struct small s = {x, 2 * x};
	return s;
}

SEC("tc")
int aggregates(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	if (data + 16 > end)
		return 0;
	unsigned char *p = data;
	struct big b = {p[0], p[1], p[2]};       // {1, 2, 3}
	u64 r = take_big(b);                     // 101 + 3 = 104
	r += b.a * 1000;                         // b unchanged: + 1000
	struct pair q = {p[3], p[4]};            // {4, 5}
	r += take_pair(q);                       // + 20
	struct small s = {p[5], p[6]};           // {6, 7}
	r += take_small(s) + 10;                 // + 9
	struct big m = make_big(p[7]);           // {8, 9, 10}
	r += m.a + m.b + m.c;                    // + 27
	struct small t = make_small(p[8]);       // {9, 18}
	r += t.a * t.b;                          // + 162
	return r - 10;                           // 104+1000+20+9+27+162-10
}
#endif

char _license[] SEC("license") = "GPL";
