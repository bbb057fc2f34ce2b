// BTF-defined maps from corecc objects: hash, LRU hash, array, per-CPU
// array, ring buffer and perf event array, created by libbpf from the .maps
// DATASEC and the __uint/__type map definitions, used by an XDP program
// test-run three times; the same results with -g (DWARF and BTF) and -gbtf
// (BTF only), and as clang-19's object gives.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.g.o
// RUN: %corecc -O2 -gbtf -I%gen -c %s -o %t.btf.o
// RUN: %clang19 -O2 -g -target bpf -I%gen -c %s -o %t.clang.o
//
// RUN: %corecc-run %t.g.o --run count --run count --run count --dump-globals \
// RUN:   --dump-map squares --dump-map recent --dump-map slots > %t.g.out
// RUN: FileCheck %s < %t.g.out
// RUN: %corecc-run %t.btf.o --run count --run count --run count --dump-globals \
// RUN:   --dump-map squares --dump-map recent --dump-map slots > %t.btf.out
// RUN: diff %t.g.out %t.btf.out
// RUN: %corecc-run %t.clang.o --run count --run count --run count --dump-globals \
// RUN:   --dump-map squares --dump-map recent --dump-map slots > %t.clang.out
// RUN: diff <(sed 's/insns=.*//' %t.clang.out) <(sed 's/insns=.*//' %t.g.out)
//
// The per-CPU counter: the runs may land on different CPUs, they add up.
// RUN: %corecc-run %t.g.o --run count --run count --run count --dump-map per_cpu \
// RUN:   | %python %S/Inputs/percpu_sum.py per_cpu | FileCheck --check-prefix=PERCPU %s
// RUN: %corecc-run %t.btf.o --run count --run count --run count --dump-map per_cpu \
// RUN:   | %python %S/Inputs/percpu_sum.py per_cpu | FileCheck --check-prefix=PERCPU %s
// PERCPU: map per_cpu key=00000000 sum=3 cpus={{[1-9][0-9]*}}
//
// The map definitions in the BTF (what libbpf creates the maps from):
// RUN: %bpftool btf dump file %t.btf.o > %t.btf.dump
// RUN: %python %S/../BTF/Inputs/btf_canon.py %t.btf.dump > %t.btf.canon
// RUN: FileCheck --check-prefix=MAPDEF %s < %t.btf.canon
// RUN: FileCheck --check-prefix=MAPSEC %s < %t.btf.dump

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct event {
	__u32 seq;
	__u16 proto;
	__u8 flags;
	__u8 pad;
	__u64 len;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} squares SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 16);
	__type(key, __u16);
	__type(value, struct event);
} recent SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, int);
	__type(value, long);
} slots SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} per_cpu SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} ring SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(int));
	__uint(value_size, sizeof(int));
} perf SEC(".maps");

__u32 seq;
long ring_out = 1, ring_reserved = 1, perf_out = 1;

SEC("xdp")
int count(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end)
		return XDP_ABORTED;

	__u32 n = ++seq;
	__u64 sq = (__u64)n * n;
	bpf_map_update_elem(&squares, &n, &sq, BPF_ANY);

	struct event ev = {.seq = n, .proto = bpf_ntohs(eth->h_proto), .len = end - data};
	__u16 key = (__u16)(n * 10);
	bpf_map_update_elem(&recent, &key, &ev, BPF_NOEXIST);

	int slot = n & 3;
	long *v = bpf_map_lookup_elem(&slots, &slot);
	if (v)
		*v += -(long)n;

	__u32 zero = 0;
	__u32 *c = bpf_map_lookup_elem(&per_cpu, &zero);
	if (c)
		*c += 1;

	// Ring buffer: one copy and one reserve/submit per run (nobody reads).
	ring_out = bpf_ringbuf_output(&ring, &ev, sizeof(ev), 0);
	struct event *r = bpf_ringbuf_reserve(&ring, sizeof(*r), 0);
	if (r) {
		*r = ev;
		bpf_ringbuf_submit(r, 0);
		ring_reserved = 0;
	}
	// No perf buffer is open on this CPU: the kernel says -ENOENT.
	perf_out = bpf_perf_event_output(ctx, &perf, BPF_F_CURRENT_CPU, &ev, sizeof(ev));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: prog count section=xdp type=xdp loaded
// CHECK-NEXT: run count retval=2 (0x2){{$}}
// CHECK-NEXT: run count retval=2 (0x2){{$}}
// CHECK-NEXT: run count retval=2 (0x2){{$}}
// CHECK-NEXT: global .bss seq = 3
// CHECK-NEXT: global .data perf_out = -2
// CHECK-NEXT: global .data ring_out = 0
// CHECK-NEXT: global .data ring_reserved = 0
// CHECK-NEXT: map squares type=hash entries=3
// CHECK-NEXT: map squares key=01000000 value=0100000000000000
// CHECK-NEXT: map squares key=02000000 value=0400000000000000
// CHECK-NEXT: map squares key=03000000 value=0900000000000000
// struct event: seq, proto 0x0800, flags, pad, len 64.
// CHECK-NEXT: map recent type=lru_hash entries=3
// CHECK-NEXT: map recent key=0a00 value=01000000000800004000000000000000
// CHECK-NEXT: map recent key=1400 value=02000000000800004000000000000000
// CHECK-NEXT: map recent key=1e00 value=03000000000800004000000000000000
// CHECK-NEXT: map slots type=array entries=4
// CHECK-NEXT: map slots key=00000000 value=0000000000000000
// CHECK-NEXT: map slots key=01000000 value=ffffffffffffffff
// CHECK-NEXT: map slots key=02000000 value=feffffffffffffff
// CHECK-NEXT: map slots key=03000000 value=fdffffffffffffff

// __uint(name, N) is a pointer to int[N]; __type(name, T) a pointer to T,
// whose type is written whole (struct event, not a FWD).
// MAPDEF: STRUCT 'event' size=16 vlen=5
// MAPDEF: VAR 'perf' type=<STRUCT size=24 vlen=3 { 'type' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=4> bits_offset=0; 'key_size' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=4> bits_offset=64; 'value_size' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=4> bits_offset=128 }> linkage=global
// MAPDEF: VAR 'recent' type=<STRUCT size=32 vlen=4 { 'type' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=9> bits_offset=0; 'max_entries' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=16> bits_offset=64; 'key' type=<PTR -> TYPEDEF '__u16'> bits_offset=128; 'value' type=<PTR -> STRUCT 'event'> bits_offset=192 }> linkage=global
// MAPDEF: VAR 'ring' type=<STRUCT size=16 vlen=2 { 'type' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=27> bits_offset=0; 'max_entries' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=4096> bits_offset=64 }> linkage=global
// MAPDEF: VAR 'squares' type=<STRUCT size=32 vlen=4 { 'type' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=1> bits_offset=0; 'max_entries' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=64> bits_offset=64; 'key' type=<PTR -> TYPEDEF '__u32'> bits_offset=128; 'value' type=<PTR -> TYPEDEF '__u64'> bits_offset=192 }> linkage=global
//
// The .maps DATASEC with its size and offsets filled in.
// MAPSEC: DATASEC '.maps' size=168 vlen=6
// MAPSEC-NEXT: offset=0 size=32 (VAR 'squares')
// MAPSEC-NEXT: offset=32 size=32 (VAR 'recent')
// MAPSEC-NEXT: offset=64 size=32 (VAR 'slots')
// MAPSEC-NEXT: offset=96 size=32 (VAR 'per_cpu')
// MAPSEC-NEXT: offset=128 size=16 (VAR 'ring')
// MAPSEC-NEXT: offset=144 size=24 (VAR 'perf')
