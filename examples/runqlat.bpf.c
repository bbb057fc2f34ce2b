// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// runqlat: histogram of run-queue latency, the time a task waits between
// being woken (or preempted while runnable) and getting a CPU. BTF-enabled
// scheduler tracepoints hand us task_struct pointers; the task's pid, tgid
// and state are CO-RE reads, so the same object runs on kernels with the old
// task_struct::state and the new ::__state.
// Shows: tp_btf programs with BPF_PROG, CO-RE reads with field-existence
// fallbacks (common.bpf.h), a cgroup array filter, a hash of histograms
// keyed per process or per thread, .rodata knobs.
#include "vmlinux.h"
#include "common.bpf.h"
#include <bpf/bpf_tracing.h>
#include "hist.h"

const volatile bool targ_per_process = false;
const volatile bool targ_per_thread = false;
const volatile bool targ_ms = false;
const volatile bool filter_cgroup = false;
const volatile __u32 targ_tgid = 0;

struct {
  __uint(type, BPF_MAP_TYPE_CGROUP_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u32);
} cgroup_map SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 10240);
  __type(key, __u32);
  __type(value, __u64);
} start SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 10240);
  __type(key, __u32);
  __type(value, struct hist);
} hists SEC(".maps");

static struct hist zero_hist;

static __always_inline int trace_enqueue(__u32 tgid, __u32 pid) {
  if (!pid || (targ_tgid && targ_tgid != tgid))
    return 0;
  __u64 ts = bpf_ktime_get_ns();
  bpf_map_update_elem(&start, &pid, &ts, BPF_ANY);
  return 0;
}

static __always_inline bool cgroup_ok(void) {
  return !filter_cgroup || bpf_current_task_under_cgroup(&cgroup_map, 0) == 1;
}

SEC("tp_btf/sched_wakeup")
int BPF_PROG(sched_wakeup, struct task_struct *p) {
  if (!cgroup_ok())
    return 0;
  return trace_enqueue(BPF_CORE_READ(p, tgid), BPF_CORE_READ(p, pid));
}

SEC("tp_btf/sched_wakeup_new")
int BPF_PROG(sched_wakeup_new, struct task_struct *p) {
  if (!cgroup_ok())
    return 0;
  return trace_enqueue(BPF_CORE_READ(p, tgid), BPF_CORE_READ(p, pid));
}

SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, bool preempt, struct task_struct *prev,
             struct task_struct *next) {
  if (!cgroup_ok())
    return 0;
  // A task preempted while runnable goes straight back on the run queue.
  if (task_state(prev) == TASK_RUNNING)
    trace_enqueue(BPF_CORE_READ(prev, tgid), BPF_CORE_READ(prev, pid));

  __u32 pid = BPF_CORE_READ(next, pid);
  __u64 *tsp = bpf_map_lookup_elem(&start, &pid);
  if (!tsp)
    return 0;
  __s64 delta = bpf_ktime_get_ns() - *tsp;
  bpf_map_delete_elem(&start, &pid);
  if (delta < 0)
    return 0;

  __u32 key = (__u32)-1;
  if (targ_per_process)
    key = BPF_CORE_READ(next, tgid);
  else if (targ_per_thread)
    key = pid;
  struct hist *h = bpf_map_lookup_elem(&hists, &key);
  if (!h) {
    bpf_map_update_elem(&hists, &key, &zero_hist, BPF_NOEXIST);
    h = bpf_map_lookup_elem(&hists, &key);
    if (!h)
      return 0;
    if (targ_per_process || targ_per_thread)
      BPF_CORE_READ_STR_INTO(&h->comm, next, comm);
  }
  delta /= targ_ms ? 1000000 : 1000;
  __u32 slot = log2_u64(delta);
  if (slot >= MAX_SLOTS)
    slot = MAX_SLOTS - 1;
  __sync_fetch_and_add(&h->slots[slot], 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
