// -std= selects the C dialect. In C89, "inline" is not a keyword and a
// declaration in a for-loop or a // comment is an extension; gnu11 and c99
// accept them all.
// RUN: not %corecc -c -std=c89 %s -o /dev/null 2>&1 | FileCheck --check-prefix=C89 %s
// RUN: not %corecc -c -std=c89 -pedantic-errors -DNO_INLINE %s -o /dev/null 2>&1 \
// RUN:   | FileCheck --check-prefix=C89-PEDANTIC %s
// RUN: %corecc -c -std=gnu11 -pedantic-errors %s -o /dev/null 2>&1 | count 0
// RUN: %corecc -c -std=c99 -pedantic-errors %s -o /dev/null 2>&1 | count 0
// RUN: %corecc -c %s -o /dev/null 2>&1 | count 0
// The standard shows in __STDC_VERSION__; the default is gnu17.
// RUN: %corecc -E -dM -std=c99 %s | FileCheck --check-prefix=V99 %s
// RUN: %corecc -E -dM -std=gnu11 %s | FileCheck --check-prefix=V11 %s
// RUN: %corecc -E -dM %s | FileCheck --check-prefix=V17 %s
// V99: #define __STDC_VERSION__ 199901L
// V11: #define __STDC_VERSION__ 201112L
// V17: #define __STDC_VERSION__ 201710L
// An unknown standard is an error naming it.
// RUN: not %corecc -c -std=c42 %s -o /dev/null 2>&1 | FileCheck --check-prefix=BAD %s
// BAD: error: invalid value 'c42' in '-std=c42'

// C89: std.c:[[@LINE+5]]:8: error: unknown type name 'inline'
// Clang reports the first // comment only: this file's first line.
// C89-PEDANTIC: std.c:1:1: error: // comments are not allowed in this language
// C89-PEDANTIC: std.c:[[@LINE+7]]:8: error: variable declaration in for loop is a C99-specific feature
#ifndef NO_INLINE
static inline int one(void) { return 1; }
#endif

int sum(int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
  // a line comment
    s += i;
  return s;
}
