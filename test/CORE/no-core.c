// -mno-core: the CO-RE constructs mean what they say in this compilation's
// layout, with no relocations. Field accesses are plain loads, the field,
// type and enum builtins are the values the relocations carry with CO-RE,
// and a BTF type id is still the object's own id (it needs BTF: -g, -gbtf).
// VAL checks the same values in both objects.
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o %t.core.o
// RUN: %corecc -O2 -g -mno-core -I%S/Inputs -c %s -o %t.nocore.o
// RUN: %objdump -dr %t.core.o > %t.core.txt
// RUN: %corecc-btf dump %t.core.o >> %t.core.txt
// RUN: FileCheck --check-prefixes=VAL,CORE %s < %t.core.txt
// RUN: %objdump -dr %t.nocore.o > %t.nocore.txt
// RUN: %corecc-btf dump %t.nocore.o >> %t.nocore.txt
// RUN: FileCheck --check-prefixes=VAL,NOCORE %s < %t.nocore.txt
// RUN: %corecc-btf ext %t.nocore.o | FileCheck --check-prefix=EXT %s
// -mno-co-re is the same flag (GCC's spelling); without BTF a type id is
// an error.
// RUN: %corecc -O2 -g -mno-co-re -I%S/Inputs -c %s -o %t.nocore2.o
// RUN: cmp %t.nocore.o %t.nocore2.o
// RUN: not %corecc -O2 -mno-core -I%S/Inputs -c %s -o %t.nobtf.o 2>&1 | FileCheck --check-prefix=NOBTF %s
#include "bpf-min.h"

struct s {
  int a;
  short b;
  struct s *next;
  unsigned bf : 5;
} __attribute__((preserve_access_index));
enum e { E1 = 1, E2 = 42 };

#define Q(NAME, EXPR)                                                          \
  unsigned long NAME(struct s *p) { return EXPR; }

// NOCORE-NOT: CO-RE
// VAL-LABEL: <chain>:
// VAL-NEXT: r0 = *(u64 *)(r1 + 0x8)
// CORE-NEXT: CO-RE <byte_off> [[[#S:]]] struct s::next (0:2)
// VAL: r0 = *(u16 *)(r0 + 0x4)
// CORE-NEXT: CO-RE <byte_off> [[[#S]]] struct s::b (0:1)
Q(chain, p->next->b)
// VAL-LABEL: <offset>:
// VAL-NEXT: {{[rw]}}0 = 0x8
// CORE-NEXT: CO-RE <byte_off> [[[#S]]] struct s::next (0:2)
Q(offset, bpf_core_field_offset(p->next))
// VAL-LABEL: <size>:
// VAL-NEXT: {{[rw]}}0 = 0x2
// CORE-NEXT: CO-RE <byte_sz> [[[#S]]] struct s::b (0:1)
Q(size, bpf_core_field_size(p->b))
// VAL-LABEL: <exists>:
// VAL-NEXT: {{[rw]}}0 = 0x1
// CORE-NEXT: CO-RE <field_exists> [[[#S]]] struct s::bf (0:3)
Q(exists, bpf_core_field_exists(p->bf))
// VAL-LABEL: <lshift>:
// VAL-NEXT: {{[rw]}}0 = 0x3b
// CORE-NEXT: CO-RE <lshift_u64> [[[#S]]] struct s::bf (0:3)
Q(lshift, __builtin_preserve_field_info(p->bf, BPF_FIELD_LSHIFT_U64))
// VAL-LABEL: <type_size>:
// VAL-NEXT: {{[rw]}}0 = 0x18
// CORE-NEXT: CO-RE <type_size> [[[#S]]] struct s{{$}}
Q(type_size, bpf_core_type_size(struct s))
// The type id is the BTF id in both, without a record under -mno-core.
// VAL-LABEL: <type_id>:
// VAL-NEXT: r0 = 0x[[#%x,ID:]] ll
// CORE-NEXT: CO-RE <local_type_id> [[[#ID]]] struct s{{$}}
Q(type_id, bpf_core_type_id_local(struct s))
// With CO-RE an enumerator's value is an LD_IMM64 libbpf patches; without,
// a plain constant.
// VAL-LABEL: <enum_value>:
// CORE-NEXT: r0 = 0x2a ll
// NOCORE-NEXT: {{[rw]}}0 = 0x2a{{$}}
// CORE-NEXT: CO-RE <enumval_value> [[[#]]] enum e::E2 = 42
Q(enum_value, bpf_core_enum_value(enum e, E2))

// The id in the instruction is struct s's in the object's BTF.
// CORE: [[[#S]]] STRUCT 's' size=24
// NOCORE: [[[#ID]]] STRUCT 's' size=24

// EXT: func_info: section '.text'
// EXT-NOT: core_relo

// NOBTF: error: a BTF type id needs BTF: compile with -g, -gbtf or -mcore
