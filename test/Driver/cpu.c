// -mcpu=v1|v2|v3|v4 selects the instructions; the default is v3.
//   v2: unsigned "<" jumps (v1 has only ">" and swaps the operands)
//   v3: 32-bit ALU (w registers)
//   v4: sign-extending loads
// RUN: %corecc -S -O2 -mcpu=v1 %s -o - | FileCheck --check-prefixes=CHECK,V1 %s
// RUN: %corecc -S -O2 -mcpu=v2 %s -o - | FileCheck --check-prefixes=CHECK,V2 %s
// RUN: %corecc -S -O2 -mcpu=v3 %s -o - | FileCheck --check-prefixes=CHECK,V3 %s
// RUN: %corecc -S -O2 -mcpu=v4 %s -o - | FileCheck --check-prefixes=CHECK,V4 %s
// RUN: %corecc -S -O2 %s -o - | FileCheck --check-prefixes=CHECK,V3 %s
// generic and probe are v3 here; the last -mcpu wins.
// RUN: %corecc -S -O2 -mcpu=generic %s -o - | FileCheck --check-prefixes=CHECK,V3 %s
// RUN: %corecc -S -O2 -mcpu=probe %s -o - | FileCheck --check-prefixes=CHECK,V3 %s
// RUN: %corecc -S -O2 -mcpu=v1 -mcpu=v4 %s -o - | FileCheck --check-prefixes=CHECK,V4 %s
// The front end sees the same cpu: __BPF_CPU_VERSION__ and the feature
// macros (clang-19 itself defaults to v1, and takes generic as v1).
// RUN: %corecc -E -dM %s | FileCheck --check-prefix=MACRO-V3 %s
// RUN: %corecc -E -dM -mcpu=generic %s | FileCheck --check-prefix=MACRO-V3 %s
// RUN: %corecc -E -dM -mcpu=probe %s | FileCheck --check-prefix=MACRO-V3 %s
// RUN: %corecc -E -dM -mcpu=v1 %s | FileCheck --check-prefix=MACRO-V1 %s
// RUN: %corecc -E -dM -mcpu=v4 %s | FileCheck --check-prefix=MACRO-V4 %s
// MACRO-V3: #define __BPF_CPU_VERSION__ 3
// MACRO-V3: #define __BPF_FEATURE_ALU32 1
// MACRO-V3-NOT: __BPF_FEATURE_LDSX
// MACRO-V1: #define __BPF_CPU_VERSION__ 1
// MACRO-V1-NOT: __BPF_FEATURE_ALU32
// MACRO-V4: #define __BPF_CPU_VERSION__ 4
// MACRO-V4: #define __BPF_FEATURE_LDSX 1
// The same in objects, through llvm-objdump.
// RUN: %corecc -c -O2 -mcpu=v4 %s -o %t.v4.o
// RUN: %objdump -d %t.v4.o | FileCheck --check-prefix=OBJ-V4 %s
// OBJ-V4: w0 += w1
// OBJ-V4: r0 = *(s8 *)(r1 + 0x0)

// CHECK-LABEL: add32:
// V1-NOT: w0
// V1: r0 += r1
// V2-NOT: w0
// V2: r0 += r1
// V3: w0 += w1
// V4: w0 += w1
int add32(int a, int b) { return a + b; }

// CHECK-LABEL: below:
// V1-NOT: <
// V1: if r2 > r1 goto
// V2: if r1 < r2 goto
// V3: if r1 < r2 goto
// V4: if r1 < r2 goto
int below(unsigned long a, unsigned long b) {
  if (a < b)
    return 1;
  return 2;
}

// CHECK-LABEL: sext:
// V1: r0 = *(u8 *)(r1 + 0)
// V1: s>>= 56
// V3: r0 = *(u8 *)(r1 + 0)
// V3: s>>= 56
// V4-NOT: u8
// V4: r0 = *(s8 *)(r1 + 0)
// V4-NEXT: exit
long sext(signed char *p) { return *p; }

// An unknown cpu is an error that names it.
// RUN: not %corecc -S -mcpu=v9 %s -o /dev/null 2>&1 | FileCheck --check-prefix=BAD %s
// RUN: not %corecc -S -mcpu= %s -o /dev/null 2>&1 | FileCheck --check-prefix=EMPTY %s
// BAD: corecc: error: unknown BPF cpu 'v9' in '-mcpu=v9' (expected v1, v2, v3, v4, generic or probe)
// EMPTY: corecc: error: unknown BPF cpu '' in '-mcpu='
