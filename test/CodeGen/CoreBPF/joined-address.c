// A CO-RE field of the context read on two paths and again after they
// join. GVN's PRE merges the two address computations (each "ctx + the
// relocated offset of ax") into a PHI, and the last load went through it:
// "r8 += 32; ... r4 = *(u64 *)(r8 + 0)", a load through a modified ctx
// pointer, which the verifier refuses. CoreBPFJoinedAddresses computes the
// address once at the join, and every load keeps its own relocated offset
// on the unmodified ctx register (test/Kernel/codegen-ctx-joined-address.c
// loads the same shape).
//
// RUN: %corecc -O2 -g -S %s -o - | FileCheck %s
// RUN: %corecc -O2 -g -mcpu=v1 -S %s -o - | FileCheck %s

struct regs {
  unsigned long di, si, dx, cx, ax;
} __attribute__((preserve_access_index));

static long (*probe_read)(void *dst, unsigned size,
                          const void *src) = (void *)113;
unsigned long out_a, out_ret;

// CHECK-LABEL: prog:
// CHECK-NOT: += 32
// CHECK: = *(u64 *)(r[[CTX:[0-9]]] + 32)
// CHECK-NOT: += 32
// CHECK: = *(u64 *)(r[[CTX]] + 32)
// CHECK-NOT: += 32
// CHECK: exit
int prog(struct regs *ctx) {
  unsigned long pos = 0, a = 0;
  void *p = (void *)ctx->cx;
  if (p)
    probe_read(&pos, 8, p);
  unsigned n = ctx->ax;
  if (pos)
    pos -= n;
  probe_read(&a, 8, (void *)pos);
  long ret = ctx->ax;
  out_a = a;
  out_ret = ret;
  return 0;
}
