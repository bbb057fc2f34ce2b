// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Map layout shared by syscount.bpf.c and syscount.c.
#ifndef EXAMPLES_SYSCOUNT_H
#define EXAMPLES_SYSCOUNT_H

struct syscall_stats {
  __u64 count;
  __u64 errors;     // returned a negative value
  __u64 total_ns;   // time inside the syscall, when latency is measured
  __u64 max_ns;
};

#endif
