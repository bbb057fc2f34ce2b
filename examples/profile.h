// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Map layout shared by profile.bpf.c and profile.c.
#ifndef EXAMPLES_PROFILE_H
#define EXAMPLES_PROFILE_H

#define PROFILE_COMM_LEN 16
#define PROFILE_MAX_STACK 127

struct profile_key {
  __u32 pid;
  __s32 user_stack_id;     // <0: none (kernel thread, or not collected)
  __s32 kernel_stack_id;
  char comm[PROFILE_COMM_LEN];
};

#endif
