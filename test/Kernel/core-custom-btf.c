// CO-RE against custom target BTF (libbpf btf_custom_path): one object,
// compiled against layout 0 of Inputs/core-variants.h, loaded against the
// BTF of layouts 1 and 2 (fields moved, grown, removed and added; bitfields
// moved and widened; a flavor rec___v2; renumbered ENUM and ENUM64
// enumerators; a type removed and one grown) and against its own BTF. Each
// target BTF is clang-19's BTF of that layout; the expected values come
// from the host's gcc reading the same bytes through the same layout
// (Inputs/core-expect.c), never from a BPF compiler.
//
// The programs read a struct rec that corecc-run passes as the context of
// a syscall program, copied into .bss.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %corecc -O2 -g -Wno-core-bitfield -I%S/../CORE/Inputs -I%S/Inputs -c %s -o %t.o
// RUN: %clang19 -g -target bpf -DVARIANT=1 -I%S/Inputs -c %S/Inputs/core-target.c -o %t.v1.o
// RUN: %clang19 -g -target bpf -DVARIANT=2 -I%S/Inputs -c %S/Inputs/core-target.c -o %t.v2.o
// RUN: gcc -DVARIANT=0 -I%S/Inputs %S/Inputs/core-expect.c -o %t.expect0
// RUN: gcc -DVARIANT=1 -I%S/Inputs %S/Inputs/core-expect.c -o %t.expect1
// RUN: gcc -DVARIANT=2 -I%S/Inputs %S/Inputs/core-expect.c -o %t.expect2
//
// Against layout 1 and 2: every value is that layout's.
// RUN: %t.expect1 check > %t.check1
// RUN: %bpftool btf dump file %t.v1.o | sed -n "s/^\[\([0-9]*\)\] STRUCT 'rec' .*/CHECK-DAG: global .bss id_rec = \1{{$}}/p" >> %t.check1
// RUN: %corecc-run %t.o --btf %t.v1.o --prog fields --prog guarded --prog types --prog flavor --run fields --run guarded --run types --run flavor --ctx $(%t.expect1 ctx) --dump-globals > %t.out1
// RUN: FileCheck %t.check1 < %t.out1
// RUN: FileCheck --check-prefix=LOADED %s < %t.out1
// RUN: %t.expect2 check > %t.check2
// RUN: %bpftool btf dump file %t.v2.o | sed -n "s/^\[\([0-9]*\)\] STRUCT 'rec' .*/CHECK-DAG: global .bss id_rec = \1{{$}}/p" >> %t.check2
// RUN: %corecc-run %t.o --btf %t.v2.o --prog fields --prog guarded --prog types --prog flavor --run fields --run guarded --run types --run flavor --ctx $(%t.expect2 ctx) --dump-globals > %t.out2
// RUN: FileCheck %t.check2 < %t.out2
// RUN: FileCheck --check-prefix=LOADED %s < %t.out2
//
// The same source built for cpu v1 (no ALU32: 32-bit relocation values
// widen to 64 bits without a shift pair, CoreIR/IRReloc.h) reads the same
// values against both layouts.
// RUN: %corecc -O2 -g -mcpu=v1 -Wno-core-bitfield -I%S/../CORE/Inputs -I%S/Inputs -c %s -o %t.cpu1.o
// RUN: %corecc-run %t.cpu1.o --btf %t.v1.o --prog fields --prog guarded --prog types --prog flavor --run fields --run guarded --run types --run flavor --ctx $(%t.expect1 ctx) --dump-globals > %t.cpu1.out1
// RUN: FileCheck %t.check1 < %t.cpu1.out1
// RUN: %corecc-run %t.cpu1.o --btf %t.v2.o --prog fields --prog guarded --prog types --prog flavor --run fields --run guarded --run types --run flavor --ctx $(%t.expect2 ctx) --dump-globals > %t.cpu1.out2
// RUN: FileCheck %t.check2 < %t.cpu1.out2
//
// Against the object's own BTF every relocation resolves to the value
// corecc wrote (libbpf validates that: "unexpected insn value" would fail
// the load), and a plain bitfield read is right too.
// RUN: %t.expect0 check > %t.check0
// RUN: %bpftool btf dump file %t.o | sed -n "s/^\[\([0-9]*\)\] STRUCT 'rec' .*/CHECK-DAG: global .bss id_rec = \1{{$}}/p" >> %t.check0
// RUN: %corecc-run %t.o --btf %t.o --prog fields --prog guarded --prog types --prog plain_bitfield --prog unguarded --run fields --run guarded --run types --run plain_bitfield --run unguarded --ctx $(%t.expect0 ctx) --dump-globals > %t.out0
// RUN: FileCheck %t.check0 < %t.out0
// RUN: FileCheck --check-prefix=SELF %s < %t.out0
//
// tail is not in layout 1: read without bpf_core_field_exists, libbpf
// poisons the load (a call to helper #195896080, 0xbad2310) and the verifier
// rejects it with "invalid func unknown#195896080", a line libbpf rewrites
// in the log it hands back into the relocation that failed. The guarded
// read in "guarded" loaded above and took the fallback.
// RUN: not %corecc-run %t.o --btf %t.v1.o --prog unguarded --log-level 1 -v --ctx $(%t.expect1 ctx) > %t.poison.out 2> %t.poison.err
// RUN: FileCheck --check-prefix=POISON %s < %t.poison.out
// RUN: FileCheck --check-prefix=POISON-LOG %s < %t.poison.err

#include "bpf-min.h"

#define VARIANT 0
#pragma clang attribute push(__attribute__((preserve_access_index)),         \
                             apply_to = record)
#include "core-variants.h"
// A flavor: libbpf matches rec___v2 against the target's rec.
struct rec___v2 {
  int extra;
};
#pragma clang attribute pop

unsigned char buf[128];

// The struct in buf, through a pointer the optimizer knows nothing about:
// a load guarded by bpf_core_field_exists must stay behind its guard.
static __always_inline struct rec *input(void *ctx) {
  __builtin_memcpy(buf, ctx, sizeof(buf));
  void *p = buf;
  asm volatile("" : "+r"(p));
  return p;
}

long out_a, out_b, out_c, out_c_probed, out_name2, out_in_x, out_in_y,
    out_kind, out_flags;
unsigned long off_a, off_in_y, size_b, size_name, size_in;

SEC("syscall") int fields(void *ctx) {
  struct rec *r = input(ctx);
  out_a = r->a;
  out_b = r->b;
  out_c = r->c;
  out_name2 = r->name[2];
  // in.x is a long long in layout 1: a direct load of an int cannot grow to
  // a signed 8-byte field, bpf_probe_read_kernel of 4 bytes can.
  out_in_x = BPF_CORE_READ(r, in.x);
  out_in_y = r->in.y;
  out_c_probed = BPF_CORE_READ(r, c);
  out_kind = BPF_CORE_READ_BITFIELD(r, kind);
  out_flags = BPF_CORE_READ_BITFIELD_PROBED(r, flags);
  off_a = bpf_core_field_offset(r->a);
  off_in_y = bpf_core_field_offset(r->in.y);
  size_b = bpf_core_field_size(r->b);
  size_name = bpf_core_field_size(r->name);
  size_in = bpf_core_field_size(r->in);
  return 0;
}

long exists_tail, out_tail, out_tail_probed;

SEC("syscall") int guarded(void *ctx) {
  struct rec *r = input(ctx);
  exists_tail = bpf_core_field_exists(r->tail);
  if (bpf_core_field_exists(r->tail))
    out_tail = r->tail;
  else
    out_tail = -1;
  if (bpf_core_field_exists(r->tail))
    out_tail_probed = BPF_CORE_READ(r, tail);
  else
    out_tail_probed = -1;
  return 0;
}

long exists_only_here, size_only_here, size_rec, matches_inner, id_rec,
    enum_red, enum_blue, exists_purple, wide_a, wide_b;

SEC("syscall") int types(void *ctx) {
  exists_only_here = bpf_core_type_exists(struct only_here);
  size_only_here = bpf_core_type_size(struct only_here);
  size_rec = bpf_core_type_size(struct rec);
  matches_inner = bpf_core_type_matches(struct rec_inner);
  id_rec = bpf_core_type_id_kernel(struct rec);
  enum_red = bpf_core_enum_value(enum color, RED);
  enum_blue = bpf_core_enum_value(enum color, BLUE);
  exists_purple = bpf_core_enum_value_exists(enum color, PURPLE);
  wide_a = bpf_core_enum_value(enum wide, WIDE_A);
  wide_b = bpf_core_enum_value(enum wide, WIDE_B);
  return 0;
}

long exists_extra, out_extra;

SEC("syscall") int flavor(void *ctx) {
  struct rec___v2 *r = (struct rec___v2 *)input(ctx);
  exists_extra = bpf_core_field_exists(r->extra);
  if (bpf_core_field_exists(r->extra))
    out_extra = r->extra;
  else
    out_extra = -1;
  return 0;
}

// A plain bitfield read: right against the layout it was compiled for,
// also where Clang's storage unit starts after libbpf's unit (bits).
long plain_kind, plain_flags, plain_mode, plain_level;

SEC("syscall") int plain_bitfield(void *ctx) {
  struct rec *r = input(ctx);
  plain_kind = r->kind;
  plain_flags = r->flags;
  struct bits *b = (struct bits *)r;
  plain_mode = b->mode;
  plain_level = b->level;
  return 0;
}

long unguarded_tail;

SEC("syscall") int unguarded(void *ctx) {
  struct rec *r = input(ctx);
  unguarded_tail = r->tail;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// LOADED: prog fields section=syscall type=syscall loaded
// LOADED: run fields retval=0
// LOADED: run guarded retval=0
// LOADED: run types retval=0
// LOADED: run flavor retval=0

// SELF: prog plain_bitfield section=syscall type=syscall loaded
// SELF: prog unguarded section=syscall type=syscall loaded
// SELF: run plain_bitfield retval=0
// SELF: run unguarded retval=0

// POISON: prog unguarded section=syscall type=syscall FAILED: Invalid argument: [[#INSN:]]: <invalid CO-RE relocation> | failed to resolve CO-RE relocation <byte_off> [[[#]]] struct rec.tail (0:6 @ offset 26)
// POISON-LOG: libbpf: prog 'unguarded': relo #{{[0-9]+}}: <byte_off> [[[#]]] struct rec.tail (0:6 @ offset 26)
// POISON-LOG: libbpf: prog 'unguarded': relo #{{[0-9]+}}: non-matching candidate #0 <byte_off> [[[#]]] struct rec (0 @ offset 0)
// POISON-LOG: libbpf: prog 'unguarded': relo #{{[0-9]+}}: substituting insn #[[#INSN:]] w/ invalid insn
// POISON-LOG: -- verifier log of prog 'unguarded' --
// POISON-LOG: ; unguarded_tail = r->tail;
// POISON-LOG-NEXT: [[#INSN]]: <invalid CO-RE relocation>
// POISON-LOG-NEXT: failed to resolve CO-RE relocation <byte_off> [[[#]]] struct rec.tail (0:6 @ offset 26)
