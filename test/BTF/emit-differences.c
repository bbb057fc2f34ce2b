// Where corecc's BTF differs from clang-19's on purpose (docs/btf-emission.md),
// each shown on both compilers' `bpftool btf dump`:
//   - DATASEC size and variable offsets: filled in / 0;
//   - no duplicate types / some types twice;
//   - extern functions' parameter names: kept / (anon);
//   - a forward-declared enum: size 4 / size 0 (the kernel refuses ENUMs
//     whose size is not 1, 2, 4 or 8);
//   - an _Atomic variable: its type without _Atomic / void.
// And where they agree although it is easy to get wrong: string literals
// (private globals with debug information in clang 19) get no VAR.
//
// RUN: %corecc -O2 -g -c %s -o %t.o
// RUN: %clang19 -O2 -g -target bpf -c %s -o %t.clang.o
// RUN: %bpftool btf dump file %t.o > %t.dump
// RUN: %bpftool btf dump file %t.clang.o > %t.clang.dump
// RUN: FileCheck --check-prefixes=SEC-CORECC %s < %t.dump
// RUN: FileCheck --check-prefixes=SEC-CLANG %s < %t.clang.dump
// RUN: %python %S/Inputs/btf_canon.py %t.dump | FileCheck --check-prefixes=PROTO-CORECC %s
// RUN: %python %S/Inputs/btf_canon.py %t.clang.dump | FileCheck --check-prefixes=PROTO-CLANG %s
// RUN: FileCheck --check-prefixes=TYPES,TYPES-CORECC %s < %t.dump
// RUN: FileCheck --check-prefixes=TYPES,TYPES-CLANG %s < %t.clang.dump
// RUN: %python %S/Inputs/btf_canon.py --count-duplicates %t.dump | FileCheck --check-prefix=DUP-CORECC %s
// RUN: %python %S/Inputs/btf_canon.py --count-duplicates %t.clang.dump 2>/dev/null | FileCheck --check-prefix=DUP-CLANG %s
// RUN: %python %S/Inputs/btf_canon.py --count-duplicates %t.clang.dump 2>&1 >/dev/null | FileCheck --check-prefix=DUPS %s
//
// Loading: the kernel takes corecc's BTF as it is.
// RUN: %if bpf-syscall %{ %corecc-run %t.o --run prog --ctx 00000000 | FileCheck --check-prefix=LOAD %s %}
// LOAD: prog prog section=syscall type=syscall loaded
// (libbpf does not relocate pointers in .data: greeting reads as 0.)
// LOAD: run prog retval=3 (0x3){{$}}

#define SEC(n) __attribute__((section(n), used))
#define __ksym __attribute__((section(".ksyms")))

enum later;
struct holder {
  enum later *e;
  int a[4];
};
struct other {
  int b[4];
};


struct holder held;
struct other other_var;
_Atomic int atomic_counter;
int first = 1, second = 2;
const char *greeting = "hi";

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym;
// libbpf matches a kfunc's prototype with the kernel's: a pointer to a
// struct (any members), not to a FWD.
struct task_struct {
  int pid;
};
extern struct task_struct *bpf_task_from_pid(int pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;

static __attribute__((noinline)) int f(int x) { return x + 1; }
static __attribute__((noinline)) int g(int x) { return x + 2; }

SEC("syscall")
int prog(void *ctx) {
  struct task_struct *t = bpf_task_from_pid(-1);
  if (t)
    bpf_task_release(t);
  bpf_rcu_read_lock();
  bpf_rcu_read_unlock();
  return f(first) + g(second) - 3 + held.a[1] + other_var.b[2] + (greeting != 0);
}

char LICENSE[] SEC("license") = "GPL";

// SEC-CORECC: DATASEC '.data' size=16 vlen=3
// SEC-CORECC-NEXT: offset=0 size=4 (VAR 'first')
// SEC-CORECC-NEXT: offset=4 size=4 (VAR 'second')
// SEC-CORECC-NEXT: offset=8 size=8 (VAR 'greeting')
// SEC-CLANG: DATASEC '.data' size=0 vlen=3
// SEC-CLANG-NEXT: offset=0 size=4 (VAR 'first')
// SEC-CLANG-NEXT: offset=0 size=4 (VAR 'second')
// SEC-CLANG-NEXT: offset=0 size=8 (VAR 'greeting')

// DUP-CORECC: duplicates: 0
// DUP-CLANG: duplicates: {{[1-9][0-9]*}}
// DUPS-DAG: 2x FUNC_PROTO ret_type=<INT 'int'> vlen=1 { 'x' type=<INT 'int'> }
// DUPS-DAG: 2x FUNC_PROTO ret_type=<void> vlen=0

// PROTO-CORECC: FUNC 'bpf_task_from_pid' type=<FUNC_PROTO ret_type=<PTR -> STRUCT 'task_struct'> vlen=1 { 'pid' type=<INT 'int'> }> linkage=extern
// PROTO-CLANG: FUNC 'bpf_task_from_pid' type=<FUNC_PROTO ret_type=<PTR -> STRUCT 'task_struct'> vlen=1 { '(anon)' type=<INT 'int'> }> linkage=extern

// TYPES-CORECC-DAG: ENUM 'later' encoding=UNSIGNED size=4 vlen=0
// TYPES-CLANG-DAG: ENUM 'later' encoding=UNSIGNED size=0 vlen=0
// TYPES-CORECC-DAG: VAR 'atomic_counter' type_id={{[1-9][0-9]*}}, linkage=global
// TYPES-CLANG-DAG: VAR 'atomic_counter' type_id=0, linkage=global
// TYPES-NOT: VAR '.str
