// An index checked against a constant must be scaled into an address only
// below its check. In "if (test < 10) hits[test][i]++; else hits[9][i]++;"
// SimplifyCFG would compute both addresses before the branch and select one;
// the verifier then sees "hits + test * 16" built from an unbounded test and
// rejects the access ("R0 unbounded memory access"), as it did for six
// programs of the selftests' test_tc_dtime. corecc keeps the scaled index
// in the checked block (CoreBPFVerifierAdjust.cpp), as clang-19 does.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.o --set test=3 --run count --data 0000000000000000000000000000000000000000 --dump-globals | FileCheck %s
// RUN: %corecc-run %t.o --set test=12 --run count --data 00000000000000000000000000000000000000000000000000000000000000 --dump-globals | FileCheck %s --check-prefix=UNKNOWN
// CHECK: prog count {{.*}} loaded
// CHECK: run count retval=0
// A 20-byte packet counts a hit of kind 1 for test 3: hits[3][1].
// CHECK: global .bss hits = 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0 0 0 0
// CHECK: global .bss misses = 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
// A 31-byte packet is a miss of kind 3; test 12 is out of range: misses[9][3].
// UNKNOWN: global .bss hits = 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
// UNKNOWN: global .bss misses = 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 1

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

__u32 test;
__u32 hits[10][4];
__u32 misses[10][4];

// Not always_inline: the select forms in each function before inlining.
static void inc_hits(__u32 kind) {
  if (test < 10)
    hits[test][kind]++;
  else
    hits[9][kind]++;
}

static void inc_misses(__u32 kind) {
  if (test < 10)
    misses[test][kind]++;
  else
    misses[9][kind]++;
}

SEC("tc")
int count(struct __sk_buff *skb) {
  __u32 len = skb->len;
  if (len == 20) {
    if (skb->mark == 0)
      inc_hits(1);
    else
      inc_misses(1);
  } else if (len == 24) {
    if (skb->mark == 0)
      inc_hits(2);
    else
      inc_misses(2);
  } else {
    inc_misses(3);
  }
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
