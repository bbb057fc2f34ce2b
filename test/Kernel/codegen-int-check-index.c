// An int offset computed from a 64-bit length, checked "offset >= 0 &&
// offset < 4096" and used as an index into a map value, at cpu v1 and v2
// (no 32-bit registers). Loop strength reduction left a truncation of the
// 64-bit value in each block, and instruction selection sign-extended one
// copy for the checks ("r5 <<= 32; r5 s>>= 32; if r5 s> 0xfff") and
// another for the index ("r4 <<= 32; r4 s>>= 32; r5 += r4"), which the
// checks never bounded: "value -2147483648 makes map_value pointer be out of
// bounds". kubeshark's file probes (security_inode_unlink, _rename,
// security_file_open) loaded at clang-19's v1 only. CoreBPFNarrowChecks
// now extends such an int once, and the checks and the index use that.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -mcpu=v1 -I%gen -c %s -o %t.v1.o
// RUN: %corecc -O2 -g -mcpu=v2 -I%gen -c %s -o %t.v2.o
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.v1.o --run prog | FileCheck %s
// RUN: %corecc-run %t.v2.o --run prog | FileCheck %s
// RUN: %corecc-run %t.o --run prog | FileCheck %s
//
// "ssl.so" starts at offset 12 of the path.
// CHECK: prog prog {{.*}} loaded
// CHECK: run prog retval=12

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct file_path {
  char path[4096];
  __u64 found;
};
struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct file_path);
} heap SEC(".maps");

static long match(const char *s) {
  const char pat[] = "ssl.so";
  for (int i = 0; i < 6; i++)
    if (s[i] != pat[i])
      return 0;
  return 1;
}

SEC("raw_tp/sys_enter")
int prog(void *ctx) {
  __u32 zero = 0;
  struct file_path *p = bpf_map_lookup_elem(&heap, &zero);
  if (!p)
    return 0;
  long sz = bpf_probe_read_kernel_str(p->path, sizeof(p->path),
                                      "/usr/lib/libssl.so");
  if (sz < 6)
    return 0;
  for (int i = 0; i < 32; i++) {
    int offset = sz - 1 - 6 - i;
    if (offset >= 0 && offset < 4096 && match(&p->path[offset])) {
      p->found = offset;
      return offset;
    }
  }
  return -1;
}
char LICENSE[] SEC("license") = "GPL";
