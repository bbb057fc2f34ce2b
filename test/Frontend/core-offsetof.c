// -Wcore-offsetof: offsets in a CO-RE type that are not relocated.
// __builtin_offsetof (and <stddef.h>'s offsetof, and container_of written
// with it) is always folded to this compile's offset; libbpf's and the
// kernel's offsetof, &((T *)0)->f, is a relocated access in a function but
// is folded too in a constant expression. The fix-it:
// bpf_core_field_offset(T, f), relocated to the kernel's offset.
//
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -fplugin-arg-corecc-Wcore-unrelocatable -I%S/Inputs -Xclang -verify %s
// RUN: %corecc -g -fsyntax-only -Wcore-unrelocatable -I%S/Inputs -Xclang -verify %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -fplugin-arg-corecc-Wcore-unrelocatable -I%S/Inputs \
// RUN:   -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %corecc -g -fsyntax-only -Wcore-unrelocatable -I%S/Inputs -fdiagnostics-parseable-fixits %s 2>&1 \
// RUN:   | FileCheck %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Wno-core-offsetof -Xclang -verify=none %s
// none-no-diagnostics
//
// libbpf's offsetof in a function is relocated: corecc and clang-19 both
// emit a CO-RE relocation for it, so it is not reported.
// RUN: %corecc -O2 -g -c -I%S/Inputs -Wno-core %s -o %t.o
// RUN: %objdump -dr %t.o | FileCheck --check-prefix=RELOC %s
// RUN: %clang19 -target bpf -O2 -g -c -I%S/Inputs %s -o %t-clang.o
// RUN: %objdump -dr %t-clang.o | FileCheck --check-prefix=RELOC %s
// RELOC-LABEL: <libbpf_offsetof>:
// RELOC: CO-RE <byte_off> [{{[0-9]+}}] struct task::in (0:1)
// RELOC-LABEL: <libbpf_container_of>:
// RELOC: CO-RE <byte_off> [{{[0-9]+}}] struct task::in (0:1)

#include "bpf-min.h"

#define STD_OFFSETOF(type, member) __builtin_offsetof(type, member)

struct inner {
  int x;
} __attribute__((preserve_access_index));

struct task {
  int pid;
  struct inner in;
  int arr[4];
} __attribute__((preserve_access_index));

struct plain {
  int a, b;
};

struct iphdr {
  __u8 ttl, protocol;
} __attribute__((preserve_access_index));

unsigned long builtin(void) {
  // CHECK: fix-it:"{{.*}}core-offsetof.c":{[[@LINE+1]]:10-[[@LINE+1]]:47}:"bpf_core_field_offset(struct task, in.x)"
  return __builtin_offsetof(struct task, in.x) + // expected-warning {{the offset of 'in.x' in CO-RE type 'struct task' is this compile's: offsetof is not relocated; use bpf_core_field_offset(), which libbpf relocates to the running kernel's offset [-Wcore-offsetof]}}
  // CHECK: fix-it:"{{.*}}core-offsetof.c":{[[@LINE+1]]:10-[[@LINE+1]]:49}:"bpf_core_field_offset(struct task, arr[2])"
         __builtin_offsetof(struct task, arr[2]) + // expected-warning {{the offset of 'arr[2]' in CO-RE type 'struct task'}}
  // A macro around it: the whole invocation is replaced.
  // CHECK: fix-it:"{{.*}}core-offsetof.c":{[[@LINE+1]]:10-[[@LINE+1]]:40}:"bpf_core_field_offset(struct task, pid)"
         STD_OFFSETOF(struct task, pid); // expected-warning {{the offset of 'pid' in CO-RE type 'struct task'}}
}

// container_of written with __builtin_offsetof, as with <stddef.h>.
#define std_container_of(ptr, type, member)                                    \
  ((type *)((char *)(ptr) - __builtin_offsetof(type, member)))

struct task *container(struct inner *in) {
  return std_container_of(in, struct task, in); // expected-warning {{the offset of 'in' in CO-RE type 'struct task' is this compile's: offsetof is not relocated}}
}

// In a constant expression neither form is relocated.
static const unsigned long in_offset = offsetof(struct task, in); // expected-warning {{the offset of 'in' in CO-RE type 'struct task' is this compile's: a constant expression is not relocated, and the running kernel's offset can differ [-Wcore-unrelocatable]}}
enum { PID_OFFSET = __builtin_offsetof(struct task, pid) }; // expected-warning {{the offset of 'pid' in CO-RE type 'struct task' is this compile's: a constant expression is not relocated}}
static const struct { unsigned long off; } desc = {
    offsetof(struct task, arr[1]), // expected-warning {{the offset of 'arr[1]' in CO-RE type 'struct task' is this compile's: a constant expression is not relocated}}
};

// No warning: libbpf's offsetof and container_of in a function (relocated,
// see RELOC above), the relocated builtins, static assertions about this
// compile's layout, what is not CO-RE, the network headers.
_Static_assert(__builtin_offsetof(struct task, pid) == 0, "pid first");
unsigned long libbpf_offsetof(void) { return offsetof(struct task, in); }
struct task *libbpf_container_of(struct inner *in) {
  return container_of(in, struct task, in);
}
unsigned long no_warning(struct task *t) {
  return bpf_core_field_offset(struct task, in.x) +
         bpf_core_field_offset(t->arr[1]) +
         __builtin_offsetof(struct plain, b) +
         __builtin_offsetof(struct iphdr, protocol) + in_offset + PID_OFFSET +
         desc.off;
}
