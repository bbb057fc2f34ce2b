// -emit-llvm: LLVM IR text with -S (name.ll), bitcode with -c (name.bc),
// for the bpfel/bpfeb triple. Debug metadata is kept with -g, -gbtf and
// -mcore (BTF is built from it) and stripped otherwise.
// RUN: rm -rf %t && mkdir -p %t && cd %t && cp %s ir.c
// RUN: %corecc -S -emit-llvm ir.c
// RUN: FileCheck --check-prefixes=IR,NODBG %s < ir.ll
// RUN: %corecc -c -emit-llvm ir.c
// RUN: %llvm-dis ir.bc -o - | FileCheck --check-prefixes=IR,NODBG %s
// RUN: od -An -c -N4 ir.bc | FileCheck --check-prefix=BC-MAGIC %s
// BC-MAGIC: B C 300 336
// RUN: %corecc -S -emit-llvm -g ir.c -o - | FileCheck --check-prefixes=IR,DBG %s
// RUN: %corecc -S -emit-llvm -gbtf ir.c -o - | FileCheck --check-prefixes=IR,DBG %s
// RUN: %corecc -S -emit-llvm -mcore ir.c -o - | FileCheck --check-prefixes=IR,DBG %s
// RUN: %corecc -c -emit-llvm -g ir.c -o - | %llvm-dis - -o - | FileCheck --check-prefixes=IR,DBG %s
// RUN: %corecc -S -emit-llvm -g -g0 ir.c -o - | FileCheck --check-prefixes=IR,NODBG %s
// RUN: %corecc -S -emit-llvm -mno-core ir.c -o - | FileCheck --check-prefixes=IR,NODBG %s

// IR: target datalayout = "e-
// IR: target triple = "bpfel"
// IR: define {{.*}}i32 @get(ptr
// NODBG-NOT: !dbg
// NODBG-NOT: !DICompileUnit
// DBG-SAME: !dbg
// DBG: !DICompileUnit(
// DBG: !DICompositeType(tag: DW_TAG_structure_type, name: "pair"
// DBG: !DIDerivedType(tag: DW_TAG_member, name: "second"

// Big-endian: the bpfeb triple.
// RUN: %corecc -S -emit-llvm -mbig-endian ir.c -o - | FileCheck --check-prefix=EB %s
// EB: target triple = "bpfeb"

// -O levels apply to the IR too: -O0 keeps the allocas.
// RUN: %corecc -S -emit-llvm -O0 ir.c -o - | FileCheck --check-prefix=O0 %s
// RUN: %corecc -S -emit-llvm -O2 ir.c -o - | FileCheck --check-prefix=O2 %s
// O0: alloca
// O2-NOT: alloca

struct pair {
  int first;
  int second;
};

int get(struct pair *p) { return p->second; }
