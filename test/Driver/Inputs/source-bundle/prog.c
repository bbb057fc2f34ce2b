// A probe whose object depends on what only the client has: a header found
// through -I, a macro from -D, macros that move columns, an inline function
// from a header, CO-RE relocations.
#include "types.h"
#include <twice.h>

#define SEC(name) __attribute__((section(name), used))
#define READ(p, f) __builtin_preserve_access_index((p)->f)
#ifdef __CHAR_UNSIGNED__
#define UNSIGNED_CHAR 1
#else
#define UNSIGNED_CHAR 0
#endif

char LICENSE[] SEC("license") = "GPL";

SEC("tp_btf/sched_switch")
int on_switch(unsigned long long *ctx) {
  struct task *t = (void *)ctx[1];
  int pid = READ(t, pid);
  return twice(pid) + READ(t, tgid) + EXTRA + UNSIGNED_CHAR;
}
