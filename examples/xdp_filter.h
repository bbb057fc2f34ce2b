// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Map and counter layout shared by xdp_filter.bpf.c and xdp_filter.c.
#ifndef EXAMPLES_XDP_FILTER_H
#define EXAMPLES_XDP_FILTER_H

enum xdpf_reason {
  XDPF_PASS,
  XDPF_MALFORMED,     // truncated or inconsistent headers
  XDPF_DENY_SRC,      // source address in the deny list
  XDPF_DENY_PORT,     // destination port in the deny list
  XDPF_FRAGMENT,      // IP fragment, dropped when drop_fragments is set
  XDPF_IPV6,          // IPv6, dropped when drop_ipv6 is set
  XDPF_NREASONS,
};

// deny_ports key: L4 protocol and destination port (network order).
struct xdpf_port_key {
  __u8 proto;
  __u8 pad;
  __u16 port;
};

// deny_v4 key (LPM trie): prefix length, then the address (network order).
struct xdpf_v4_key {
  __u32 prefixlen;
  __u32 addr;
};

#endif
