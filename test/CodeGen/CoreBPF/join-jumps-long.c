// Joins outside loops, in a long function: a block that falls through into
// a join without a call ends with a goto into it, so that the verifier,
// which keeps a state at a pruning point only after two jumps since the
// last one, keeps one there (CoreBPFJoinJumps; the selftests'
// test_verif_scale2 went from 773,446 processed instructions to 523,837).
// A short function, and a block with a call (a jump to the verifier
// already), get none. The kernel drops the gotos after verification.
//
// RUN: %corecc -O2 -S %s -o - | FileCheck %s
// RUN: %corecc -O2 -c %s -o %t.o
// RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck --check-prefix=OBJ %s

static long (*hash)(long) = (void *)1000;

#define STEP(k)                                                                \
  if (x & (1ul << (k)))                                                        \
    s = (s ^ (x >> (k))) * 0x9e3779b97f4a7c15ul + (k);                         \
  s ^= s >> 7;
#define STEP8(k)                                                               \
  STEP(k) STEP((k) + 1) STEP((k) + 2) STEP((k) + 3) STEP((k) + 4)              \
  STEP((k) + 5) STEP((k) + 6) STEP((k) + 7)

// About 800 instructions.
unsigned long mix(unsigned long x) {
  unsigned long s = 0;
  STEP8(0) STEP8(8) STEP8(16) STEP8(24) STEP8(32) STEP8(40) STEP8(48)
  STEP8(56)
  return s;
}
// CHECK-LABEL: mix:
// CHECK:       if r{{[0-9]}} == 0 goto [[J:.LBB0_[0-9]+]]
// CHECK:       {{^[[:space:]]+}}goto [[J]]
// CHECK-NEXT:  [[J]]:

// The same steps, 8 of them: about 90 instructions.
unsigned long mix8(unsigned long x) {
  unsigned long s = 0;
  STEP8(0)
  return s;
}
// CHECK-LABEL: mix8:
// CHECK-NOT:   {{^[[:space:]]+}}goto
// CHECK:       exit

#define CALL(k)                                                                \
  if (x & (1ul << (k)))                                                        \
    s = hash(s + (k));                                                         \
  s ^= s >> 7;
#define CALL8(k)                                                               \
  CALL(k) CALL((k) + 1) CALL((k) + 2) CALL((k) + 3) CALL((k) + 4)              \
  CALL((k) + 5) CALL((k) + 6) CALL((k) + 7)

// About 900 instructions, every conditional block a call.
unsigned long calls(unsigned long x) {
  unsigned long s = 0;
  CALL8(0) CALL8(8) CALL8(16) CALL8(24) CALL8(32) CALL8(40) CALL8(48)
  CALL8(56) CALL8(0) CALL8(8) CALL8(16) CALL8(24)
  return s;
}
// CHECK-LABEL: calls:
// CHECK:       call 1000
// CHECK-NEXT:  r{{[0-9]}} = r0
// CHECK-NEXT:  .LBB2_{{[0-9]+}}:
// CHECK-NOT:   {{^[[:space:]]+}}goto
// CHECK:       exit

// In the object, the gotos are `goto +0`.
// OBJ-LABEL: <mix>:
// OBJ:       goto +0x0
// OBJ-LABEL: <mix8>:
// OBJ-NOT:   goto +0x0
// OBJ-LABEL: <calls>:
// OBJ-NOT:   goto +0x0
