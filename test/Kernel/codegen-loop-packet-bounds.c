// A loop that checks the packet end before every byte it reads. LLVM's
// induction-variable pass would turn that check into one trip-count test
// before the loop, and the verifier would then reject the load ("invalid
// access to packet", or pointer arithmetic it forbids); corecc turns that
// rewrite off by default.
//
// REQUIRES: bpf-syscall
// RUN: %corecc -O2 -g -I %gen -c %s -o %t.o
// RUN: %corecc-run %t.o --run sum_bytes --data 1f0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f | FileCheck %s
// RUN: %corecc -O2 -g -mllvm -indvars-predicate-loops=1 -I %gen -c %s -o %t.pred.o
// RUN: not %corecc-run %t.pred.o --run sum_bytes 2>&1 | FileCheck %s --check-prefix=PRED
//
// CHECK: prog sum_bytes {{.*}} loaded
// 31 bytes follow the count: 1 + ... + 31 = 496, truncated to a byte: 240.
// CHECK: run sum_bytes retval=240
// PRED: prog sum_bytes {{.*}} FAILED: Permission denied

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

// The first byte says how many of the following bytes to add.
SEC("xdp")
int sum_bytes(struct xdp_md *ctx) {
  unsigned char *p = (void *)(long)ctx->data;
  void *end = (void *)(long)ctx->data_end;
  if ((void *)(p + 1) > end)
    return 0;
  int len = *p++;
  unsigned char sum = 0;
  for (int i = 0; i < 256; i++) {
    if (i >= len)
      break;
    if ((void *)(p + 1) > end)
      return 1;
    sum += *p;
    p++;
  }
  return sum;
}

char LICENSE[] SEC("license") = "GPL";
