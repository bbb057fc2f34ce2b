// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Event layout shared by tcpconnect.bpf.c and tcpconnect.c.
#ifndef EXAMPLES_TCPCONNECT_H
#define EXAMPLES_TCPCONNECT_H

#define TCPC_COMM_LEN 16
#define TCPC_MAX_PORTS 8

struct tcpc_event {
  __u8 saddr[16];   // IPv4 in the first 4 bytes
  __u8 daddr[16];
  __u64 ts_ns;
  __u32 pid;
  __u32 uid;
  __u16 af;         // AF_INET or AF_INET6
  __u16 lport;      // host order
  __u16 dport;      // host order
  char comm[TCPC_COMM_LEN];
};

#endif
