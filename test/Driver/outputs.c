// What to produce (-c, -S, -E), where it goes (-o, -o -), and the default
// output names for one and for several inputs, as GCC and Clang name them.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: cp %s one.c && cp %S/Inputs/two.c two.c

// -c: an ELF object for BPF, default name one.o.
// RUN: %corecc -c one.c
// RUN: %readelf -h one.o | FileCheck --check-prefix=OBJ %s
// OBJ: Class: ELF64
// OBJ: Type: REL (Relocatable file)
// OBJ: Machine: EM_BPF

// -S: BPF assembly, default name one.s.
// RUN: %corecc -S one.c
// RUN: FileCheck --check-prefix=ASM %s < one.s
// ASM: .globl one
// ASM: one:
// ASM: exit

// -E: preprocessed C on standard output, no file written.
// RUN: %corecc -E one.c | FileCheck --check-prefix=PP %s
// RUN: not ls one.i
// PP: # 1 "one.c"
// PP: int one(void) { return 42; }

// -o names the output, whatever it produces.
// RUN: %corecc -c one.c -o named.o && %readelf -h named.o | FileCheck --check-prefix=OBJ %s
// RUN: %corecc -S one.c -o named.s && FileCheck --check-prefix=ASM %s < named.s
// RUN: %corecc -E one.c -o named.i && FileCheck --check-prefix=PP %s < named.i
// Joined form -ofile.
// RUN: %corecc -c one.c -ojoined.o && %readelf -h joined.o | FileCheck --check-prefix=OBJ %s

// -o - writes to standard output, also an object into a pipe.
// RUN: %corecc -S one.c -o - | FileCheck --check-prefix=ASM %s
// RUN: %corecc -c one.c -o - | cat > piped.o
// RUN: %readelf -h piped.o | FileCheck --check-prefix=OBJ %s
// RUN: cmp piped.o one.o

// Several inputs: one output each, named after each input.
// RUN: rm -f one.o two.o one.s two.s
// RUN: %corecc -c one.c two.c
// RUN: %readelf -s one.o | FileCheck --check-prefix=SYM-ONE %s
// RUN: %readelf -s two.o | FileCheck --check-prefix=SYM-TWO %s
// RUN: %corecc -S one.c two.c
// RUN: FileCheck --check-prefix=ASM %s < one.s
// RUN: FileCheck --check-prefix=SYM-TWO %s < two.s
// SYM-ONE: one
// SYM-TWO: two
// -E with several inputs: all on standard output, in order.
// RUN: %corecc -E one.c two.c | FileCheck --check-prefix=PP-TWO %s
// PP-TWO: int one(void)
// PP-TWO: int two(void)

// The output goes next to the working directory, not next to the input.
// RUN: mkdir -p sub && cp one.c sub/three.c && %corecc -c sub/three.c
// RUN: ls three.o && not ls sub/three.o

// -o with several inputs is an error (GCC: "cannot specify -o with -c, -S
// or -E with multiple files"), and nothing is written.
// RUN: not %corecc -c one.c two.c -o both.o 2>&1 | FileCheck --check-prefix=MULTI-O %s
// RUN: not %corecc -S one.c two.c -o both.s 2>&1 | FileCheck --check-prefix=MULTI-O %s
// RUN: not %corecc -E one.c two.c -o both.i 2>&1 | FileCheck --check-prefix=MULTI-O %s
// RUN: not ls both.o both.s both.i
// MULTI-O: corecc: error: cannot specify -o when generating multiple output files

// When -c and -S are both given, the earlier stage wins (as in GCC/Clang).
// RUN: %corecc -c -S one.c -o both-flags.s && FileCheck --check-prefix=ASM %s < both-flags.s

int one(void) { return 42; }
