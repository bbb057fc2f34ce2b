// The plugin loads by itself in corecc, and with -fplugin= in stock
// clang-19 for a whole compile (not only -fsyntax-only): the object is
// written and the check ran.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %corecc -c -mcore %s -o %t/corecc.o 2>&1 | FileCheck %s
// RUN: %readelf -h %t/corecc.o | FileCheck --check-prefix=OBJ %s
// RUN: %clang19 -target bpf -O2 -g -c -fplugin=%plugin %s -o %t/clang.o 2>&1 | FileCheck %s
// RUN: %readelf -h %t/clang.o | FileCheck --check-prefix=OBJ %s
// RUN: %clang19 -target bpf -O2 -g -c -fplugin=%plugin -fplugin-arg-corecc-mcore %s -o %t/clang-mcore.o 2>&1 | FileCheck %s
// Clang's older spelling: -Xclang -load, with the plugin added by name.
// RUN: %clang19 -target bpf -g -fsyntax-only -Xclang -load -Xclang %plugin -Xclang -add-plugin -Xclang corecc %s 2>&1 | FileCheck %s
// Without the plugin clang-19 says nothing.
// RUN: %clang19 -target bpf -O2 -g -c %s -o %t/plain.o 2>&1 | count 0
// CHECK: plugin-load.c:[[@LINE+5]]:10: warning: __builtin_preserve_access_index has no effect here
// CHECK-NOT: warning:
// OBJ: Machine: EM_BPF

int f(int x) {
  return __builtin_preserve_access_index(x);
}

// corecc finds the plugin next to itself (lib/ beside bin/), or where
// $CORECC_PLUGIN says.
// RUN: cp %plugin %t/moved-plugin.so
// RUN: env CORECC_PLUGIN=%t/moved-plugin.so %corecc -c -mcore %s -o /dev/null 2>&1 | FileCheck %s
