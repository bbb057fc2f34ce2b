// An error code's unsigned value, minus a length, as an offset into a map
// value that only bpf_probe_read_kernel reads (the shape of Tetragon's
// execve event, read_exe in lib/process.h, built at its -mcpu=v2). Without
// ALU32 the offset's zero extension was "w1 = w1" on r registers, which the
// verifier follows exactly: on the error path it then knows the offset is
// at least 2^31 - 127 and refuses the pointer arithmetic ("value 2147483521
// makes map_value pointer be out of bounds"). clang-19 zero-extends with a
// shift pair, which the verifier sees as [0, 2^32) here, and loads the
// program at v1 and v2. corecc now does the same for a zero extension that
// is added to a register (CoreBPFMIPeephole.cpp). At v3 the subtraction is
// a 32-bit one that the verifier also follows exactly, and both compilers'
// objects are refused (docs/verifier.md).
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -mcpu=v1 -I%gen -c %s -o %t.v1.o
// RUN: %corecc -O2 -g -mcpu=v2 -I%gen -c %s -o %t.v2.o
// RUN: %objdump -d --no-show-raw-insn %t.v2.o | FileCheck %s --check-prefix=ASM
// RUN: %corecc-run %t.v1.o --run prog --ctx 0000000000000000 | FileCheck %s
// RUN: %corecc-run %t.v2.o --run prog --ctx 0000000000000000 | FileCheck %s
//
// ASM: r[[E:[0-9]]] s>>= 0x20
// ASM: r[[E]] += r{{[0-9]}}
// ASM-NEXT: r[[E]] <<= 0x20
// ASM-NEXT: r[[E]] >>= 0x20
// ASM-NEXT: r{{[0-9]}} += r[[E]]
// CHECK: prog prog {{.*}} loaded
// CHECK: run prog retval=2

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, char[4096]);
} heap SEC(".maps");

int result = -22;
char out[8];

SEC("raw_tp/sys_enter")
int prog(void *ctx) {
  __u32 k = 0;
  char *buf = bpf_map_lookup_elem(&heap, &k);
  if (!buf)
    return 0;
  long err = (int)result;
  asm volatile("" : "+r"(err));
  if (err >= 0)
    return 1;
  bpf_probe_read_kernel(out, sizeof(out), buf + ((__u32)err - 127));
  return 2;
}

char LICENSE[] SEC("license") = "GPL";
