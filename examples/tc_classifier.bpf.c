// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// tc_classifier: a direct-action tc classifier for egress shaping. Sorts
// packets into interactive (ssh, DNS), bulk (a port range) and best effort;
// sets skb->priority, skb->tc_classid (for an HTB/prio qdisc) and skb->mark,
// and optionally re-marks the DSCP field, fixing the IPv4 header checksum
// with bpf_l3_csum_replace. Bulk traffic can be policed (dropped) outright.
// Shows: SEC("tc") with __sk_buff, direct packet access, writes to skb
// fields, bpf_skb_store_bytes + bpf_l3_csum_replace, IPv4 and IPv6 traffic
// class rewrite, .rodata configuration, .bss per-class counters.
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include "tc_classifier.h"

#define TC_ACT_OK 0
#define TC_ACT_SHOT 2
#define ETH_HLEN 14
#define ETH_P_IP 0x0800
#define ETH_P_IPV6 0x86DD
#define IPPROTO_TCP 6
#define IPPROTO_UDP 17
#define TC_H_MAKE(maj, min) (((maj) << 16) | (min))
#define TC_PRIO_BESTEFFORT 0
#define TC_PRIO_BULK 2
#define TC_PRIO_INTERACTIVE 6

const volatile bool remark_dscp = false;
const volatile bool police_bulk = false;
const volatile __u16 bulk_port_lo = 5000;   // host order, inclusive
const volatile __u16 bulk_port_hi = 5999;
const volatile __u32 mark_base = 0x100;     // skb->mark = mark_base + class

__u64 class_packets[TCC_NCLASSES];
__u64 class_bytes[TCC_NCLASSES];

static const __u8 class_dscp[TCC_NCLASSES] = {0, 46, 8};
static const __u32 class_minor[TCC_NCLASSES] = {0x20, 0x10, 0x30};
static const __u32 class_prio[TCC_NCLASSES] = {
    TC_PRIO_BESTEFFORT, TC_PRIO_INTERACTIVE, TC_PRIO_BULK};

static __always_inline enum tcc_class classify_ports(__u8 proto, __u16 sport,
                                                     __u16 dport) {
  if (proto == IPPROTO_TCP && (sport == 22 || dport == 22))
    return TCC_INTERACTIVE;
  if (proto == IPPROTO_UDP && (sport == 53 || dport == 53))
    return TCC_INTERACTIVE;
  if (proto == IPPROTO_TCP &&
      ((dport >= bulk_port_lo && dport <= bulk_port_hi) ||
       (sport >= bulk_port_lo && sport <= bulk_port_hi)))
    return TCC_BULK;
  return TCC_DEFAULT;
}

// TCP and UDP both start with the two ports.
struct ports {
  __be16 source;
  __be16 dest;
};

SEC("tc")
int tc_classify(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data;
  void *data_end = (void *)(long)skb->data_end;
  struct ethhdr *eth = data;
  enum tcc_class cls = TCC_DEFAULT;
  __u8 proto = 0, tos = 0;
  __u32 l4off;

  if ((void *)(eth + 1) > data_end)
    goto out;
  if (eth->h_proto == bpf_htons(ETH_P_IP)) {
    struct iphdr *iph = (void *)(eth + 1);
    if ((void *)(iph + 1) > data_end)
      goto out;
    proto = iph->protocol;
    tos = iph->tos;
    l4off = ETH_HLEN + iph->ihl * 4;
    if (iph->frag_off & bpf_htons(0x1fff))   // later fragment: no ports
      proto = 0;
  } else if (eth->h_proto == bpf_htons(ETH_P_IPV6)) {
    struct ipv6hdr *ip6 = (void *)(eth + 1);
    if ((void *)(ip6 + 1) > data_end)
      goto out;
    proto = ip6->nexthdr;
    tos = (ip6->priority << 4) | (ip6->flow_lbl[0] >> 4);
    l4off = ETH_HLEN + sizeof(*ip6);
  } else {
    goto out;
  }

  if (proto == IPPROTO_TCP || proto == IPPROTO_UDP) {
    if (l4off > 128)
      goto out;
    struct ports *pp = data + l4off;
    if ((void *)(pp + 1) > data_end)
      goto out;
    cls = classify_ports(proto, bpf_ntohs(pp->source), bpf_ntohs(pp->dest));
  }

  __u8 new_tos = (class_dscp[cls] << 2) | (tos & 3);   // keep ECN
  if (remark_dscp && new_tos != tos) {
    if (eth->h_proto == bpf_htons(ETH_P_IP)) {
      // The checksum covers 16-bit words: TOS is the low byte of the first.
      bpf_l3_csum_replace(skb, ETH_HLEN + offsetof(struct iphdr, check),
                          bpf_htons(tos), bpf_htons(new_tos), 2);
      bpf_skb_store_bytes(skb, ETH_HLEN + offsetof(struct iphdr, tos),
                          &new_tos, 1, 0);
    } else {
      // version(4) | traffic class(8) | flow label(20): rewrite 2 bytes.
      __u8 b[2];
      if (bpf_skb_load_bytes(skb, ETH_HLEN, b, 2) < 0)
        goto out;
      b[0] = (b[0] & 0xf0) | (new_tos >> 4);
      b[1] = (b[1] & 0x0f) | (new_tos << 4);
      bpf_skb_store_bytes(skb, ETH_HLEN, b, 2, 0);
    }
  }

out:
  skb->priority = class_prio[cls];
  skb->tc_classid = TC_H_MAKE(1, class_minor[cls]);
  skb->mark = mark_base + cls;
  __sync_fetch_and_add(&class_packets[cls], 1);
  __sync_fetch_and_add(&class_bytes[cls], skb->len);
  if (police_bulk && cls == TCC_BULK)
    return TC_ACT_SHOT;
  return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
