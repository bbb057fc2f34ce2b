// Two comparisons of one value bound it for the verifier; merged into one
// unsigned comparison of a shifted value (what InstCombine does with
// "len <= 0 || len > 64") they bound nothing, and the helper's length is
// rejected as unbounded. corecc keeps both (CoreBPFVerifierAdjust.cpp).
//
// REQUIRES: bpf-syscall
// RUN: %corecc -O2 -g -I %gen -c %s -o %t.o
// RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=ASM
// RUN: %corecc-run %t.o --run copy_prefix --data 000102030405060708090a0b0c0d0e0f1011121314151617 | FileCheck %s
//
// ASM: if w{{[0-9]}} s< 0x1 goto
// ASM-NEXT: if w{{[0-9]}} s> 0x40 goto
// CHECK: prog copy_prefix {{.*}} loaded
// 24 bytes of packet, 10 after the Ethernet header: bytes 14..23 summed.
// CHECK: run copy_prefix retval=185

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char buf[64];

SEC("xdp")
int copy_prefix(struct xdp_md *ctx) {
  int len = ctx->data_end - ctx->data - 14;
  if (len <= 0 || len > 64)
    return 0;
  if (bpf_xdp_load_bytes(ctx, 14, buf, len) < 0)
    return 1;
  int sum = 0;
  for (int i = 0; i < 64; i++)
    if (i < len)
      sum += buf[i];
  return sum;
}

char LICENSE[] SEC("license") = "GPL";
