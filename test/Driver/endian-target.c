// Byte order: -mlittle-endian (default), -mbig-endian, and the triples
// --target=bpf (little), bpfel, bpfeb; -target takes a separate value too.
// The last option wins.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %corecc -c %s -o %t/default.o
// RUN: %readelf -h %t/default.o | FileCheck --check-prefix=LE %s
// RUN: %corecc -c -mlittle-endian %s -o %t/le.o
// RUN: %readelf -h %t/le.o | FileCheck --check-prefix=LE %s
// RUN: %corecc -c -mbig-endian %s -o %t/be.o
// RUN: %readelf -h %t/be.o | FileCheck --check-prefix=BE %s
// RUN: %corecc -c --target=bpf %s -o %t/bpf.o
// RUN: %readelf -h %t/bpf.o | FileCheck --check-prefix=LE %s
// RUN: %corecc -c --target=bpfel %s -o %t/bpfel.o
// RUN: %readelf -h %t/bpfel.o | FileCheck --check-prefix=LE %s
// RUN: %corecc -c --target=bpfeb %s -o %t/bpfeb.o
// RUN: %readelf -h %t/bpfeb.o | FileCheck --check-prefix=BE %s
// RUN: %corecc -c -target bpfeb %s -o %t/target-sep.o
// RUN: %readelf -h %t/target-sep.o | FileCheck --check-prefix=BE %s
// RUN: %corecc -c --target=bpfeb-unknown-none %s -o %t/full-triple.o
// RUN: %readelf -h %t/full-triple.o | FileCheck --check-prefix=BE %s
// RUN: %corecc -c -mbig-endian -mlittle-endian %s -o %t/last-le.o
// RUN: %readelf -h %t/last-le.o | FileCheck --check-prefix=LE %s
// RUN: %corecc -c --target=bpfeb -mlittle-endian %s -o %t/last-le2.o
// RUN: %readelf -h %t/last-le2.o | FileCheck --check-prefix=LE %s
// RUN: %corecc -c -mlittle-endian --target=bpfeb %s -o %t/last-be.o
// RUN: %readelf -h %t/last-be.o | FileCheck --check-prefix=BE %s
// GCC's short forms -EB and -EL.
// RUN: %corecc -c -EB %s -o %t/eb.o
// RUN: %readelf -h %t/eb.o | FileCheck --check-prefix=BE %s
// RUN: %corecc -c -EB -EL %s -o %t/el.o
// RUN: %readelf -h %t/el.o | FileCheck --check-prefix=LE %s
// LE: Data: 2's complement, little endian
// LE: Machine: EM_BPF
// BE: Data: 2's complement, big endian
// BE: Machine: EM_BPF

// The byte order is also the one the code sees.
// RUN: %corecc -E -dM -mbig-endian %s | FileCheck --check-prefix=BE-MACRO %s
// RUN: %corecc -E -dM %s | FileCheck --check-prefix=LE-MACRO %s
// BE-MACRO: #define __BIG_ENDIAN__ 1
// LE-MACRO: #define __LITTLE_ENDIAN__ 1
// And the module's triple.
// RUN: %corecc -S -emit-llvm -mbig-endian %s -o - | FileCheck --check-prefix=BE-IR %s
// BE-IR: target datalayout = "E-
// BE-IR: target triple = "bpfeb"

// Any other target is an error that names it.
// RUN: not %corecc -c -target x86_64 %s -o %t/x.o 2>&1 | FileCheck --check-prefix=X86 %s
// RUN: not %corecc -c --target=x86_64-linux-gnu %s -o %t/x.o 2>&1 | FileCheck --check-prefix=X86-TRIPLE %s
// RUN: not ls %t/x.o
// X86: corecc: error: unsupported target 'x86_64': corecc compiles for bpf, bpfel and bpfeb
// X86-TRIPLE: corecc: error: unsupported target 'x86_64-linux-gnu': corecc compiles for bpf, bpfel and bpfeb
// RUN: not %corecc -c --target= %s -o %t/x.o 2>&1 | FileCheck --check-prefix=EMPTY %s
// EMPTY: corecc: error: missing target in '--target=' (expected bpf, bpfel or bpfeb)
// RUN: not %corecc -c %s -o %t/x.o -target 2>&1 | FileCheck --check-prefix=NOVALUE %s
// NOVALUE: corecc: error: argument to '-target' is missing

int value = 1;
