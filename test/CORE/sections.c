// Several programs in distinct sections of one object, and a subprogram in
// .text that both call: each section has its own CO-RE records in the one
// .BTF.ext, at instruction offsets counted from the start of its section.
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o %t.o
// RUN: %objdump -dr %t.o > %t.txt
// RUN: %corecc-btf ext %t.o >> %t.txt
// RUN: FileCheck %s < %t.txt
// RUN: %readelf -S %t.o | FileCheck --check-prefix=SECTIONS %s
#include "bpf-min.h"

struct s {
  int a;
  int b;
  long long c;
} __attribute__((preserve_access_index));

__attribute__((noinline)) int sub(struct s *p) { return p->c; }

SEC("tp/first") int first(struct s *p) { return p->a + sub(p); }

SEC("kprobe/second") int second(struct s *p) {
  return p->b + bpf_core_field_size(p->c);
}

SEC("kprobe/second") int second_too(struct s *p) {
  return bpf_core_type_size(struct s);
}

char LICENSE[] SEC("license") = "GPL";

// CHECK-LABEL: Disassembly of section .text:
// CHECK: <sub>:
// CHECK-NEXT: r0 = *(u64 *)(r1 + 0x8)
// CHECK-NEXT: CO-RE <byte_off> [[[#S:]]] struct s::c (0:2)
// CHECK-LABEL: Disassembly of section tp/first:
// CHECK: <first>:
// CHECK: = *(u32 *)(r{{[0-9]}} + 0x0)
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::a (0:0)
// CHECK-LABEL: Disassembly of section kprobe/second:
// CHECK: <second>:
// CHECK: = *(u32 *)(r1 + 0x4)
// CHECK-NEXT: CO-RE <byte_off> [[[#S]]] struct s::b (0:1)
// CHECK: = 0x8
// CHECK-NEXT: CO-RE <byte_sz> [[[#S]]] struct s::c (0:2)
// CHECK: <second_too>:
// CHECK-NEXT: = 0x10
// CHECK-NEXT: CO-RE <type_size> [[[#S]]] struct s{{$}}

// One func_info and one set of CO-RE records per code section; the offsets
// of second_too's record count from the start of kprobe/second.
// CHECK: core_relo: section '.text' (1 records)
// CHECK-NEXT: insn_off=0 CO-RE <byte_off> [[[#S]]] struct s::c (0:2)
// CHECK-NEXT: core_relo: section 'tp/first' (1 records)
// CHECK-NEXT: insn_off=0 CO-RE <byte_off> [[[#S]]] struct s::a (0:0)
// CHECK-NEXT: core_relo: section 'kprobe/second' (3 records)
// CHECK-NEXT: insn_off=0 CO-RE <byte_off> [[[#S]]] struct s::b (0:1)
// CHECK-NEXT: insn_off=8 CO-RE <byte_sz> [[[#S]]] struct s::c (0:2)
// CHECK-NEXT: insn_off=32 CO-RE <type_size> [[[#S]]] struct s{{$}}
// CHECK-NOT: core_relo

// SECTIONS: .BTF.ext
// SECTIONS: .rel.BTF.ext
