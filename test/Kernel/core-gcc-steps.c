// The steps GCC relocates and clang-19 does not (test/CORE/gcc-steps.c),
// checked against the running kernel: the local definitions below put every
// member at a wrong offset, and only relocated steps find the kernel's. A
// plain struct inside an attributed one ("t->se.vruntime", sched_entity
// without the attribute) relocates as task_struct 0:se:vruntime; "(t+2)->pid"
// steps over two of the kernel's task_structs. The expected values are read
// from /sys/kernel/btf/vmlinux by bpftool (Inputs/core-btf-query.py).
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %corecc -O2 -g -c %s -o %t.o
// RUN: %python %S/Inputs/core-btf-query.py /sys/kernel/btf/vmlinux --bpftool %bpftool \
// RUN:   vruntime_off=off:task_struct.se.vruntime task_size=size:task_struct > %t.check
// RUN: %corecc-run %t.o --run steps --dump-globals > %t.out
// RUN: FileCheck %s < %t.out
// RUN: FileCheck %t.check < %t.out
// CHECK: prog steps {{.*}} loaded
// CHECK: run steps retval=0

#define SEC(name) __attribute__((section(name), used))

struct sched_entity {
  char wrong[3];
  unsigned long long vruntime;
};
struct task_struct {
  char wrong[5];
  int pid;
  struct sched_entity se;
} __attribute__((preserve_access_index));

long vruntime_off, task_size;
volatile long base_addr;

SEC("syscall") int steps(void *ctx) {
  struct task_struct *t = (struct task_struct *)base_addr;
  vruntime_off = (long)&t->se.vruntime - (long)t;
  task_size = ((long)&(t + 2)->pid - (long)&t->pid) / 2;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
