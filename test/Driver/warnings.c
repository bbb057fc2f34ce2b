// -W<warning>, -Wno-<warning>, -Werror, -Werror=<warning>, -w: Clang's
// warnings and the corecc plugin's CO-RE checks (-Wcore...) follow them
// alike, except that plain -Werror leaves the CO-RE checks warnings. The
// expected diagnostics are next to the code, below.
// RUN: %corecc -c -mcore %s -o /dev/null 2>&1 | FileCheck --check-prefixes=DEFAULT,TWO %s
// RUN: %corecc -c -mcore -Wall %s -o /dev/null 2>&1 | FileCheck --check-prefixes=DEFAULT,WALL %s
// RUN: %corecc -c -mcore -Wunused-variable %s -o /dev/null 2>&1 | FileCheck --check-prefixes=DEFAULT,WALL %s

// -w: no warning at all, from Clang or the plugin, and success.
// RUN: %corecc -c -mcore -Wall -w %s -o %t.o 2>&1 | count 0
// RUN: %readelf -h %t.o | FileCheck --check-prefix=OBJ %s
// OBJ: Machine: EM_BPF

// -Werror: every warning of Clang's is an error; the plugin's CO-RE checks
// stay warnings (like Clang's warnings that -Werror leaves alone), so that a
// build clang-19 accepts with -Wall -Werror builds with corecc too. Only
// -Werror=core[-<check>] makes them errors.
// RUN: rm -f %t.o
// RUN: not %corecc -c -mcore -Werror %s -o %t.o 2>&1 | FileCheck --check-prefix=WERROR %s
// RUN: not ls %t.o
// RUN: %corecc -c -mcore -Werror -Wno-parentheses %s -o %t.o 2>&1 | FileCheck --check-prefix=WERROR-ONLY-CORE %s
// RUN: ls %t.o
// WERROR-ONLY-CORE: warning: __builtin_preserve_access_index has no effect here{{.*}} [-Wcore-empty-builtin]
// WERROR-ONLY-CORE: 1 warning generated.

// -Werror with exceptions: -Wno-error=<warning> for Clang's,
// -Wno-error=core / -Wno-error=core-<check> for the plugin's.
// RUN: %corecc -c -mcore -Werror -Wno-error=core -Wno-error=parentheses %s -o /dev/null 2>&1 \
// RUN:   | FileCheck --check-prefixes=DEFAULT,TWO %s
// RUN: %corecc -c -mcore -Werror -Wno-error=core-empty-builtin -Wno-error=parentheses %s -o /dev/null 2>&1 \
// RUN:   | FileCheck --check-prefixes=DEFAULT,TWO %s

// -Werror=<one>: only that one is an error.
// RUN: not %corecc -c -mcore -Werror=core-empty-builtin %s -o /dev/null 2>&1 \
// RUN:   | FileCheck --check-prefix=WERROR-CORE %s
// RUN: not %corecc -c -mcore -Werror=core %s -o /dev/null 2>&1 \
// RUN:   | FileCheck --check-prefix=WERROR-CORE %s
// RUN: not %corecc -c -mcore -Werror=parentheses %s -o /dev/null 2>&1 \
// RUN:   | FileCheck --check-prefix=WERROR-PAREN %s

// -Wno-<warning> and -Wno-core[-<check>] turn warnings off.
// RUN: %corecc -c -mcore -Wno-core -Wno-parentheses %s -o /dev/null 2>&1 | count 0
// RUN: %corecc -c -mcore -Wno-core-empty-builtin -Wno-parentheses %s -o /dev/null 2>&1 | count 0
// -Wcore-<check> after -Wno-core turns one check back on; a check's own
// flag wins over the group's in any order.
// RUN: %corecc -c -mcore -Wno-core -Wcore-empty-builtin -Wno-parentheses %s -o /dev/null 2>&1 \
// RUN:   | FileCheck --check-prefix=ONLY-CORE %s
// RUN: %corecc -c -mcore -Wcore-empty-builtin -Wno-core -Wno-parentheses %s -o /dev/null 2>&1 \
// RUN:   | FileCheck --check-prefix=ONLY-CORE %s

// Unknown warning options: Clang's and the plugin's both warn.
// RUN: %corecc -c -mcore -Wbogus -Wcore-bogus %s -o /dev/null 2>&1 | FileCheck --check-prefix=UNKNOWN %s
// UNKNOWN-DAG: warning: unknown warning option '-Wbogus'
// UNKNOWN-DAG: warning: corecc plugin: unknown check 'bogus' in a -Wcore-<check> flag (checks: empty-builtin, bitfield, sizeof, offsetof, copy, attribute, anonymous-root, unrelocatable)

// The plugin checks the whole translation unit after Clang has parsed it:
// its diagnostics come after Clang's.
int g(int x) {
  // DEFAULT: warnings.c:[[@LINE+5]]:9: warning: using the result of an assignment as a condition without parentheses [-Wparentheses]
  // WERROR: warnings.c:[[@LINE+4]]:9: error: using the result of an assignment as a condition without parentheses [-Werror,-Wparentheses]
  // WERROR-CORE: warnings.c:[[@LINE+3]]:9: warning: using the result
  // WERROR-PAREN: warnings.c:[[@LINE+2]]:9: error: using the result
  // ONLY-CORE-NOT: using the result
  if (x = 2)
    return 1;
  return 0;
}

int f(int x) {
  // WALL: warnings.c:[[@LINE+1]]:7: warning: unused variable 'unused' [-Wunused-variable]
  int unused;
  // DEFAULT: warnings.c:[[@LINE+4]]:10: warning: __builtin_preserve_access_index has no effect here{{.*}} [-Wcore-empty-builtin]
  // WERROR: warnings.c:[[@LINE+3]]:10: warning: __builtin_preserve_access_index has no effect here{{.*}} [-Wcore-empty-builtin]
  // WERROR-CORE: warnings.c:[[@LINE+2]]:10: error: __builtin_preserve_access_index{{.*}} [-Werror,-Wcore-empty-builtin]
  // WERROR-PAREN: warnings.c:[[@LINE+1]]:10: warning: __builtin_preserve_access_index
  return __builtin_preserve_access_index(x);
}

// The summary line comes last.
// TWO: 2 warnings generated.
// WALL: 3 warnings generated.
// WERROR: 1 warning and 1 error generated.
// WERROR-CORE: 1 warning and 1 error generated.
// WERROR-PAREN: 1 warning and 1 error generated.
// ONLY-CORE: 1 warning generated.
