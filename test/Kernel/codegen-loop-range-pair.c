// Two comparisons that InstCombine merges into one unsigned comparison of
// the value itself ("i < 1000 && i >= 0" into "i u< 1000") bound it for the
// verifier as well as the pair does, and are left to merge. Kept apart (as
// the pass keeps "len <= 0 || len > 64"), each is rewritten on its own: in
// the loop latch "i - 1 >= 0" became "i > 0", the old index was checked and
// the new one used, and the verifier rejected the array access ("math
// between map_value pointer and register with unbounded min value"), as in
// the selftests' verifier_iterating_callbacks/test4.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %corecc -O2 -g -mcpu=v3 -c %s -o %t.o
// RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=ASM
// RUN: %corecc-run %t.o --set start=0 --run fill --data 00000000000000000000000000000000 --dump-globals | FileCheck %s
// RUN: %corecc-run %t.o --set start=-990 --run fill --data 00000000000000000000000000000000 --dump-globals | FileCheck %s --check-prefix=SHORT
//
// The entry check and the latch check are each one unsigned jump.
// ASM-LABEL: <fill>:
// ASM: if w{{[0-9]}} {{<=|>}} 0x3e7 goto
// ASM: if r{{[0-9]}} < 0x3e8 goto
// CHECK: prog fill {{.*}} loaded
// i runs from 999 down to 0: 1000 elements, the sum of 0..999.
// CHECK: run fill retval=0
// CHECK: global .bss total = 499500
// start -990: i from 9 down to 0.
// SHORT: global .bss total = 45

#define SEC(name) __attribute__((section(name), used))
#define barrier_var(var) asm volatile("" : "+r"(var))

struct pair {
  int a, b;
} arr[1000];
int start;
long total;

SEC("socket")
int fill(void *ctx) {
  long i;
  for (i = start + 1000 - 1; i < 1000 && i >= 0; i--) {
    barrier_var(i);
    arr[i].a = i;
    arr[i].b = i;
  }
  for (int j = 0; j < 1000; j++)
    total += arr[j].b;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
