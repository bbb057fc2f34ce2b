// An argument the plugin does not know is an error that names it, in
// clang-19 and in corecc; exit status 1, no crash.
// RUN: not %clang19 -target bpf -g -fplugin=%plugin -fplugin-arg-corecc-bogus -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck --check-prefix=CLANG %s
// CLANG: error: corecc plugin: unknown argument 'bogus' (expected -mcore, -mno-core, -Wcore, -Wno-core, -Wcore-<check>, -Wno-core-<check>, -Werror=core[-<check>], -Wno-error=core[-<check>])
// CLANG-NOT: Stack dump
// RUN: not %corecc -c -fplugin-arg-corecc-bogus %s -o %t.o 2>&1 | FileCheck --check-prefix=CORECC %s
// RUN: not ls %t.o
// CORECC: error: corecc plugin: unknown argument 'bogus'
// CORECC-NOT: Stack dump
// "-Wcore-" with no check name is not a flag either.
// RUN: not %clang19 -target bpf -g -fplugin=%plugin -fplugin-arg-corecc-Wcore- -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck --check-prefix=EMPTY %s
// EMPTY: error: corecc plugin: unknown argument 'Wcore-'

// An unknown check name is only a warning (as Clang's -W<typo>), and -w
// silences it.
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fplugin-arg-corecc-Wno-core-typo -fsyntax-only %s 2>&1 \
// RUN:   | FileCheck --check-prefix=TYPO %s
// TYPO: warning: corecc plugin: unknown check 'typo' in a -Wcore-<check> flag (checks: empty-builtin, bitfield, sizeof, offsetof, copy, attribute, anonymous-root, unrelocatable)
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fplugin-arg-corecc-Wno-core-typo -fsyntax-only -w %s 2>&1 | count 0
int ok(int x) { return x; }
