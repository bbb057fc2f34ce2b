// Every field relocation kind (byte_off, byte_sz, field_exists, signed,
// lshift_u64, rshift_u64) on plain, nested and anonymous members, array
// elements, sub-arrays and bitfields: the record (kind, root, access string)
// and its value in this compilation's layout, read back by llvm-objdump and
// by corecc-btf. Offsets are those of the host's gcc for the same struct (a
// 56-byte struct s); bitfield values are the ones libbpf computes from BTF
// (see docs/core.md). Each query is its own function: "r0 = VALUE" carries
// the relocation.
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o %t.o
// RUN: %objdump -dr %t.o > %t.txt
// RUN: %corecc-btf ext %t.o >> %t.txt
// RUN: %corecc-btf dump %t.o >> %t.txt
// RUN: FileCheck %s < %t.txt
#include "bpf-min.h"

struct inner {
  int x;
  short y[3];
};
struct s {
  int a;                        // 0
  struct inner in;              // 4: x 4, y 8
  union {                       // 16
    int u1;
    long long u2;
  };
  struct {                      // 24
    char c1;
    short c2;                   // 26
  };
  char m[2][3];                 // 28
  unsigned bf1 : 3, bf2 : 6;    // bits 272, 275
  int sbf : 5;                  // bit 281
  long long big;                // 40
  unsigned char ubf : 4;        // 48
} __attribute__((preserve_access_index));

#define Q(NAME, EXPR)                                                          \
  unsigned long NAME(void) {                                                   \
    struct s *p = 0;                                                           \
    return EXPR;                                                               \
  }

// CHECK-LABEL: <off_a>:
// CHECK-NEXT: {{[rw]}}0 = 0x0{{$}}
// CHECK-NEXT: CO-RE <byte_off> [[[#S:]]] struct s::a (0:0)
Q(off_a, bpf_core_field_offset(p->a))
// CHECK-LABEL: <off_nested_elem>:
// CHECK-NEXT: {{[rw]}}0 = 0xc{{$}}
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::in.y[2] (0:1:1:2)
Q(off_nested_elem, bpf_core_field_offset(p->in.y[2]))
// CHECK-LABEL: <size_nested_array>:
// CHECK-NEXT: {{[rw]}}0 = 0x6{{$}}
// CHECK-NEXT: CO-RE <byte_sz> [[[#S]]] struct s::in.y (0:1:1)
Q(size_nested_array, bpf_core_field_size(p->in.y))
// The anonymous union is member 2 of s, u2 its member 1.
// CHECK-LABEL: <off_anon_union>:
// CHECK-NEXT: {{[rw]}}0 = 0x10{{$}}
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::<anon 2>.u2 (0:2:1)
Q(off_anon_union, bpf_core_field_offset(p->u2))
// CHECK-LABEL: <size_anon_union>:
// CHECK-NEXT: {{[rw]}}0 = 0x8{{$}}
// CHECK-NEXT: CO-RE <byte_sz> [[[#S]]] struct s::<anon 2>.u2 (0:2:1)
Q(size_anon_union, bpf_core_field_size(p->u2))
// CHECK-LABEL: <off_anon_struct>:
// CHECK-NEXT: {{[rw]}}0 = 0x1a{{$}}
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::<anon 3>.c2 (0:3:1)
Q(off_anon_struct, bpf_core_field_offset(p->c2))
// A row of a two-dimensional array, and one element.
// CHECK-LABEL: <size_row>:
// CHECK-NEXT: {{[rw]}}0 = 0x3{{$}}
// CHECK-NEXT: CO-RE <byte_sz> [[[#S]]] struct s::m[1] (0:4:1)
Q(size_row, bpf_core_field_size(p->m[1]))
// CHECK-LABEL: <off_2d_elem>:
// CHECK-NEXT: {{[rw]}}0 = 0x21{{$}}
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::m[1][2] (0:4:1:2)
Q(off_2d_elem, bpf_core_field_offset(p->m[1][2]))
// CHECK-LABEL: <size_2d_elem>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <byte_sz> [[[#S]]] struct s::m[1][2] (0:4:1:2)
Q(size_2d_elem, bpf_core_field_size(p->m[1][2]))
// CHECK-LABEL: <exists_big>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <field_exists> [[[#S]]] struct s::big (0:8)
Q(exists_big, bpf_core_field_exists(p->big))
// CHECK-LABEL: <signed_big>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <signed> [[[#S]]] struct s::big (0:8)
Q(signed_big, __builtin_preserve_field_info(p->big, BPF_FIELD_SIGNED))
// A whole int: 64 - 32 both ways.
// CHECK-LABEL: <lshift_int>:
// CHECK-NEXT: {{[rw]}}0 = 0x20{{$}}
// CHECK-NEXT: CO-RE <lshift_u64> [[[#S]]] struct s::in.x (0:1:0)
Q(lshift_int, __builtin_preserve_field_info(p->in.x, BPF_FIELD_LSHIFT_U64))
// CHECK-LABEL: <rshift_int>:
// CHECK-NEXT: {{[rw]}}0 = 0x20{{$}}
// CHECK-NEXT: CO-RE <rshift_u64> [[[#S]]] struct s::in.x (0:1:0)
Q(rshift_int, __builtin_preserve_field_info(p->in.x, BPF_FIELD_RSHIFT_U64))

// bf2: 6 bits at bit 275 of an unsigned int: the 4-byte unit at 32, so
// lshift 64 - (275 + 6 - 256) = 39, rshift 64 - 6 = 58.
// CHECK-LABEL: <off_bf2>:
// CHECK-NEXT: {{[rw]}}0 = 0x20{{$}}
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::bf2 (0:6)
Q(off_bf2, bpf_core_field_offset(p->bf2))
// CHECK-LABEL: <size_bf2>:
// CHECK-NEXT: {{[rw]}}0 = 0x4{{$}}
// CHECK-NEXT: CO-RE <byte_sz> [[[#S]]] struct s::bf2 (0:6)
Q(size_bf2, bpf_core_field_size(p->bf2))
// CHECK-LABEL: <signed_bf2>:
// CHECK-NEXT: {{[rw]}}0 = 0x0{{$}}
// CHECK-NEXT: CO-RE <signed> [[[#S]]] struct s::bf2 (0:6)
Q(signed_bf2, __builtin_preserve_field_info(p->bf2, BPF_FIELD_SIGNED))
// CHECK-LABEL: <lshift_bf2>:
// CHECK-NEXT: {{[rw]}}0 = 0x27{{$}}
// CHECK-NEXT: CO-RE <lshift_u64> [[[#S]]] struct s::bf2 (0:6)
Q(lshift_bf2, __builtin_preserve_field_info(p->bf2, BPF_FIELD_LSHIFT_U64))
// CHECK-LABEL: <rshift_bf2>:
// CHECK-NEXT: {{[rw]}}0 = 0x3a{{$}}
// CHECK-NEXT: CO-RE <rshift_u64> [[[#S]]] struct s::bf2 (0:6)
Q(rshift_bf2, __builtin_preserve_field_info(p->bf2, BPF_FIELD_RSHIFT_U64))
// sbf: a signed int, 5 bits at bit 281: lshift 64 - 30, rshift 59.
// CHECK-LABEL: <signed_sbf>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <signed> [[[#S]]] struct s::sbf (0:7)
Q(signed_sbf, __builtin_preserve_field_info(p->sbf, BPF_FIELD_SIGNED))
// CHECK-LABEL: <lshift_sbf>:
// CHECK-NEXT: {{[rw]}}0 = 0x22{{$}}
// CHECK-NEXT: CO-RE <lshift_u64> [[[#S]]] struct s::sbf (0:7)
Q(lshift_sbf, __builtin_preserve_field_info(p->sbf, BPF_FIELD_LSHIFT_U64))
// CHECK-LABEL: <rshift_sbf>:
// CHECK-NEXT: {{[rw]}}0 = 0x3b{{$}}
// CHECK-NEXT: CO-RE <rshift_u64> [[[#S]]] struct s::sbf (0:7)
Q(rshift_sbf, __builtin_preserve_field_info(p->sbf, BPF_FIELD_RSHIFT_U64))
// ubf: 4 bits of an unsigned char at 48: a 1-byte unit.
// CHECK-LABEL: <off_ubf>:
// CHECK-NEXT: {{[rw]}}0 = 0x30{{$}}
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::ubf (0:9)
Q(off_ubf, bpf_core_field_offset(p->ubf))
// CHECK-LABEL: <size_ubf>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <byte_sz> [[[#S]]] struct s::ubf (0:9)
Q(size_ubf, bpf_core_field_size(p->ubf))
// CHECK-LABEL: <lshift_ubf>:
// CHECK-NEXT: {{[rw]}}0 = 0x3c{{$}}
// CHECK-NEXT: CO-RE <lshift_u64> [[[#S]]] struct s::ubf (0:9)
Q(lshift_ubf, __builtin_preserve_field_info(p->ubf, BPF_FIELD_LSHIFT_U64))

// The same records in .BTF.ext, as corecc-btf reads them, in code order.
// CHECK: core_relo: section '.text' (24 records)
// CHECK-NEXT: insn_off=0 CO-RE <byte_off> [[[#S]]] struct s::a (0:0)
// CHECK-NEXT: insn_off=16 CO-RE <byte_off> [[[#S]]] struct s::in.y[2] (0:1:1:2)
// CHECK-NEXT: insn_off=32 CO-RE <byte_sz> [[[#S]]] struct s::in.y (0:1:1)
// CHECK-NEXT: insn_off=48 CO-RE <byte_off> [[[#S]]] struct s::<anon 2>.u2 (0:2:1)
// CHECK-NEXT: insn_off=64 CO-RE <byte_sz> [[[#S]]] struct s::<anon 2>.u2 (0:2:1)
// CHECK-NEXT: insn_off=80 CO-RE <byte_off> [[[#S]]] struct s::<anon 3>.c2 (0:3:1)
// CHECK-NEXT: insn_off=96 CO-RE <byte_sz> [[[#S]]] struct s::m[1] (0:4:1)
// CHECK-NEXT: insn_off=112 CO-RE <byte_off> [[[#S]]] struct s::m[1][2] (0:4:1:2)
// CHECK-NEXT: insn_off=128 CO-RE <byte_sz> [[[#S]]] struct s::m[1][2] (0:4:1:2)
// CHECK-NEXT: insn_off=144 CO-RE <field_exists> [[[#S]]] struct s::big (0:8)
// CHECK-NEXT: insn_off=160 CO-RE <signed> [[[#S]]] struct s::big (0:8)
// CHECK-NEXT: insn_off=176 CO-RE <lshift_u64> [[[#S]]] struct s::in.x (0:1:0)
// CHECK-NEXT: insn_off=192 CO-RE <rshift_u64> [[[#S]]] struct s::in.x (0:1:0)
// CHECK-NEXT: insn_off=208 CO-RE <byte_off> [[[#S]]] struct s::bf2 (0:6)
// CHECK-NEXT: insn_off=224 CO-RE <byte_sz> [[[#S]]] struct s::bf2 (0:6)
// CHECK-NEXT: insn_off=240 CO-RE <signed> [[[#S]]] struct s::bf2 (0:6)
// CHECK-NEXT: insn_off=256 CO-RE <lshift_u64> [[[#S]]] struct s::bf2 (0:6)
// CHECK-NEXT: insn_off=272 CO-RE <rshift_u64> [[[#S]]] struct s::bf2 (0:6)
// CHECK-NEXT: insn_off=288 CO-RE <signed> [[[#S]]] struct s::sbf (0:7)
// CHECK-NEXT: insn_off=304 CO-RE <lshift_u64> [[[#S]]] struct s::sbf (0:7)
// CHECK-NEXT: insn_off=320 CO-RE <rshift_u64> [[[#S]]] struct s::sbf (0:7)
// CHECK-NEXT: insn_off=336 CO-RE <byte_off> [[[#S]]] struct s::ubf (0:9)
// CHECK-NEXT: insn_off=352 CO-RE <byte_sz> [[[#S]]] struct s::ubf (0:9)
// CHECK-NEXT: insn_off=368 CO-RE <lshift_u64> [[[#S]]] struct s::ubf (0:9)

// The root named by the records is the struct, 56 bytes as gcc lays it out.
// CHECK: [[[#S]]] STRUCT 's' size=56 vlen=10
// CHECK-NEXT: 'a' type_id={{[0-9]+}} bits_offset=0
// CHECK-NEXT: 'in' type_id={{[0-9]+}} bits_offset=32
// CHECK-NEXT: '(anon)' type_id={{[0-9]+}} bits_offset=128
// CHECK-NEXT: '(anon)' type_id={{[0-9]+}} bits_offset=192
// CHECK-NEXT: 'm' type_id={{[0-9]+}} bits_offset=224
// CHECK-NEXT: 'bf1' type_id={{[0-9]+}} bits_offset=272 bitfield_size=3
// CHECK-NEXT: 'bf2' type_id={{[0-9]+}} bits_offset=275 bitfield_size=6
// CHECK-NEXT: 'sbf' type_id={{[0-9]+}} bits_offset=281 bitfield_size=5
// CHECK-NEXT: 'big' type_id={{[0-9]+}} bits_offset=320
// CHECK-NEXT: 'ubf' type_id={{[0-9]+}} bits_offset=384 bitfield_size=4
