// Control flow in the kernel: a socket filter and a tc classifier with a
// switch (compare-and-branch trees, no jump table), selects of every width,
// bounded loops (a counted one, a do-while and one with an early exit), a
// nested loop, 512 bytes of stack with memset/memcpy and a variable index,
// struct copies and context field reads at constant offsets. Both
// compilers' builds for cpus v1-v4 run on the same packets.
//
// REQUIRES: bpf-syscall, libbpf
// DEFINE: %{pkt} = 00112233445566778899aabb86dd0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20212223242526272829
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cflags=-I/usr/include/x86_64-linux-gnu \
// RUN:   --invoke "--run classify --run loops --run stack --run filter" \
// RUN:   --invoke "--run classify --run loops --run stack --run filter --data %{pkt}" \
// RUN:   | FileCheck %s

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

// A dense switch of 12 cases and a default: branches only.
static __attribute__((noinline)) int weight(unsigned k)
{
	switch (k) {
	case 0: return 3;
	case 1: return 14;
	case 2: return 15;
	case 3: return 92;
	case 4: return 65;
	case 5: return 35;
	case 6: return 89;
	case 7: return 79;
	case 8: return 32;
	case 9: return 38;
	case 10: return 46;
	case 11: return 26;
	default: return -1;
	}
}

SEC("tc")
int classify(struct __sk_buff *skb)
{
	unsigned char b[6];
	int r = 0;

	if (bpf_skb_load_bytes(skb, 0, b, sizeof(b)))
		return -1;
	for (int i = 0; i < 6; i++)
		r = r * 7 + weight(b[i] % 13);
	// Selects on 8-, 16-, 32- and 64-bit compares, signed and unsigned.
	r += (signed char)b[1] < (signed char)b[5] ? 1000 : 2000;
	r += (unsigned short)(b[2] << 8 | b[3]) > 0x2000 ? 10000 : 20000;
	r += (int)skb->len > 60 ? 100000 : 0;
	r += (long)skb->protocol != 0 ? 1 : 2;
	return r;
}

SEC("tc")
int loops(struct __sk_buff *skb)
{
	unsigned n = skb->len & 31, sum = 0, i = 0, j;

	for (j = 0; j < n; j++)          // counted
		sum += j * j;
	do {                             // do-while
		sum ^= sum << 3;
		i++;
	} while (i < 5);
	for (j = 0; j < 100; j++) {      // early exit
		if (sum % 7 == 3)
			break;
		sum += 11;
	}
	for (i = 0; i < 4; i++)          // nested
		for (unsigned k = 0; k <= i; k++)
			sum += i * 10 + k;
	return sum & 0x7fffffff;
}

struct rec {
	unsigned long long a;
	unsigned int b;
	unsigned short c;
	unsigned char d[18];
};

SEC("tc")
int stack(struct __sk_buff *skb)
{
	unsigned char buf[448];
	struct rec r1, r2;
	unsigned idx = skb->len;
	long s = 0;

	__builtin_memset(buf, 0x5a, sizeof(buf));
	for (int i = 0; i < 16; i++)
		buf[i * 27] = i;
	if (bpf_skb_load_bytes(skb, 0, buf + 100, 8))
		return -1;
	__builtin_memset(&r1, 0, sizeof(r1));
	r1.a = 0x0102030405060708ULL;
	r1.b = skb->len;
	r1.c = 0xbeef;
	__builtin_memcpy(r1.d, buf + 100, 8);
	r2 = r1;                         // struct copy
	s = r2.a % 1000 + r2.b + r2.c + r2.d[0] + r2.d[7];
	s += buf[idx & 255];             // variable index on the stack
	s += buf[27 * 3] + buf[104];
	return s;
}

SEC("socket")
int filter(struct __sk_buff *skb)
{
	// Socket filters see the packet from the network header on; the
	// fields read here are constant offsets in the context.
	__u32 len = skb->len, proto = skb->protocol;
	__u8 first;

	if (bpf_skb_load_bytes(skb, 0, &first, 1))
		return 0;
	if (len < 20)
		return 0;
	return (len << 16) | ((proto & 0xff) << 8) | first;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: all cpus agree with clang-19
// Default packet (64 bytes, zero MACs, IPv4):
//   classify: weight(0) = 3 for six zero bytes: 3 * (1 + 7 + ... + 7^5) =
//     58824; + 2000 (0 < 0 is false) + 20000 (0 <= 0x2000) + 100000
//     (len 64 > 60) + 1 (protocol set) = 180825.
//   loops: n = 0; the xor-shifts keep 0; +11 until sum % 7 == 3: 66; the
//     nested loop adds 0 + 21 + 63 + 126: 276.
//   stack: 0x0102030405060708 % 1000 = 856, + len 64 + 0xbeef + the
//     packet's bytes 0 and 7 (0, 0) + buf[64] (0x5a) + buf[81] (3) +
//     buf[104] (packet byte 4: 0) = 49892.
//   filter: 50 bytes from the IP header, protocol 0x0008 (ETH_P_IP in
//     network order), first byte 0x45: 50 << 16 | 0x08 << 8 | 0x45.
// CHECK-NEXT: run classify retval=180825 (0x2c259)
// CHECK-NEXT: run loops retval=276 (0x114)
// CHECK-NEXT: run stack retval=49892 (0xc2e4)
// CHECK-NEXT: run filter retval=3278917 (0x320845)
// Second packet (55 bytes, IPv6): bytes 00 11 22 33 44 55 are 0, 4, 8, 12,
// 3, 7 mod 13, weights 3, 65, 32, -1, 92, 79: 218136; + 1000 (17 < 85)
// + 10000 (0x2233 > 0x2000) + 0 (len 55) + 1 = 229137.
//   loops: n = 23, sum of squares 3795, then as above: 126142782.
//   stack: 856 + 55 + 48879 + 0 + 0x77 + 90 + 3 + 0x44 = 50070.
//   filter: 41 bytes, protocol 0xdd86 (low byte 0x86), first byte 0x01.
// CHECK-NEXT: run classify retval=229137 (0x37f11)
// CHECK-NEXT: run loops retval=126142782 (0x784c93e)
// CHECK-NEXT: run stack retval=50070 (0xc396)
// CHECK-NEXT: run filter retval=2721281 (0x298601)
