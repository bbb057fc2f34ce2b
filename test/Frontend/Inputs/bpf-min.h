// What <bpf/bpf_helpers.h>, <bpf/bpf_core_read.h> and <bpf/bpf_tracing.h>
// need from <linux/types.h>, so that the plugin's tests compile with
// libbpf's real macros but without kernel headers or a vmlinux.h.
#ifndef CORECC_TEST_FRONTEND_BPF_MIN_H
#define CORECC_TEST_FRONTEND_BPF_MIN_H

typedef signed char __s8;
typedef unsigned char __u8;
typedef short __s16;
typedef unsigned short __u16;
typedef int __s32;
typedef unsigned int __u32;
typedef long long __s64;
typedef unsigned long long __u64;
typedef __u16 __be16;
typedef __u32 __be32;
typedef __u32 __wsum;

#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#endif
