// A ctx field read two ways: through bpf_core_read (the address of the field
// is needed, as a helper argument) and directly (a ctx load). The verifier
// rejects a ctx load through a copy of the ctx pointer advanced by the offset
// ("dereference of modified ctx ptr"), so the direct load must stay
// "rX = *(u64 *)(ctx + off)" with its own CO-RE relocation, as clang-19
// emits it, even though both uses share one address computation in the IR
// (the selftests' test_uprobe_autoattach, PT_REGS_RC_CORE(ctx) and ret).
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %objdump -dr --no-show-raw-insn %t.o | FileCheck %s --check-prefix=ASM
// RUN: %corecc-run %t.o --run read_twice --ctx 0000000000000000050000000000000000000000000000000000000000000000 | FileCheck %s
//
// ASM-LABEL: <read_twice>:
// ASM: r{{[0-9]}} += 0x8
// ASM-NEXT: CO-RE <byte_off> {{.*}} struct bpf_raw_tracepoint_args::args[1]
// ASM: r{{[0-9]}} = *(u64 *)(r{{[0-9]}} + 0x8)
// ASM-NEXT: CO-RE <byte_off> {{.*}} struct bpf_raw_tracepoint_args::args[1]
// CHECK: prog read_twice {{.*}} loaded
// 5 read by the helper plus 5 read directly, times 10 for the first.
// CHECK: run read_twice retval=55

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

SEC("raw_tp/sys_enter")
int read_twice(struct bpf_raw_tracepoint_args *ctx) {
  unsigned long a = 0;
  bpf_core_read(&a, sizeof(a), &ctx->args[1]);
  unsigned long b = __builtin_preserve_access_index(ctx->args[1]);
  return a * 10 + b;
}

char LICENSE[] SEC("license") = "GPL";
