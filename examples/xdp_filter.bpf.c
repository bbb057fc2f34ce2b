// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// xdp_filter: a packet filter at the driver's receive hook. Parses
// Ethernet (with up to two VLAN tags), IPv4 (options, fragments), IPv6 (with
// extension headers), TCP and UDP, and drops what the rules deny: source
// IPv4 prefixes (LPM trie), destination ports (hash), fragments and IPv6 if
// so configured. Fixed rules come from .rodata, set before load; the maps
// take rules at run time. Counters per verdict reason are global.
// Shows: XDP direct packet access with bounds checks, a header cursor,
// bounded loops (VLAN tags, IPv6 extension headers), LPM trie and hash
// lookups, .rodata configuration, .bss counters.
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include "xdp_filter.h"

#define ETH_P_IP 0x0800
#define ETH_P_IPV6 0x86DD
#define ETH_P_8021Q 0x8100
#define ETH_P_8021AD 0x88A8
#define IPPROTO_HOPOPTS 0
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define IPPROTO_ROUTING 43
#define IPPROTO_FRAGMENT 44
#define IPPROTO_DSTOPTS 60
#define IP_MF 0x2000
#define IP_OFFSET 0x1fff

const volatile bool drop_ipv6 = false;
const volatile bool drop_fragments = false;
const volatile __u16 deny_tcp_dport = 0;  // host order, 0 = none
const volatile __u16 deny_udp_dport = 0;
const volatile __u32 deny_saddr = 0;      // IPv4 in host order, 0 = none

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, struct xdpf_port_key);
  __type(value, __u8);
} deny_ports SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_LPM_TRIE);
  __uint(max_entries, 1024);
  __uint(map_flags, BPF_F_NO_PREALLOC);
  __type(key, struct xdpf_v4_key);
  __type(value, __u8);
} deny_v4 SEC(".maps");

__u64 packets[XDPF_NREASONS];
__u64 bytes[XDPF_NREASONS];

struct cursor {
  void *pos;
  void *end;
};

// Ethernet header and VLAN tags; returns the inner ethertype (network
// order) or -1.
static __always_inline int parse_eth(struct cursor *c) {
  struct ethhdr *eth = c->pos;
  if ((void *)(eth + 1) > c->end)
    return -1;
  c->pos = eth + 1;
  __be16 proto = eth->h_proto;
#pragma unroll
  for (int i = 0; i < 2; i++) {
    if (proto != bpf_htons(ETH_P_8021Q) && proto != bpf_htons(ETH_P_8021AD))
      break;
    struct vlan_hdr *vh = c->pos;
    if ((void *)(vh + 1) > c->end)
      return -1;
    c->pos = vh + 1;
    proto = vh->h_vlan_encapsulated_proto;
  }
  return proto;
}

struct l4_info {
  __u8 proto;     // 0 when there is no L4 header to look at
  __u16 dport;    // network order
  bool fragment;
};

static __always_inline int parse_ports(struct cursor *c, struct l4_info *l4) {
  if (l4->proto == IPPROTO_TCP) {
    struct tcphdr *th = c->pos;
    if ((void *)(th + 1) > c->end || th->doff < 5)
      return -1;
    l4->dport = th->dest;
  } else if (l4->proto == IPPROTO_UDP) {
    struct udphdr *uh = c->pos;
    if ((void *)(uh + 1) > c->end)
      return -1;
    l4->dport = uh->dest;
  }
  return 0;
}

static __always_inline int parse_ipv4(struct cursor *c, struct l4_info *l4,
                                      __u32 *saddr) {
  struct iphdr *iph = c->pos;
  if ((void *)(iph + 1) > c->end)
    return -1;
  __u32 hlen = iph->ihl * 4;
  if (hlen < sizeof(*iph) || c->pos + hlen > c->end)
    return -1;
  c->pos += hlen;
  *saddr = iph->saddr;
  l4->proto = iph->protocol;
  __u16 frag = bpf_ntohs(iph->frag_off);
  if (frag & (IP_MF | IP_OFFSET)) {
    l4->fragment = true;
    if (frag & IP_OFFSET)   // no L4 header in later fragments
      l4->proto = 0;
  }
  return 0;
}

static __always_inline int parse_ipv6(struct cursor *c, struct l4_info *l4) {
  struct ipv6hdr *ip6 = c->pos;
  if ((void *)(ip6 + 1) > c->end)
    return -1;
  c->pos = ip6 + 1;
  __u8 next = ip6->nexthdr;
  for (int i = 0; i < 4; i++) {
    if (next == IPPROTO_HOPOPTS || next == IPPROTO_ROUTING ||
        next == IPPROTO_DSTOPTS) {
      struct ipv6_opt_hdr *opt = c->pos;
      if ((void *)(opt + 1) > c->end)
        return -1;
      next = opt->nexthdr;
      c->pos += (opt->hdrlen + 1) * 8;
    } else if (next == IPPROTO_FRAGMENT) {
      struct frag_hdr *fh = c->pos;
      if ((void *)(fh + 1) > c->end)
        return -1;
      l4->fragment = true;
      next = fh->nexthdr;
      c->pos = fh + 1;
      if (bpf_ntohs(fh->frag_off) & ~7)   // offset != 0: no L4 header
        next = 0;
      break;
    } else {
      break;
    }
  }
  l4->proto = next;
  return 0;
}

static __always_inline int verdict(struct xdp_md *ctx, enum xdpf_reason r) {
  __sync_fetch_and_add(&packets[r], 1);
  __sync_fetch_and_add(&bytes[r], ctx->data_end - ctx->data);
  return r == XDPF_PASS ? XDP_PASS : XDP_DROP;
}

SEC("xdp")
int xdp_filter(struct xdp_md *ctx) {
  struct cursor c = {.pos = (void *)(long)ctx->data,
                     .end = (void *)(long)ctx->data_end};
  struct l4_info l4 = {};
  __u32 saddr = 0;

  int proto = parse_eth(&c);
  if (proto == bpf_htons(ETH_P_IP)) {
    if (parse_ipv4(&c, &l4, &saddr) < 0)
      return verdict(ctx, XDPF_MALFORMED);
    if (deny_saddr && bpf_ntohl(saddr) == deny_saddr)
      return verdict(ctx, XDPF_DENY_SRC);
    struct xdpf_v4_key key = {.prefixlen = 32, .addr = saddr};
    if (bpf_map_lookup_elem(&deny_v4, &key))
      return verdict(ctx, XDPF_DENY_SRC);
  } else if (proto == bpf_htons(ETH_P_IPV6)) {
    if (drop_ipv6)
      return verdict(ctx, XDPF_IPV6);
    if (parse_ipv6(&c, &l4) < 0)
      return verdict(ctx, XDPF_MALFORMED);
  } else if (proto < 0) {
    return verdict(ctx, XDPF_MALFORMED);
  } else {
    return verdict(ctx, XDPF_PASS);   // ARP and friends
  }

  if (l4.fragment && drop_fragments)
    return verdict(ctx, XDPF_FRAGMENT);
  if (parse_ports(&c, &l4) < 0)
    return verdict(ctx, XDPF_MALFORMED);
  if (l4.proto == IPPROTO_TCP || l4.proto == IPPROTO_UDP) {
    __u16 port = bpf_ntohs(l4.dport);
    if (l4.proto == IPPROTO_TCP && deny_tcp_dport && port == deny_tcp_dport)
      return verdict(ctx, XDPF_DENY_PORT);
    if (l4.proto == IPPROTO_UDP && deny_udp_dport && port == deny_udp_dport)
      return verdict(ctx, XDPF_DENY_PORT);
    struct xdpf_port_key pk = {.proto = l4.proto, .port = l4.dport};
    if (bpf_map_lookup_elem(&deny_ports, &pk))
      return verdict(ctx, XDPF_DENY_PORT);
  }
  return verdict(ctx, XDPF_PASS);
}

char LICENSE[] SEC("license") = "GPL";
