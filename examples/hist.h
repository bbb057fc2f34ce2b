// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// A log2 histogram shared by the BPF programs and their loaders.
#ifndef EXAMPLES_HIST_H
#define EXAMPLES_HIST_H

#define MAX_SLOTS 27
#define TASK_COMM_LEN 16

struct hist {
  __u32 slots[MAX_SLOTS];
  char comm[TASK_COMM_LEN];
};

#endif
