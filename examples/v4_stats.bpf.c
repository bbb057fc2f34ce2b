// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// v4_stats: signed statistics over a batch of 8-, 16- and 32-bit samples,
// plus decoding of big-endian header fields, as a SEC("syscall") program
// that user space calls with BPF_PROG_RUN (the batch is the context and
// the results come back in it). Meant for cpu v4 (-mcpu=v4, kernels >= 6.6),
// where each of these has its own instruction: sign-extending loads
// (ldsx), sign-extending moves (movsx), signed division (sdiv, 32 and 64
// bit) and unconditional byte swaps (bswap16/32/64). Built for an earlier
// cpu, the same C becomes shift pairs and byte-swap sequences, and the
// division is done by hand below; the results are the same.
// Shows: cpu v4 instructions, a syscall program, signed arithmetic.
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include "v4_stats.h"

// Signed division: one instruction on cpu v4. Earlier cpus divide unsigned
// only, so divide the magnitudes and fix the sign (truncating toward zero,
// as C and the v4 instructions do; INT_MIN / -1 wraps like sdiv does).
#if defined(__BPF_CPU_VERSION__) && __BPF_CPU_VERSION__ >= 4
#define SDIV64(a, b) ((a) / (b))
#define SMOD64(a, b) ((a) % (b))
#define SDIV32(a, b) ((a) / (b))
#define SMOD32(a, b) ((a) % (b))
#else
static __always_inline __s64 sdiv64(__s64 a, __s64 b) {
  __u64 ua = a < 0 ? -(__u64)a : (__u64)a;
  __u64 ub = b < 0 ? -(__u64)b : (__u64)b;
  __u64 q = ua / ub;
  return (a < 0) != (b < 0) ? (__s64)-q : (__s64)q;
}
#define SDIV64(a, b) sdiv64(a, b)
#define SMOD64(a, b) ((a) - sdiv64(a, b) * (b))
#define SDIV32(a, b) ((__s32)sdiv64(a, b))
#define SMOD32(a, b) ((__s32)((a) - sdiv64(a, b) * (b)))
#endif

__u64 calls;

SEC("syscall")
int v4_stats(struct v4_batch *ctx) {
  struct v4_batch b;
  __builtin_memcpy(&b, ctx, offsetof(struct v4_batch, sum));

  __s64 sum = 0, min = b.s8[0], max = b.s8[0];
#pragma unroll
  for (int i = 0; i < V4_N8; i++) {
    __s64 v = b.s8[i];
    sum += v;
    min = v < min ? v : min;
    max = v > max ? v : max;
  }
#pragma unroll
  for (int i = 0; i < V4_N16; i++) {
    __s64 v = b.s16[i];
    sum += v;
    min = v < min ? v : min;
    max = v > max ? v : max;
  }
#pragma unroll
  for (int i = 0; i < V4_N32; i++) {
    __s64 v = b.s32[i];
    sum += v;
    min = v < min ? v : min;
    max = v > max ? v : max;
  }
  ctx->sum = sum;
  ctx->min = min;
  ctx->max = max;

  if (b.divisor == 0 || b.div32_b == 0)
    return -1;
  __s64 d = b.divisor;   // sign-extended: sdiv/smod with a negative divisor
  ctx->mean = SDIV64(sum, d);
  ctx->rem = SMOD64(sum, d);
  ctx->div32 = SDIV32(b.div32_a, b.div32_b);
  ctx->mod32 = SMOD32(b.div32_a, b.div32_b);

  ctx->raw_s8 = (__s8)b.raw;
  ctx->raw_s16 = (__s16)b.raw;
  ctx->host16 = __builtin_bswap16(b.be16);
  ctx->host32 = __builtin_bswap32(b.be32);
  ctx->host64 = __builtin_bswap64(b.be64);
  __sync_fetch_and_add(&calls, 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
