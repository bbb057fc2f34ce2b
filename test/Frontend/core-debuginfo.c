// CO-RE needs the debug types of the records it relocates, whatever -g
// level the command line gives. clang-19 alone:
//   -gline-tables-only (-g1, -gmlt)  the records are forward declarations
//                                    in the metadata; clang-19's BPF passes
//                                    crash (a segfault)
//   no -g                            "using builtin_preserve_access_index()
//                                    without -g"; preserve_access_index
//                                    silently relocates nothing
// With CO-RE on (-mcore, or any -g), the plugin raises the debug-info kind
// of the compile to -g's before code generation starts, so stock clang-19
// builds the relocations. corecc always compiles with full debug metadata.
//
// RUN: rm -rf %t && mkdir -p %t
//
// The crash, without the plugin. (clang-19's driver reports a crash of its
// in-process cc1 as exit status 1, so cc1 is run directly to see the
// signal.)
// RUN: not --crash %clang19 -cc1 -triple bpf -emit-obj -O2 \
// RUN:   -debug-info-kind=line-tables-only %s -o %t/crash.o
// The same cc1 command with the plugin:
// RUN: %clang19 -cc1 -triple bpf -emit-obj -O2 -debug-info-kind=line-tables-only \
// RUN:   -load %plugin -plugin-arg-corecc mcore %s -o %t/cc1.o
// RUN: %objdump -dr %t/cc1.o | FileCheck %s
//
// Through clang-19's driver: -gline-tables-only (CO-RE on, as -g1 turns it
// on in corecc), -gline-directives-only, and -g1 with -mcore.
// RUN: %clang19 -target bpf -O2 -gline-tables-only -fplugin=%plugin -c %s -o %t/lt.o
// RUN: %objdump -dr %t/lt.o | FileCheck %s
// RUN: %clang19 -target bpf -O2 -gline-directives-only -fplugin=%plugin -c %s -o %t/ld.o
// RUN: %objdump -dr %t/ld.o | FileCheck %s
// RUN: %clang19 -target bpf -O2 -g1 -fplugin=%plugin -fplugin-arg-corecc-mcore -c %s -o %t/g1.o
// RUN: %objdump -dr %t/g1.o | FileCheck %s
// The types are complete in the object's BTF, not forward declarations, and
// the functions have their prototypes (clang-19 alone, with
// -gline-directives-only, writes FUNC 'tgid' type_id=<a type that does not
// exist>):
// RUN: %bpftool btf dump file %t/lt.o | FileCheck --check-prefix=BTF %s
// RUN: %bpftool btf dump file %t/ld.o | FileCheck --check-prefix=BTF %s
// BTF: STRUCT 'task' size=16 vlen=3
// BTF: {{\[}}[[PROTO:[0-9]+]]] FUNC_PROTO
// BTF: FUNC 'tgid' type_id=[[PROTO]] linkage=global
//
// Without -g: an error for the builtin (and nothing relocated) unless the
// plugin turns CO-RE on.
// RUN: not %clang19 -target bpf -O2 -c %s -o %t/nog-plain.o 2>&1 \
// RUN:   | FileCheck --check-prefix=NOG %s
// NOG: error: using builtin_preserve_access_index() without -g
// RUN: %clang19 -target bpf -O2 -fplugin=%plugin -fplugin-arg-corecc-mcore -c %s -o %t/nog.o
// RUN: %objdump -dr %t/nog.o | FileCheck %s
//
// corecc, at every level:
// RUN: %corecc -O2 -gline-tables-only -c %s -o %t/corecc-lt.o
// RUN: %objdump -dr %t/corecc-lt.o | FileCheck %s
// RUN: %corecc -O2 -mcore -c %s -o %t/corecc-mcore.o
// RUN: %objdump -dr %t/corecc-mcore.o | FileCheck %s

struct task {
  int pid;
  int tgid;
  struct task *parent;
} __attribute__((preserve_access_index));

struct plain {
  int a, b;
};

// CHECK-LABEL: <tgid>:
// CHECK: CO-RE <byte_off> [{{[0-9]+}}] struct task::tgid (0:1)
int tgid(struct task *t) { return t->tgid; }

// CHECK-LABEL: <builtin>:
// CHECK: CO-RE <byte_off> [{{[0-9]+}}] struct plain::b (0:1)
int builtin(struct plain *p) { return __builtin_preserve_access_index(p->b); }
