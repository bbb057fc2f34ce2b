// corecc-run --set: const volatile .rodata knobs (and .data/.bss globals)
// set by name before load, read back by the program and by --dump-globals.
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %clang19 -O2 -g -target bpf -I%gen -c %s -o %t.o
// RUN: %corecc-run %t.o --run pick --dump-globals | FileCheck --check-prefix=DEFAULT %s
// RUN: %corecc-run %t.o --set which=1 --set answer=-7 --set limit=0xfffffffffffffff0 --set flags=255 --set start=-2 \
// RUN:   --run pick --dump-globals | FileCheck --check-prefix=SET %s
// RUN: not %corecc-run %t.o --set which=2 --set mode=MODE_B --run pick 2>&1 | FileCheck --check-prefix=NOTNUM %s
// RUN: %corecc-run %t.o --set which=2 --set mode=2 --run pick | FileCheck --check-prefix=ENUM %s
// Names the object does not have, and values that do not fit, are usage errors (exit 2).
// RUN: not %corecc-run %t.o --set nosuch=1 2>&1 | FileCheck --check-prefix=NOSUCH %s
// RUN: sh -c '%corecc-run %t.o --set nosuch=1 2>/dev/null; test $? -eq 2'
// RUN: not %corecc-run %t.o --set flags=256 2>&1 | FileCheck --check-prefix=RANGE %s
// RUN: not %corecc-run %t.o --set flags=12ab 2>&1 | FileCheck --check-prefix=SYNTAX %s
// RUN: not %corecc-run %t.o --set pt=1 2>&1 | FileCheck --check-prefix=STRUCT %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

enum mode { MODE_A = 1, MODE_B = 2 };

const volatile int which;
const volatile int answer = 42;
const volatile unsigned long long limit = 1000;
const volatile unsigned char flags = 3;
const volatile enum mode mode = MODE_A;
const volatile struct { int x, y; } pt = {1, 2};
long start = 10;                // .data
long seen;                      // .bss

SEC("socket")
int pick(struct __sk_buff *skb)
{
	seen = start + 1;
	if (which == 1)
		return answer + (limit >> 60) + flags;
	if (which == 2)
		return mode;
	return answer;
}

char LICENSE[] SEC("license") = "GPL";

// DEFAULT: run pick retval=42 (0x2a)
// DEFAULT: global .bss seen = 11
// DEFAULT: global .data start = 10
// DEFAULT: global .rodata answer = 42
// DEFAULT-NEXT: global .rodata flags = 3
// DEFAULT-NEXT: global .rodata limit = 1000
// DEFAULT-NEXT: global .rodata mode = 1
// DEFAULT-NEXT: global .rodata pt = 0100000002000000
// DEFAULT-NEXT: global .rodata which = 0

// -7 + 15 + 255
// SET: run pick retval=263 (0x107)
// SET: global .bss seen = -1
// SET: global .data start = -2
// SET: global .rodata answer = -7
// SET-NEXT: global .rodata flags = 255
// SET-NEXT: global .rodata limit = 18446744073709551600
// SET: global .rodata which = 1

// NOTNUM: --set mode: 'MODE_B' is not a decimal or 0x hex integer
// ENUM: run pick retval=2 (0x2)
// NOSUCH: corecc-run: --set: {{.*}} has no global variable 'nosuch'
// RANGE: --set flags: 256 does not fit in 1 bytes
// SYNTAX: --set flags: '12ab' is not a decimal or 0x hex integer
// STRUCT: --set: 'pt' has type 'const volatile struct <anon>'; only integers, enums and pointers can be set
