// Bitfields. BPF_CORE_READ_BITFIELD and _PROBED read a field with five
// relocations (byte_off, byte_sz, lshift_u64, rshift_u64, signed); the
// shift amounts land in the shift instructions.
//
// A plain read ("f->mode") loads Clang's storage unit and applies this
// compile's shift and mask: only its address is relocated (the plugin warns,
// -Wcore-bitfield). The relocation carries libbpf's byte_off of the field,
// the start of the aligned unit of its type that holds it (0 for mode),
// which libbpf writes into the instruction without validating it; the
// distance to the storage unit Clang loads (1 for mode) is added after it.
// The load then reads the same bytes before and after libbpf patches it
// against this layout.
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -Wno-core-bitfield -I%S/Inputs -c %s -o %t.o
// RUN: %objdump -dr %t.o | FileCheck %s
#include "bpf-min.h"

struct flags {
  unsigned char kind;           // 0
  unsigned mode : 3;            // bit 8
  unsigned pad : 5;             // bit 11
  int delta : 6;                // bit 16
} __attribute__((preserve_access_index));

// CHECK-LABEL: <plain_mode>:
// CHECK-NEXT: r1 += 0x0
// CHECK-NEXT: CO-RE <byte_off> [[[#F:]]] struct flags::mode (0:1)
// CHECK-NEXT: r0 = *(u8 *)(r1 + 0x1)
// CHECK-NEXT: r0 &= 0x7
unsigned long plain_mode(struct flags *f) { return f->mode; }

// CHECK-LABEL: <plain_delta>:
// CHECK-NEXT: r1 += 0x0
// CHECK-NEXT: CO-RE <byte_off> [[[#F]]] struct flags::delta (0:3)
// CHECK-NEXT: = *(u8 *)(r1 + 0x2)
long plain_delta(struct flags *f) { return f->delta; }

// CHECK-LABEL: <direct_delta>:
// CHECK-NEXT: r1 += 0x0
// CHECK-NEXT: CO-RE <byte_off> [[[#F]]] struct flags::delta (0:3)
// CHECK-NEXT: w{{[0-9]}} = 0x4
// CHECK-NEXT: CO-RE <byte_sz> [[[#F]]] struct flags::delta (0:3)
// CHECK: <<= 0x2a
// CHECK-NEXT: CO-RE <lshift_u64> [[[#F]]] struct flags::delta (0:3)
// CHECK: >>= 0x3a
// CHECK-NEXT: CO-RE <rshift_u64> [[[#F]]] struct flags::delta (0:3)
// CHECK: w{{[0-9]}} = 0x1
// CHECK-NEXT: CO-RE <signed> [[[#F]]] struct flags::delta (0:3)
// CHECK: s>>= 0x3a
// CHECK-NEXT: CO-RE <rshift_u64> [[[#F]]] struct flags::delta (0:3)
// CHECK: exit
long direct_delta(struct flags *f) { return BPF_CORE_READ_BITFIELD(f, delta); }

// CHECK-LABEL: <probed_mode>:
// CHECK: += 0x0
// CHECK-NEXT: CO-RE <byte_off> [[[#F]]] struct flags::mode (0:1)
// CHECK: w2 = 0x4
// CHECK-NEXT: CO-RE <byte_sz> [[[#F]]] struct flags::mode (0:1)
// CHECK-NEXT: call 0x71
// CHECK: <<= 0x35
// CHECK-NEXT: CO-RE <lshift_u64> [[[#F]]] struct flags::mode (0:1)
// CHECK: >>= 0x3d
// CHECK-NEXT: CO-RE <rshift_u64> [[[#F]]] struct flags::mode (0:1)
// CHECK: = 0x0
// CHECK-NEXT: CO-RE <signed> [[[#F]]] struct flags::mode (0:1)
unsigned long probed_mode(struct flags *f) {
  return BPF_CORE_READ_BITFIELD_PROBED(f, mode);
}
