// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Map layout shared by tcprtt.bpf.c and tcprtt.c.
#ifndef EXAMPLES_TCPRTT_H
#define EXAMPLES_TCPRTT_H

#include "hist.h"

struct rtt_hist {
  __u64 latency_sum;   // in the histogram's unit
  __u64 count;
  __u32 slots[MAX_SLOTS];
};

#endif
