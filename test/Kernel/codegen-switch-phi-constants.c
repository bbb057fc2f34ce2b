// A switch maps an error code to a slot, and the code after it picks a
// counter from "key ? dropped : processed". CodeGenPrepare replaced the
// PHI's 0 for case 0 by the error code itself (equal there), and the offset
// of the counter by a zero extension of it; instruction selection put that
// copy before the compare, "w7 = w6; if w6 == 0 goto ...", and the access
// went through r7, which the compare never bounded: "R0 unbounded memory
// access" (xdp-tools' xdp_sample, whose tp_btf programs loaded at clang-19's
// default cpu v1 and at neither compiler's v3). CoreBPFSwitchConstants puts
// the case value back.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// The context with args[1] = -22 (EINVAL), the rest 0:
// DEFINE: %{einval} = 0000000000000000eaffffffffffffff0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %corecc -O2 -g -mcpu=v1 -I%gen -c %s -o %t.v1.o
// RUN: %corecc-run %t.o --run prog --dump-map cnt | FileCheck %s --check-prefix=OK
// RUN: %corecc-run %t.v1.o --run prog --dump-map cnt | FileCheck %s --check-prefix=OK
// RUN: %corecc-run %t.o --run prog --ctx %{einval} --dump-map cnt | FileCheck %s --check-prefix=EINVAL
// RUN: %corecc-run %t.v1.o --run prog --ctx %{einval} --dump-map cnt | FileCheck %s --check-prefix=EINVAL
//
// err 0: slot 0, "processed" counted.
// OK: prog prog {{.*}} loaded
// OK: run prog retval=0
// OK: map cnt key=00000000 value=01000000000000000000000000000000
// OK-NEXT: map cnt key=01000000 value=00000000000000000000000000000000
// OK-NEXT: map cnt key=02000000 value=00000000000000000000000000000000
//
// err -22: slot 2, "dropped" counted.
// EINVAL: prog prog {{.*}} loaded
// EINVAL: map cnt key=00000000 value=00000000000000000000000000000000
// EINVAL-NEXT: map cnt key=01000000 value=00000000000000000000000000000000
// EINVAL-NEXT: map cnt key=02000000 value=00000000000000000100000000000000

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct datarec {
  __u64 processed, dropped;
};
struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, struct datarec);
} cnt SEC(".maps");

const volatile __u32 nr_slots = 1;

static __always_inline __u32 err_key(int err) {
  switch (err) {
  case 0:
    return 0;
  case -22: // EINVAL
    return 2;
  case -100: // ENETDOWN
    return 3;
  case -90: // EMSGSIZE
    return 4;
  case -95: // EOPNOTSUPP
    return 5;
  case -28: // ENOSPC
    return 6;
  default:
    return 1;
  }
}

SEC("raw_tp/xdp_redirect")
int prog(struct bpf_raw_tracepoint_args *ctx) {
  int err = (int)ctx->args[1];
  __u32 key = err_key(err);
  __u32 idx = key * nr_slots + (__u32)ctx->args[2];
  struct datarec *rec = bpf_map_lookup_elem(&cnt, &idx);
  if (!rec)
    return 0;
  if (key)
    rec->dropped++;
  else
    rec->processed++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
