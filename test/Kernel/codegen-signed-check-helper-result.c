// A helper's result, truncated to int, checked with signed compares and then
// passed as a size. At cpu v3 corecc compares the result's own subregister
// (jmp32), so the verifier bounds the register the second helper gets. The
// cpu v1 shape, a compare on a sign-extended copy, leaves that register
// unbounded: "R2 unbounded memory access" (clang-19 at v1 and at v3, and
// corecc at v1, all fail to load this program). This is why corecc keeps
// jmp32 for signed compares even where the 32-bit bounds cost the verifier
// more states on unrolled path walks (docs/verifier.md, "Decided").
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=ASM
// RUN: %corecc-run %t.o --run prog --ctx 0000000000000000 | FileCheck %s
// ASM: call 0x73
// ASM-NOT: s>>=
// ASM: if w[[R:[0-9]]] s< 0x1 goto
// ASM-NEXT: if w[[R]] s> 0x80 goto
// ASM-NOT: s>>=
// ASM: w2 = w[[R]]
// ASM: call 0x71
// CHECK: prog prog {{.*}} loaded
// strlen("read by a helper") + 1
// CHECK: run prog retval=17

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char in[64] = "read by a helper";
char buf[256];
char out[128];

SEC("raw_tp/sys_enter")
int prog(void *ctx) {
  int sz = bpf_probe_read_kernel_str(buf, sizeof(buf), in);
  if (sz > 0 && sz <= 128) {
    bpf_probe_read_kernel(out, sz, buf);
    return sz;
  }
  return -1;
}

char LICENSE[] SEC("license") = "GPL";
