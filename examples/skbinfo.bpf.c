// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// skbinfo: classify packets by the kernel's view of them, the bits in
// struct sk_buff that __sk_buff does not expose or exposes only in part:
// pkt_type, checksum state (ip_summed, csum_level), clone state, hash
// kind. A tc program converts its context to the kernel's sk_buff with
// bpf_cast_to_kern_ctx() and reads the bitfields with
// BPF_CORE_READ_BITFIELD, whose byte offset, size and shifts are CO-RE
// relocations, so the reads stay right when the kernel moves the bits.
// A raw tracepoint does the same for task_struct flag bits of the calling
// task, through a BTF pointer (direct read) and a plain pointer (probed).
// Shows: BPF_CORE_READ_BITFIELD and BPF_CORE_READ_BITFIELD_PROBED,
// bpf_core_field_exists on a bitfield, the bpf_cast_to_kern_ctx kfunc,
// bpf_get_current_task_btf, .bss counters.
#include "vmlinux.h"
#include "common.bpf.h"

#define TC_ACT_OK 0

extern void *bpf_cast_to_kern_ctx(void *obj) __ksym;

const volatile __u32 targ_tgid = 0;

// Packets by pkt_type (PACKET_HOST, _BROADCAST, _MULTICAST, _OTHERHOST,
// _OUTGOING, ...) and by ip_summed (NONE, UNNECESSARY, COMPLETE, PARTIAL).
__u64 by_pkt_type[8];
__u64 by_ip_summed[4];
__u64 cloned, l4_hashed, sw_hashed, at_ingress;
// pkt_type read both ways disagreed (should never happen).
__u64 mismatches;
__u32 last_pkt_type, last_csum_level;

SEC("tc")
int skb_bits(struct __sk_buff *ctx) {
  struct sk_buff *skb = bpf_cast_to_kern_ctx(ctx);

  __u32 pkt_type = BPF_CORE_READ_BITFIELD(skb, pkt_type);
  __u32 ip_summed = BPF_CORE_READ_BITFIELD(skb, ip_summed);
  last_pkt_type = pkt_type;
  last_csum_level = BPF_CORE_READ_BITFIELD(skb, csum_level);
  if (pkt_type != ctx->pkt_type)
    __sync_fetch_and_add(&mismatches, 1);
  __sync_fetch_and_add(&by_pkt_type[pkt_type & 7], 1);
  __sync_fetch_and_add(&by_ip_summed[ip_summed & 3], 1);
  if (BPF_CORE_READ_BITFIELD(skb, cloned))
    __sync_fetch_and_add(&cloned, 1);
  if (BPF_CORE_READ_BITFIELD(skb, l4_hash))
    __sync_fetch_and_add(&l4_hashed, 1);
  if (BPF_CORE_READ_BITFIELD(skb, sw_hash))
    __sync_fetch_and_add(&sw_hashed, 1);
  // tc_at_ingress exists only with CONFIG_NET_XGRESS/NET_CLS_ACT.
  if (bpf_core_field_exists(skb->tc_at_ingress) &&
      BPF_CORE_READ_BITFIELD(skb, tc_at_ingress))
    __sync_fetch_and_add(&at_ingress, 1);
  return TC_ACT_OK;
}

// Flag bits of the last task seen, each read through the BTF pointer and
// through the plain one: the two must agree.
struct task_bits {
  __u32 in_execve;
  __u32 in_iowait;
  __u32 sched_reset_on_fork;
  __u32 no_cgroup_migration;
  __u32 probed_in_execve;
  __u32 probed_in_iowait;
  __u32 probed_sched_reset_on_fork;
  __u32 probed_no_cgroup_migration;
};
struct task_bits bits;
__u64 task_samples;

SEC("raw_tp/sys_enter")
int task_flag_bits(struct bpf_raw_tracepoint_args *ctx) {
  if (targ_tgid && (bpf_get_current_pid_tgid() >> 32) != targ_tgid)
    return 0;
  struct task_struct *t = bpf_get_current_task_btf();
  struct task_struct *p = (struct task_struct *)bpf_get_current_task();

  bits.in_execve = BPF_CORE_READ_BITFIELD(t, in_execve);
  bits.in_iowait = BPF_CORE_READ_BITFIELD(t, in_iowait);
  bits.sched_reset_on_fork = BPF_CORE_READ_BITFIELD(t, sched_reset_on_fork);
  bits.no_cgroup_migration = BPF_CORE_READ_BITFIELD(t, no_cgroup_migration);
  bits.probed_in_execve = BPF_CORE_READ_BITFIELD_PROBED(p, in_execve);
  bits.probed_in_iowait = BPF_CORE_READ_BITFIELD_PROBED(p, in_iowait);
  bits.probed_sched_reset_on_fork =
      BPF_CORE_READ_BITFIELD_PROBED(p, sched_reset_on_fork);
  bits.probed_no_cgroup_migration =
      BPF_CORE_READ_BITFIELD_PROBED(p, no_cgroup_migration);
  __sync_fetch_and_add(&task_samples, 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
