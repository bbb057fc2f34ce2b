// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Map layout shared by hardirqs.bpf.c and hardirqs.c.
#ifndef EXAMPLES_HARDIRQS_H
#define EXAMPLES_HARDIRQS_H

#define IRQ_NAME_LEN 32
#define IRQ_SLOTS 20

struct hirq_key {
  __s32 irq;
  char name[IRQ_NAME_LEN];
};

struct hirq_stats {
  __u64 count;
  __u64 total_ns;
  __u32 slots[IRQ_SLOTS];   // log2 histogram of handler time, in us or ns
};

#endif
