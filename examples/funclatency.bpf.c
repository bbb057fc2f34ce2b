// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// funclatency: time a kernel function and print the distribution of its
// latency as a log2 histogram. Two flavors of the same probes: fentry/fexit
// (BPF trampolines, cheapest, kernel >= 5.5 with BTF) and kprobe/kretprobe
// (everywhere); the loader picks one and retargets it at the function named
// on its command line (vfs_read by default).
// Shows: fentry/fexit and kprobe/kretprobe on the same function, a per-CPU
// array histogram (no atomics), a per-thread start map, .rodata knobs.
#include "vmlinux.h"
#include "common.bpf.h"
#include <bpf/bpf_tracing.h>

#define FUNCLAT_SLOTS 64

enum units { UNIT_NSEC, UNIT_USEC, UNIT_MSEC };

const volatile __u32 targ_tgid = 0;
const volatile int units = UNIT_USEC;
const volatile __u64 min_ns = 0;   // ignore calls shorter than this

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 10240);
  __type(key, __u32);
  __type(value, __u64);
} starts SEC(".maps");

// One u64 counter per slot and CPU: each CPU bumps its own copy.
struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, FUNCLAT_SLOTS);
  __type(key, __u32);
  __type(value, __u64);
} hist SEC(".maps");

// Calls seen, and calls whose entry we missed (attached mid-call).
__u64 calls, missed;

static __always_inline int on_entry(void) {
  __u64 id = bpf_get_current_pid_tgid();
  if (targ_tgid && (id >> 32) != targ_tgid)
    return 0;
  __u32 tid = (__u32)id;
  __u64 ts = bpf_ktime_get_ns();
  bpf_map_update_elem(&starts, &tid, &ts, BPF_ANY);
  return 0;
}

static __always_inline int on_return(void) {
  __u64 now = bpf_ktime_get_ns();
  __u64 id = bpf_get_current_pid_tgid();
  if (targ_tgid && (id >> 32) != targ_tgid)
    return 0;
  __u32 tid = (__u32)id;
  __u64 *tsp = bpf_map_lookup_elem(&starts, &tid);
  if (!tsp) {
    __sync_fetch_and_add(&missed, 1);
    return 0;
  }
  __u64 delta = now - *tsp;
  bpf_map_delete_elem(&starts, &tid);
  if (delta < min_ns)
    return 0;
  __sync_fetch_and_add(&calls, 1);

  switch (units) {
  case UNIT_USEC:
    delta /= 1000;
    break;
  case UNIT_MSEC:
    delta /= 1000000;
    break;
  }
  __u32 slot = log2_u64(delta);
  if (slot >= FUNCLAT_SLOTS)
    slot = FUNCLAT_SLOTS - 1;
  __u64 *count = bpf_map_lookup_elem(&hist, &slot);
  if (count)
    *count += 1;
  return 0;
}

SEC("fentry/vfs_read")
int BPF_PROG(lat_fentry) { return on_entry(); }

SEC("fexit/vfs_read")
int BPF_PROG(lat_fexit) { return on_return(); }

SEC("kprobe/vfs_read")
int BPF_KPROBE(lat_kprobe) { return on_entry(); }

SEC("kretprobe/vfs_read")
int BPF_KRETPROBE(lat_kretprobe) { return on_return(); }

char LICENSE[] SEC("license") = "GPL";
