// A frame-pointer walk, the shape of the selftests' pyperf600_nounroll: a
// bounded loop whose body runs only "if (fp && read_frame(fp, ...))", so
// the latch (count and jump back) joins the body's end and the skipped
// path. The verifier keeps a state at a join for later pruning only after
// two jumps and eight instructions since the last state it kept; the path
// that fell through into the latch kept none there, and each iteration was
// walked again for it. CoreBPFJoinJumps makes that path jump into the latch
// (test/CodeGen/CoreBPF/join-jumps-latch.c).
//
// unwind_user walks from the task pointer as a profiler walks user frames
// (the reads fail at run time; the verifier cannot know): 71,290 processed
// instructions without the jump, 55,978 with it (clang-19: 84,460), on
// kernel 6.18. unwind walks a chain the program builds in .bss, so its run
// shows the loop still computes what it should.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.o --prog unwind_user -q | FileCheck --check-prefix=WORK %s
// RUN: %corecc-run %t.o --prog unwind --run unwind --dump-globals | FileCheck %s
//
// Fewer than 62,000 processed instructions.
// WORK: prog unwind_user {{.*}} loaded insns={{[0-9]+}} verified_insns={{([0-9]{1,4}|[1-5][0-9]{4}|6[01][0-9]{3})$}}
//
// CHECK: run unwind retval=0
// CHECK-DAG: global .bss depth = 8
// CHECK-DAG: global .bss frames = 8
// CHECK-DAG: global .bss next_id = 8
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

#define DEPTH 200
#define CHAIN 8

struct frame {
  void *back, *code, *file, *name;
};
struct sym {
  char file[16];
  char name[16];
};
struct layout {
  int back, code, file, name, text;
};
struct trace {
  int len;
  int ids[DEPTH];
};
// What unwind walks: a frame whose code, file and name are itself.
struct pyframe {
  void *back, *code, *file, *name;
  char text[16];
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct layout);
} layouts SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, struct trace);
} traces SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, struct sym);
  __type(value, int);
} syms SEC(".maps");

struct pyframe chain[CHAIN];
void *head;
int depth, next_id, frames;

#define READ_FRAME(read, read_str)                                             \
  read(&f->back, sizeof(f->back), fp + l->back);                               \
  read(&f->code, sizeof(f->code), fp + l->code);                               \
  if (!f->code)                                                                \
    return false;                                                              \
  read(&f->file, sizeof(f->file), f->code + l->file);                          \
  read(&f->name, sizeof(f->name), f->code + l->name);                          \
  if (f->file)                                                                 \
    read_str(s->file, sizeof(s->file), f->file + l->text);                     \
  if (f->name)                                                                 \
    read_str(s->name, sizeof(s->name), f->name + l->text);                     \
  return true;

static __always_inline bool read_user_frame(void *fp, struct layout *l,
                                            struct frame *f, struct sym *s) {
  READ_FRAME(bpf_probe_read_user, bpf_probe_read_user_str)
}

static __always_inline bool read_kernel_frame(void *fp, struct layout *l,
                                              struct frame *f, struct sym *s) {
  READ_FRAME(bpf_probe_read_kernel, bpf_probe_read_kernel_str)
}

// The loop both programs share; READ is read_user_frame or
// read_kernel_frame.
#define WALK(READ)                                                             \
  int base = bpf_get_smp_processor_id();                                       \
  _Pragma("clang loop unroll(disable)") for (int i = 0; i < DEPTH; i++) {      \
    if (fp && READ(fp, l, &f, &s)) {                                           \
      int fresh = next_id * 64 + base;                                         \
      int *id = bpf_map_lookup_elem(&syms, &s);                                \
      if (!id) {                                                               \
        bpf_map_update_elem(&syms, &s, &fresh, 0);                             \
        id = bpf_map_lookup_elem(&syms, &s);                                   \
        if (!id)                                                               \
          return 2;                                                            \
      }                                                                        \
      if (*id == fresh)                                                        \
        next_id++;                                                             \
      t->ids[i] = *id;                                                         \
      t->len = i + 1;                                                          \
      depth = i + 1;                                                           \
      frames++;                                                                \
      fp = f.back;                                                             \
    }                                                                          \
  }

SEC("syscall")
int unwind_user(void *ctx) {
  int zero = 0;
  struct layout *l = bpf_map_lookup_elem(&layouts, &zero);
  struct trace *t = bpf_map_lookup_elem(&traces, &zero);
  if (!l || !t)
    return 1;
  struct frame f = {};
  struct sym s = {};
  void *fp = (void *)bpf_get_current_task();
  WALK(read_user_frame)
  return 0;
}

SEC("syscall")
int unwind(void *ctx) {
  int zero = 0;
  struct layout *l = bpf_map_lookup_elem(&layouts, &zero);
  struct trace *t = bpf_map_lookup_elem(&traces, &zero);
  if (!l || !t)
    return 1;
  l->back = 0, l->code = 8, l->file = 16, l->name = 24, l->text = 32;
  for (int k = 0; k < CHAIN; k++) {
    chain[k].back = k + 1 < CHAIN ? &chain[k + 1] : 0;
    chain[k].code = chain[k].file = chain[k].name = &chain[k];
    chain[k].text[0] = 'f';
    chain[k].text[1] = '0' + k;
  }
  struct frame f = {};
  struct sym s = {};
  // The walk starts from an address the verifier sees as a number, as a
  // profiler's frame pointer read from memory is.
  void *fp;
  head = &chain[0];
  bpf_probe_read_kernel(&fp, sizeof(fp), &head);
  WALK(read_kernel_frame)
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
