// A record copied out of a map on a hit, after any of 20 unrolled lookups,
// the shape of ptcpdump's tc programs: every lookup's taken edge goes to one
// block that copies the record and returns (a hub). The verifier follows a
// conditional jump's fall-through first and walks the pushed taken edges
// afterwards, each starting at the hub with no jump processed since; it
// keeps a state at a pruning point only two jumps after the last one it
// kept, so the hub kept none and the copy was walked once per lookup.
// CoreBPFJoinJumps gives the hub a head block with a goto into it
// (test/CodeGen/CoreBPF/join-jumps-hub.c).
//
// On kernel 6.18: 2,236 processed instructions without the goto, 530 with
// it (clang-19: 2,193 at v1, 2,214 at v3; ptcpdump's tc programs 2,758 and
// 1,313, clang-19 1,395). The run shows the lookups still find the entry
// the program stored, and the copy is complete.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.o --prog lookup -q | FileCheck --check-prefix=WORK %s
// RUN: %corecc-run %t.o --prog lookup --run lookup --dump-globals | FileCheck %s
//
// Fewer than 1,000 processed instructions.
// WORK: prog lookup {{.*}} loaded insns={{[0-9]+}} verified_insns={{[0-9]{1,3}$}}
//
// CHECK: run lookup retval=0
// CHECK-DAG: global .data hit_at = 13
// CHECK-DAG: global .bss found = 2a00000001000000e8030000070000000800000009000000{{(6e){147}7a}}
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct meta {
  __u32 pid, ppid, uid;
  __u32 ns[3];
  char name[148];
};

struct flow {
  __u64 addr[2];
  __u16 port;
  __u16 pad[3];
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, struct flow);
  __type(value, struct meta);
} flows SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct meta);
} scratch SEC(".maps");

struct meta found;
int hit_at = -1;

static __always_inline void copy_meta(const struct meta *from,
                                      struct meta *to) {
  to->pid = from->pid;
  to->ppid = from->ppid;
  to->uid = from->uid;
  to->ns[0] = from->ns[0];
  to->ns[1] = from->ns[1];
  to->ns[2] = from->ns[2];
  __builtin_memcpy(to->name, from->name, sizeof(to->name));
}

SEC("syscall")
int lookup(void *ctx) {
  __u32 zero = 0;
  struct meta *m = bpf_map_lookup_elem(&scratch, &zero);
  if (!m)
    return 1;
  m->pid = 42;
  m->ppid = 1;
  m->uid = 1000;
  m->ns[0] = 7;
  m->ns[1] = 8;
  m->ns[2] = 9;
  __builtin_memset(m->name, 'n', sizeof(m->name));
  m->name[sizeof(m->name) - 1] = 'z';

  // The entry the lookups find: the 4th port of the reversed flow.
  struct flow key = {.addr = {0x0a000002, 0}, .port = 3003};
  if (bpf_map_update_elem(&flows, &key, m, BPF_ANY))
    return 2;

  struct flow f = {.addr = {0x0a000001, 0}, .port = 3000};
  __u64 peer = 0x0a000002;
#pragma unroll
  for (int j = 0; j < 2; j++) {
#pragma unroll
    for (int i = 0; i < 10; i++) {
      struct flow k = {.addr = {j ? peer : f.addr[0], 0},
                       .port = (__u16)(f.port + i)};
      struct meta *v = bpf_map_lookup_elem(&flows, &k);
      if (v) {
        copy_meta(v, &found);
        hit_at = j * 10 + i;
        return 0;
      }
    }
  }
  return 3;
}

char LICENSE[] SEC("license") = "GPL";
