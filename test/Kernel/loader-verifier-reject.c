// corecc-run on an object the verifier rejects: a FAILED line with the
// verifier's message, the full log on stderr, exit status 1. The other
// programs of the object are loaded one by one to tell which ones pass.
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %clang19 -O2 -g -target bpf -I%gen -c %s -o %t.o
// RUN: not %corecc-run %t.o --run good > %t.out 2> %t.err
// RUN: FileCheck %s < %t.out
// RUN: FileCheck --check-prefix=LOG %s < %t.err
// RUN: sh -c '%corecc-run %t.o >/dev/null 2>&1; test $? -eq 1'
// RUN: not %corecc-run %t.o --prog unbounded -q 2>&1 | FileCheck --check-prefix=ONE %s
// RUN: %corecc-run %t.o --prog good --prog also_good --run-all | FileCheck --check-prefix=SELECT %s
// RUN: not %corecc-run %t.o --json -q | %python -m json.tool | FileCheck --check-prefix=JSON %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

int table[4];

SEC("socket")
int good(struct __sk_buff *skb)
{
	return 1;
}

// An index the program never bounds: the verifier says so.
SEC("socket")
int unbounded(struct __sk_buff *skb)
{
	return table[skb->len];
}

SEC("socket")
int also_good(struct __sk_buff *skb)
{
	return 2;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: prog good section=socket type=socket_filter loaded insns={{[0-9]+}} verified_insns={{[0-9]+}}
// CHECK-NEXT: prog unbounded section=socket type=socket_filter FAILED: Permission denied: {{.*}}R{{[0-9]}} unbounded memory access, make sure to bounds check any such access
// CHECK-NEXT: prog also_good section=socket type=socket_filter loaded
// CHECK-NEXT: run good skipped: the object did not load

// LOG: libbpf: prog 'unbounded': BPF program load failed: Permission denied
// LOG: corecc-run: cannot load {{.*}}: Permission denied
// LOG: -- verifier log of prog 'unbounded' --
// LOG: unbounded memory access
// LOG: processed {{[0-9]+}} insns
// LOG-NEXT: -- end of verifier log of prog 'unbounded' --

// ONE: prog good section=socket type=socket_filter skipped
// ONE-NEXT: prog unbounded section=socket type=socket_filter FAILED: Permission denied: {{.*}}unbounded memory access
// ONE-NEXT: prog also_good section=socket type=socket_filter skipped
// ONE-NOT: verifier log

// SELECT: prog good {{.*}} loaded
// SELECT-NEXT: prog unbounded {{.*}} skipped
// SELECT-NEXT: prog also_good {{.*}} loaded
// SELECT-NEXT: run good retval=1 (0x1)
// SELECT-NEXT: run also_good retval=2 (0x2)

// JSON: "loaded": false,
// JSON: "name": "unbounded",
// JSON-NEXT: "section": "socket",
// JSON-NEXT: "type": "socket_filter",
// JSON-NEXT: "status": "failed",
// JSON-NEXT: "insns": {{[0-9]+}},
// JSON-NEXT: "verified_insns": null,
// JSON-NEXT: "error": "Permission denied: {{.*}}unbounded memory access{{.*}}",
// JSON-NEXT: "errno": 13,
// JSON-NEXT: "log": "{{.*}}unbounded memory access
// JSON: "errors": [
// JSON-NEXT: "libbpf: prog 'unbounded': BPF program load failed: Permission denied",
// JSON: "exit_code": 1
