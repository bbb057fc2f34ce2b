// Atomics and global data in the kernel. Every cpu has atomic add without
// a result ("lock +="), on a map value, a .bss counter and the stack, and
// 64-bit fetch-and-add/and, xchg and cmpxchg (as clang-19 emits them at any
// cpu); cpu v3 and later also the 32-bit ones and or/xor on 32 bits, which
// clang-19 cannot compile without 32-bit subregisters. Globals in .bss, .data, .rodata and a custom .data.* section are
// read back with --dump-globals (libbpf reads them through BTF). Both
// compilers' builds run three times in a row for each cpu.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cflags=-I/usr/include/x86_64-linux-gnu \
// RUN:   --cpus v1,v2 --invoke "--run bump --run bump --run bump --dump-globals --dump-map counts" \
// RUN:   | FileCheck %s --check-prefixes=CHECK,V1
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cflags=-I/usr/include/x86_64-linux-gnu \
// RUN:   --cpus v3,v4 --invoke "--run bump --run bump --run bump --dump-globals --dump-map counts" \
// RUN:   | FileCheck %s --check-prefixes=CHECK,V3
// -O0, corecc only (clang-19 -O0 calls helpers through callx): the same
// results. At -O0 the helper pointers of bpf_helper_defs.h are globals
// too, hence -DAG.
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t.O0 --opt=-O0 --no-clang \
// RUN:   --cflags=-I/usr/include/x86_64-linux-gnu --cpus v1,v2 \
// RUN:   --invoke "--run bump --run bump --run bump --dump-globals --dump-map counts" \
// RUN:   | FileCheck %s --check-prefixes=O0,O0-V1
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t.O0 --opt=-O0 --no-clang \
// RUN:   --cflags=-I/usr/include/x86_64-linux-gnu --cpus v3,v4 \
// RUN:   --invoke "--run bump --run bump --run bump --dump-globals --dump-map counts" \
// RUN:   | FileCheck %s --check-prefixes=O0,O0-V3

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

__u64 runs;                          // .bss
int stack_sum;                       // .bss
long long data64 = 100;              // .data
int data32 = 7;                      // .data
const volatile int step = 5;         // .rodata
unsigned int custom SEC(".data.custom") = 0xf0;

__u64 fetched_add, fetched_and, old_xchg, old_cas, cas_miss;
#if __BPF_CPU_VERSION__ >= 3
int fetched32;
#endif

SEC("xdp")
int bump(struct xdp_md *ctx)
{
	__u32 key = 1;
	__u64 *v = bpf_map_lookup_elem(&counts, &key);
	long local = 1;

	if (!v)
		return XDP_ABORTED;
	__sync_fetch_and_add(v, step);
	__sync_fetch_and_add(&runs, 1);
	__sync_fetch_and_sub(&data64, 3);
	__sync_fetch_and_add(&data32, -2);
	__sync_fetch_and_add(&local, 41);
	stack_sum += local;
	fetched_add = __sync_fetch_and_add(&data64, 0);
	fetched_and = __sync_fetch_and_and(v, ~1ULL);
#if __BPF_CPU_VERSION__ >= 3
	__sync_fetch_and_or(&custom, 1u << (runs & 31));
	__sync_fetch_and_xor(&custom, 0x10);
	fetched32 = __sync_fetch_and_add(&data32, 0);
#endif
	old_xchg = __sync_lock_test_and_set(&runs, runs * 10);
	old_cas = __sync_val_compare_and_swap(&runs, runs, runs + 1);
	cas_miss = __sync_val_compare_and_swap(&data64, 12345, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: all cpus agree with clang-19
// CHECK-NEXT: run bump retval=2 (0x2)
// CHECK-NEXT: run bump retval=2 (0x2)
// CHECK-NEXT: run bump retval=2 (0x2)
//
// v1: three runs of the adds: data64 100 - 9, data32 7 - 6, the stack
// counter 42 each time; and the 64-bit fetch forms, xchg and cmpxchg as on
// v3 below (custom and data32's fetch are v3's alone).
// V1-NEXT: global .bss cas_miss = 91
// V1-NEXT: global .bss fetched_add = 91
// V1-NEXT: global .bss fetched_and = 13
// V1-NEXT: global .bss old_cas = 1220
// V1-NEXT: global .bss old_xchg = 122
// V1-NEXT: global .bss runs = 1221
// V1-NEXT: global .bss stack_sum = 126
// V1-NEXT: global .data data32 = 1
// V1-NEXT: global .data data64 = 91
// V1-NEXT: global .data.custom custom = 240
// V1-NEXT: global .rodata step = 5
// V1-NEXT: map counts key=00000000 value=0000000000000000
// V1-NEXT: map counts key=01000000 value=0c00000000000000
//
// v3: each run also: runs <- runs * 10 (xchg returns the old), then +1
// (cmpxchg returns the value compared); the map value loses bit 0 after
// each add (fetch_and returns it with the bit); custom gets bit "runs" set
// and 0x10 toggled.
//   run 1: runs 1 -> xchg 10 (old 1) -> cas 11 (old 10);
//          map 5 -> 4 (fetch_and 5); custom (0xf0 | 1 << 1) ^ 0x10 = 0xe2
//   run 2: runs 12 -> 120 -> 121; map 9 -> 8; custom (0xe2 | 1 << 12) ^ 0x10
//   run 3: runs 122 -> 1220 -> 1221; map 13 -> 12;
//          custom (0x10f2 | 1 << 26) ^ 0x10 = 0x40010e2
// data64 ends at 91, which the failed cmpxchg (expected 12345) returns.
// V3-NEXT: global .bss cas_miss = 91
// V3-NEXT: global .bss fetched32 = 1
// V3-NEXT: global .bss fetched_add = 91
// V3-NEXT: global .bss fetched_and = 13
// V3-NEXT: global .bss old_cas = 1220
// V3-NEXT: global .bss old_xchg = 122
// V3-NEXT: global .bss runs = 1221
// V3-NEXT: global .bss stack_sum = 126
// V3-NEXT: global .data data32 = 1
// V3-NEXT: global .data data64 = 91
// V3-NEXT: global .data.custom custom = 67113186
// V3-NEXT: global .rodata step = 5
// V3-NEXT: map counts key=00000000 value=0000000000000000
// V3-NEXT: map counts key=01000000 value=0c00000000000000

// O0: all cpus agree (corecc only)
// O0-COUNT-3: run bump retval=2 (0x2)
// O0-V1-DAG: global .bss runs = 1221
// O0-V1-DAG: global .bss old_cas = 1220
// O0-V1-DAG: global .data data64 = 91
// O0-V1-DAG: global .bss stack_sum = 126
// O0-V1-DAG: map counts key=01000000 value=0c00000000000000
// O0-V3-DAG: global .bss old_xchg = 122
// O0-V3-DAG: global .bss old_cas = 1220
// O0-V3-DAG: global .bss runs = 1221
// O0-V3-DAG: global .bss fetched_and = 13
// O0-V3-DAG: global .data.custom custom = 67113186
// O0-V3-DAG: map counts key=01000000 value=0c00000000000000
