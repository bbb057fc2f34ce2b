// Bitfields whose bits cross a byte or storage boundary: clang-19 stops
// with "Unsupported field expression for llvm.bpf.preserve.field.info"
// (a fatal error) on every one of these; corecc relocates them. level is 7
// bits at bit 11 of an unsigned int (the 4-byte unit at 0: lshift
// 64 - 18 = 46, rshift 57); big is 40 bits at bit 24 of an unsigned long
// long (the 8-byte unit at 0: lshift 0, rshift 24). A plain read loads the
// bytes of Clang's storage unit after the relocated base.
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -Wno-core-bitfield -I%S/Inputs -c %s -o %t.o
// RUN: %objdump -dr %t.o | FileCheck %s
// RUN: not %clang19 -target bpf -O2 -g -fno-crash-diagnostics -I%S/Inputs -c %s -o %t.clang.o 2>&1 | FileCheck --check-prefix=CLANG %s
#include "bpf-min.h"

struct flags {
  unsigned char kind;           // 0
  unsigned mode : 3;            // bit 8
  unsigned level : 7;           // bit 11
  int delta : 6;                // bit 18
  unsigned long long big : 40;  // bit 24
} __attribute__((preserve_access_index));

// CHECK-LABEL: <plain_level>:
// CHECK-NEXT: r1 += 0x0
// CHECK-NEXT: CO-RE <byte_off> [[[#F:]]] struct flags::level (0:2)
// CHECK-NEXT: = *(u8 *)(r1 + 0x1)
// CHECK-NEXT: = *(u8 *)(r1 + 0x2)
unsigned long plain_level(struct flags *f) { return f->level; }

// CHECK-LABEL: <plain_big>:
// CHECK-NEXT: r1 += 0x0
// CHECK-NEXT: CO-RE <byte_off> [[[#F]]] struct flags::big (0:4)
// The five bytes 3..7 of the relocated base, in whatever order the
// scheduler picks:
// CHECK-DAG: = *(u8 *)(r1 + 0x3)
// CHECK-DAG: = *(u8 *)(r1 + 0x4)
// CHECK-DAG: = *(u8 *)(r1 + 0x5)
// CHECK-DAG: = *(u8 *)(r1 + 0x6)
// CHECK-DAG: = *(u8 *)(r1 + 0x7)
// CHECK: exit
unsigned long plain_big(struct flags *f) { return f->big; }

// CHECK-LABEL: <probed_level>:
// CHECK: w2 = 0x4
// CHECK-NEXT: CO-RE <byte_sz> [[[#F]]] struct flags::level (0:2)
// CHECK: <<= 0x2e
// CHECK-NEXT: CO-RE <lshift_u64> [[[#F]]] struct flags::level (0:2)
// CHECK: >>= 0x39
// CHECK-NEXT: CO-RE <rshift_u64> [[[#F]]] struct flags::level (0:2)
unsigned long probed_level(struct flags *f) {
  return BPF_CORE_READ_BITFIELD_PROBED(f, level);
}

// CHECK-LABEL: <big_fields>:
// CHECK: = 0x8
// CHECK-NEXT: CO-RE <byte_sz> [[[#F]]] struct flags::big (0:4)
// CHECK: = 0x0
// CHECK-NEXT: CO-RE <lshift_u64> [[[#F]]] struct flags::big (0:4)
// CHECK: = 0x18
// CHECK-NEXT: CO-RE <rshift_u64> [[[#F]]] struct flags::big (0:4)
unsigned long big_fields(struct flags *f) {
  return bpf_core_field_size(f->big) * 10000 +
         __builtin_preserve_field_info(f->big, BPF_FIELD_LSHIFT_U64) * 100 +
         __builtin_preserve_field_info(f->big, BPF_FIELD_RSHIFT_U64);
}

// CLANG: fatal error: error in backend: Unsupported field expression for llvm.bpf.preserve.field.info
