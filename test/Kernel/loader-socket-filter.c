// corecc-run: load a socket filter, run it with BPF_PROG_TEST_RUN on the
// default packet and on a given one, and check retval/expectations/JSON.
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %clang19 -O2 -g -target bpf -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.o --run compute --run minus_one | FileCheck %s
// RUN: %corecc-run %t.o --run compute --data 00112233445566778899aabb08004500000000000000000000000000000000000000000000000000 | FileCheck --check-prefix=DATA %s
// RUN: %corecc-run %t.o --run compute --repeat 50 --expect-retval 105 | FileCheck --check-prefix=REPEAT %s
// RUN: not %corecc-run %t.o --run minus_one --expect-retval 0 | FileCheck --check-prefix=MISMATCH %s
// RUN: %corecc-run %t.o --run-all --json | %python -m json.tool | FileCheck --check-prefix=JSON %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int fib(int n)
{
	int a = 0, b = 1;
	for (int i = 0; i < n; i++) {
		int t = a + b;
		a = b;
		b = t;
	}
	return a;
}

// fib(10) = 55, plus the packet length seen from L3 (64 - 14 = 50).
SEC("socket")
int compute(struct __sk_buff *skb)
{
	return fib(10) + skb->len;
}

SEC("socket")
int minus_one(struct __sk_buff *skb)
{
	return -1;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: prog compute section=socket type=socket_filter loaded insns={{[0-9]+}} verified_insns={{[0-9]+}}
// CHECK-NEXT: prog minus_one section=socket type=socket_filter loaded insns={{[0-9]+}} verified_insns={{[0-9]+}}
// The kernel hands the Ethernet header back zeroed to L3 programs; that is
// not reported as a change.
// CHECK-NEXT: run compute retval=105 (0x69){{$}}
// CHECK-NEXT: run minus_one retval=-1 (0xffffffff){{$}}

// 40-byte packet: 26 bytes after the Ethernet header.
// DATA: run compute retval=81 (0x51){{$}}

// REPEAT: run compute retval=105 (0x69) duration_ns={{[0-9]+}}{{$}}

// MISMATCH: run minus_one retval=-1 (0xffffffff) MISMATCH: expected 0 (0x0)

// JSON: "loaded": true,
// JSON: "programs": [
// JSON: "name": "compute",
// JSON-NEXT: "section": "socket",
// JSON-NEXT: "type": "socket_filter",
// JSON-NEXT: "status": "loaded",
// JSON-NEXT: "insns": {{[0-9]+}},
// JSON-NEXT: "verified_insns": {{[0-9]+}},
// JSON-NEXT: "error": null,
// JSON: "runs": [
// JSON: "name": "compute",
// JSON-NEXT: "status": "ok",
// JSON-NEXT: "retval": 105,
// JSON-NEXT: "retval_hex": "0x69",
// JSON: "name": "minus_one",
// JSON-NEXT: "status": "ok",
// JSON-NEXT: "retval": -1,
// JSON-NEXT: "retval_hex": "0xffffffff",
// JSON: "errors": [],
// JSON-NEXT: "exit_code": 0
