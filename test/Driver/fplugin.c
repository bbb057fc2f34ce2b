// -fplugin=: corecc loads its own plugin by itself; -fplugin= loads more.
// Loading corecc's plugin again, by the same path, by another path to the
// same file, or as a copy of the file, must not run its checks twice.
// RUN: rm -rf %t && mkdir -p %t
// RUN: cp %plugin %t/copy-of-plugin.so
// RUN: %corecc -c -mcore %s -o /dev/null 2>&1 | FileCheck %s
// RUN: %corecc -c -mcore -fplugin=%plugin %s -o /dev/null 2>&1 | FileCheck %s
// A copy is a second library with the same global variables: in the
// sanitizer build, AddressSanitizer calls that an ODR violation, and here it
// is what the test wants.
// RUN: cd %t && env ASAN_OPTIONS=detect_odr_violation=0 %corecc -c -mcore -fplugin=./copy-of-plugin.so %s -o /dev/null 2>&1 | FileCheck %s
// RUN: env ASAN_OPTIONS=detect_odr_violation=0 %corecc -c -mcore -fplugin=%t/copy-of-plugin.so -fplugin=%t/copy-of-plugin.so %s -o /dev/null 2>&1 | FileCheck %s

// The plugin's arguments, with Clang's spelling, reach it from corecc too.
// RUN: %corecc -c -mcore -fplugin-arg-corecc-Wno-core %s -o /dev/null 2>&1 | count 0

int f(int x) {
  // CHECK: fplugin.c:[[@LINE+3]]:10: warning: __builtin_preserve_access_index has no effect here
  // CHECK-NOT: warning: __builtin_preserve_access_index
  // CHECK: 1 warning generated.
  return __builtin_preserve_access_index(x);
}

// A plugin that cannot be loaded is an error naming it.
// RUN: not %corecc -c -fplugin=%t/no-such-plugin.so %s -o /dev/null 2>&1 | FileCheck --check-prefix=MISSING %s
// MISSING: error: unable to load plugin '{{.*}}no-such-plugin.so'

// Without its plugin (here: $CORECC_PLUGIN names a missing file) corecc
// still compiles and says that the CO-RE checks are off.
// RUN: env CORECC_PLUGIN=%t/no-such-plugin.so %corecc -c -mcore %s -o %t/noplugin.o 2>&1 | FileCheck --check-prefix=NOPLUGIN %s
// RUN: %readelf -h %t/noplugin.o | FileCheck --check-prefix=OBJ %s
// NOPLUGIN: corecc: warning: corecc plugin not found at '{{.*}}no-such-plugin.so'; CO-RE source checks are disabled
// NOPLUGIN-NOT: __builtin_preserve_access_index
// OBJ: Machine: EM_BPF
