// corecc-run: an XDP program that counts into .bss/.data, test-run several
// times, then --dump-globals (and --dump-map of the internal .bss map).
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %clang19 -O2 -g -target bpf -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.o --run count --run count --run count --dump-globals --dump-map .bss | FileCheck %s
// RUN: %corecc-run %t.o --run count --set rewrite=1 | FileCheck --check-prefix=TX %s
// RUN: %corecc-run %t.o --run count --dump-globals --json | %python -m json.tool | FileCheck --check-prefix=JSON %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

int packets;                    // .bss
unsigned long long bytes;       // .bss
short shorts[4];                // .bss array
int last_proto = -1;            // .data
struct pair { int a, b; } pair = {1, 2};      // .data, printed as hex bytes
enum colour { RED, GREEN = 5 } colour = GREEN; // .data
char tag[4] SEC(".data.custom") = "xdp";
const volatile int rewrite;     // .rodata

SEC("xdp")
int count(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > end)
		return XDP_ABORTED;
	packets++;
	bytes += end - data;
	last_proto = __builtin_bswap16(eth->h_proto);
	shorts[1] = -3;
	shorts[3] = packets;
	tag[3] = '!';
	if (rewrite) {
		eth->h_dest[0] = 0xaa;
		return XDP_TX;
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: prog count section=xdp type=xdp loaded
// CHECK-NEXT: run count retval=2 (0x2){{$}}
// CHECK-NEXT: run count retval=2 (0x2){{$}}
// CHECK-NEXT: run count retval=2 (0x2){{$}}
// Sections and variables in name order.
// CHECK-NEXT: global .bss bytes = 192
// CHECK-NEXT: global .bss packets = 3
// CHECK-NEXT: global .bss shorts = 0 -3 0 3
// CHECK-NEXT: global .data colour = 5
// CHECK-NEXT: global .data last_proto = 2048
// CHECK-NEXT: global .data pair = 0100000002000000
// CHECK-NEXT: global .data.custom tag = 120 100 112 33
// CHECK-NEXT: global .rodata rewrite = 0
// CHECK-NEXT: map .bss type=array entries=1
// CHECK-NEXT: map .bss key=00000000 value={{[0-9a-f]+}}

// XDP_TX, and the packet came back with the first byte rewritten.
// TX: run count retval=3 (0x3) data_out=aa0000000000000000000000080045

// JSON: "runs": [
// JSON: "retval": 2,
// JSON: "globals": [
// JSON: "section": ".bss",
// JSON-NEXT: "name": "bytes",
// JSON-NEXT: "offset": {{[0-9]+}},
// JSON-NEXT: "size": 8,
// JSON-NEXT: "type": "unsigned long long",
// JSON-NEXT: "value": 64,
// JSON-NEXT: "hex": "4000000000000000"
// JSON: "name": "shorts",
// JSON-NEXT: "offset": {{[0-9]+}},
// JSON-NEXT: "size": 8,
// JSON-NEXT: "type": "short[4]",
// JSON-NEXT: "value": [
// JSON-NEXT: 0,
// JSON-NEXT: -3,
// JSON-NEXT: 0,
// JSON-NEXT: 1
// JSON-NEXT: ],
// JSON: "name": "pair",
// JSON-NEXT: "offset": {{[0-9]+}},
// JSON-NEXT: "size": 8,
// JSON-NEXT: "type": "struct pair",
// JSON-NEXT: "value": "0100000002000000",
// JSON: "exit_code": 0
