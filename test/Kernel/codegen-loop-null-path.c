// A loop over a linked structure read with probe reads, the shape of the
// selftests' pyperf600_nounroll: "for (...) if (fp && read_frame(fp)) {...}".
// The verifier explores a branch's fall-through first. With the empty
// "fp == NULL" path laid out as the fall-through (a critical edge split by
// PHI elimination to hold "fp = NULL"), it walked every iteration's empty
// path before the body, and the states of those specific paths never
// pruned the body's general ones: over 1M processed instructions ("BPF
// program is too large"), and pyperf600_nounroll failed with "The sequence
// of 8193 jumps is too complex". corecc no longer splits those edges
// (CoreBPFAPI.cpp), as clang-19's backend cannot: 209k processed
// instructions here, clang-19 228k.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.o --run walk --ctx 0000000000000000 | FileCheck %s
// Loaded, with fewer than 500,000 processed instructions.
// CHECK: prog walk {{.*}} loaded insns={{[0-9]+}} verified_insns={{([0-9]{1,5}|[1-4][0-9]{5})$}}
// CHECK: run walk retval=0
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct frame_data { void *back, *code, *file, *name; };
struct symbol { char file[64]; char name[64]; };
struct offsets { int back, code, file, name, data; };

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct offsets);
} offmap SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, struct symbol);
  __type(value, int);
} symbols SEC(".maps");

int depth;

static __always_inline bool read_frame(void *fp, struct offsets *o,
                                       struct frame_data *f, struct symbol *s) {
  bpf_probe_read_user(&f->back, sizeof(f->back), fp + o->back);
  bpf_probe_read_user(&f->code, sizeof(f->code), fp + o->code);
  if (!f->code)
    return false;
  bpf_probe_read_user(&f->file, sizeof(f->file), f->code + o->file);
  bpf_probe_read_user(&f->name, sizeof(f->name), f->code + o->name);
  if (f->file)
    bpf_probe_read_user_str(&s->file, sizeof(s->file), f->file + o->data);
  if (f->name)
    bpf_probe_read_user_str(&s->name, sizeof(s->name), f->name + o->data);
  return true;
}

SEC("raw_tp/sys_enter")
int walk(void *ctx) {
  int zero = 0;
  struct offsets *o = bpf_map_lookup_elem(&offmap, &zero);
  if (!o)
    return 0;
  struct frame_data f = {};
  struct symbol s = {};
  void *fp = (void *)bpf_get_current_task();
  int n = 0;
#pragma clang loop unroll(disable)
  for (int i = 0; i < 1000; i++) {
    if (fp && read_frame(fp, o, &f, &s)) {
      int *id = bpf_map_lookup_elem(&symbols, &s);
      if (!id) {
        bpf_map_update_elem(&symbols, &s, &zero, 0);
        id = bpf_map_lookup_elem(&symbols, &s);
        if (!id)
          return 0;
      }
      if (*id == n)
        n++;
      fp = f.back;
    }
  }
  depth = n;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
