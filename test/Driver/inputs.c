// Inputs: .c, .i (preprocessed C), .ll (LLVM IR) and .bc (bitcode), each
// produced by corecc itself, then compiled on.
// RUN: rm -rf %t && mkdir -p %t && cd %t && cp %s in.c
// RUN: %corecc -E in.c -o in.i
// RUN: %corecc -S -emit-llvm -O2 in.c -o in.ll
// RUN: %corecc -c -emit-llvm -O2 in.c -o in.bc

// Each of them gives an object that defines the function.
// RUN: %corecc -c in.i && %objdump -d in.o | FileCheck --check-prefix=OBJ %s
// RUN: %corecc -c in.ll && %objdump -d in.o | FileCheck --check-prefix=OBJ %s
// RUN: %corecc -c in.bc && %objdump -d in.o | FileCheck --check-prefix=OBJ %s
// RUN: %corecc -S in.ll -o - | FileCheck --check-prefix=ASM %s
// RUN: %corecc -S in.bc -o - | FileCheck --check-prefix=ASM %s
// OBJ: <scaled>:
// OBJ: exit
// ASM: scaled:
// ASM: exit

// .i is not preprocessed again: a macro defined on the command line does
// not reach it.
// RUN: %corecc -S -DFACTOR=5 in.i -o - | FileCheck --check-prefix=FACTOR3 %s
// RUN: %corecc -S -DFACTOR=5 in.c -o - | FileCheck --check-prefix=FACTOR5 %s
// FACTOR3: w0 *= 3
// FACTOR5: w0 *= 5

// IR inputs: -mcpu and -O apply when compiling them. in.ll was made at
// -O2 for v3; -mcpu=v1 has no 32-bit ALU.
// RUN: %corecc -S -mcpu=v1 in.ll -o - | FileCheck --check-prefix=V1 %s
// V1-NOT: w0
// V1: r0 *= 3
// IR at -O0 is optimized when compiled with -O2.
// RUN: %corecc -S -emit-llvm -O0 -Xclang -disable-O0-optnone in.c -o in-O0.ll
// RUN: %corecc -S -O0 in-O0.ll -o - | FileCheck --check-prefix=STACK %s
// RUN: %corecc -S -O2 in-O0.ll -o - | FileCheck --check-prefix=NOSTACK %s
// STACK: r10
// NOSTACK-NOT: r10

// Several kinds of inputs in one command.
// RUN: rm -f in.o in.s
// RUN: cp in.ll other.ll && %corecc -c in.i other.ll && ls in.o other.o

// An IR input with a syntax error: a diagnostic with file:line:col.
// RUN: echo 'define i32 @f() { ret i32 bogus }' > broken.ll
// RUN: not %corecc -c broken.ll -o broken.o 2>&1 | FileCheck --check-prefix=BROKEN-LL %s
// RUN: not ls broken.o
// BROKEN-LL: broken.ll:1:27: error: expected value token
// A file that is not bitcode but claims to be.
// RUN: echo 'not bitcode' > broken.bc
// RUN: not %corecc -c broken.bc -o broken.o 2>&1 | FileCheck --check-prefix=BROKEN-BC %s
// BROKEN-BC: broken.bc:1:1: error:
// BROKEN-BC-NOT: Stack dump

#ifndef FACTOR
#define FACTOR 3
#endif
int scaled(int x) { return x * FACTOR; }

// Standard input, with -x to say what it is.
// RUN: cat in.c | %corecc -x c -c - -o stdin.o
// RUN: %objdump -d stdin.o | FileCheck --check-prefix=OBJ %s
// RUN: cat in.ll | %corecc -x ir -S - -o - | FileCheck --check-prefix=ASM %s
