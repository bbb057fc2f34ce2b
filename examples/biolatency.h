// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Map layout shared by biolatency.bpf.c and biolatency.c.
#ifndef EXAMPLES_BIOLATENCY_H
#define EXAMPLES_BIOLATENCY_H

#define BIO_SLOTS 27

struct bio_hist_key {
  __u32 dev;    // MKDEV-style major << 20 | minor, 0 when not per disk
  __u32 op;     // REQ_OP_* when per operation, else 0
};

struct bio_hist {
  __u32 slots[BIO_SLOTS];
};

#endif
