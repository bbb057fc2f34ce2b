// -mcore, -mno-core and their GCC spellings -mco-re, -mno-co-re reach the
// corecc plugin. Its empty-builtin check runs only with CO-RE on, so the
// warning shows the mode the plugin received:
//   CO-RE on:  -mcore, -mco-re, -g, -gbtf (debug information implies CO-RE)
//   CO-RE off: no flag, -mno-core, -mno-co-re; -mno-core wins over -g;
//              the last of -mcore/-mno-core wins.
// RUN: %corecc -c -mcore %s -o /dev/null 2>&1 | FileCheck --check-prefix=ON %s
// RUN: %corecc -c -mco-re %s -o /dev/null 2>&1 | FileCheck --check-prefix=ON %s
// RUN: %corecc -c -g %s -o /dev/null 2>&1 | FileCheck --check-prefix=ON %s
// RUN: %corecc -c -gbtf %s -o /dev/null 2>&1 | FileCheck --check-prefix=ON %s
// RUN: %corecc -c -mno-core -mcore %s -o /dev/null 2>&1 | FileCheck --check-prefix=ON %s
// RUN: %corecc -c -g -mno-core -mco-re %s -o /dev/null 2>&1 | FileCheck --check-prefix=ON %s
// -fplugin-arg-corecc-mcore is the plugin's spelling of -mcore; corecc
// takes it as -mcore.
// RUN: %corecc -c -fplugin-arg-corecc-mcore %s -o /dev/null 2>&1 | FileCheck --check-prefix=ON %s
// RUN: %corecc -c -g -fplugin-arg-corecc-mno-core %s -o /dev/null 2>&1 | FileCheck --allow-empty --check-prefix=OFF %s

// RUN: %corecc -c %s -o /dev/null 2>&1 | FileCheck --allow-empty --check-prefix=OFF %s
// RUN: %corecc -c -mno-core %s -o /dev/null 2>&1 | FileCheck --allow-empty --check-prefix=OFF %s
// RUN: %corecc -c -mno-co-re %s -o /dev/null 2>&1 | FileCheck --allow-empty --check-prefix=OFF %s
// RUN: %corecc -c -g -mno-core %s -o /dev/null 2>&1 | FileCheck --allow-empty --check-prefix=OFF %s
// RUN: %corecc -c -mno-core -g %s -o /dev/null 2>&1 | FileCheck --allow-empty --check-prefix=OFF %s
// RUN: %corecc -c -gbtf -mno-co-re %s -o /dev/null 2>&1 | FileCheck --allow-empty --check-prefix=OFF %s
// RUN: %corecc -c -mcore -mno-core %s -o /dev/null 2>&1 | FileCheck --allow-empty --check-prefix=OFF %s
// -g0 after -g turns the implied CO-RE off again.
// RUN: %corecc -c -g -g0 %s -o /dev/null 2>&1 | FileCheck --allow-empty --check-prefix=OFF %s

// ON: core-flags.c:[[@LINE+3]]:10: warning: __builtin_preserve_access_index has no effect here: {{.*}} [-Wcore-empty-builtin]
// OFF-NOT: warning
int f(int x) {
  return __builtin_preserve_access_index(x);
}
