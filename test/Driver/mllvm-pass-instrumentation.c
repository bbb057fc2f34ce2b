// LLVM's pass instrumentation works on corecc's IR pipeline, as on clang's:
// -mllvm -print-after=<pass>, -print-changed and -opt-bisect-limit (which
// is how one finds the pass behind a change in the generated code).
//
// RUN: %corecc -O2 -S -emit-llvm %s -o /dev/null -mllvm -print-after=instcombine -mllvm -filter-print-funcs=add 2>&1 | FileCheck --check-prefix=PRINT %s
// RUN: %corecc -O2 -S -emit-llvm %s -o - -mllvm -opt-bisect-limit=0 2>%t.err | FileCheck --check-prefix=IR %s
// RUN: FileCheck --check-prefix=BISECT %s < %t.err

int add(int a, int b) {
  int x = a;
  return x + b;
}

// PRINT: IR Dump After InstCombinePass on add
// PRINT: add nsw i32

// With no pass allowed to run, the local variable stays in memory.
// IR-LABEL: define {{.*}} @add(
// IR: alloca i32
// BISECT: BISECT: NOT running pass (1)
