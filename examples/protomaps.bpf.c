// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// protomaps: a tc classifier that counts packets in one map per transport
// protocol, picked by a switch: TCP and UDP by destination port (hash maps),
// ICMP and ICMPv6 by type, everything else by protocol number (arrays).
// Agents route events to per-kind maps the same way. A switch over map
// pointers must stay branches for the verifier, which tracks each map
// pointer by type: a lookup table of map addresses in .rodata loads a plain
// number ("R1 type=scalar expected=map_ptr", docs/verifier.md).
//
// For the tests, the last packet's map and count are also in .bss.
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define TC_ACT_OK 0
#define ETH_P_IP 0x0800
#define ETH_P_IPV6 0x86DD
#define IPPROTO_ICMP 1
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define IPPROTO_ICMPV6 58

enum route { ROUTE_TCP = 1, ROUTE_UDP, ROUTE_ICMP, ROUTE_ICMP6, ROUTE_OTHER };

#define PORT_MAP(name)                                                         \
  struct {                                                                     \
    __uint(type, BPF_MAP_TYPE_HASH);                                           \
    __uint(max_entries, 4096);                                                 \
    __type(key, __u16);                                                        \
    __type(value, __u64);                                                      \
  } name SEC(".maps")
#define BYTE_MAP(name)                                                         \
  struct {                                                                     \
    __uint(type, BPF_MAP_TYPE_ARRAY);                                          \
    __uint(max_entries, 256);                                                  \
    __type(key, __u32);                                                        \
    __type(value, __u64);                                                      \
  } name SEC(".maps")

PORT_MAP(tcp_ports);
PORT_MAP(udp_ports);
BYTE_MAP(icmp_types);
BYTE_MAP(icmp6_types);
BYTE_MAP(other_protos);

__u32 last_route;
__u32 last_key;
__u64 last_count;

// Adds one to the counter under key in map m; a hash map gets the key
// first.
static __always_inline __u64 count(void *m, __u32 key, bool is_hash) {
  __u64 one = 1, *v;
  __u16 port = key;
  void *k = is_hash ? (void *)&port : (void *)&key;
  v = bpf_map_lookup_elem(m, k);
  if (!v) {
    if (!is_hash || bpf_map_update_elem(m, k, &one, BPF_NOEXIST) < 0)
      return 0;
    return 1;
  }
  return __sync_add_and_fetch(v, 1);
}

SEC("tc")
int proto_count(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data;
  void *end = (void *)(long)skb->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > end)
    return TC_ACT_OK;

  __u8 proto;
  void *l4;
  if (eth->h_proto == bpf_htons(ETH_P_IP)) {
    struct iphdr *ip = (void *)(eth + 1);
    if ((void *)(ip + 1) > end)
      return TC_ACT_OK;
    proto = ip->protocol;
    l4 = (void *)ip + ip->ihl * 4;
  } else if (eth->h_proto == bpf_htons(ETH_P_IPV6)) {
    struct ipv6hdr *ip6 = (void *)(eth + 1);
    if ((void *)(ip6 + 1) > end)
      return TC_ACT_OK;
    proto = ip6->nexthdr;
    l4 = ip6 + 1;
  } else {
    return TC_ACT_OK;
  }

  // The key: the destination port, the ICMP type, or the protocol.
  __u32 key = proto;
  if (proto == IPPROTO_TCP || proto == IPPROTO_UDP) {
    struct udphdr *uh = l4; // ports first in both
    if ((void *)(uh + 1) > end)
      return TC_ACT_OK;
    key = bpf_ntohs(uh->dest);
  } else if (proto == IPPROTO_ICMP || proto == IPPROTO_ICMPV6) {
    __u8 *type = l4;
    if ((void *)(type + 1) > end)
      return TC_ACT_OK;
    key = *type;
  }

  void *m;
  enum route r;
  switch (proto) {
  case IPPROTO_TCP:
    m = &tcp_ports, r = ROUTE_TCP;
    break;
  case IPPROTO_UDP:
    m = &udp_ports, r = ROUTE_UDP;
    break;
  case IPPROTO_ICMP:
    m = &icmp_types, r = ROUTE_ICMP;
    break;
  case IPPROTO_ICMPV6:
    m = &icmp6_types, r = ROUTE_ICMP6;
    break;
  default:
    m = &other_protos, r = ROUTE_OTHER;
    break;
  }
  last_route = r;
  last_key = key;
  last_count = count(m, key, r == ROUTE_TCP || r == ROUTE_UDP);
  return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
