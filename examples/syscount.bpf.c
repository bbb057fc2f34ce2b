// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// syscount: count system calls per syscall number (or per process), with
// errors and time spent inside them. Raw tracepoints sys_enter/sys_exit see
// every syscall of every task: the cheapest hooks for this.
// Shows: raw_tp programs reading bpf_raw_tracepoint_args, a per-thread start
// map, atomic counters in hash map values, a compare-and-update maximum,
// .rodata knobs (pid filter, per-process mode, latency on/off).
#include "vmlinux.h"
#include "common.bpf.h"
#include "syscount.h"

const volatile __u32 filter_pid = 0;     // tgid to follow, 0 = all
const volatile bool by_process = false;  // key by tgid instead of syscall nr
const volatile bool measure_latency = true;
const volatile bool errors_only = false;

struct start_t {
  __u64 ts;
  __u32 nr;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16384);
  __type(key, __u32);
  __type(value, struct start_t);
} start SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);
  __type(value, struct syscall_stats);
} stats SEC(".maps");

static const struct syscall_stats zero_stats;

static __always_inline bool wanted(__u64 id) {
  return !filter_pid || (id >> 32) == filter_pid;
}

static __always_inline int count(__u32 key, bool failed, __u64 delta) {
  struct syscall_stats *st = bpf_map_lookup_elem(&stats, &key);
  if (!st) {
    bpf_map_update_elem(&stats, &key, &zero_stats, BPF_NOEXIST);
    st = bpf_map_lookup_elem(&stats, &key);
    if (!st)
      return 0;
  }
  __sync_fetch_and_add(&st->count, 1);
  if (failed)
    __sync_fetch_and_add(&st->errors, 1);
  if (measure_latency) {
    __sync_fetch_and_add(&st->total_ns, delta);
    // Racy maximum, retried until it sticks or another CPU wrote more.
    for (int i = 0; i < 4; i++) {
      __u64 old = st->max_ns;
      if (delta <= old)
        break;
      if (__sync_val_compare_and_swap(&st->max_ns, old, delta) == old)
        break;
    }
  }
  return 0;
}

// sys_enter(struct pt_regs *regs, long id)
SEC("raw_tp/sys_enter")
int sys_enter(struct bpf_raw_tracepoint_args *ctx) {
  __u64 id = bpf_get_current_pid_tgid();
  if (!wanted(id))
    return 0;
  __u32 nr = ctx->args[1];
  // Plain counting needs only this hook: count here, sys_exit stays idle.
  if (!measure_latency && !errors_only) {
    __u32 key = by_process ? (__u32)(id >> 32) : nr;
    return count(key, 0, 0);
  }
  __u32 tid = (__u32)id;
  struct start_t s = {.ts = bpf_ktime_get_ns(), .nr = nr};
  bpf_map_update_elem(&start, &tid, &s, BPF_ANY);
  return 0;
}

// sys_exit(struct pt_regs *regs, long ret)
SEC("raw_tp/sys_exit")
int sys_exit(struct bpf_raw_tracepoint_args *ctx) {
  __u64 id = bpf_get_current_pid_tgid();
  if (!wanted(id))
    return 0;
  __u32 tid = (__u32)id;
  struct start_t *s = bpf_map_lookup_elem(&start, &tid);
  if (!s)
    return 0;
  long ret = ctx->args[1];
  __u32 nr = s->nr;
  __u64 delta = bpf_ktime_get_ns() - s->ts;
  bpf_map_delete_elem(&start, &tid);
  if (errors_only && ret >= 0)
    return 0;

  __u32 key = by_process ? (__u32)(id >> 32) : nr;
  return count(key, ret < 0, delta);
}

char LICENSE[] SEC("license") = "GPL";
