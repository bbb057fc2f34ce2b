// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Map layout shared by flowstats.bpf.c and flowstats.c.
#ifndef EXAMPLES_FLOWSTATS_H
#define EXAMPLES_FLOWSTATS_H

// IPv4 5-tuple, addresses and ports in network order.
struct flow_key {
  __u32 saddr;
  __u32 daddr;
  __u16 sport;
  __u16 dport;
  __u8 proto;
  __u8 pad[3];
};

// Per-flow record, updated under its spin lock (struct bpf_spin_lock comes
// from vmlinux.h in BPF code and from <linux/bpf.h> in user space).
struct flow_record {
  struct bpf_spin_lock lock;
  __u32 min_len;
  __u32 max_len;
  __u8 tcp_flags;     // OR of the flags seen
  __u64 packets;
  __u64 bytes;
  __u64 first_ns;
  __u64 last_ns;
};

#endif
