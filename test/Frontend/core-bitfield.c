// -Wcore-bitfield: a plain read or write of a bitfield of a CO-RE type.
// Clang relocates the byte offset of the bitfield's storage unit, but the
// shift and mask are this compile's (llvm-project issue 77720), so the
// value is wrong on a kernel whose layout differs. The fix-it is libbpf's
// BPF_CORE_READ_BITFIELD_PROBED (any pointer), or BPF_CORE_READ_BITFIELD
// (a direct load) in programs that may load from kernel pointers directly
// and for the program's own memory.
//
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs -Xclang -verify %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Xclang -verify %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs \
// RUN:   -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -fdiagnostics-parseable-fixits %s 2>&1 \
// RUN:   | FileCheck %s
// The check's own flag turns it off.
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs \
// RUN:   -fplugin-arg-corecc-Wno-core-bitfield -Xclang -verify=none %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Wno-core-bitfield -Xclang -verify=none %s
// none-no-diagnostics

#include "bpf-min.h"
#include <bpf/bpf_tracing.h>

struct inner {
  int x;
  unsigned ibf : 3;
} __attribute__((preserve_access_index));

struct task {
  int pid;
  unsigned flags : 3;
  unsigned in_execve : 1;
  struct inner in;
  struct inner arr[2];
} __attribute__((preserve_access_index));

// Not CO-RE: plain reads are right.
struct plain {
  unsigned bf : 2;
};

// CO-RE (vmlinux.h marks it), but its layout is the IPv4 header's.
struct iphdr {
  __u8 ihl : 4, version : 4;
} __attribute__((preserve_access_index));

// A function that is not a program of a known type: the probed form.
int read_probed(struct task *t) {
  // CHECK: fix-it:"{{.*}}core-bitfield.c":{[[@LINE+1]]:10-[[@LINE+1]]:18}:"BPF_CORE_READ_BITFIELD_PROBED(t, flags)"
  return t->flags; // expected-warning {{bitfield 'flags' of CO-RE type 'struct task' is read with this compile's shift and mask (only its byte offset is relocated), so its value is wrong on a kernel whose layout differs; use BPF_CORE_READ_BITFIELD_PROBED(), which reads through bpf_probe_read_kernel and works for any pointer (BPF_CORE_READ_BITFIELD() loads directly, which tp_btf, fentry, fexit, lsm and iter programs may do) [-Wcore-bitfield]}}
}

// The field path goes into the macro's second argument.
int read_nested(struct task *t) {
  // CHECK: fix-it:"{{.*}}core-bitfield.c":{[[@LINE+2]]:10-[[@LINE+2]]:19}:"BPF_CORE_READ_BITFIELD_PROBED(t, in.ibf)"
  // CHECK: fix-it:"{{.*}}core-bitfield.c":{[[@LINE+1]]:22-[[@LINE+1]]:35}:"BPF_CORE_READ_BITFIELD_PROBED(t, arr[1].ibf)"
  return t->in.ibf + t->arr[1].ibf; // expected-warning {{bitfield 'ibf' of CO-RE type 'struct inner' is read}} \
                                    // expected-warning {{bitfield 'ibf' of CO-RE type 'struct inner' is read}}
}

// fentry programs may load from kernel pointers: the direct form. The
// body of BPF_PROG is a function of its own (____on_exit); the section is
// its caller's.
SEC("fentry/do_exit")
int BPF_PROG(on_exit, struct task *task) {
  // CHECK: fix-it:"{{.*}}core-bitfield.c":{[[@LINE+1]]:10-[[@LINE+1]]:25}:"BPF_CORE_READ_BITFIELD(task, in_execve)"
  return task->in_execve; // expected-warning {{use BPF_CORE_READ_BITFIELD(), a direct load, which a 'fentry/do_exit' program may do [-Wcore-bitfield]}}
}

SEC("tp_btf/sched_switch")
int on_switch(unsigned long long *ctx) {
  struct task *next = (struct task *)ctx[2];
  // CHECK: fix-it:"{{.*}}core-bitfield.c":{[[@LINE+1]]:10-[[@LINE+1]]:21}:"BPF_CORE_READ_BITFIELD(next, flags)"
  return next->flags; // expected-warning {{a direct load, which a 'tp_btf/sched_switch' program may do}}
}

// BPF_CORE_READ_BITFIELD declares locals named p and val: a pointer named
// p gets the probed form, which declares only val; a pointer named val
// gets no fix-it at all.
SEC("fentry/do_exit")
int BPF_PROG(on_exit_p, struct task *p) {
  // CHECK: fix-it:"{{.*}}core-bitfield.c":{[[@LINE+1]]:10-[[@LINE+1]]:18}:"BPF_CORE_READ_BITFIELD_PROBED(p, flags)"
  return p->flags; // expected-warning {{use BPF_CORE_READ_BITFIELD_PROBED(), which reads through bpf_probe_read_kernel}}
}

int read_val(struct task *val) {
  // CHECK-NOT: fix-it:"{{.*}}core-bitfield.c":{[[@LINE+1]]:
  return val->flags; // expected-warning {{bitfield 'flags' of CO-RE type 'struct task' is read}}
}

// The program's own memory: a direct load.
int read_local(void) {
  struct task local = {};
  // CHECK: fix-it:"{{.*}}core-bitfield.c":{[[@LINE+1]]:10-[[@LINE+1]]:21}:"BPF_CORE_READ_BITFIELD(&local, flags)"
  return local.flags; // expected-warning {{use BPF_CORE_READ_BITFIELD(), a direct load of the program's own memory [-Wcore-bitfield]}}
}

// Inside __builtin_preserve_access_index every record is CO-RE.
int read_region(struct plain *q) {
  // CHECK: fix-it:"{{.*}}core-bitfield.c":{[[@LINE+1]]:42-[[@LINE+1]]:47}:"BPF_CORE_READ_BITFIELD_PROBED(q, bf)"
  return __builtin_preserve_access_index(q->bf); // expected-warning {{bitfield 'bf' of CO-RE type 'struct plain' is read}}
}

// Writes (and read-modify-writes) have the same problem and no macro in
// this libbpf.
void write(struct task *t) {
  t->flags = 1;   // expected-warning {{bitfield 'flags' of CO-RE type 'struct task' is written with this compile's shift and mask (only its byte offset is relocated), so the write changes the wrong bits on a kernel whose layout differs [-Wcore-bitfield]}}
  t->flags++;     // expected-warning {{bitfield 'flags' of CO-RE type 'struct task' is written}}
  t->in.ibf |= 2; // expected-warning {{bitfield 'ibf' of CO-RE type 'struct inner' is written}}
}

// The portable forms, and what is not CO-RE: no warning.
unsigned long long portable(struct task *t, struct plain *q,
                            struct iphdr *iph) {
  return BPF_CORE_READ_BITFIELD_PROBED(t, flags) +
         BPF_CORE_READ_BITFIELD(t, in.ibf) +
         bpf_core_field_exists(t->in_execve) +
         bpf_core_field_size(struct task, flags) + q->bf + iph->ihl +
         iph->version;
}
