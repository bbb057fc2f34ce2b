// A hub, a join that at least three conditional jumps enter by their taken
// edge and that holds at least 16 instructions, outside loops, gets a head
// block with a goto into its body, and every edge into the hub goes there.
// The verifier walks a taken edge after the fall-through, starting at the
// hub with no jump processed since, and keeps a state at a pruning point
// only two jumps after the last one it kept: without the goto the hub kept
// none and was walked once per edge (CoreBPFJoinJumps;
// test/Kernel/codegen-join-jumps-hub.c). Short hubs, hubs of two edges and
// hubs inside loops get none: there the goto cost more than it saved (the
// selftests' cls_redirect and strobemeta).
//
// RUN: %corecc -O2 -S %s -o - | FileCheck %s

static long (*lookup)(long) = (void *)1;
static long (*emit)(long *, long) = (void *)25;

struct rec {
  long a[20];
};

// Four lookups; a hit copies a 20-word record (about 40 instructions).
long four(struct rec *out, struct rec *in, long k) {
  long v;
  if ((v = lookup(k)))
    goto hit;
  if ((v = lookup(k + 1)))
    goto hit;
  if ((v = lookup(k + 2)))
    goto hit;
  if ((v = lookup(k + 3)))
    goto hit;
  return 0;
hit:
  *out = *in;
  return v;
}
// CHECK-LABEL: four:
// CHECK:       if r0 != 0 goto [[HEAD:.LBB0_[0-9]+]]
// CHECK:       if r0 != 0 goto [[HEAD]]
// CHECK:       if r0 != 0 goto [[HEAD]]
// CHECK:       [[HEAD]]:
// CHECK-NEXT:  goto [[BODY:.LBB0_[0-9]+]]
// CHECK-NEXT:  [[BODY]]:
// CHECK:       exit

// Two lookups: two taken edges at most.
long two(struct rec *out, struct rec *in, long k) {
  long v;
  if ((v = lookup(k)))
    goto hit;
  if ((v = lookup(k + 1)))
    goto hit;
  return 0;
hit:
  *out = *in;
  return v;
}
// CHECK-LABEL: two:
// CHECK-NOT:   {{^[[:space:]]+}}goto
// CHECK:       exit

// Four lookups, a short hit (one helper call).
long short_hit(long *out, long k) {
  long v;
  if ((v = lookup(k)))
    goto hit;
  if ((v = lookup(k + 1)))
    goto hit;
  if ((v = lookup(k + 2)))
    goto hit;
  if ((v = lookup(k + 3)))
    goto hit;
  return 0;
hit:
  return emit(out, v);
}
// CHECK-LABEL: short_hit:
// CHECK-NOT:   {{^[[:space:]]+}}goto
// CHECK:       exit

// The same hub inside a loop: no head block.
long in_loop(struct rec *out, struct rec *in, long k, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) {
    long v;
    if ((v = lookup(k + i)))
      goto hit;
    if ((v = lookup(k + i + 1)))
      goto hit;
    if ((v = lookup(k + i + 2)))
      goto hit;
    continue;
  hit:
    out[i] = in[i];
    s += v;
  }
  return s;
}
// CHECK-LABEL: in_loop:
// CHECK:       if r0 != 0 goto [[HUB:.LBB3_[0-9]+]]
// CHECK:       [[HUB]]:
// CHECK-NEXT:  {{^[[:blank:]]+}}r{{[0-9]}}
// CHECK:       exit
