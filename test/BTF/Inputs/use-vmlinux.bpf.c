// A small CO-RE program on a generated vmlinux.h: a tracepoint that reads
// task_struct fields through CO-RE relocations, and a socket filter.
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, u32);
  __type(value, u64);
} counts SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_getpid")
int count_getpid(struct trace_event_raw_sys_enter *ctx) {
  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  u32 key = 0;
  u64 *v = bpf_map_lookup_elem(&counts, &key);
  pid_t tgid = BPF_CORE_READ(task, tgid);
  pid_t ppid = BPF_CORE_READ(task, real_parent, tgid);
  if (v && tgid > 0 && ppid >= 0)
    __sync_fetch_and_add(v, 1);
  return 0;
}

SEC("socket")
int sock_len(struct __sk_buff *skb) { return skb->len ? 0 : 0; }

char LICENSE[] SEC("license") = "GPL";
