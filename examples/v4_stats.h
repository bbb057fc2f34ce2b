// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Context layout shared by v4_stats.bpf.c and its callers.
#ifndef EXAMPLES_V4_STATS_H
#define EXAMPLES_V4_STATS_H

#define V4_N8 8
#define V4_N16 8
#define V4_N32 8

struct v4_batch {
  // in
  __s8 s8[V4_N8];
  __s16 s16[V4_N16];
  __s32 s32[V4_N32];
  __s32 divisor;       // for mean and remainder (signed), != 0
  __s32 div32_a;       // 32-bit signed division test pair
  __s32 div32_b;
  __u32 raw;           // its low byte and low half, sign-extended
  __u16 be16;          // big-endian header fields
  __u16 pad;
  __u32 be32;
  __u64 be64;
  // out
  __s64 sum;
  __s64 min;
  __s64 max;
  __s64 mean;          // sum / divisor, truncated toward zero
  __s64 rem;           // sum % divisor, sign of sum
  __s32 div32;         // div32_a / div32_b
  __s32 mod32;         // div32_a % div32_b
  __s64 raw_s8;        // (s8)raw
  __s64 raw_s16;       // (s16)raw
  __u64 host64;
  __u32 host32;
  __u16 host16;
  __u16 pad2;
};

#endif
