// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// dnsfilter: drop DNS queries for blocked names at XDP. Finds UDP
// datagrams to port 53, checks that they are plain queries, hashes the
// question name (case-folded wire format, FNV-1a) and drops the query
// when the hash is in the block list. The parsing is split into functions
// the way a larger filter would be: a static subprogram that gets packet
// pointers, and global functions that the verifier checks once, on their
// own, with only the context and an offset as arguments.
// Shows: BPF-to-BPF calls (static __noinline with packet pointers, global
// functions with a context argument and a pointer to the caller's stack),
// a bounded loop over the name, a hash map block list, .rodata for a fixed rule, .bss counters.
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define ETH_P_IP 0x0800
#define IPPROTO_UDP 17
#define DNS_PORT 53
#define MAX_QNAME 128   // bytes of the wire-format name we follow
#define FNV_OFFSET 2166136261u
#define FNV_PRIME 16777619u

const volatile __u32 blocked_hash = 0;   // one fixed rule, 0 = none

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4096);
  __type(key, __u32);     // dns_qname_hash() of the name
  __type(value, __u64);   // hits
} blocklist SEC(".maps");

__u64 queries, blocked, malformed;
__u32 last_qname_hash;
__u32 last_qname_len;

struct dnshdr {
  __be16 id;
  __be16 flags;
  __be16 qdcount;
  __be16 ancount;
  __be16 nscount;
  __be16 arcount;
};

// Static subprogram: the verifier checks it in the caller's context, so it
// may take packet pointers. Returns the offset of the UDP payload for
// datagrams to port 53, or 0.
static __noinline __u32 udp_dns_payload(void *data, void *data_end) {
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
    return 0;
  struct iphdr *iph = (void *)(eth + 1);
  if ((void *)(iph + 1) > data_end || iph->protocol != IPPROTO_UDP)
    return 0;
  __u32 ihl = iph->ihl * 4;
  if (ihl < sizeof(*iph) || ihl > 60)
    return 0;
  struct udphdr *uh = (void *)iph + ihl;
  if ((void *)(uh + 1) > data_end || uh->dest != bpf_htons(DNS_PORT))
    return 0;
  return sizeof(*eth) + ihl + sizeof(*uh);
}

// Global function: verified once with ctx a context pointer and off any
// u64. 1 for a standard query with one question, 0 otherwise.
__noinline int dns_is_query(struct xdp_md *ctx, __u64 off) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  if (off > 128)
    return 0;
  struct dnshdr *dh = data + off;
  if ((void *)(dh + 1) > data_end)
    return 0;
  __u16 flags = bpf_ntohs(dh->flags);
  // QR = 0 (query), opcode 0 (standard query), one question.
  return !(flags & 0x8000) && ((flags >> 11) & 0xf) == 0 &&
         dh->qdcount == bpf_htons(1);
}

// Global function: FNV-1a of the question name at off in wire format
// (length-prefixed labels, "\3www\7example\3com"), case-folded, up to and
// without the terminating zero; stores the name's length in *len. Returns
// 0 on error. Length bytes are below 64, so folding 'A'-'Z' leaves them
// alone and one flat loop over the bytes does: the packet offset advances
// by one per iteration and nothing else is tracked, so the verifier's
// states at each step compare equal and are pruned.
__noinline __u32 dns_qname_hash(struct xdp_md *ctx, __u64 off, __u32 *len) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  __u32 hash = FNV_OFFSET;
  if (!len || off > 128)
    return 0;
  *len = 0;
  __u8 *p = data + off;

  for (int i = 0; i < MAX_QNAME; i++) {
    if ((void *)(p + 1) > data_end)
      return 0;
    __u8 c = *p++;
    if (c == 0) {
      *len = i;
      return hash;
    }
    if (c >= 'A' && c <= 'Z')
      c += 'a' - 'A';
    hash = (hash ^ c) * FNV_PRIME;
  }
  return 0;   // name too long
}

SEC("xdp")
int dns_filter(struct xdp_md *ctx) {
  __u32 off = udp_dns_payload((void *)(long)ctx->data,
                              (void *)(long)ctx->data_end);
  if (!off || !dns_is_query(ctx, off))
    return XDP_PASS;
  __sync_fetch_and_add(&queries, 1);

  __u32 len = 0;
  __u32 hash = dns_qname_hash(ctx, off + sizeof(struct dnshdr), &len);
  last_qname_hash = hash;
  last_qname_len = len;
  if (!hash) {
    __sync_fetch_and_add(&malformed, 1);
    return XDP_PASS;   // let the resolver deal with it
  }
  __u64 *hits = bpf_map_lookup_elem(&blocklist, &hash);
  if (hits)
    __sync_fetch_and_add(hits, 1);
  if (hits || (blocked_hash && hash == blocked_hash)) {
    __sync_fetch_and_add(&blocked, 1);
    return XDP_DROP;
  }
  return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
