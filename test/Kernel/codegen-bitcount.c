// Bit counts: __builtin_ctz (trailing zeros), clz and popcount on 64 and 32
// bits, run in the kernel for corecc's and clang-19's objects. Trailing
// zeros are a population count of the bits below the lowest set one
// (CoreBPFISelLowering.cpp); the generic expansion indexes a De Bruijn
// table in a constant pool, which corecc had no place for ("constant pools
// are not supported", sched-ext's scx_lavd). clang-19 puts the table in
// .rodata.cst32. The expected counts are Python's.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: for cpu in v1 v3; do \
// RUN:   %corecc -O2 -g -mcpu=$cpu -c %s -o %t.corecc.$cpu.o || exit 1; \
// RUN:   %clang19 -target bpf -O2 -g -mcpu=$cpu -c %s -o %t.clang.$cpu.o || exit 1; \
// RUN:   %corecc-run %t.corecc.$cpu.o --run bits --dump-globals | FileCheck %s || exit 1; \
// RUN:   %corecc-run %t.clang.$cpu.o --run bits --dump-globals | FileCheck %s || exit 1; \
// RUN: done
// RUN: %objdump -h %t.corecc.v3.o | FileCheck %s --check-prefix=SECTIONS
// SECTIONS-NOT: .rodata.cst
// CHECK: run bits retval=0
// CHECK-DAG: global .bss ctz64 = 64 0 7 63 36 0 0 0
// CHECK-DAG: global .bss ctz32 = 32 0 7 32 32 0 0 0
// CHECK-DAG: global .bss clz64 = 64 63 56 0 0 32 7 0
// CHECK-DAG: global .bss pop64 = 0 1 1 1 16 24 32 64

#define SEC(name) __attribute__((section(name), used))
#define N 8

volatile unsigned long long in[N] = {0x0ULL, 0x1ULL, 0x80ULL, 0x8000000000000000ULL, 0xf0f0f0f000000000ULL, 0xdeadbeefULL, 0x123456789abcdefULL, 0xffffffffffffffffULL};
unsigned int ctz64[N], ctz32[N], clz64[N], pop64[N];

SEC("syscall") int bits(void *ctx) {
  for (int i = 0; i < N; i++) {
    unsigned long long v = in[i];
    unsigned int w = (unsigned int)v;
    ctz64[i] = v ? __builtin_ctzll(v) : 64;
    ctz32[i] = w ? __builtin_ctz(w) : 32;
    clz64[i] = v ? __builtin_clzll(v) : 64;
    pop64[i] = __builtin_popcountll(v);
  }
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
