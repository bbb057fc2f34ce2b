// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// tcprtt: histogram of TCP smoothed round-trip times, sampled each time an
// established connection receives a segment (tcp_rcv_established), with
// optional address and port filters. fentry reads the tcp_sock directly
// (BTF pointer); the kprobe fallback reads the same fields with CO-RE probe
// reads. The loader keeps one pair and disables the other.
// Shows: fentry with direct typed reads (bpf_skc_to_tcp_sock) and kprobe
// with BPF_CORE_READ on the same structures (tcp_sock::srtt_us, inet_sock, sock_common), a hash of
// histograms keyed by address, .rodata filters.
#include "vmlinux.h"
#include "common.bpf.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_tracing.h>
#include "tcprtt.h"

#define AF_INET 2

const volatile bool targ_laddr_hist = false;  // one histogram per local addr
const volatile bool targ_raddr_hist = false;  // ... or per remote addr
const volatile bool targ_ms = false;
const volatile __u16 targ_sport = 0;  // host order
const volatile __u16 targ_dport = 0;
const volatile __u32 targ_saddr = 0;  // network order
const volatile __u32 targ_daddr = 0;

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, __u64);
  __type(value, struct rtt_hist);
} hists SEC(".maps");

static struct rtt_hist zero_hist;

static __always_inline int record(__u16 family, __u32 saddr, __u32 daddr,
                                  __u16 sport, __u16 dport, __u32 srtt) {
  if (family != AF_INET)
    return 0;
  if (targ_sport && targ_sport != sport)
    return 0;
  if (targ_dport && targ_dport != dport)
    return 0;
  if (targ_saddr && targ_saddr != saddr)
    return 0;
  if (targ_daddr && targ_daddr != daddr)
    return 0;

  __u64 key = 0;
  if (targ_laddr_hist)
    key = saddr;
  else if (targ_raddr_hist)
    key = daddr;
  struct rtt_hist *h = bpf_map_lookup_elem(&hists, &key);
  if (!h) {
    bpf_map_update_elem(&hists, &key, &zero_hist, BPF_NOEXIST);
    h = bpf_map_lookup_elem(&hists, &key);
    if (!h)
      return 0;
  }
  // srtt_us holds the smoothed RTT in microseconds, shifted left by 3.
  __u64 rtt = srtt >> 3;
  if (targ_ms)
    rtt /= 1000;
  __u32 slot = log2_u64(rtt);
  if (slot >= MAX_SLOTS)
    slot = MAX_SLOTS - 1;
  __sync_fetch_and_add(&h->slots[slot], 1);
  __sync_fetch_and_add(&h->latency_sum, rtt);
  __sync_fetch_and_add(&h->count, 1);
  return 0;
}

SEC("fentry/tcp_rcv_established")
int BPF_PROG(tcp_rcv_fentry, struct sock *sk) {
  // The argument is typed struct sock: the verifier allows direct reads
  // only within it. bpf_skc_to_tcp_sock() gives the same object typed as
  // the tcp_sock it is (NULL if it is not one).
  const struct tcp_sock *ts = bpf_skc_to_tcp_sock(sk);
  if (!ts)
    return 0;
  const struct inet_sock *inet = &ts->inet_conn.icsk_inet;
  return record(sk->__sk_common.skc_family, sk->__sk_common.skc_rcv_saddr,
                sk->__sk_common.skc_daddr, bpf_ntohs(inet->inet_sport),
                bpf_ntohs(sk->__sk_common.skc_dport), ts->srtt_us);
}

SEC("kprobe/tcp_rcv_established")
int BPF_KPROBE(tcp_rcv_kprobe, struct sock *sk) {
  struct inet_sock *inet = (struct inet_sock *)sk;
  struct tcp_sock *ts = (struct tcp_sock *)sk;
  return record(BPF_CORE_READ(sk, __sk_common.skc_family),
                BPF_CORE_READ(sk, __sk_common.skc_rcv_saddr),
                BPF_CORE_READ(sk, __sk_common.skc_daddr),
                bpf_ntohs(BPF_CORE_READ(inet, inet_sport)),
                bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport)),
                BPF_CORE_READ(ts, srtt_us));
}

char LICENSE[] SEC("license") = "GPL";
