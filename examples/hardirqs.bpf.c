// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// hardirqs: time spent in hard interrupt handlers, per IRQ and handler
// name: counts, total time and a log2 histogram of handler durations. The
// entry time is kept per CPU (handlers do not nest on one CPU for the same
// line, and the exit event follows its entry on that CPU).
// Shows: tp_btf irq_handler_entry/exit with a typed struct irqaction,
// bpf_probe_read_kernel_str of action->name (a kernel string), per-CPU
// array as per-CPU scratch, a per-CPU hash map of stats (no atomics),
// .rodata knobs.
#include "vmlinux.h"
#include "common.bpf.h"
#include <bpf/bpf_tracing.h>
#include "hardirqs.h"

const volatile bool targ_count_only = false;   // no timing at all
const volatile bool targ_ns = false;           // histogram in ns, not us
const volatile __s32 targ_irq = -1;            // only this IRQ

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, __u64);
} entry_ts SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_HASH);
  __uint(max_entries, 256);
  __type(key, struct hirq_key);
  __type(value, struct hirq_stats);
} infos SEC(".maps");

static struct hirq_stats zero_info;

static __always_inline struct hirq_stats *lookup(int irq,
                                               struct irqaction *action) {
  struct hirq_key key = {.irq = irq};
  bpf_probe_read_kernel_str(key.name, sizeof(key.name),
                            BPF_CORE_READ(action, name));
  struct hirq_stats *info = bpf_map_lookup_elem(&infos, &key);
  if (info)
    return info;
  bpf_map_update_elem(&infos, &key, &zero_info, BPF_NOEXIST);
  return bpf_map_lookup_elem(&infos, &key);
}

SEC("tp_btf/irq_handler_entry")
int BPF_PROG(irq_handler_entry, int irq, struct irqaction *action) {
  if (targ_irq >= 0 && irq != targ_irq)
    return 0;
  if (targ_count_only) {
    struct hirq_stats *info = lookup(irq, action);
    if (info)
      info->count++;
    return 0;
  }
  __u32 zero = 0;
  __u64 *ts = bpf_map_lookup_elem(&entry_ts, &zero);
  if (ts)
    *ts = bpf_ktime_get_ns();
  return 0;
}

SEC("tp_btf/irq_handler_exit")
int BPF_PROG(irq_handler_exit, int irq, struct irqaction *action, int ret) {
  if (targ_count_only || (targ_irq >= 0 && irq != targ_irq))
    return 0;
  __u32 zero = 0;
  __u64 *ts = bpf_map_lookup_elem(&entry_ts, &zero);
  if (!ts || !*ts)
    return 0;
  __u64 delta = bpf_ktime_get_ns() - *ts;
  *ts = 0;
  struct hirq_stats *info = lookup(irq, action);
  if (!info)
    return 0;
  info->count++;
  info->total_ns += delta;
  __u32 slot = log2_u64(targ_ns ? delta : delta / 1000);
  if (slot >= IRQ_SLOTS)
    slot = IRQ_SLOTS - 1;
  info->slots[slot]++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
