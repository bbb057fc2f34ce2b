// Operations LLVM would turn into a call to a library routine: BPF programs
// have no library, so each is an error naming the routine or the operation.
//
// RUN: not %corecc -O2 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: not %corecc -O0 -mcpu=v1 -c %s -o %t.o 2>&1 | FileCheck %s --check-prefixes=CHECK,O0 --implicit-check-not=error: --implicit-check-not="Stack dump"

typedef unsigned long u64;

// 128-bit division is __divti3/__umodti3.
// CHECK: errors-libcalls.c:[[@LINE+1]]:57: error: this operation needs the library routine '__udivti3', which BPF programs cannot call (128-bit arithmetic, a memcpy/memset too large to inline, or a math routine)
u64 div128(unsigned __int128 a, u64 b) { return (u64)(a / b); }
// CHECK: errors-libcalls.c:[[@LINE+1]]:51: error: this operation needs the library routine '__modti3'
long mod128(__int128 a, long b) { return (long)(a % b); }
// The high half of a 64x64 product is __multi3 too (as with clang-19).
// CHECK: errors-libcalls.c:[[@LINE+1]]:63: error: this operation needs the library routine '__multi3'
u64 mul128(u64 a, u64 b) { return (u64)(((unsigned __int128)a * b) >> 64); }

// 128-bit addition and shifts need no library.
u64 add128(unsigned __int128 a, u64 b) { return (u64)((a + b) >> 70); }

// A 128-bit value cannot be returned in R0 alone.
// CHECK: errors-libcalls.c:[[@LINE+1]]:35: error: function 'ret128' returns a value wider than one register (an aggregate or a 128-bit integer); BPF returns only R0 (use a pointer argument)
unsigned __int128 ret128(u64 a) { return (unsigned __int128)a << 3; }

// CHECK: errors-libcalls.c:[[@LINE+1]]:43: error: memcpy with a size known only at run time is not supported by BPF (there is no library routine to call); use a constant size or a bounded loop
void cpy(char *d, const char *s, int n) { __builtin_memcpy(d, s, n); }
// CHECK: errors-libcalls.c:[[@LINE+1]]:33: error: memset with a size known only at run time is not supported by BPF
void set(char *d, unsigned n) { __builtin_memset(d, 0, n); }
// CHECK: errors-libcalls.c:[[@LINE+1]]:42: error: memmove with a size known only at run time is not supported by BPF
void mov(char *d, char *s, unsigned n) { __builtin_memmove(d, s, n); }
// CHECK: errors-libcalls.c:[[@LINE+1]]:36: error: memcpy of 4000 bytes is too large to inline (at most 1024 bytes with 1-byte alignment); BPF has no library routine to call
void big(char *d, const char *s) { __builtin_memcpy(d, s, 4000); }
// CHECK: errors-libcalls.c:[[@LINE+1]]:23: error: memset of 10000 bytes is too large to inline (at most 8192 bytes with 8-byte alignment); BPF has no library routine to call
void bigset(u64 *d) { __builtin_memset(d, 0, 10000); }
// The largest copies that are inlined: 1024 stores (clang-19 inlines up to
// 1 KiB, a memset of 256 unaligned bytes among them).
void max(u64 *d, const u64 *s) { __builtin_memcpy(d, s, 8192); }
void max_bytes(char *d) { __builtin_memset(d, 0, 1024); }

// C library routines the optimizer keeps as calls.
// CHECK: errors-libcalls.c:[[@LINE+1]]:48: error: call to the C library function 'memcmp': BPF programs have no C library to call (with optimization, a memcmp of a small constant size is expanded inline; otherwise write a bounded loop)
int cmp(const char *a, const char *b) { return __builtin_memcmp(a, b, 3000); }
// CHECK: errors-libcalls.c:[[@LINE+1]]:34: error: call to the C library function 'strlen'
long len(const char *s) { return __builtin_strlen(s); }
// A small memcmp becomes loads and compares (not at -O0).
// O0: errors-libcalls.c:[[@LINE+1]]:54: error: call to the C library function 'memcmp'
int small_cmp(const char *a, const char *b) { return __builtin_memcmp(a, b, 8) == 0; }
