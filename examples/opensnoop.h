// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Event layout shared by opensnoop.bpf.c and opensnoop.c.
#ifndef EXAMPLES_OPENSNOOP_H
#define EXAMPLES_OPENSNOOP_H

#define OPEN_COMM_LEN 16
#define OPEN_NAME_LEN 256

struct open_event {
  __u64 ts_ns;
  __u32 pid;
  __u32 tid;
  __u32 uid;
  __s32 ret;     // fd or -errno
  __s32 flags;
  __u32 mode;
  char comm[OPEN_COMM_LEN];
  char fname[OPEN_NAME_LEN];
};

#endif
