// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Event layout shared by tcpstates.bpf.c and tcpstates.c.
#ifndef EXAMPLES_TCPSTATES_H
#define EXAMPLES_TCPSTATES_H

#define TCPS_COMM_LEN 16

struct tcps_event {
  __u8 saddr[16];
  __u8 daddr[16];
  __u64 skaddr;
  __u64 ts_ns;
  __u64 delta_us;   // time spent in oldstate
  __u32 pid;
  __s32 oldstate;
  __s32 newstate;
  __u16 family;
  __u16 sport;
  __u16 dport;
  char comm[TCPS_COMM_LEN];
};

#endif
