// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// tcpstates: trace TCP state changes (SYN_SENT -> ESTABLISHED -> FIN_WAIT1
// ...) with the time spent in the previous state. Hooks the
// sock:inet_sock_set_state tracepoint through its BTF-typed form, so the
// socket arrives as a typed pointer.
// Shows: tp_btf with a const struct sock *, CO-RE reads of sock_common,
// BPF_CORE_READ_BITFIELD_PROBED for sk_protocol (a bitfield before 5.6, a
// u16 since: the same relocations cover both), a hash map keyed by pointer,
// ring buffer, .rodata family/port filters.
#include "vmlinux.h"
#include "common.bpf.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>
#include "tcpstates.h"

#define AF_INET 2
#define AF_INET6 10
#define IPPROTO_TCP 6
#define TCP_CLOSE 7

const volatile __u16 target_family = 0;   // 0: both
const volatile __u16 target_sport = 0;    // host order, 0: any
const volatile __u16 target_dport = 0;

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 10240);
  __type(key, __u64);
  __type(value, __u64);
} timestamps SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 256 * 1024);
} events SEC(".maps");

SEC("tp_btf/inet_sock_set_state")
int BPF_PROG(inet_sock_set_state, const struct sock *sk, const int oldstate,
             const int newstate) {
  if (BPF_CORE_READ_BITFIELD_PROBED(sk, sk_protocol) != IPPROTO_TCP)
    return 0;
  __u16 family = BPF_CORE_READ(sk, __sk_common.skc_family);
  if (target_family && family != target_family)
    return 0;
  __u16 sport = BPF_CORE_READ(sk, __sk_common.skc_num);
  __u16 dport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
  if (target_sport && sport != target_sport)
    return 0;
  if (target_dport && dport != target_dport)
    return 0;

  __u64 key = (__u64)sk;
  __u64 now = bpf_ktime_get_ns();
  __u64 *prev = bpf_map_lookup_elem(&timestamps, &key);
  __u64 delta_us = prev ? (now - *prev) / 1000 : 0;

  struct tcps_event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (e) {
    e->skaddr = key;
    e->ts_ns = now;
    e->delta_us = delta_us;
    e->pid = bpf_get_current_pid_tgid() >> 32;
    e->oldstate = oldstate;
    e->newstate = newstate;
    e->family = family;
    e->sport = sport;
    e->dport = dport;
    bpf_get_current_comm(e->comm, sizeof(e->comm));
    if (family == AF_INET) {
      __u32 saddr = BPF_CORE_READ(sk, __sk_common.skc_rcv_saddr);
      __u32 daddr = BPF_CORE_READ(sk, __sk_common.skc_daddr);
      __builtin_memcpy(e->saddr, &saddr, 4);
      __builtin_memcpy(e->daddr, &daddr, 4);
    } else {
      BPF_CORE_READ_INTO(&e->saddr, sk, __sk_common.skc_v6_rcv_saddr.in6_u.u6_addr8);
      BPF_CORE_READ_INTO(&e->daddr, sk, __sk_common.skc_v6_daddr.in6_u.u6_addr8);
    }
    bpf_ringbuf_submit(e, 0);
  }

  if (newstate == TCP_CLOSE)
    bpf_map_delete_elem(&timestamps, &key);
  else
    bpf_map_update_elem(&timestamps, &key, &now, BPF_ANY);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
