// A static function that returns nothing, called (not inlined), stores
// through a pointer to its caller's stack that it loaded from an argument.
// corecc gave that pointer r0, the first register of its usual order, and
// the function exited with it still there: the verifier refuses any
// subprogram that exits with a stack pointer in r0 ("cannot return stack
// pointer to the caller"), so the TC program did not load. This is the
// shape of netobserv's flows.c (fill_l4info), whose four flow_parse
// programs loaded with clang-19's object only. A function returning void
// now never holds a value of its own in r0 (CoreBPFRegisterInfo.td).
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -D__TARGET_ARCH_x86 -I%gen -c %s -o %t.o
// RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=ASM
// RUN: %corecc -O2 -g -mcpu=v1 -D__TARGET_ARCH_x86 -I%gen -c %s -o %t.v1.o
// RUN: %objdump -d --no-show-raw-insn %t.v1.o | FileCheck %s --check-prefix=ASM
// RUN: %corecc-run %t.o --run prog | FileCheck %s
// RUN: %corecc-run %t.v1.o --run prog | FileCheck %s
//
// ASM-LABEL: <fill_l4>:
// ASM-NOT: {{[rw]}}0
// ASM: exit
// ASM-LABEL: <prog>:
// ASM: call
//
// The default packet is UDP 10.0.0.1:1234 -> 10.0.0.2:5678:
// 1234 + 5678 + 17 (UDP) + 0 (no TCP flags) = 6929.
// CHECK: prog prog {{.*}} loaded
// CHECK: run prog retval=6929

#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

struct flow_id {
  __u16 sport, dport;
  __u8 proto;
};
struct pkt_info {
  struct flow_id *id;
  __u16 flags;
};

static __noinline void fill_l4(void *l4, void *end, __u8 proto,
                               struct pkt_info *pkt) {
  struct flow_id *id = pkt->id;
  id->proto = proto;
  if (proto == IPPROTO_TCP) {
    struct tcphdr *tcp = l4;
    if ((void *)(tcp + 1) <= end) {
      id->sport = bpf_ntohs(tcp->source);
      id->dport = bpf_ntohs(tcp->dest);
      pkt->flags = bpf_ntohs(((__u16 *)tcp)[6]);
    }
  } else if (proto == IPPROTO_UDP) {
    struct udphdr *udp = l4;
    if ((void *)(udp + 1) <= end) {
      id->sport = bpf_ntohs(udp->source);
      id->dport = bpf_ntohs(udp->dest);
    }
  }
}

SEC("tc")
int prog(struct __sk_buff *skb) {
  void *data = (void *)(long)skb->data;
  void *end = (void *)(long)skb->data_end;
  struct flow_id id = {};
  struct pkt_info pkt = {.id = &id};
  struct iphdr *ip = data + sizeof(struct ethhdr);
  if ((void *)(ip + 1) > end)
    return 0;
  fill_l4(ip + 1, end, ip->protocol, &pkt);
  return id.sport + id.dport + id.proto + pkt.flags;
}

char LICENSE[] SEC("license") = "GPL";
