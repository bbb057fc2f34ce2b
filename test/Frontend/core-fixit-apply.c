// The fix-its give code that compiles, passes the checks, and is
// relocated: applied with clang-19 -Xclang -fixit to a copy, the copy
// builds with -Werror=core in corecc and in clang-19, and its relocations
// are the kinds that carry the kernel's values (bitfield shifts, type size,
// field offset, the size step of p[n]).
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: cp %s %t/fixed.c
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs \
// RUN:   -Xclang -fixit %t/fixed.c 2>/dev/null
// RUN: FileCheck --check-prefix=FIXED %s < %t/fixed.c
// RUN: %corecc -O2 -g -c -I%S/Inputs -Werror=core %t/fixed.c -o %t/fixed.o
// RUN: %objdump -dr %t/fixed.o | FileCheck --check-prefix=RELOC %s
// RUN: %clang19 -target bpf -O2 -g -c -I%S/Inputs -fplugin=%plugin \
// RUN:   -fplugin-arg-corecc-Werror=core %t/fixed.c -o %t/fixed-clang.o
// RUN: %objdump -dr %t/fixed-clang.o | FileCheck --check-prefix=RELOC %s

#include "bpf-min.h"

struct task {
  int pid;
  unsigned flags : 3;
  struct task *next;
} __attribute__((preserve_access_index));

// FIXED: {{^}}  return BPF_CORE_READ_BITFIELD_PROBED(t, flags);
// RELOC-LABEL: <flags>:
// RELOC-DAG: CO-RE <byte_sz> [{{[0-9]+}}] struct task::flags (0:1)
// RELOC-DAG: CO-RE <lshift_u64> [{{[0-9]+}}] struct task::flags (0:1)
// RELOC-DAG: CO-RE <rshift_u64> [{{[0-9]+}}] struct task::flags (0:1)
unsigned long long flags(struct task *t) {
  return t->flags;
}

// FIXED: {{^}}  return bpf_core_type_size(struct task) + bpf_core_type_size(*t);
// RELOC-LABEL: <size>:
// RELOC: CO-RE <type_size> [{{[0-9]+}}] struct task
unsigned long size(struct task *t) {
  return sizeof(struct task) + sizeof(*t);
}

// FIXED: {{^}}  return bpf_core_field_offset(struct task, next);
// RELOC-LABEL: <offset>:
// RELOC: CO-RE <byte_off> [{{[0-9]+}}] struct task::next (0:2)
unsigned long offset(void) {
  return __builtin_offsetof(struct task, next);
}

// FIXED: {{^}}  return &t[1];
// RELOC-LABEL: <step>:
// RELOC: CO-RE <byte_off> [{{[0-9]+}}] struct task::[1] (1)
struct task *step(struct task *t) {
  return t + 1;
}

// FIXED: {{^}}  return (x);
int empty(int x) {
  return __builtin_preserve_access_index(x);
}
