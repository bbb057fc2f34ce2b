// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// exitsnoop: report every process exit with its age, exit status or
// terminating signal. Runs on sched:sched_process_exit and reads the exiting
// task's fields with CO-RE, so one object works across kernel layouts.
// Shows: a scheduler tracepoint, BPF_CORE_READ chains through
// task_struct (real_parent, exit_code, start_time), bpf_core_field_exists,
// ring buffer reserve/submit, .rodata filters.
#include "vmlinux.h"
#include "common.bpf.h"
#include "exitsnoop.h"

const volatile __u32 targ_tgid = 0;
const volatile bool trace_threads = false;   // also report non-leader threads
const volatile bool failed_only = false;     // only non-zero status or a signal

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 256 * 1024);
} events SEC(".maps");

SEC("tp/sched/sched_process_exit")
int process_exit(void *ctx) {
  __u64 id = bpf_get_current_pid_tgid();
  __u32 tgid = id >> 32, tid = (__u32)id;

  if (targ_tgid && targ_tgid != tgid)
    return 0;
  if (!trace_threads && tgid != tid)
    return 0;

  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  int code = BPF_CORE_READ(task, exit_code);
  if (failed_only && code == 0)
    return 0;

  struct exit_event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e)
    return 0;
  e->exit_ns = bpf_ktime_get_ns();
  e->start_ns = BPF_CORE_READ(task, start_time);
  e->pid = tgid;
  e->tid = tid;
  e->ppid = BPF_CORE_READ(task, real_parent, tgid);
  e->sig = code & 0x7f;
  e->exit_code = (code >> 8) & 0xff;
  e->core_dumped = (code & 0x80) != 0;
  // The group exit code is the one the parent sees; prefer it when the
  // kernel records it in signal_struct (always, but check the field).
  if (bpf_core_field_exists(task->signal->group_exit_code) && tgid == tid) {
    int group = BPF_CORE_READ(task, signal, group_exit_code);
    if (group) {
      e->sig = group & 0x7f;
      e->exit_code = (group >> 8) & 0xff;
    }
  }
  bpf_get_current_comm(e->comm, sizeof(e->comm));
  bpf_ringbuf_submit(e, 0);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
