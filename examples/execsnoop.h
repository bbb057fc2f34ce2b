// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Event layout shared by execsnoop.bpf.c and execsnoop.c.
#ifndef EXAMPLES_EXECSNOOP_H
#define EXAMPLES_EXECSNOOP_H

#define EXEC_COMM_LEN 16
#define EXEC_ARG_LEN 128     // longest argument copied
#define EXEC_MAX_ARGS 20     // filename + 19 arguments
#define EXEC_ARGS_BUF 2048   // all arguments, NUL-separated
#define EXEC_INVALID_UID ((__u32)-1)

struct exec_event {
  __u64 start_ns;
  __u32 pid;
  __u32 ppid;
  __u32 uid;
  __s32 retval;
  __u32 args_count;   // arguments copied into args[]
  __u32 args_size;    // bytes used in args[]
  __u8 args_truncated;
  char comm[EXEC_COMM_LEN];
  char args[EXEC_ARGS_BUF];
};

#endif
