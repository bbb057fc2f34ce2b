// Two checks of one value that no value passes (or that every value
// passes) are a constant: they fold away with the code they guard, as in
// clang-19. corecc keeps other pairs of range checks apart for the
// verifier (CoreBPFVerifierAdjust.cpp), and kept these too: bpf_for(i, 0, 0)
// ("i >= 0 && i < 0" on a sign-extended int) left both tests and the loop
// body in the program (the selftests' iters_num/num_empty_zero: 34
// verified instructions against clang-19's 22).
//
// RUN: %corecc -O2 -S %s -o - | FileCheck %s

long out;

// CHECK-LABEL: never:
// CHECK-NOT: if
// CHECK: exit
int never(int *p) {
  long i = *p;
  if (i >= 0 && i < 0)
    out = i;
  return 0;
}

// CHECK-LABEL: always:
// CHECK-NOT: if
// CHECK: exit
int always(long x) {
  if (x < 5 || x >= 5)
    return 1;
  out = x;
  return 0;
}

// A pair that some values pass stays two checks.
// CHECK-LABEL: kept:
// CHECK: if
// CHECK: if
// CHECK: exit
int kept(long x) {
  if (x > 2 && x < 40)
    out = x;
  return 0;
}
