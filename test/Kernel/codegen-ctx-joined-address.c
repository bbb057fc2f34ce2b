// A ctx field read on two paths and again after they join. GVN merged the
// two address computations (each "ctx + CO-RE offset of pt_regs::ax") into
// a PHI, and the last load went through it: "r8 = r7; r8 += 0x50; ...
// r4 = *(u64 *)(r8 + 0)", which the verifier refuses ("dereference of
// modified ctx ptr R8 off=80 disallowed"). This is issue 15's minimal case,
// the shape of Tracee's trace_ret_vfs_write. CoreBPFJoinedAddresses
// computes the address once at the join, and each load keeps its own
// relocated offset on the unmodified ctx register.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -D__TARGET_ARCH_x86 -I%gen -c %s -o %t.o
// RUN: %objdump -dr --no-show-raw-insn %t.o | FileCheck %s --check-prefix=ASM
// RUN: %corecc -O2 -g -mcpu=v1 -D__TARGET_ARCH_x86 -I%gen -c %s -o %t.v1.o
// RUN: %corecc-run %t.o | FileCheck %s
// RUN: %corecc-run %t.v1.o | FileCheck %s
//
// ASM-LABEL: <prog>:
// ASM-NOT: += 0x50
// ASM: = *(u64 *)(r[[CTX:[0-9]]] + 0x50)
// ASM-NEXT: CO-RE <byte_off> {{.*}} struct pt_regs::ax
// ASM-NOT: += 0x50
// ASM: = *(u64 *)(r[[CTX]] + 0x50)
// ASM-NEXT: CO-RE <byte_off> {{.*}} struct pt_regs::ax
// ASM-NOT: += 0x50
// ASM: exit
// CHECK: prog prog {{.*}} loaded

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__u64 out_a, out_ret;

SEC("kretprobe/vfs_write")
int prog(struct pt_regs *ctx) {
  __u64 pos = 0, a = 0;
  void *p = (void *)PT_REGS_PARM4(ctx);
  if (p)
    bpf_probe_read_kernel(&pos, 8, p);
  __u32 n = PT_REGS_RC(ctx);
  if (pos)
    pos -= n;
  bpf_probe_read_kernel(&a, 8, (void *)pos);
  long ret = PT_REGS_RC(ctx);
  out_a = a;
  out_ret = ret;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
