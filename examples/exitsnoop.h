// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Event layout shared by exitsnoop.bpf.c and exitsnoop.c.
#ifndef EXAMPLES_EXITSNOOP_H
#define EXAMPLES_EXITSNOOP_H

#define EXIT_COMM_LEN 16

struct exit_event {
  __u64 start_ns;     // task->start_time (monotonic)
  __u64 exit_ns;
  __u32 pid;
  __u32 tid;
  __u32 ppid;
  __u32 sig;          // terminating signal, 0 if it exited
  __s32 exit_code;    // exit status when sig == 0
  __u8 core_dumped;
  char comm[EXIT_COMM_LEN];
};

#endif
