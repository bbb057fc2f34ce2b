/* A second source with the same header and flags: it shares the entry. */

#include <vmlinux.h> // angled, found through -I as well

#define SEC(name) __attribute__((section(name), used))

char LICENSE[] SEC("license") = "GPL";

SEC("tp_btf/sched_wakeup")
int on_wakeup(unsigned long long *ctx) {
  struct task_struct *t = (void *)ctx[0];
  return __builtin_preserve_access_index(t->tgid);
}
