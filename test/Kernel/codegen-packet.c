// Packet parsing in XDP: Ethernet, IPv4 and UDP headers behind bounds
// checks the verifier must accept (each header checked against data_end
// before it is read), byte swaps for network order (bpf_ntohs/bpf_htons),
// 6-byte copies with __builtin_memcpy, a checksum update, a bounded loop
// over payload bytes, and XDP_TX with the rewritten packet (data_out).
// Both compilers' builds for cpus v1-v4 run on the same packets and must
// return the same verdicts and packets; the expected ones are worked out
// below.
//
// REQUIRES: bpf-syscall, libbpf
// The default packet of corecc-run is UDP 10.0.0.1:1234 -> 10.0.0.2:5678,
// ttl 64, 22 zero bytes of payload. %{udp_7} is the same to port 7 (echo)
// with payload 01 02 .. 16 and distinct MACs; %{tcp} is protocol 6; %{short}
// ends in the middle of the IP header.
// DEFINE: %{udp_7} = 02000000000102000000000208004500003200000000401166b90a0000010a00000204d20007001e00000102030405060708090a0b0c0d0e0f10111213141516
// DEFINE: %{tcp} = 02000000000102000000000208004500003200000000400666c40a0000010a00000204d20007001e000000000000000000000000000000000000000000000000
// DEFINE: %{short} = 0200000000010200000000020800450000320000
// RUN: %python %S/Inputs/codegen-run.py --corecc %corecc --clang %clang19 \
// RUN:   --runner %corecc-run --src %s --tmp %t --cflags=-I/usr/include/x86_64-linux-gnu \
// RUN:   --invoke "--run reflect" \
// RUN:   --invoke "--run reflect --data %{udp_7}" \
// RUN:   --invoke "--run reflect --data %{tcp}" \
// RUN:   --invoke "--run reflect --data %{short}" \
// RUN:   --invoke "--run sum_payload --data %{udp_7}" \
// RUN:   | FileCheck %s

#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#define ECHO_PORT 7

// Swap addresses and ports of a UDP packet to port 7 and send it back with
// the TTL decremented; anything else passes. The IP checksum is updated
// incrementally for the TTL change (RFC 1624).
SEC("xdp")
int reflect(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip;
	struct udphdr *udp;
	unsigned char mac[ETH_ALEN];
	__u32 addr, sum;
	__u16 port;

	if ((void *)(eth + 1) > end)
		return XDP_ABORTED;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end)
		return XDP_DROP;
	if (ip->ihl != 5 || ip->protocol != IPPROTO_UDP)
		return XDP_PASS;
	udp = (void *)(ip + 1);
	if ((void *)(udp + 1) > end)
		return XDP_DROP;
	if (udp->dest != bpf_htons(ECHO_PORT))
		return XDP_PASS;

	__builtin_memcpy(mac, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, mac, ETH_ALEN);
	addr = ip->saddr;
	ip->saddr = ip->daddr;
	ip->daddr = addr;
	port = udp->source;
	udp->source = udp->dest;
	udp->dest = port;

	// ttl is the high byte of a 16-bit word in network order: the
	// checksum goes up by 0x0100 when it goes down by one.
	ip->ttl--;
	sum = (__u32)ip->check + bpf_htons(0x0100);
	ip->check = (__u16)(sum + (sum >> 16));
	return XDP_TX;
}

// Sum of the payload bytes after the UDP header, one bounds check per byte
// (the loop the verifier proves bounded through its counter).
SEC("xdp")
int sum_payload(struct xdp_md *ctx)
{
	unsigned char *p = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	__u32 sum = 0;

	p += sizeof(struct ethhdr) + sizeof(struct iphdr) + sizeof(struct udphdr);
	for (int i = 0; i < 64; i++) {
		if ((void *)(p + i + 1) > end)
			break;
		sum = sum * 3 + p[i];
	}
	return sum & 0xffff;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: all cpus agree with clang-19
// Default packet: UDP to port 5678, passed.
// CHECK-NEXT: run reflect retval=2 (0x2){{$}}
// Port 7: XDP_TX, MACs, addresses and ports swapped, ttl 0x40 -> 0x3f,
// checksum 0x66b9 -> 0x67b9.
// CHECK-NEXT: run reflect retval=3 (0x3){{$}}
// CHECK-NEXT: run reflect data_out=020000000002020000000001080045000032000000003f1167b90a0000020a000001000704d2001e00000102030405060708090a0b0c0d0e0f10111213141516{{$}}
// TCP: passed.
// CHECK-NEXT: run reflect retval=2 (0x2){{$}}
// 20 bytes: the IP header is cut short, dropped.
// CHECK-NEXT: run reflect retval=1 (0x1){{$}}
// sum = 3 * sum + b over bytes 1..22, modulo 2^32, low 16 bits.
// CHECK-NEXT: run sum_payload retval=47623 (0xba07){{$}}
// CHECK-NOT: run
