// BTF-defined maps need BTF: without -g, -gbtf or -mcore there is none, and
// each map in .maps is an error at the map's line (file:line: the debug
// information of a variable has no column). With any of the flags, the
// same source compiles.
//
// RUN: rm -f %t.o %t.s
// RUN: not %corecc -O2 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %corecc -O2 -g0 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %corecc -O2 -S %s -o %t.s 2>&1 | FileCheck %s
// No output is left behind.
// RUN: not test -e %t.o
// RUN: not test -e %t.s
// RUN: %corecc -O2 -g -c %s -o %t.g.o
// RUN: %corecc -O2 -gbtf -c %s -o %t.btf.o
// RUN: %corecc -O2 -mcore -c %s -o %t.core.o
// RUN: %readelf -S %t.core.o | FileCheck --check-prefix=SECTIONS %s
// SECTIONS: .BTF
// SECTIONS: .BTF.ext

#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name

struct {
  __uint(type, 1);
  __uint(max_entries, 8);
  __type(key, int);
  __type(value, long);
} counts SEC(".maps");
// CHECK-DAG: emit-maps-need-btf.c:[[# @LINE - 1]]:3: error: map 'counts' is defined in .maps, which libbpf reads from BTF: compile with -g or -gbtf

struct {
  __uint(type, 27);
  __uint(max_entries, 4096);
} events SEC(".maps");
// CHECK-DAG: emit-maps-need-btf.c:[[# @LINE - 1]]:3: error: map 'events' is defined in .maps, which libbpf reads from BTF: compile with -g or -gbtf

// Not maps: no error for these.
int plain = 1;
long other SEC(".data.other") = 2;

SEC("socket")
int prog(void *ctx) {
  return plain + (int)other + (counts.type != 0) + (events.type != 0);
}

char LICENSE[] SEC("license") = "GPL";
// CHECK-NOT: error:
// CHECK-NOT: plain
