// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Counter layout shared by cgroup_traffic.bpf.c and cgroup_traffic.c.
#ifndef EXAMPLES_CGROUP_TRAFFIC_H
#define EXAMPLES_CGROUP_TRAFFIC_H

enum cgt_dir { CGT_INGRESS, CGT_EGRESS, CGT_NDIRS };
enum cgt_proto { CGT_TCP, CGT_UDP, CGT_ICMP, CGT_OTHER, CGT_NPROTOS };

// One slot per direction and protocol: index dir * CGT_NPROTOS + proto.
struct cgt_counter {
  __u64 packets;
  __u64 bytes;
  __u64 dropped;
};

#endif
