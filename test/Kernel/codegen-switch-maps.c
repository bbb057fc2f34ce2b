// A switch that picks a map must stay a switch. Turned into a lookup table
// of map pointers in .rodata, it loads a scalar where bpf_map_lookup_elem
// needs a map ("R1 type=scalar expected=map_ptr"); a table of values is
// indexed through a copy of the checked register. corecc builds no lookup
// tables (CoreBPFTargetTransformInfo.h), as clang-19 builds none for BPF.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %readelf -S %t.o | FileCheck %s --check-prefix=SECTIONS
// RUN: %corecc-run %t.o --set which=3 --run prog | FileCheck %s --check-prefix=MAP3
// RUN: %corecc-run %t.o --set which=6 --run prog | FileCheck %s --check-prefix=NONE
// SECTIONS-NOT: .rodata
// MAP3: prog prog {{.*}} loaded
// 3 + 1: the lookup in m3 found its element.
// MAP3: run prog retval=4
// NONE: run prog retval=0

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

#define ARRAY_MAP(name)                                                        \
  struct {                                                                     \
    __uint(type, BPF_MAP_TYPE_ARRAY);                                          \
    __uint(max_entries, 1);                                                    \
    __type(key, int);                                                          \
    __type(value, long);                                                       \
  } name SEC(".maps")

ARRAY_MAP(m0);
ARRAY_MAP(m1);
ARRAY_MAP(m2);
ARRAY_MAP(m3);
ARRAY_MAP(m4);
ARRAY_MAP(m5);

volatile int which;

static __always_inline long *pick(int i) {
  int k = 0;
  switch (i) {
  case 0: return bpf_map_lookup_elem(&m0, &k);
  case 1: return bpf_map_lookup_elem(&m1, &k);
  case 2: return bpf_map_lookup_elem(&m2, &k);
  case 3: return bpf_map_lookup_elem(&m3, &k);
  case 4: return bpf_map_lookup_elem(&m4, &k);
  case 5: return bpf_map_lookup_elem(&m5, &k);
  }
  return 0;
}

SEC("xdp")
int prog(struct xdp_md *ctx) {
  int i = which;
  long *v = pick(i);
  return v ? i + 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
