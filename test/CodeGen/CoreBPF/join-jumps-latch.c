// A loop whose latch (the block that counts and jumps back) joins two
// paths, one of them falling through into it. The verifier keeps a state
// at a join for later pruning only when it has processed at least two
// jumps (and eight instructions) since the last state it kept; the path
// that falls through into the latch leaves none there, and the next
// iteration is walked again for each such path. CoreBPFJoinJumps ends that
// path with a goto into the latch (`goto +0`). On the selftests'
// pyperf600_nounroll the verifier's work went from 693,946 to 519,162
// instructions (clang-19: 530,704); test/Kernel/codegen-join-jumps-latch.c
// loads and runs the shape.
//
// RUN: %corecc -O2 -S %s -o - | FileCheck %s
// RUN: %corecc -O2 -mcpu=v1 -S %s -o - | FileCheck %s

struct node {
  struct node *next;
  int val;
};
int out[64];

int walk(struct node *n) {
  int count = 0;
#pragma clang loop unroll(disable)
  for (int i = 0; i < 64; i++) {
    if (n) {
      struct node *next;
      __builtin_memcpy(&next, &n->next, 8);
      int v = n->val;
      if (v > 10)
        count++;
      out[i] = v;
      n = next;
    }
  }
  return count;
}

// The body's last block jumps into the latch although the latch is next.
// CHECK-LABEL: walk:
// CHECK:       .LBB0_1:
// CHECK:       if r1 == 0 goto [[LATCH:.LBB0_[0-9]+]]
// CHECK:       {{^[[:space:]]+}}goto [[LATCH]]
// CHECK-NEXT:  [[LATCH]]:
// CHECK-NEXT:  r5 += 4
// CHECK:       goto .LBB0_1

// A loop of one block is its own latch; the entry falls into it once, not
// once per iteration: nothing is added.
int count_up(int *p) {
  int s = 0;
#pragma clang loop unroll(disable)
  for (int i = 0; i < 16; i++)
    s += p[i];
  return s;
}
// CHECK-LABEL: count_up:
// CHECK-NOT:   {{^[[:space:]]+goto}}
// CHECK:       .LBB1_1:
