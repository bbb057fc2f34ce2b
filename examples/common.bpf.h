// Helpers shared by the BPF side of the examples: a default target
// architecture for bpf_tracing.h's PT_REGS_* macros, log2 for histograms, and
// the task state read that works on kernels before and after 5.14's rename of
// task_struct::state to __state.
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

#endif
