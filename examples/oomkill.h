// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Event layout shared by oomkill.bpf.c and oomkill.c.
#ifndef EXAMPLES_OOMKILL_H
#define EXAMPLES_OOMKILL_H

#define OOM_COMM_LEN 16

struct oom_event {
  __u64 totalpages;    // memory the OOM killer weighed against
  __u64 victim_pages;  // the victim's RSS + swap + page tables, roughly
  __s64 points;
  __u32 trigger_pid;   // the task whose allocation failed
  __u32 victim_pid;
  __u32 memcg_oom;     // 1 when a memory cgroup limit was hit
  char trigger_comm[OOM_COMM_LEN];
  char victim_comm[OOM_COMM_LEN];
};

#endif
