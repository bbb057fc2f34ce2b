// -Wcore-copy: whole-object copies of a CO-RE type. The copy has this
// compile's size, but every later access to its fields is relocated to the
// running kernel's offsets, which can lie outside the copy (clang-19
// relocates the accesses on the stack copy). Struct assignment and
// initialization from memory behind a pointer, returns, by-value parameters
// and returns, memcpy and bpf_probe_read_kernel of sizeof(the object).
// There is no fix-it: copy the fields you need with BPF_CORE_READ().
//
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs -Xclang -verify %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Xclang -verify %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Wno-core-copy -Wno-core-empty-builtin -Xclang -verify=none %s
// none-no-diagnostics
//
// The copy reads this compile's 24 bytes at fixed offsets, and the access
// after it is a relocation on the stack copy, in clang-19 as in corecc:
// RUN: %clang19 -target bpf -O2 -g -c -I%S/Inputs %s -o %t-clang.o
// RUN: %objdump -dr %t-clang.o | FileCheck --check-prefix=RELOC %s
// RUN: %corecc -O2 -g -c -I%S/Inputs -Wno-core %s -o %t.o
// RUN: %objdump -dr %t.o | FileCheck --check-prefix=RELOC %s
// RELOC-LABEL: <copy_and_read>:
// RELOC-DAG:  {{r[0-9]}} = r10
// RELOC-DAG:  CO-RE <byte_off> [{{[0-9]+}}] struct task::comm[0] (0:2:0)
// RELOC-LABEL: <assign>:

#include "bpf-min.h"

struct inner {
  int x;
} __attribute__((preserve_access_index));

struct task {
  int pid;
  struct inner in;
  char comm[16];
} __attribute__((preserve_access_index));

struct sockaddr_in6 {
  unsigned short family;
  unsigned char addr[16];
} __attribute__((preserve_access_index));

struct plain {
  int a;
};

char copy_and_read(struct task *t) {
  struct task copy = *t; // expected-warning {{whole-object copy of CO-RE type 'struct task': it copies this compile's size of it, but accesses to the copy's fields are relocated to the running kernel's offsets, which can lie outside the copy; copy the fields you need with BPF_CORE_READ() [-Wcore-copy]}}
  return copy.comm[0];
}

void assign(struct task *dst, struct task *src, struct inner *in) {
  *dst = *src;   // expected-warning {{whole-object copy of CO-RE type 'struct task'}}
  *in = src->in; // expected-warning {{whole-object copy of CO-RE type 'struct inner'}}
}

// (Returned or passed by value, a struct that is not inlined away is an
// error in both backends when the object is built; -fsyntax-only and
// inlined helpers compile, and copy.)
static __always_inline int by_value(struct task t) { // expected-warning {{'by_value' takes CO-RE type 'struct task' by value: each call copies this compile's size of it, but accesses to the copy's fields are relocated to the running kernel's offsets, which can lie outside the copy; pass a pointer [-Wcore-copy]}}
  return t.pid;
}

static __always_inline struct inner get_inner(struct task *t) { // expected-warning {{'get_inner' returns CO-RE type 'struct inner' by value: the copy has this compile's size of it, but accesses to the copy's fields are relocated to the running kernel's offsets, which can lie outside the copy; return a pointer or the fields you need [-Wcore-copy]}}
  return t->in; // expected-warning {{whole-object copy of CO-RE type 'struct inner'}}
}

int call(struct task *t) {
  return by_value(*t) + get_inner(t).x; // expected-warning {{whole-object copy of CO-RE type 'struct task'}}
}

void copies(struct task *t) {
  struct task a, b;
  __builtin_memcpy(&a, t, sizeof(*t)); // expected-warning {{'__builtin_memcpy' copies a whole object of CO-RE type 'struct task', of this compile's size, but accesses to the copy's fields are relocated to the running kernel's offsets, which can lie outside the copy; copy the fields you need with BPF_CORE_READ() [-Wcore-copy]}}
  bpf_probe_read_kernel(&b, sizeof(b), t); // expected-warning {{'bpf_probe_read_kernel' copies a whole object of CO-RE type 'struct task'}}
  bpf_probe_read(&b, sizeof(struct task), t); // expected-warning {{'bpf_probe_read' copies a whole object of CO-RE type 'struct task'}}
}

// Inside __builtin_preserve_access_index every record is CO-RE (and with no
// member access the builtin does nothing).
int region(struct plain *p) {
  return __builtin_preserve_access_index(*p).a; // expected-warning {{whole-object copy of CO-RE type 'struct plain'}} \
                                              // expected-warning {{has no effect here}}
}

// No warning: copies between the program's own objects, libbpf's CO-RE
// reads of a whole member (BPF_CORE_READ returns its own copy), what is not
// CO-RE, stable layouts.
int no_warning(struct task *t, struct plain *p, struct sockaddr_in6 *sa) {
  struct task a = {}, b;
  struct inner in;
  b = a;
  in = a.in;
  __builtin_memcpy(&b, &a, sizeof(a));
  struct inner i1 = BPF_CORE_READ(t, in);
  BPF_CORE_READ_INTO(&in, t, in);
  bpf_core_read(&in, sizeof(in), &t->in);
  struct plain q = *p;
  struct sockaddr_in6 s = *sa;
  return b.pid + in.x + i1.x + q.a + s.family;
}
