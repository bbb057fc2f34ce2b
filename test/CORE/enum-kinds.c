// Enumerator relocations: enumval_exists (an ALU immediate) and
// enumval_value (LD_IMM64), for ENUM and ENUM64, signed and unsigned. The
// access string is the enumerator's index; llvm-objdump prints its name and
// value. libbpf reads a 4-byte enum's value as a signed 32-bit number and
// validates the instruction against it, so 0x80000000u is written as
// -0x80000000 (clang-19 writes 0x80000000, which libbpf rejects).
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o %t.o
// RUN: %objdump -dr %t.o > %t.txt
// RUN: %corecc-btf ext %t.o >> %t.txt
// RUN: %corecc-btf dump %t.o >> %t.txt
// RUN: FileCheck %s < %t.txt
#include "bpf-min.h"

enum e { E1 = 1, E2 = -5 };
typedef enum e e_t;
typedef enum { A0, A1 = 7 } anon_e_t;
enum u { U1 = 0x80000000u, U2 = 3 };
enum big { B0 = 1, B1 = 0xffffffffffffffffULL };
enum sbig { S1 = -0x100000000LL, S2 = 0x7fffffffffffffffLL };

#define Q(NAME, EXPR)                                                          \
  unsigned long NAME(void) { return EXPR; }

// CHECK-LABEL: <exists_e2>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <enumval_exists> [[[#E:]]] enum e::E2 = -5
Q(exists_e2, bpf_core_enum_value_exists(enum e, E2))
// CHECK-LABEL: <value_negative>:
// CHECK-NEXT: r0 = -0x5 ll
// CHECK-NEXT: CO-RE <enumval_value> [[[#E]]] enum e::E2 = -5
Q(value_negative, bpf_core_enum_value(enum e, E2))
// A typedef of a named enum: the enum is the root.
// CHECK-LABEL: <value_typedef>:
// CHECK-NEXT: r0 = 0x1 ll
// CHECK-NEXT: CO-RE <enumval_value> [[[#E]]] enum e::E1 = 1
Q(value_typedef, bpf_core_enum_value(e_t, E1))
// An anonymous enum: the typedef that names it is the root.
// CHECK-LABEL: <value_anon>:
// CHECK-NEXT: r0 = 0x7 ll
// CHECK-NEXT: CO-RE <enumval_value> [[[#ANON:]]] typedef anon_e_t::A1 = 7
Q(value_anon, bpf_core_enum_value(anon_e_t, A1))
// CHECK-LABEL: <value_u32_high>:
// CHECK-NEXT: r0 = -0x80000000 ll
// CHECK-NEXT: CO-RE <enumval_value> [[[#U:]]] enum u::U1 = 18446744071562067968
Q(value_u32_high, bpf_core_enum_value(enum u, U1))
// CHECK-LABEL: <value_u32>:
// CHECK-NEXT: r0 = 0x3 ll
// CHECK-NEXT: CO-RE <enumval_value> [[[#U]]] enum u::U2 = 3
Q(value_u32, bpf_core_enum_value(enum u, U2))
// ENUM64: all 64 bits.
// CHECK-LABEL: <enum64_unsigned>:
// CHECK-NEXT: r0 = -0x1 ll
// CHECK-NEXT: CO-RE <enumval_value> [[[#BIG:]]] enum big::B1 = 18446744073709551615
Q(enum64_unsigned, bpf_core_enum_value(enum big, B1))
// CHECK-LABEL: <enum64_signed>:
// CHECK-NEXT: r0 = -0x100000000 ll
// CHECK-NEXT: CO-RE <enumval_value> [[[#SBIG:]]] enum sbig::S1 = -4294967296
Q(enum64_signed, bpf_core_enum_value(enum sbig, S1))
// CHECK-LABEL: <enum64_max>:
// CHECK-NEXT: r0 = 0x7fffffffffffffff ll
// CHECK-NEXT: CO-RE <enumval_value> [[[#SBIG]]] enum sbig::S2 = 9223372036854775807
Q(enum64_max, bpf_core_enum_value(enum sbig, S2))
// CHECK-LABEL: <enum64_exists>:
// CHECK-NEXT: {{[rw]}}0 = 0x1{{$}}
// CHECK-NEXT: CO-RE <enumval_exists> [[[#BIG]]] enum big::B1 = 18446744073709551615
Q(enum64_exists, bpf_core_enum_value_exists(enum big, B1))

// The same records in .BTF.ext (corecc-btf prints the BTF value of U1 as
// unsigned, as its encoding says; llvm-objdump sign-extends it).
// CHECK: core_relo: section '.text' (10 records)
// CHECK-NEXT: insn_off=0 CO-RE <enumval_exists> [[[#E]]] enum e::E2 = -5
// CHECK-NEXT: insn_off=16 CO-RE <enumval_value> [[[#E]]] enum e::E2 = -5
// CHECK-NEXT: insn_off=40 CO-RE <enumval_value> [[[#E]]] enum e::E1 = 1
// CHECK-NEXT: insn_off=64 CO-RE <enumval_value> [[[#ANON]]] typedef anon_e_t::A1 = 7
// CHECK-NEXT: insn_off=88 CO-RE <enumval_value> [[[#U]]] enum u::U1 = 2147483648
// CHECK-NEXT: insn_off=112 CO-RE <enumval_value> [[[#U]]] enum u::U2 = 3
// CHECK-NEXT: insn_off=136 CO-RE <enumval_value> [[[#BIG]]] enum big::B1 = 18446744073709551615
// CHECK-NEXT: insn_off=160 CO-RE <enumval_value> [[[#SBIG]]] enum sbig::S1 = -4294967296
// CHECK-NEXT: insn_off=184 CO-RE <enumval_value> [[[#SBIG]]] enum sbig::S2 = 9223372036854775807
// CHECK-NEXT: insn_off=208 CO-RE <enumval_exists> [[[#BIG]]] enum big::B1 = 18446744073709551615

// CHECK-DAG: [[[#E]]] ENUM 'e' encoding=SIGNED size=4 vlen=2
// CHECK-DAG: [[[#ANON]]] TYPEDEF 'anon_e_t' type_id=
// CHECK-DAG: [[[#U]]] ENUM 'u' encoding=UNSIGNED size=4 vlen=2
// CHECK-DAG: [[[#BIG]]] ENUM64 'big' encoding=UNSIGNED size=8 vlen=2
// CHECK-DAG: [[[#SBIG]]] ENUM64 'sbig' encoding=SIGNED size=8 vlen=2
