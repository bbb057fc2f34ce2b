// -fsyntax-only: parse and check (the plugin's checks too), write nothing.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %corecc -fsyntax-only -mcore %s 2>&1 | FileCheck %s
// RUN: %corecc -c -fsyntax-only -mcore %s 2>&1 | FileCheck %s
// RUN: ls | count 0
// CHECK: syntax-only.c:[[@LINE+3]]:10: warning: __builtin_preserve_access_index has no effect here
// CHECK: 1 warning generated.
int f(int x) {
  return __builtin_preserve_access_index(x);
}
