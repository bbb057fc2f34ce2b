// corecc-run --dump-map: a tc program fills a hash map and a per-CPU array;
// entries come out sorted by key, per-CPU values one per possible CPU.
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %clang19 -O2 -g -target bpf -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.o --dump-map squares | FileCheck --check-prefix=EMPTY %s
// RUN: %corecc-run %t.o --run fill --dump-map squares --dump-map hits | FileCheck %s
// RUN: %corecc-run %t.o --run fill --dump-map squares --json | %python -m json.tool | FileCheck --check-prefix=JSON %s
// RUN: not %corecc-run %t.o --dump-map events 2>&1 | FileCheck --check-prefix=RINGBUF %s
// RUN: not %corecc-run %t.o --dump-map nosuch 2>&1 | FileCheck --check-prefix=NOSUCH %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} squares SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u32);
} hits SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

SEC("tc")
int fill(struct __sk_buff *skb)
{
	// Keys 0, 37, 74, ..., 333 inserted out of numeric order of their bytes.
	for (__u32 i = 0; i < 10; i++) {
		__u32 k = i * 37;
		__u64 v = (__u64)k * k;
		bpf_map_update_elem(&squares, &k, &v, BPF_ANY);
	}
	__u32 one = 1;
	__u32 *h = bpf_map_lookup_elem(&hits, &one);
	if (h)
		*h += 7;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// EMPTY: map squares type=hash entries=0
// EMPTY-NOT: key=

// CHECK: run fill retval=0 (0x0)
// CHECK-NEXT: map squares type=hash entries=10
// CHECK-NEXT: map squares key=00000000 value=0000000000000000
// CHECK-NEXT: map squares key=25000000 value=5905000000000000
// CHECK-NEXT: map squares key=4a000000 value=6415000000000000
// CHECK-NEXT: map squares key=6f000000 value=2130000000000000
// CHECK-NEXT: map squares key=94000000 value=9055000000000000
// CHECK-NEXT: map squares key=b9000000 value=b185000000000000
// CHECK-NEXT: map squares key=de000000 value=84c0000000000000
// CHECK-NEXT: map squares key=03010000 value=0906010000000000
// CHECK-NEXT: map squares key=28010000 value=4056010000000000
// CHECK-NEXT: map squares key=4d010000 value=29b1010000000000
// CHECK-NEXT: map hits type=percpu_array entries=2
// CHECK-NEXT: map hits key=00000000 value=00000000{{(,00000000)*$}}
// The run happened on one CPU; which one is up to the kernel.
// CHECK-NEXT: map hits key=01000000 value={{(0{8},)*}}07000000{{(,0{8})*$}}

// JSON: "maps": [
// JSON-NEXT: {
// JSON-NEXT: "name": "squares",
// JSON-NEXT: "type": "hash",
// JSON-NEXT: "key_size": 4,
// JSON-NEXT: "value_size": 8,
// JSON-NEXT: "percpu": false,
// JSON-NEXT: "entries": [
// JSON-NEXT: {
// JSON-NEXT: "key": "00000000",
// JSON-NEXT: "value": "0000000000000000"
// JSON-NEXT: },
// JSON-NEXT: {
// JSON-NEXT: "key": "25000000",

// RINGBUF: --dump-map events: cannot dump a map of type ringbuf
// NOSUCH: --dump-map: {{.*}} has no map 'nosuch'
