// IR that corecc wrote (-S -emit-llvm) and compiles again keeps its
// relocations: the relocation values (llvm.bpf.passthrough calls naming a
// relocation global) are not mistaken for the front end's passthroughs, and
// the code and records are those of the direct compile.
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -I%S/Inputs -S -emit-llvm %s -o %t.ll
// RUN: %corecc -O2 -g -c %t.ll -o %t.rt.o
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o %t.o
// RUN: %objdump -dr --no-show-raw-insn %t.o | tail -n +3 > %t.direct.txt
// RUN: %objdump -dr --no-show-raw-insn %t.rt.o | tail -n +3 > %t.rt.txt
// RUN: diff %t.direct.txt %t.rt.txt
// RUN: FileCheck %s < %t.rt.txt
#include "bpf-min.h"

struct s {
  int a;
  long long c;
  struct s *next;
} __attribute__((preserve_access_index));

// CHECK-LABEL: <chain>:
// CHECK-NEXT: r{{[0-9]}} = *(u64 *)(r1 + 0x10)
// CHECK-NEXT: CO-RE <byte_off> [[[#S:]]] struct s::next (0:2)
// CHECK-NEXT: = *(u64 *)(r{{[0-9]}} + 0x8)
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::c (0:1)
long chain(struct s *p) { return p->next->c; }

// CHECK-LABEL: <size>:
// CHECK-NEXT: = 0x18
// CHECK-NEXT: CO-RE <type_size> [[[#S]]] struct s{{$}}
unsigned long size(void) { return bpf_core_type_size(struct s); }
