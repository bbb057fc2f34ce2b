// -O0..-O3, -Os, -Oz: -O0 keeps every value in its stack slot, the others
// keep it in registers. The default is -O0, as in GCC and Clang.
// RUN: %corecc -S -O0 %s -o - | FileCheck --check-prefix=O0 %s
// RUN: %corecc -S %s -o - | FileCheck --check-prefix=O0 %s
// RUN: %corecc -S -O1 %s -o - | FileCheck --check-prefix=OPT %s
// RUN: %corecc -S -O2 %s -o - | FileCheck --check-prefix=OPT %s
// RUN: %corecc -S -O3 %s -o - | FileCheck --check-prefix=OPT %s
// RUN: %corecc -S -Os %s -o - | FileCheck --check-prefix=OPT %s
// RUN: %corecc -S -Oz %s -o - | FileCheck --check-prefix=OPT %s
// -O is -O1; the last -O wins.
// RUN: %corecc -S -O %s -o - | FileCheck --check-prefix=OPT %s
// RUN: %corecc -S -O2 -O0 %s -o - | FileCheck --check-prefix=O0 %s
// RUN: %corecc -S -O0 -O2 %s -o - | FileCheck --check-prefix=OPT %s

// O0-LABEL: add:
// O0: *(u32 *)(r10 - 4) = w1
// O0: w0 = *(u32 *)(r10 - 4)
// O0: exit

// OPT-LABEL: add:
// OPT-NOT: r10
// OPT: w0 += w1
// OPT-NOT: r10
// OPT: exit

// -O2 inlines and folds; -O0 keeps the call.
// O0-LABEL: twice:
// O0: call add
// OPT-LABEL: twice:
// OPT-NOT: call
// OPT: exit

// An unsupported level is clamped with Clang's warning; a malformed one is
// an error.
// RUN: %corecc -S -O9 %s -o - 2>&1 | FileCheck --check-prefix=O9 %s
// O9: warning: optimization level '-O9' is not supported; using '-O3' instead
// RUN: not %corecc -S -Ofoo %s -o /dev/null 2>&1 | FileCheck --check-prefix=OFOO %s
// OFOO: error: invalid integral value 'foo' in '-Ofoo'

int add(int a, int b) { return a + b; }
int twice(int a) { return add(a, a); }
