// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// biolatency: block I/O latency histograms, per disk and per operation if
// asked. A request is stamped when it is queued (or issued to the driver)
// and measured when it completes. The disk is reached through the request:
// rq->q->disk on current kernels, rq->rq_disk before 5.17, chosen by CO-RE.
// Shows: tp_btf block tracepoints, CO-RE flavors (request___old) with
// bpf_core_field_exists, a per-CPU hash of histograms (each CPU updates its
// own copy without atomics; the loader sums), .rodata knobs.
#include "vmlinux.h"
#include "common.bpf.h"
#include <bpf/bpf_tracing.h>
#include "biolatency.h"

#define REQ_OP_BITS 8
#define REQ_OP_MASK ((1 << REQ_OP_BITS) - 1)
#define MINORBITS 20

const volatile bool targ_per_disk = false;
const volatile bool targ_per_op = false;
const volatile bool targ_queued = false;   // include time in the queue
const volatile bool targ_ms = false;
const volatile __u32 targ_dev = 0;         // only this disk, 0 = all

struct request___old {
  struct gendisk *rq_disk;
} __attribute__((preserve_access_index));

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 10240);
  __type(key, struct request *);
  __type(value, __u64);
} start SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_HASH);
  __uint(max_entries, 256);
  __type(key, struct bio_hist_key);
  __type(value, struct bio_hist);
} hists SEC(".maps");

static struct bio_hist zero_hist;

static __always_inline struct gendisk *request_disk(struct request *rq) {
  struct request___old *old = (void *)rq;
  if (bpf_core_field_exists(old->rq_disk))
    return BPF_CORE_READ(old, rq_disk);
  return BPF_CORE_READ(rq, q, disk);
}

static __always_inline __u32 disk_dev(struct gendisk *disk) {
  if (!disk)
    return 0;
  __u32 major = BPF_CORE_READ(disk, major);
  __u32 minor = BPF_CORE_READ(disk, first_minor);
  return major << MINORBITS | minor;
}

static __always_inline int stamp(struct request *rq) {
  if (targ_dev && disk_dev(request_disk(rq)) != targ_dev)
    return 0;
  __u64 ts = bpf_ktime_get_ns();
  bpf_map_update_elem(&start, &rq, &ts, BPF_ANY);
  return 0;
}

SEC("tp_btf/block_rq_insert")
int BPF_PROG(block_rq_insert, struct request *rq) {
  return targ_queued ? stamp(rq) : 0;
}

SEC("tp_btf/block_rq_issue")
int BPF_PROG(block_rq_issue, struct request *rq) {
  if (targ_queued && bpf_map_lookup_elem(&start, &rq))
    return 0;   // already stamped at insert
  return stamp(rq);
}

SEC("tp_btf/block_rq_complete")
int BPF_PROG(block_rq_complete, struct request *rq, int error,
             unsigned int nr_bytes) {
  __u64 now = bpf_ktime_get_ns();
  __u64 *tsp = bpf_map_lookup_elem(&start, &rq);
  if (!tsp)
    return 0;
  __s64 delta = now - *tsp;
  bpf_map_delete_elem(&start, &rq);
  if (delta < 0)
    return 0;

  struct bio_hist_key key = {};
  if (targ_per_disk)
    key.dev = disk_dev(request_disk(rq));
  if (targ_per_op)
    key.op = BPF_CORE_READ(rq, cmd_flags) & REQ_OP_MASK;
  struct bio_hist *h = bpf_map_lookup_elem(&hists, &key);
  if (!h) {
    bpf_map_update_elem(&hists, &key, &zero_hist, BPF_NOEXIST);
    h = bpf_map_lookup_elem(&hists, &key);
    if (!h)
      return 0;
  }
  __u64 d = (__u64)delta / (targ_ms ? 1000000 : 1000);
  __u32 slot = log2_u64(d);
  if (slot >= BIO_SLOTS)
    slot = BIO_SLOTS - 1;
  h->slots[slot]++;   // this CPU's copy
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
