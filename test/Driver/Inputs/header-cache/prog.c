// A probe as people write them: vmlinux.h first.
#include "vmlinux.h"

#define SEC(name) __attribute__((section(name), used))

char LICENSE[] SEC("license") = "GPL";

SEC("tp_btf/sched_switch")
int on_switch(unsigned long long *ctx) {
  struct task_struct *t = (void *)ctx[1];
  return __builtin_preserve_access_index(t->pid) + PROG_EXTRA;
}
