// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// cgroup_traffic: account a cgroup's network traffic by direction and
// protocol, and optionally block ICMP or cap packet size for the cgroup.
// Attached to a cgroup v2 directory, cgroup_skb programs see every packet
// its sockets send and receive, starting at the IP header.
// Shows: cgroup_skb/ingress and cgroup_skb/egress, bpf_skb_load_bytes from
// the network header, IPv4/IPv6 protocol detection via skb->protocol, a
// per-CPU array of counters, the allow (1) / drop (0) return convention,
// .rodata policy knobs.
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include "cgroup_traffic.h"

#define ETH_P_IP 0x0800
#define ETH_P_IPV6 0x86DD
#define IPPROTO_ICMP 1
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define IPPROTO_ICMPV6 58

const volatile bool block_icmp = false;
const volatile __u32 max_packet_len = 0;   // 0 = no cap

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, CGT_NDIRS * CGT_NPROTOS);
  __type(key, __u32);
  __type(value, struct cgt_counter);
} counters SEC(".maps");

static __always_inline enum cgt_proto l4_proto(struct __sk_buff *skb) {
  __u8 proto;
  if (skb->protocol == bpf_htons(ETH_P_IP)) {
    if (bpf_skb_load_bytes(skb, offsetof(struct iphdr, protocol), &proto, 1))
      return CGT_OTHER;
  } else if (skb->protocol == bpf_htons(ETH_P_IPV6)) {
    if (bpf_skb_load_bytes(skb, offsetof(struct ipv6hdr, nexthdr), &proto, 1))
      return CGT_OTHER;
  } else {
    return CGT_OTHER;
  }
  switch (proto) {
  case IPPROTO_TCP:
    return CGT_TCP;
  case IPPROTO_UDP:
    return CGT_UDP;
  case IPPROTO_ICMP:
  case IPPROTO_ICMPV6:
    return CGT_ICMP;
  }
  return CGT_OTHER;
}

static __always_inline int account(struct __sk_buff *skb, enum cgt_dir dir) {
  enum cgt_proto proto = l4_proto(skb);
  bool drop = (block_icmp && proto == CGT_ICMP) ||
              (max_packet_len && skb->len > max_packet_len);
  __u32 key = dir * CGT_NPROTOS + proto;
  struct cgt_counter *c = bpf_map_lookup_elem(&counters, &key);
  if (c) {
    if (drop) {
      c->dropped++;
    } else {
      c->packets++;
      c->bytes += skb->len;
    }
  }
  return drop ? 0 : 1;
}

SEC("cgroup_skb/ingress")
int cgroup_ingress(struct __sk_buff *skb) { return account(skb, CGT_INGRESS); }

SEC("cgroup_skb/egress")
int cgroup_egress(struct __sk_buff *skb) { return account(skb, CGT_EGRESS); }

char LICENSE[] SEC("license") = "GPL";
