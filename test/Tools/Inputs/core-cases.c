// CO-RE corner cases for corecc-btf check and the differential test
// against libbpf (core-check-*.test): one program per case, so that a case
// libbpf refuses does not hide the others. Types in core-cases.h; targets
// are core-cases-target.c built with VARIANT=1 and 2.
//
// The programs read a copy of their context through a pointer the
// optimizer knows nothing about, so that each access stays a load of its
// own (see test/Kernel/core-custom-btf.c).
#include "bpf-min.h"

#define VARIANT 0
#pragma clang attribute push(__attribute__((preserve_access_index)),         \
                             apply_to = record)
#include "core-cases.h"
struct task___v2 {
  int pid;
};
#pragma clang attribute pop

unsigned char buf[64];
long out[8];

static __always_inline void *input(void *ctx) {
  __builtin_memcpy(buf, ctx, sizeof(buf));
  void *p = buf;
  asm volatile("" : "+r"(p));
  return p;
}

SEC("syscall") int ambiguous(void *ctx) {
  struct amb *p = input(ctx);
  out[0] = p->b;
  return 0;
}

SEC("syscall") int ambiguous_size(void *ctx) {
  struct amb2 *p = input(ctx);
  out[0] = bpf_core_field_size(p->s);
  out[1] = bpf_core_field_offset(p->s);
  return 0;
}

SEC("syscall") int pruned(void *ctx) {
  struct prn *p = input(ctx);
  out[0] = bpf_core_field_exists(p->x);
  out[1] = bpf_core_field_exists(p->y);
  out[2] = bpf_core_field_offset(p->x);
  return 0;
}

SEC("syscall") int far_load(void *ctx) {
  struct big *p = input(ctx);
  out[0] = p->far;
  return 0;
}

SEC("syscall") int far_offset(void *ctx) {
  struct big *p = input(ctx);
  out[0] = bpf_core_field_offset(p->far);
  out[1] = BPF_CORE_READ(p, a);
  return 0;
}

SEC("syscall") int grow_unsigned(void *ctx) {
  struct grow *p = input(ctx);
  out[0] = p->u;
  out[1] = (long)p->p;
  out[2] = p->h;
  return 0;
}

SEC("syscall") int grow_signed(void *ctx) {
  struct grow *p = input(ctx);
  out[0] = p->s;
  return 0;
}

SEC("syscall") int types(void *ctx) {
  out[0] = bpf_core_type_matches(struct tm);
  out[1] = bpf_core_type_exists(struct missing_type);
  out[2] = bpf_core_type_size(struct missing_type);
  out[3] = bpf_core_type_exists(u64_t);
  out[4] = bpf_core_type_id_kernel(struct task);
  out[5] = bpf_core_type_id_local(struct task);
  out[6] = bpf_core_type_size(struct big);
  return 0;
}

SEC("syscall") int enums(void *ctx) {
  out[0] = bpf_core_enum_value(enum e64, E64_A);
  out[1] = bpf_core_enum_value(enum e64, E64_B);
  out[2] = bpf_core_enum_value(enum neg, NEG_A);
  out[3] = bpf_core_enum_value(enum neg, NEG_B);
  out[4] = bpf_core_enum_value_exists(enum neg, NEG_B);
  return 0;
}

SEC("syscall") int guarded(void *ctx) {
  struct gone *p = input(ctx);
  if (bpf_core_field_exists(p->gone))
    out[0] = p->gone;
  else
    out[0] = -1;
  out[1] = p->keep;
  return 0;
}

SEC("syscall") int unguarded(void *ctx) {
  struct gone *p = input(ctx);
  out[0] = p->gone;
  return 0;
}

SEC("syscall") int flavor(void *ctx) {
  struct task___v2 *f = input(ctx);
  struct task *t = input(ctx);
  out[0] = f->pid;
  out[1] = t->tgid;
  return 0;
}

SEC("syscall") int anon(void *ctx) {
  struct anon_move *p = input(ctx);
  struct arr *a = input(ctx);
  out[0] = p->b;
  out[1] = a->v[1];
  out[2] = bpf_core_field_exists(a->v[3]);
  return 0;
}

SEC("syscall") int bitfields(void *ctx) {
  struct bf *b = input(ctx);
  out[0] = BPF_CORE_READ_BITFIELD(b, lo);
  out[1] = BPF_CORE_READ_BITFIELD_PROBED(b, hi);
  out[2] = __builtin_preserve_field_info(b->hi, BPF_FIELD_SIGNED);
  out[3] = b->after;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
