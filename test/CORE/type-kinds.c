// Type relocations: local and target type ids (LD_IMM64 with the type's BTF
// id), type exists, size and matches (ALU immediates). The root is the type
// as written, typedef included (bpf_core_type_exists(t_t) asks about the
// typedef), without qualifiers. The ids in the instructions are the ids of
// the object's own .BTF, which corecc-btf dump shows.
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o %t.o
// RUN: %objdump -dr %t.o > %t.txt
// RUN: %corecc-btf ext %t.o >> %t.txt
// RUN: %corecc-btf dump %t.o >> %t.txt
// RUN: FileCheck %s < %t.txt
#include "bpf-min.h"

struct t {
  int a;
  long long b;
};
union un {
  int i;
  char c[12];
};
typedef struct t t_t;
typedef const t_t ct_t;
enum e { E1 = 1, E2 = -5 };
enum big { B0 = 1, B1 = 0xffffffffffffffffULL };

#define Q(NAME, EXPR)                                                          \
  unsigned long NAME(void) { return EXPR; }

// CHECK-LABEL: <local_id_struct>:
// CHECK-NEXT: r0 = 0x[[#%x,T:]] ll
// CHECK-NEXT: CO-RE <local_type_id> [[[#T]]] struct t{{$}}
Q(local_id_struct, bpf_core_type_id_local(struct t))
// CHECK-LABEL: <local_id_typedef>:
// CHECK-NEXT: r0 = 0x[[#%x,TT:]] ll
// CHECK-NEXT: CO-RE <local_type_id> [[[#TT]]] typedef t_t{{$}}
Q(local_id_typedef, bpf_core_type_id_local(t_t))
// CHECK-LABEL: <local_id_const_typedef>:
// CHECK-NEXT: r0 = 0x[[#%x,TT]] ll
// CHECK-NEXT: CO-RE <local_type_id> [[[#TT]]] typedef t_t{{$}}
Q(local_id_const_typedef, bpf_core_type_id_local(const t_t))
// CHECK-LABEL: <target_id_struct>:
// CHECK-NEXT: r0 = 0x[[#%x,T]] ll
// CHECK-NEXT: CO-RE <target_type_id> [[[#T]]] struct t{{$}}
Q(target_id_struct, bpf_core_type_id_kernel(struct t))
// CHECK-LABEL: <target_id_volatile>:
// CHECK-NEXT: r0 = 0x[[#%x,T]] ll
// CHECK-NEXT: CO-RE <target_type_id> [[[#T]]] struct t{{$}}
Q(target_id_volatile, bpf_core_type_id_kernel(volatile struct t))

// CHECK-LABEL: <exists_struct>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <type_exists> [[[#T]]] struct t{{$}}
Q(exists_struct, bpf_core_type_exists(struct t))
// CHECK-LABEL: <exists_union>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <type_exists> [[[#UN:]]] union un{{$}}
Q(exists_union, bpf_core_type_exists(union un))
// CHECK-LABEL: <exists_enum>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <type_exists> [[[#E:]]] enum e{{$}}
Q(exists_enum, bpf_core_type_exists(enum e))
// CHECK-LABEL: <exists_typedef>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <type_exists> [[[#TT]]] typedef t_t{{$}}
Q(exists_typedef, bpf_core_type_exists(t_t))

// CHECK-LABEL: <size_struct>:
// CHECK-NEXT: {{[rw]}}0 = 0x10{{$}}
// CHECK-NEXT: CO-RE <type_size> [[[#T]]] struct t{{$}}
Q(size_struct, bpf_core_type_size(struct t))
// CHECK-LABEL: <size_union>:
// CHECK-NEXT: {{[rw]}}0 = 0xc{{$}}
// CHECK-NEXT: CO-RE <type_size> [[[#UN]]] union un{{$}}
Q(size_union, bpf_core_type_size(union un))
// The typedef of a const typedef: its size is the struct's.
// CHECK-LABEL: <size_const_typedef>:
// CHECK-NEXT: {{[rw]}}0 = 0x10{{$}}
// CHECK-NEXT: CO-RE <type_size> [[[#CT:]]] typedef ct_t{{$}}
Q(size_const_typedef, bpf_core_type_size(ct_t))
// CHECK-LABEL: <size_enum64>:
// CHECK-NEXT: {{[rw]}}0 = 0x8{{$}}
// CHECK-NEXT: CO-RE <type_size> [[[#BIG:]]] enum big{{$}}
Q(size_enum64, bpf_core_type_size(enum big))

// CHECK-LABEL: <matches_struct>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <type_matches> [[[#T]]] struct t{{$}}
Q(matches_struct, bpf_core_type_matches(struct t))
// CHECK-LABEL: <matches_typedef>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <type_matches> [[[#TT]]] typedef t_t{{$}}
Q(matches_typedef, bpf_core_type_matches(t_t))

// Type relocations use access string "0".
// CHECK: core_relo: section '.text' (15 records)
// CHECK-NEXT: insn_off=0 CO-RE <local_type_id> [[[#T]]] struct t{{$}}
// CHECK-NEXT: insn_off=24 CO-RE <local_type_id> [[[#TT]]] typedef t_t{{$}}
// CHECK-NEXT: insn_off=48 CO-RE <local_type_id> [[[#TT]]] typedef t_t{{$}}
// CHECK-NEXT: insn_off=72 CO-RE <target_type_id> [[[#T]]] struct t{{$}}
// CHECK-NEXT: insn_off=96 CO-RE <target_type_id> [[[#T]]] struct t{{$}}
// CHECK-NEXT: insn_off=120 CO-RE <type_exists> [[[#T]]] struct t{{$}}
// CHECK-NEXT: insn_off=136 CO-RE <type_exists> [[[#UN]]] union un{{$}}
// CHECK-NEXT: insn_off=152 CO-RE <type_exists> [[[#E]]] enum e{{$}}
// CHECK-NEXT: insn_off=168 CO-RE <type_exists> [[[#TT]]] typedef t_t{{$}}
// CHECK-NEXT: insn_off=184 CO-RE <type_size> [[[#T]]] struct t{{$}}
// CHECK-NEXT: insn_off=200 CO-RE <type_size> [[[#UN]]] union un{{$}}
// CHECK-NEXT: insn_off=216 CO-RE <type_size> [[[#CT]]] typedef ct_t{{$}}
// CHECK-NEXT: insn_off=232 CO-RE <type_size> [[[#BIG]]] enum big{{$}}
// CHECK-NEXT: insn_off=248 CO-RE <type_matches> [[[#T]]] struct t{{$}}
// CHECK-NEXT: insn_off=264 CO-RE <type_matches> [[[#TT]]] typedef t_t{{$}}

// CHECK-DAG: [[[#T]]] STRUCT 't' size=16 vlen=2
// CHECK-DAG: [[[#TT]]] TYPEDEF 't_t' type_id=[[#T]]
// CHECK-DAG: [[[#UN]]] UNION 'un' size=12 vlen=2
// CHECK-DAG: [[[#E]]] ENUM 'e' encoding=SIGNED size=4 vlen=2
// CHECK-DAG: [[[#CT]]] TYPEDEF 'ct_t' type_id=
// CHECK-DAG: [[[#BIG]]] ENUM64 'big' encoding=UNSIGNED size=8 vlen=2
