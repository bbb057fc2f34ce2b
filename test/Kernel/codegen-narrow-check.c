// A u16 offset checked and then used as an index: instruction selection
// widened it twice, to 32 bits for the check and to 64 bits for the index,
// each masked on its own copy ("w1 = w9; w1 &= 0xffff; if w1 > 0x7f00 ...;
// r2 = r9; r2 &= 0xffff; r1 += r2"). The verifier bounds the register that
// was compared, so the access through the other copy is "R1 max value is
// outside of the allowed memory range" (clang-19 emits the same and fails
// too). corecc widens the value once and indexes with the checked register
// (CoreBPFNarrowChecks.cpp).
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -mcpu=v3 -I%gen -c %s -o %t.o
// RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=ASM
// RUN: %corecc-run %t.o --set start=100 --set step=8 --run prog --ctx 0000000000000000 | FileCheck %s
// ASM: w[[R:[0-9]]] &= 0xffff
// ASM-NEXT: if w[[R]] > 0x7f00 goto
// ASM-NOT: &= 0xffff
// ASM: r{{[0-9]}} += r[[R]]
// CHECK: prog prog {{.*}} loaded
// 100 + 4 * 8
// CHECK: run prog retval=132

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

#define BUF 32768
char buf[BUF];
volatile __u16 start;
volatile __u32 step;

SEC("raw_tp/sys_enter")
int prog(void *ctx) {
  __u16 off = start;
  for (int i = 0; i < 4; i++) {
    off += step;
    if (off > BUF - 256)
      return 0;
    buf[off] = 1;
  }
  return off;
}

char LICENSE[] SEC("license") = "GPL";
