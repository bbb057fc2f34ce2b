// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// tcpconnect: trace active TCP connects (connect() and friends), IPv4 and
// IPv6, with the addresses and ports the kernel chose. The entry kprobe
// remembers the socket; the return probe reads it once the kernel has
// filled in the source address and port.
// Shows: kprobe/kretprobe pairs with BPF_KPROBE/BPF_KRETPROBE, struct sock
// CO-RE reads through __sk_common (addresses, ports, family), a perf event
// array, a .rodata port filter array, bpf_ntohs.
#include "vmlinux.h"
#include "common.bpf.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>
#include "tcpconnect.h"

#define AF_INET 2
#define AF_INET6 10

const volatile __u32 targ_tgid = 0;
const volatile __u32 targ_uid = -1;
const volatile int filter_ports_len = 0;
const volatile __u16 filter_ports[TCPC_MAX_PORTS] = {};  // host order

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4096);
  __type(key, __u32);
  __type(value, struct sock *);
} sockets SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, sizeof(__u32));
} events SEC(".maps");

static __always_inline bool port_wanted(__u16 port) {
  if (filter_ports_len == 0)
    return true;
  for (int i = 0; i < TCPC_MAX_PORTS; i++) {
    if (i >= filter_ports_len)
      break;
    if (filter_ports[i] == port)
      return true;
  }
  return false;
}

static __always_inline int enter(struct sock *sk) {
  __u64 id = bpf_get_current_pid_tgid();
  if (targ_tgid && (id >> 32) != targ_tgid)
    return 0;
  if (targ_uid != (__u32)-1 && (__u32)bpf_get_current_uid_gid() != targ_uid)
    return 0;
  __u32 tid = (__u32)id;
  bpf_map_update_elem(&sockets, &tid, &sk, BPF_ANY);
  return 0;
}

static __always_inline int leave(void *ctx, int ret, int af) {
  __u64 id = bpf_get_current_pid_tgid();
  __u32 tid = (__u32)id;
  struct sock **skpp = bpf_map_lookup_elem(&sockets, &tid);
  if (!skpp)
    return 0;
  struct sock *sk = *skpp;
  bpf_map_delete_elem(&sockets, &tid);
  if (ret)   // connect failed before sending SYN
    return 0;

  __u16 dport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
  if (!port_wanted(dport))
    return 0;

  struct tcpc_event e = {};
  e.ts_ns = bpf_ktime_get_ns();
  e.pid = id >> 32;
  e.uid = (__u32)bpf_get_current_uid_gid();
  e.af = af;
  e.dport = dport;
  e.lport = BPF_CORE_READ(sk, __sk_common.skc_num);
  if (af == AF_INET) {
    __u32 saddr = BPF_CORE_READ(sk, __sk_common.skc_rcv_saddr);
    __u32 daddr = BPF_CORE_READ(sk, __sk_common.skc_daddr);
    __builtin_memcpy(e.saddr, &saddr, 4);
    __builtin_memcpy(e.daddr, &daddr, 4);
  } else {
    BPF_CORE_READ_INTO(&e.saddr, sk, __sk_common.skc_v6_rcv_saddr.in6_u.u6_addr32);
    BPF_CORE_READ_INTO(&e.daddr, sk, __sk_common.skc_v6_daddr.in6_u.u6_addr32);
  }
  bpf_get_current_comm(e.comm, sizeof(e.comm));
  bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));
  return 0;
}

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(tcp_v4_connect, struct sock *sk) { return enter(sk); }

SEC("kretprobe/tcp_v4_connect")
int BPF_KRETPROBE(tcp_v4_connect_ret, int ret) { return leave(ctx, ret, AF_INET); }

SEC("kprobe/tcp_v6_connect")
int BPF_KPROBE(tcp_v6_connect, struct sock *sk) { return enter(sk); }

SEC("kretprobe/tcp_v6_connect")
int BPF_KRETPROBE(tcp_v6_connect_ret, int ret) { return leave(ctx, ret, AF_INET6); }

char LICENSE[] SEC("license") = "GPL";
