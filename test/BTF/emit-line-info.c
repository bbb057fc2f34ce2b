// .BTF.ext line_info against the source, as llvm-objdump-19 reads it from a
// -gbtf object (no DWARF: the lines come from line_info): file and line at
// the instructions of each statement, in each code section, and the source
// text with -S. func_info names each function at its first instruction.
//
// RUN: %corecc -O2 -gbtf -c %s -o %t.o
// RUN: %readelf -S %t.o | FileCheck --check-prefix=NODWARF %s
// NODWARF-NOT: .debug_
// RUN: %objdump -dl %t.o | FileCheck %s
// RUN: %objdump -dS %t.o | FileCheck --check-prefix=SOURCE %s
// RUN: %corecc-btf ext %t.o | FileCheck --check-prefix=EXT %s

#define SEC(n) __attribute__((section(n), used))

int hits, misses;
long bytes;

// CHECK: Disassembly of section .text:
// CHECK: <classify>:
// The first instruction has no location of its own: the function's line.
// CHECK-NEXT: ; {{.*}}emit-line-info.c:[[# @LINE + 1]]{{$}}
static __attribute__((noinline)) int classify(long len) {
  int big = len > 100;
  int small = len < 10;
// CHECK: ; {{.*}}emit-line-info.c:[[# @LINE - 1]]{{$}}
// CHECK-NEXT: if
  return big * 2 + small;
// CHECK: ; {{.*}}emit-line-info.c:[[# @LINE - 1]]{{$}}
}

// CHECK: Disassembly of section socket:
// CHECK: <filter>:
// CHECK-NEXT: ; {{.*}}emit-line-info.c:[[# @LINE + 2]]{{$}}
SEC("socket")
int filter(void *skb) {
  long len = (long)skb;
  int kind = classify(len);
// CHECK: ; {{.*}}emit-line-info.c:[[# @LINE - 1]]{{$}}
// CHECK-NEXT: call
  hits += kind;
// CHECK: ; {{.*}}emit-line-info.c:[[# @LINE - 1]]{{$}}
// CHECK: {{ \+= }}
  bytes += len;
// CHECK: ; {{.*}}emit-line-info.c:[[# @LINE - 1]]{{$}}
// CHECK: {{ \+= }}
  misses ^= kind;
// CHECK: ; {{.*}}emit-line-info.c:[[# @LINE - 1]]{{$}}
// CHECK: {{ \^= }}
  return kind;
// CHECK: ; {{.*}}emit-line-info.c:[[# @LINE - 1]]{{$}}
// CHECK-NEXT: exit
}

char LICENSE[] SEC("license") = "GPL";

// SOURCE: <classify>:
// SOURCE-NEXT: ; static __attribute__((noinline)) int classify(long len) {
// SOURCE: ;   int small = len < 10;
// SOURCE: ;   return big * 2 + small;
// SOURCE: <filter>:
// SOURCE-NEXT: ; int filter(void *skb) {
// SOURCE: ;   int kind = classify(len);
// SOURCE: ;   hits += kind;
// SOURCE: ;   bytes += len;
// SOURCE: ;   misses ^= kind;
// SOURCE: ;   return kind;

// EXT-DAG: func_info: section '.text' (1 records)
// EXT-DAG: insn_off=0 type_id={{[0-9]+}} (FUNC 'classify')
// EXT-DAG: func_info: section 'socket' (1 records)
// EXT-DAG: insn_off=0 type_id={{[0-9]+}} (FUNC 'filter')
