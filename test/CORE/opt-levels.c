// Relocations survive every optimization level: at -O0 through -O3 and -Os
// the object has the same CO-RE relocations (kind, root, access string),
// each on an instruction libbpf can patch, whatever the optimizer did with
// the offsets (kept in registers, hoisted out of loops, shared by blocks).
// REQUIRES: libbpf
// RUN: %corecc -O0 -g -I%S/Inputs -c %s -o %t.O0.o
// RUN: %corecc -O1 -g -I%S/Inputs -c %s -o %t.O1.o
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o %t.O2.o
// RUN: %corecc -O3 -g -I%S/Inputs -c %s -o %t.O3.o
// RUN: %corecc -Os -g -I%S/Inputs -c %s -o %t.Os.o
// RUN: %corecc-btf ext %t.O0.o | grep CO-RE | sed 's/insn_off=[0-9]* //' | sort -u > %t.O0.txt
// RUN: %corecc-btf ext %t.O1.o | grep CO-RE | sed 's/insn_off=[0-9]* //' | sort -u > %t.O1.txt
// RUN: %corecc-btf ext %t.O2.o | grep CO-RE | sed 's/insn_off=[0-9]* //' | sort -u > %t.O2.txt
// RUN: %corecc-btf ext %t.O3.o | grep CO-RE | sed 's/insn_off=[0-9]* //' | sort -u > %t.O3.txt
// RUN: %corecc-btf ext %t.Os.o | grep CO-RE | sed 's/insn_off=[0-9]* //' | sort -u > %t.Os.txt
// RUN: FileCheck %s < %t.O0.txt
// RUN: diff %t.O0.txt %t.O1.txt
// RUN: diff %t.O0.txt %t.O2.txt
// RUN: diff %t.O0.txt %t.O3.txt
// RUN: diff %t.O0.txt %t.Os.txt
// At -O2 the offsets live in the instructions that use them.
// RUN: %objdump -dr %t.O2.o | FileCheck --check-prefix=O2 %s
#include "bpf-min.h"

struct s {
  int a;
  int b;
  struct s *next;
  int arr[8];
  unsigned flag : 1;
} __attribute__((preserve_access_index));
enum e { E0, E1 = 9 };

// A relocated load inside a loop whose bound is not known.
int loop(struct s *p, int n) {
  int sum = 0;
  for (int i = 0; i < n && i < 8; i++)
    sum += p->arr[i] + p->b;
  return sum;
}

// The same field in two blocks.
int blocks(struct s *p, int c) {
  if (c)
    return p->b;
  return p->a + p->b + p->next->a;
}

// Two relocations behind one select: never merged into one (loads of the
// relocation globals were, through a phi of their addresses).
int pick(struct s *p, int c) { return c ? p->a : p->next->b; }

unsigned long queries(struct s *p) {
  return bpf_core_field_exists(p->flag) + bpf_core_type_size(struct s) +
         bpf_core_enum_value(enum e, E1) + p->flag;
}

// CHECK: CO-RE <byte_off> [[[#S:]]] struct s::a (0:0)
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::arr (0:3)
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::b (0:1)
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::flag (0:4)
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::next (0:2)
// CHECK-NEXT: CO-RE <enumval_value> [[[#]]] enum e::E1 = 9
// CHECK-NEXT: CO-RE <field_exists> [[[#S]]] struct s::flag (0:4)
// CHECK-NEXT: CO-RE <type_size> [[[#S]]] struct s{{$}}
// CHECK-EMPTY:

// O2-LABEL: <loop>:
// O2: = *(u32 *)(r1 + 0x4)
// O2-NEXT: CO-RE <byte_off> [[[#S:]]] struct s::b (0:1)
// O2: += 0x10
// O2-NEXT: CO-RE <byte_off> [[[#S]]] struct s::arr (0:3)
// O2-LABEL: <blocks>:
// O2: = *(u32 *)(r1 + 0x4)
// O2-NEXT: CO-RE <byte_off> [[[#S]]] struct s::b (0:1)
// O2-LABEL: <pick>:
// O2-DAG: CO-RE <byte_off> [[[#S]]] struct s::a (0:0)
// O2-DAG: CO-RE <byte_off> [[[#S]]] struct s::next (0:2)
// O2-DAG: CO-RE <byte_off> [[[#S]]] struct s::b (0:1)
// O2-LABEL: <queries>:
