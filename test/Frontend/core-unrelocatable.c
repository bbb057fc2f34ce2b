// -Wcore-unrelocatable: sizes, alignments and offsets of CO-RE types where
// CO-RE has no relocation (a constant expression such as an array bound, a
// case label or a global initializer; _Alignof): the value is this
// compile's, and nothing the program could write instead is relocated.
// That is off by default, -Wcore does not turn it on, and only
// -Wcore-unrelocatable does: a warning nobody can act on is noise (the
// kernel's selftests size buffers with sizeof of kernel types, as
// bpf_testmod_kfunc.h does). The same expressions in code that runs are
// -Wcore-sizeof and -Wcore-offsetof, which have fix-its.
//
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Xclang -verify=none %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Wcore -Xclang -verify=none %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Werror=core -Xclang -verify=none %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs -Xclang -verify=none %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Wcore-unrelocatable -Xclang -verify %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs \
// RUN:   -fplugin-arg-corecc-Wcore-unrelocatable -Xclang -verify %s
// RUN: not %corecc -g -fsyntax-only -I%S/Inputs -Werror=core-unrelocatable %s 2>&1 | FileCheck %s
// CHECK: error: the size of CO-RE type 'struct task'{{.*}}[-Werror,-Wcore-unrelocatable]
// none-no-diagnostics

#include "bpf-min.h"

struct task {
  int pid;
  long state;
} __attribute__((preserve_access_index));

char buf[sizeof(struct task)]; // expected-warning {{in a constant expression it cannot be relocated (bpf_core_type_size() is a run-time value) [-Wcore-unrelocatable]}}
enum { PID_OFF = __builtin_offsetof(struct task, pid) }; // expected-warning {{a constant expression is not relocated, and the running kernel's offset can differ [-Wcore-unrelocatable]}}

int align(void) {
  return _Alignof(struct task); // expected-warning {{CO-RE has no relocation for it [-Wcore-unrelocatable]}}
}
