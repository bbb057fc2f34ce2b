// Large memset/memcpy of a constant size are expanded into stores, as
// clang-19 does: a 256-byte memset of a byte buffer (1-byte alignment, 256
// byte stores) in a map value, and a 512-byte copy between map values. The
// verifier accepts both builds and they agree.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cflags=-I%multiarch_include \
// RUN:   --invoke "--run fill --data 0102030405060708090a0b0c0d0e0f10" \
// RUN:   | FileCheck %s
// CHECK: run fill retval=2550 (0x9f6)

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct buf {
	char head;
	char bytes[256];
	char copy[512];
	char src[512];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct buf);
} bufs SEC(".maps");

SEC("tc")
int fill(struct __sk_buff *skb)
{
	__u32 k = 0;
	struct buf *b = bpf_map_lookup_elem(&bufs, &k);
	if (!b)
		return 0;
	__builtin_memset(b->bytes, 10, sizeof(b->bytes));    // 256 bytes of 10
	__builtin_memset(b->src, 1, sizeof(b->src));          // 512 bytes of 1
	__builtin_memcpy(b->copy, b->src, sizeof(b->copy));
	int sum = 0;
	for (int i = 0; i < 255; i++)                          // 255 * 10 = 2550
		sum += b->bytes[i];
	return sum + b->copy[511] - b->src[0];                 // + 1 - 1
}

char _license[] SEC("license") = "GPL";
