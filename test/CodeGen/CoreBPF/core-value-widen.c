// A CO-RE relocation value of 32 bits (bpf_core_field_offset and
// BPF_CORE_READ_BITFIELD's byte size and shifts are unsigned ints) used as
// 64 bits. Without ALU32 (-mcpu=v1, v2) the widening was a shift pair after
// every such immediate (`r1 = 4; r1 <<= 32; r1 >>= 32`), five instructions
// where clang-19 has one. Sizes, offsets, shifts and yes/no values are
// below 2^31 (libbpf patches them into a sign-extended 32-bit immediate),
// so their upper bits are known clear and the widening is free
// (CoreIR/IRReloc.h). An enumerator value may need all 64 bits and keeps
// its widening. test/Kernel/core-custom-btf.c runs v1 code like this
// against two other layouts.
//
// RUN: %corecc -O2 -g -mcpu=v2 -c %s -o %t.v2.o
// RUN: %objdump -dr --no-show-raw-insn %t.v2.o | FileCheck %s
// RUN: %corecc -O2 -g -mcpu=v1 -c %s -o %t.v1.o
// RUN: %objdump -dr --no-show-raw-insn %t.v1.o | FileCheck %s

#define SEC(n) __attribute__((section(n), used))

struct rec {
  int a;
  unsigned int flags : 3, mode : 5;
  char tail[4];
} __attribute__((preserve_access_index));

enum wide { LOW = 1, HIGH = 0x80000000u };

// CHECK-LABEL: <offset_add>:
// CHECK-NEXT: r0 = r1
// CHECK-NEXT: r0 += 0x5
// CHECK-NEXT: CO-RE <byte_off> [{{[0-9]+}}] struct rec::tail (0:3)
// CHECK-NEXT: exit
SEC("syscall") unsigned long offset_add(struct rec *r) {
  return (unsigned long)r +
         __builtin_preserve_field_info(r->tail, 0 /*BYTE_OFFSET*/);
}

// CHECK-LABEL: <size_widen>:
// CHECK-NEXT: r0 = 0x4
// CHECK-NEXT: CO-RE <byte_sz> [{{[0-9]+}}] struct rec::tail (0:3)
// CHECK-NOT: <<=
// CHECK: exit
SEC("syscall") unsigned long size_widen(struct rec *r) {
  return __builtin_preserve_field_info(r->tail, 1 /*BYTE_SIZE*/) +
         __builtin_preserve_field_info(r->mode, 5 /*RSHIFT_U64*/);
}

// The enumerator 0x80000000, as an unsigned int widened to 64 bits: the
// relocated immediate is libbpf's sign-extended enumerator value, so the
// widening (`w0 = w0`) must stay.
// CHECK-LABEL: <enum_widen>:
// CHECK-NEXT: r0 = -0x80000000 ll
// CHECK-NEXT: CO-RE <enumval_value> [{{[0-9]+}}] enum wide::HIGH
// CHECK-NEXT: w0 = w0
// CHECK-NEXT: exit
SEC("syscall") unsigned long enum_widen(void *ctx) {
  return (unsigned int)__builtin_preserve_enum_value(
      *(enum wide *)HIGH, 1 /*ENUM_VALUE*/);
}
