// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// task_iter: a `ps` built on a BPF task iterator. Reading the iterator's
// file (the loader creates it with bpf_iter_create) runs this program once
// per task; it prints one line per process (or per thread when configured)
// with pid, parent, state, priority, memory and command name.
// Shows: SEC("iter/task"), BPF_SEQ_PRINTF, typed reads of the iterator's
// task_struct, CO-RE type-existence checks (mm_rss_stat before 6.2,
// percpu_counter rss_stat after, in common.bpf.h), the task state with the
// state/__state fallback, .rodata knobs.
#include "vmlinux.h"
#include "common.bpf.h"
#include <bpf/bpf_tracing.h>

#define PF_KTHREAD 0x00200000
#define EXIT_DEAD 0x10
#define EXIT_ZOMBIE 0x20
#define TASK_NOLOAD 0x400

const volatile bool show_threads = false;
const volatile bool show_kthreads = true;
const volatile __u32 page_kb = 4;

static __always_inline char state_char(struct task_struct *task) {
  int exit_state = BPF_CORE_READ(task, exit_state);
  if (exit_state & EXIT_ZOMBIE)
    return 'Z';
  if (exit_state & EXIT_DEAD)
    return 'X';
  long state = task_state(task);
  if (state == 0)
    return 'R';
  if (state & 1)
    return 'S';
  if (state & 2)
    return (state & TASK_NOLOAD) ? 'I' : 'D';
  if (state & 4)
    return 'T';
  if (state & 8)
    return 't';
  return '?';
}

SEC("iter/task")
int ps(struct bpf_iter__task *ctx) {
  struct seq_file *seq = ctx->meta->seq;
  struct task_struct *task = ctx->task;

  if (ctx->meta->seq_num == 0)
    BPF_SEQ_PRINTF(seq, "%7s %7s %7s S %4s %10s %10s %s\n", "TGID", "PID",
                   "PPID", "PRI", "VSZ_KB", "RSS_KB", "COMM");
  if (!task)   // end of iteration
    return 0;

  __u32 pid = BPF_CORE_READ(task, pid), tgid = BPF_CORE_READ(task, tgid);
  if (!show_threads && pid != tgid)
    return 0;
  bool kthread = BPF_CORE_READ(task, flags) & PF_KTHREAD;
  if (kthread && !show_kthreads)
    return 0;

  struct mm_struct *mm = BPF_CORE_READ(task, mm);
  __u64 vsz = 0, rss = 0;
  if (mm && !kthread) {
    vsz = BPF_CORE_READ(mm, total_vm) * page_kb;
    rss = mm_rss_pages(mm) * page_kb;
  }
  char comm[16];
  BPF_CORE_READ_STR_INTO(&comm, task, comm);
  __u32 ppid = BPF_CORE_READ(task, real_parent, tgid);
  int prio = BPF_CORE_READ(task, prio);
  // Kernel threads in brackets, as ps shows them.
  BPF_SEQ_PRINTF(seq, "%7u %7u %7u %c %4d %10llu %10llu %s%s%s\n", tgid, pid,
                 ppid, state_char(task), prio, vsz, rss, kthread ? "[" : "",
                 comm, kthread ? "]" : "");
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
