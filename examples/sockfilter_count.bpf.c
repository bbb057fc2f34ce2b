// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// A socket filter that counts packets and bytes by IP protocol and keeps
// only TCP. Shows: packet loads through __sk_buff, a BPF-to-BPF call, global
// counters in .bss, a .rodata knob set before load.
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define ETH_P_IP 0x0800
#define IPPROTO_TCP 6

const volatile __u32 keep_protocol = IPPROTO_TCP;

__u64 packets[256];
__u64 bytes;

// The IPv4 protocol byte, relative to the network header: where skb->data
// points depends on the socket (MAC header on packet sockets, network
// header under BPF_PROG_TEST_RUN), the network header does not.
static __attribute__((noinline)) int load_protocol(struct __sk_buff *skb) {
  __u8 proto;
  if (bpf_skb_load_bytes_relative(skb, 9, &proto, sizeof(proto),
                                  BPF_HDR_START_NET) < 0)
    return -1;
  return proto;
}

SEC("socket")
int keep_tcp(struct __sk_buff *skb) {
  if (skb->protocol != bpf_htons(ETH_P_IP))
    return 0;
  int proto = load_protocol(skb);
  if (proto < 0)
    return 0;
  __sync_fetch_and_add(&packets[proto & 0xff], 1);
  __sync_fetch_and_add(&bytes, skb->len);
  return proto == keep_protocol ? skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";
