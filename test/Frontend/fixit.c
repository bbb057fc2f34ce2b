// The empty-builtin check offers a fix-it: the call becomes its argument,
// in parentheses. Checked in machine-readable form, in clang-19 and corecc,
// and applied with -fixit to a copy.
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %corecc -mcore -fsyntax-only -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// The caret line shows the replacement too.
// RUN: %corecc -mcore -fsyntax-only %s 2>&1 | FileCheck --check-prefix=CARET %s

int f(int x, int y) {
  // CHECK: fixit.c:[[@LINE+3]]:10: warning: __builtin_preserve_access_index has no effect here
  // CHECK: fix-it:"{{.*}}fixit.c":{[[@LINE+2]]:10-[[@LINE+2]]:48}:"(x + y)"
  // CARET: | (x + y){{$}}
  return __builtin_preserve_access_index(x + y);
}

// The fixed copy (these comments included):
// RUN: cp %s %t.c
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -Xclang -fixit %t.c 2>/dev/null
// RUN: FileCheck --check-prefix=FIXED %s < %t.c
// FIXED: {{^}} return (x + y);
// FIXED-NOT: {{^}} return __builtin
