// Legacy packet loads: load_byte/load_half/load_word declared as the
// llvm.bpf.load.* intrinsics, as the kernel selftests' bpf_legacy.h and old
// socket filters do. They become BPF_LD_ABS (a constant offset) and
// BPF_LD_IND (a variable one), which read the context from r6 and write
// r0; the values are in host order. Both compilers' builds run for cpus
// v1-v4 on the same packet and must agree.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cflags=-I%multiarch_include \
// RUN:   --invoke "--run sock --run tc_prog --data 0a0b0c0d0e0f10111213141508004500002000004000400600007f0000017f000001" \
// RUN:   | FileCheck %s
// CHECK: all cpus agree with clang-19
// CHECK-NEXT: run sock retval=1310 (0x51e)
// CHECK-NEXT: run tc_prog retval=1 (0x1)
//
// The instructions: LD_ABS for constant offsets, LD_IND for the variable one.
// RUN: %corecc -O2 -I%multiarch_include -c %s -o %t.o
// RUN: %objdump -d %t.o | FileCheck --check-prefix=ASM %s
// ASM-LABEL: <sock>:
// ASM: r6 = r1
// ASM: r0 = *(u16 *)skb[0x2]
// ASM: r0 = *(u8 *)skb[r{{[0-9]}}]
// ASM: r0 = *(u32 *)skb[0xc]

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
unsigned long long load_word(void *skb, unsigned long long off) asm("llvm.bpf.load.word");

// A socket filter's skb starts at the network header: an IPv4 header.
SEC("socket")
int sock(struct __sk_buff *skb)
{
	unsigned long long len = load_half(skb, 2);      // 0x20
	unsigned long long ihl = load_byte(skb, 0) & 0xf; // 5
	unsigned long long proto = load_byte(skb, ihl * 4 - 11); // offset 9: 6
	unsigned long long src = load_word(skb, 12);     // 0x7f000001
	return len * 40 + proto * 4 + (src & 0xff) + ihl; // 1280 + 24 + 1 + 5
}

// In tc the skb starts at the Ethernet header: the EtherType is at 12.
SEC("tc")
int tc_prog(struct __sk_buff *skb)
{
	return load_half(skb, 12) == 0x0800;
}

char LICENSE[] SEC("license") = "GPL";
