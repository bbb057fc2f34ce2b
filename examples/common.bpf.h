// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Helpers shared by the BPF side of the examples: a default target
// architecture for bpf_tracing.h's PT_REGS_* macros, log2 for histograms, and
// CO-RE reads that work across kernel layouts: the task state before and
// after 5.14's rename of task_struct::state to __state, and an mm's RSS
// before and after 6.2's change of mm->rss_stat.
#ifndef EXAMPLES_COMMON_BPF_H
#define EXAMPLES_COMMON_BPF_H

// bpf_tracing.h needs to know which pt_regs layout kprobes see. Build systems
// pass -D__TARGET_ARCH_<arch>; default to x86-64 so that a plain
// `clang -target bpf` or `corecc` command line works too.
#if !defined(__TARGET_ARCH_x86) && !defined(__TARGET_ARCH_arm64) &&          \
    !defined(__TARGET_ARCH_s390) && !defined(__TARGET_ARCH_riscv) &&         \
    !defined(__TARGET_ARCH_powerpc) && !defined(__TARGET_ARCH_arm) &&        \
    !defined(__TARGET_ARCH_mips) && !defined(__TARGET_ARCH_sparc) &&         \
    !defined(__TARGET_ARCH_arc)
#define __TARGET_ARCH_x86
#endif

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

#ifndef TASK_RUNNING
#define TASK_RUNNING 0
#endif

// Index of the highest set bit (floor(log2(v))), 0 for v == 0. Five
// compare-and-shift steps, no loop and no branch the verifier has to follow.
static __always_inline __u32 log2_u32(__u32 v) {
  __u32 r, s;
  r = (v > 0xffff) << 4;
  v >>= r;
  s = (v > 0xff) << 3;
  v >>= s;
  r |= s;
  s = (v > 0xf) << 2;
  v >>= s;
  r |= s;
  s = (v > 0x3) << 1;
  v >>= s;
  r |= s;
  return r | (v >> 1);
}

static __always_inline __u32 log2_u64(__u64 v) {
  __u32 hi = v >> 32;
  return hi ? log2_u32(hi) + 32 : log2_u32((__u32)v);
}

// task_struct::state became task_struct::__state (and unsigned int) in 5.14.
// The ___old flavor names the old layout; CO-RE picks whichever exists.
struct task_struct___old {
  long state;
} __attribute__((preserve_access_index));

static __always_inline long task_state(struct task_struct *t) {
  if (bpf_core_field_exists(t->__state))
    return BPF_CORE_READ(t, __state);
  return BPF_CORE_READ((struct task_struct___old *)t, state);
}

// Resident pages of an mm (file + anon + shmem counters). mm->rss_stat
// was a struct of atomic counters before 6.2, an array of percpu_counter
// since; CO-RE picks the layout the kernel has.
#define MM_FILEPAGES 0
#define MM_ANONPAGES 1
#define MM_SHMEMPAGES 3

struct mm_rss_stat___old {
  atomic_long_t count[4];
};
struct mm_struct___old {
  struct mm_rss_stat___old rss_stat;
} __attribute__((preserve_access_index));

static __always_inline long mm_rss_pages(struct mm_struct *mm) {
  long rss = 0;
  if (bpf_core_type_exists(struct mm_rss_stat___old)) {
    struct mm_struct___old *old = (void *)mm;
    rss += BPF_CORE_READ(old, rss_stat.count[MM_FILEPAGES].counter);
    rss += BPF_CORE_READ(old, rss_stat.count[MM_ANONPAGES].counter);
    rss += BPF_CORE_READ(old, rss_stat.count[MM_SHMEMPAGES].counter);
  } else {
    rss += BPF_CORE_READ(mm, rss_stat[MM_FILEPAGES].count);
    rss += BPF_CORE_READ(mm, rss_stat[MM_ANONPAGES].count);
    rss += BPF_CORE_READ(mm, rss_stat[MM_SHMEMPAGES].count);
  }
  return rss < 0 ? 0 : rss;
}

#endif
