// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// flowstats: per-flow accounting on a tc hook. Every IPv4 TCP/UDP packet
// updates its 5-tuple's record (packets, bytes, smallest and largest
// packet, first and last time seen, TCP flags seen) under the record's
// spin lock, so the fields stay consistent with each other when several
// CPUs see the same flow; a reader gets a coherent snapshot with
// BPF_F_LOCK. Totals live in an array map entry with its own lock.
// Shows: struct bpf_spin_lock in hash and array map values,
// bpf_spin_lock/unlock, the no-helper-calls-while-locked rule (timestamps
// are taken first), a tc program that only observes (TC_ACT_OK).
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include "flowstats.h"

#define TC_ACT_OK 0
#define ETH_P_IP 0x0800
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 65536);
  __type(key, struct flow_key);
  __type(value, struct flow_record);
} flows SEC(".maps");

// Totals: one lock protects the three counters together. In a one-entry
// array map rather than in .bss: older kernels (6.1 does) refuse a spin
// lock in global data.
struct flow_totals {
  struct bpf_spin_lock lock;
  __u64 packets;
  __u64 bytes;
  __u64 new_flows;
};

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct flow_totals);
} totals SEC(".maps");

struct ports {
  __be16 source;
  __be16 dest;
};

SEC("tc")
int flow_account(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data;
  void *data_end = (void *)(long)skb->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
    return TC_ACT_OK;
  struct iphdr *iph = (void *)(eth + 1);
  if ((void *)(iph + 1) > data_end)
    return TC_ACT_OK;
  if (iph->protocol != IPPROTO_TCP && iph->protocol != IPPROTO_UDP)
    return TC_ACT_OK;
  __u32 ihl = iph->ihl * 4;
  if (ihl < sizeof(*iph))
    return TC_ACT_OK;
  struct ports *pp = (void *)iph + ihl;
  if ((void *)(pp + 1) > data_end)
    return TC_ACT_OK;

  struct flow_key key = {
      .saddr = iph->saddr,
      .daddr = iph->daddr,
      .sport = pp->source,
      .dport = pp->dest,
      .proto = iph->protocol,
  };
  __u8 flags = 0;
  if (iph->protocol == IPPROTO_TCP) {
    struct tcphdr *th = (void *)pp;
    if ((void *)(th + 1) <= data_end)
      flags = ((__u8 *)th)[13];   // CWR ECE URG ACK PSH RST SYN FIN
  }
  __u32 len = skb->len;
  __u64 now = bpf_ktime_get_ns();   // no helper calls under the lock

  bool created = false;
  struct flow_record *st = bpf_map_lookup_elem(&flows, &key);
  if (!st) {
    struct flow_record init = {
        .min_len = len, .max_len = len, .first_ns = now, .last_ns = now};
    // Another CPU may win the race: then update its entry below.
    if (bpf_map_update_elem(&flows, &key, &init, BPF_NOEXIST) == 0)
      created = true;
    st = bpf_map_lookup_elem(&flows, &key);
    if (!st)
      return TC_ACT_OK;
  }

  bpf_spin_lock(&st->lock);
  st->packets++;
  st->bytes += len;
  if (len < st->min_len)
    st->min_len = len;
  if (len > st->max_len)
    st->max_len = len;
  st->tcp_flags |= flags;
  if (now > st->last_ns)
    st->last_ns = now;
  bpf_spin_unlock(&st->lock);

  __u32 zero = 0;
  struct flow_totals *t = bpf_map_lookup_elem(&totals, &zero);
  if (t) {
    bpf_spin_lock(&t->lock);
    t->packets++;
    t->bytes += len;
    if (created)
      t->new_flows++;
    bpf_spin_unlock(&t->lock);
  }
  return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
