// signed, lshift_u64 and rshift_u64 of members that are not integers: libbpf
// defines them from the member's size (signed is 0 unless the type is a
// signed integer or enum; the shifts are those of a load of the whole
// member), and corecc gives the same values. clang-19 stops with a fatal
// "Invalid field expression for llvm.bpf.preserve.field.info" instead.
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o %t.o
// RUN: %objdump -dr %t.o | FileCheck %s
#include "bpf-min.h"

struct s {
  int a;
  char m[3];                 // 4
  struct {
    short x;
  } in;                      // 8
  enum { NEG = -1 } e;       // 12
  int *ptr;                  // 16
} __attribute__((preserve_access_index));

#define Q(NAME, EXPR)                                                          \
  unsigned long NAME(void) {                                                   \
    struct s *p = 0;                                                           \
    return EXPR;                                                               \
  }

// CHECK-LABEL: <signed_array>:
// CHECK-NEXT: {{[rw]}}0 = 0x0{{$}}
// CHECK-NEXT: CO-RE <signed> [[[#S:]]] struct s::m (0:1)
Q(signed_array, __builtin_preserve_field_info(p->m, BPF_FIELD_SIGNED))
// 64 - 24 both ways.
// CHECK-LABEL: <lshift_array>:
// CHECK-NEXT: {{[rw]}}0 = 0x28{{$}}
// CHECK-NEXT: CO-RE <lshift_u64> [[[#S]]] struct s::m (0:1)
Q(lshift_array, __builtin_preserve_field_info(p->m, BPF_FIELD_LSHIFT_U64))
// CHECK-LABEL: <rshift_struct>:
// CHECK-NEXT: {{[rw]}}0 = 0x30{{$}}
// CHECK-NEXT: CO-RE <rshift_u64> [[[#S]]] struct s::in (0:2)
Q(rshift_struct, __builtin_preserve_field_info(p->in, BPF_FIELD_RSHIFT_U64))
// A signed enum is signed.
// CHECK-LABEL: <signed_enum>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <signed> [[[#S]]] struct s::e (0:3)
Q(signed_enum, __builtin_preserve_field_info(p->e, BPF_FIELD_SIGNED))
// CHECK-LABEL: <signed_ptr>:
// CHECK-NEXT: {{[rw]}}0 = 0x0{{$}}
// CHECK-NEXT: CO-RE <signed> [[[#S]]] struct s::ptr (0:4)
Q(signed_ptr, __builtin_preserve_field_info(p->ptr, BPF_FIELD_SIGNED))
