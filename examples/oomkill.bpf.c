// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// oomkill: report every OOM kill: who triggered it, who was chosen, the
// victim's badness score and how much memory was at stake. A kprobe on
// oom_kill_process() reads the struct oom_control the OOM killer filled in,
// with CO-RE, and sends one event through a perf event array.
// Shows: a kprobe with typed arguments (BPF_KPROBE), BPF_CORE_READ chains
// through oom_control->chosen (task_struct) and ->memcg, BPF_CORE_READ_STR_INTO
// for the victim's comm, bpf_perf_event_output.
#include "vmlinux.h"
#include "common.bpf.h"
#include <bpf/bpf_tracing.h>
#include "oomkill.h"

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} events SEC(".maps");

SEC("kprobe/oom_kill_process")
int BPF_KPROBE(oom_kill_process, struct oom_control *oc, const char *message) {
  struct oom_event e = {};
  e.trigger_pid = bpf_get_current_pid_tgid() >> 32;
  bpf_get_current_comm(e.trigger_comm, sizeof(e.trigger_comm));

  struct task_struct *victim = BPF_CORE_READ(oc, chosen);
  e.victim_pid = BPF_CORE_READ(victim, tgid);
  BPF_CORE_READ_STR_INTO(&e.victim_comm, victim, comm);
  e.totalpages = BPF_CORE_READ(oc, totalpages);
  e.points = BPF_CORE_READ(oc, chosen_points);
  e.memcg_oom = BPF_CORE_READ(oc, memcg) != NULL;
  // Resident pages of the victim's mm, whichever rss_stat layout it has.
  struct mm_struct *mm = BPF_CORE_READ(victim, mm);
  if (mm)
    e.victim_pages = mm_rss_pages(mm);
  bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
