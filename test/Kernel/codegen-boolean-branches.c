// A boolean made of byte compares, returned by an inlined function and
// tested by its caller, the shape of coroot-node-agent's L7 protocol
// detection (is_client_preface, inlined three times into
// looks_like_http2_frame). SimplifyCFG makes the && chain straight-line
// logic; as a value (not a branch condition in its own block) each compare
// became a diamond and the results were ANDed, so the verifier walked all
// 2^5 outcomes at each call. CoreBPFBooleanBranches builds the value with
// one jump per compare (test/CodeGen/CoreBPF/boolean-branches.c).
//
// At cpu v1 on kernel 6.18: 3,095 processed instructions without the pass,
// 480 with it (clang-19: 543 at v1, 520 at v3). The run checks what each
// input is taken for.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -mcpu=v1 -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.o --prog classify -q | FileCheck --check-prefix=WORK %s
// RUN: %corecc-run %t.o --prog classify --run classify --dump-globals | FileCheck %s
//
// Fewer than 1,000 processed instructions.
// WORK: prog classify {{.*}} loaded insns={{[0-9]+}} verified_insns={{[0-9]{1,3}$}}
//
// The preface, a frame header of length 7 (fits in 16 bytes), one of length
// 0x010000 (does not fit, not a preface), and "PRI *" cut short by size.
// CHECK: run classify retval=2
// CHECK: global .bss kinds = 1 1 0 0
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char inputs[4][16] = {
    "PRI * HTTP/2.0",
    {0, 0, 7, 4, 0, 0, 0, 0, 1, 'x'},
    {1, 0, 0, 4, 'z'},
    "PRI *",
};
__u64 sizes[4] = {16, 16, 16, 8};
int kinds[4];

static __always_inline int is_preface(const char *buf, __u64 size) {
  if (size < 5)
    return 0;
  char b[5];
  if (bpf_probe_read_kernel(b, sizeof(b), buf) < 0)
    return 0;
  if (b[0] == 'P' && b[1] == 'R' && b[2] == 'I' && b[3] == ' ' &&
      b[4] == '*' && size >= 16)
    return 1;
  return 0;
}

static __always_inline int looks_like_frame(const char *buf, __u64 size) {
  if (size < 9)
    return is_preface(buf, size);
  __u32 len;
  if (bpf_probe_read_kernel(&len, sizeof(len), buf) < 0)
    return 0;
  len = __builtin_bswap32(len) >> 8;
  if (len + 9 > size)
    return is_preface(buf, size);
  __u8 type;
  if (bpf_probe_read_kernel(&type, sizeof(type), buf + 3) < 0)
    return 0;
  if (type > 9)
    return is_preface(buf, size);
  return 1;
}

SEC("syscall")
int classify(void *ctx) {
  int frames = 0;
#pragma unroll
  for (int i = 0; i < 4; i++) {
    if (looks_like_frame(inputs[i], sizes[i])) {
      kinds[i] = 1;
      frames++;
    }
  }
  return frames;
}

char LICENSE[] SEC("license") = "GPL";
