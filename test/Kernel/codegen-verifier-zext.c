// A 32-bit division's result is zero-extended by the hardware, but the
// verifier (from Linux 6.10) marks it unknown in all 64 bits. An index
// computed as "x / 100, clamped with a 32-bit compare" and then used in 64
// bits must keep its explicit zero extension ("w1 = w1"), or the verifier
// rejects the array access as unbounded pointer arithmetic (found on bcc's
// libbpf-tools/cpufreq.bpf.c: clang-19 loaded it, corecc did not). Built
// for cpu v3 and v4, run with packets of 300, 1500 and 3000 bytes.
//
// REQUIRES: bpf-syscall
// RUN: %corecc -O2 -g -mcpu=v3 -I %gen -c %s -o %t.v3.o
// RUN: %corecc -O2 -g -mcpu=v4 -I %gen -c %s -o %t.v4.o
// RUN: %objdump -d --no-show-raw-insn %t.v3.o | FileCheck %s --check-prefix=ASM
// RUN: %python -c "import sys; [open(sys.argv[1] + str(n), 'wb').write(bytes(n)) for n in (300, 1500, 3000)]" %t.pkt
// RUN: for o in %t.v3.o %t.v4.o; do \
// RUN:   for n in 300 1500 3000; do \
// RUN:     %corecc-run $o --run slot --data-file %t.pkt$n || exit 1; \
// RUN:   done; \
// RUN: done | FileCheck %s
//
// ASM: /= 0x64
// ASM-NEXT: if w[[V:[0-9]]] < 0x19 goto
// ASM-NEXT: w[[V]] = 0x19
// ASM-NEXT: w[[I:[0-9]]] = w[[V]]
// ASM-NEXT: r[[I]] <<= 0x2
// CHECK: prog slot {{.*}} loaded
// CHECK: run slot retval=3
// CHECK: prog slot {{.*}} loaded
// CHECK: run slot retval=15
// CHECK: prog slot {{.*}} loaded
// CHECK: run slot retval=25
// CHECK: prog slot {{.*}} loaded
// CHECK: run slot retval=3
// CHECK: prog slot {{.*}} loaded
// CHECK: run slot retval=15
// CHECK: prog slot {{.*}} loaded
// CHECK: run slot retval=25

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

__u32 counts[26];

SEC("xdp")
int slot(struct xdp_md *ctx) {
  __u32 len = ctx->data_end - ctx->data;
  __u64 s = len / 100;
  if (s >= 26)
    s = 25;
  __sync_fetch_and_add(&counts[s], 1);
  return s;
}

char LICENSE[] SEC("license") = "GPL";
