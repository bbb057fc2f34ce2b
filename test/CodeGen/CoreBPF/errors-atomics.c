// Atomics BPF lacks altogether, and orderings BPF cannot give. Fetch-and-op,
// xchg and cmpxchg are there at every cpu, as clang-19 emits them (kernels
// from 5.12 accept them whatever cpu the program was built for); without
// the atomic-fetch feature (-mattr=-atomic-fetch) only the v1 atomic add is
// left. A 32-bit cmpxchg needs 32-bit subregisters (clang-19 crashes on it
// at v1 and v2), and clang-19 also crashes on acquire loads.
//
// RUN: not %corecc -O2 -mcpu=v1 -c %s -o %t.o 2>&1 | FileCheck %s --check-prefixes=CHECK,V1 --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: not %corecc -O2 -mcpu=v1 -Xclang -target-feature -Xclang -atomic-fetch -c %s -o %t.o 2>&1 | FileCheck %s --check-prefixes=CHECK,V1,NOFETCH --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: not %corecc -O2 -mcpu=v3 -c %s -o %t.o 2>&1 | FileCheck %s --check-prefixes=CHECK --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: not %corecc -O0 -mcpu=v4 -c %s -o %t.o 2>&1 | FileCheck %s --check-prefixes=CHECK --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: %corecc -O2 -mcpu=v3 -c %s -o %t.o 2>/dev/null; test $? -eq 1

// Every cpu: atomic add whose result is unused ("lock +=").
void add_only(long *p) { __sync_fetch_and_add(p, 1); }
void add32_only(int *p) { __atomic_fetch_add(p, 2, __ATOMIC_RELAXED); }

// NOFETCH: errors-atomics.c:[[@LINE+1]]:34: error: the value returned by atomic add needs the atomic-fetch feature (-mattr=-atomic-fetch leaves an atomic add that returns nothing)
long fetch_add(long *p) { return __sync_fetch_and_add(p, 1); }
// NOFETCH: errors-atomics.c:[[@LINE+1]]:34: error: the value returned by atomic sub needs the atomic-fetch feature
long fetch_sub(long *p) { return __sync_fetch_and_sub(p, 3); }
// NOFETCH: errors-atomics.c:[[@LINE+1]]:29: error: atomic exchange needs the atomic-fetch feature (-mattr=-atomic-fetch leaves only atomic add)
long xchg(long *p) { return __sync_lock_test_and_set(p, 1); }
// NOFETCH: errors-atomics.c:[[@LINE+1]]:44: error: atomic compare-and-exchange needs the atomic-fetch feature
long cas(long *p, long o, long n) { return __sync_val_compare_and_swap(p, o, n); }
// NOFETCH: errors-atomics.c:[[@LINE+1]]:24: error: atomic or needs the atomic-fetch feature
void or_only(int *p) { __sync_fetch_and_or(p, 4); }
// V1: errors-atomics.c:[[@LINE+1]]:42: error: atomic compare-and-exchange of a 32-bit value needs 32-bit subregisters (-mcpu=v3 or -mattr=+alu32); use a 64-bit value
int cas32(int *p, int o, int n) { return __sync_val_compare_and_swap(p, o, n); }

// No cpu has these.
// CHECK: errors-atomics.c:[[@LINE+1]]:37: error: atomic min is not supported by BPF (atomic add, sub, and, or, xor, exchange and compare-and-exchange are)
long amin(long *p, long v) { return __atomic_fetch_min(p, v, __ATOMIC_RELAXED); }
// CHECK: errors-atomics.c:[[@LINE+1]]:49: error: atomic max is not supported by BPF
unsigned umax(unsigned *p, unsigned v) { return __atomic_fetch_max(p, v, __ATOMIC_RELAXED); }
// CHECK: errors-atomics.c:[[@LINE+1]]:38: error: atomic nand is not supported by BPF
long anand(long *p, long v) { return __sync_fetch_and_nand(p, v); }
// CHECK: errors-atomics.c:[[@LINE+1]]:32: error: atomic add on a 16-bit value is not supported by BPF (only 32 and 64 bits)
short add16(short *p) { return __atomic_fetch_add(p, 1, __ATOMIC_RELAXED); }

// Orderings: relaxed loads and stores are plain accesses; nothing stronger.
long relaxed(long *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
// CHECK: errors-atomics.c:[[@LINE+1]]:28: error: atomic load with acquire ordering is not supported by BPF; use a relaxed (__ATOMIC_RELAXED) access or READ_ONCE/WRITE_ONCE
long acq(long *p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
// CHECK: errors-atomics.c:[[@LINE+1]]:25: error: atomic load with seq_cst ordering is not supported by BPF
int sc(int *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
// CHECK: errors-atomics.c:[[@LINE+1]]:21: error: atomic store with release ordering is not supported by BPF
void rel(long *p) { __atomic_store_n(p, 1, __ATOMIC_RELEASE); }
// CHECK: errors-atomics.c:[[@LINE+1]]:20: error: memory fences (__sync_synchronize, atomic_thread_fence) are not supported by BPF
void fence(void) { __sync_synchronize(); }
// CHECK: errors-atomics.c:[[@LINE+1]]:21: error: memory fences (__sync_synchronize, atomic_thread_fence) are not supported by BPF
void fence2(void) { __atomic_thread_fence(__ATOMIC_ACQ_REL); }
