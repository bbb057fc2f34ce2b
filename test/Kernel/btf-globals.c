// Global data in every section libbpf maps from a corecc object's DATASECs:
// .data, .bss, .rodata (const volatile knobs, set before load with --set,
// and a const table), custom .data.* and .rodata.* sections, static and
// function-local static variables (whose BTF VAR names are their symbol
// names, "count.calls"). A socket filter and a syscall program read and
// write them; the same results with -g and -gbtf.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.g.o
// RUN: %corecc -O2 -gbtf -I%gen -c %s -o %t.btf.o
//
// Default configuration: .rodata as compiled. (--ctx applies to every run
// of an invocation, so the syscall program runs on its own.)
// RUN: %corecc-run %t.g.o --run count --run count --dump-globals > %t.g.out
// RUN: FileCheck %s < %t.g.out
// RUN: %corecc-run %t.btf.o --run count --run count --dump-globals | diff %t.g.out -
// RUN: %corecc-run %t.g.o --run bump --ctx 0500000000000000 --dump-globals > %t.bump.g.out
// RUN: FileCheck --check-prefix=BUMP %s < %t.bump.g.out
// RUN: %corecc-run %t.btf.o --run bump --ctx 0500000000000000 --dump-globals \
// RUN:   | diff %t.bump.g.out -
//
// .rodata set before load: the verifier sees the new constants (the
// 'disabled' branch is dead code and the scale changes the result).
// RUN: %corecc-run %t.g.o --set scale=-3 --set limit64=0x10 --set mode=2 \
// RUN:   --set tuning=9 --run count --dump-globals > %t.set.g.out
// RUN: FileCheck --check-prefix=SET %s < %t.set.g.out
// RUN: %corecc-run %t.btf.o --set scale=-3 --set limit64=0x10 --set mode=2 \
// RUN:   --set tuning=9 --run count --dump-globals | diff %t.set.g.out -
// RUN: %corecc-run %t.btf.o --set disabled=1 --run count --dump-globals \
// RUN:   | FileCheck --check-prefix=OFF %s
//
// Static locals are found under their symbol names.
// RUN: %corecc-run %t.btf.o --set bump.step=4 --run bump --ctx 0100000000000000 \
// RUN:   --dump-globals | FileCheck --check-prefix=STEP %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

enum mode { MODE_ADD = 1, MODE_MUL = 2 };

const volatile int scale = 2;                       // .rodata
const volatile __u64 limit64 = 1000;                // .rodata
const volatile enum mode mode = MODE_ADD;           // .rodata
const volatile bool disabled;                       // .rodata (zero)
const int table[4] = {10, 20, 30, 40};              // .rodata
const volatile int tuning SEC(".rodata.tuning") = 3; // .rodata.*

int packets;                                        // .bss
__u64 bytes;                                        // .bss
static int hidden;                                  // .bss, static
struct stats {
	int runs;
	short last;
	char tag[2];
} stats = {.tag = "s"};                             // .data
long total = -1;                                    // .data
char note[8] SEC(".data.notes") = "corecc";         // .data.*
int extra SEC(".data.notes") = 100;                 // .data.*

SEC("socket")
int count(struct __sk_buff *skb)
{
	static int calls; // .bss, VAR 'count.calls'
	if (disabled)
		return 0;
	calls++;
	packets++;
	bytes += skb->len;
	hidden += table[packets & 3];
	stats.runs++;
	stats.last = (short)skb->len;
	note[6] = '0' + calls;
	total = mode == MODE_MUL ? total * scale : total + scale;
	extra += tuning;
	return bytes < limit64 ? scale : -scale;
}

// A syscall program: the context is a struct the caller passes.
struct args {
	__u64 delta;
};

SEC("syscall")
int bump(struct args *a)
{
	static int step = 1; // .data, VAR 'bump.step'
	total += a->delta * step++;
	return (int)total + hidden;
}

char LICENSE[] SEC("license") = "GPL";

// The default 64-byte packet; a socket filter sees it from L3: skb->len 50.
// CHECK: prog count section=socket type=socket_filter loaded
// CHECK: prog bump section=syscall type=syscall loaded
// CHECK-NEXT: run count retval=2 (0x2){{$}}
// CHECK-NEXT: run count retval=2 (0x2){{$}}
// CHECK-NEXT: global .bss bytes = 100
// CHECK-NEXT: global .bss count.calls = 2
// hidden: table[1] + table[2]
// CHECK-NEXT: global .bss hidden = 50
// CHECK-NEXT: global .bss packets = 2
// CHECK-NEXT: global .data bump.step = 1
// runs 2, last 50, tag "s"
// CHECK-NEXT: global .data stats = 0200000032007300
// total: -1 + 2 + 2
// CHECK-NEXT: global .data total = 3
// CHECK-NEXT: global .data.notes extra = 106
// "corecc2"
// CHECK-NEXT: global .data.notes note = 99 111 114 101 99 99 50 0
// CHECK-NEXT: global .rodata disabled = 0
// CHECK-NEXT: global .rodata limit64 = 1000
// CHECK-NEXT: global .rodata mode = 1
// CHECK-NEXT: global .rodata scale = 2
// CHECK-NEXT: global .rodata table = 10 20 30 40
// CHECK-NEXT: global .rodata.tuning tuning = 3
// CHECK-EMPTY:

// BUMP: run bump retval=4 (0x4){{$}}
// BUMP: global .data bump.step = 2
// BUMP: global .data total = 4

// MODE_MUL with scale -3: total = -1 * -3; 50 bytes > limit64: retval 3.
// SET: run count retval=3 (0x3){{$}}
// SET: global .data total = 3
// SET: global .data.notes extra = 109
// SET: global .rodata limit64 = 16
// SET-NEXT: global .rodata mode = 2
// SET-NEXT: global .rodata scale = -3
// SET: global .rodata.tuning tuning = 9

// OFF: run count retval=0 (0x0){{$}}
// OFF: global .bss packets = 0
// OFF: global .rodata disabled = 1

// STEP: run bump retval=3 (0x3){{$}}
// STEP: global .data bump.step = 5
// STEP: global .data total = 3
