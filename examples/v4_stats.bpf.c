// v4_stats: signed statistics over a batch of 8-, 16- and 32-bit samples,
// plus decoding of big-endian header fields, as a SEC("syscall") program
// that user space calls with BPF_PROG_RUN (the batch is the context and
// the results come back in it). Built for cpu v4 (-mcpu=v4), where every
// one of these has its own instruction: sign-extending loads (ldsx),
// sign-extending moves (movsx), signed division and modulo (sdiv, smod,
// 32 and 64 bit) and unconditional byte swaps (bswap16/32/64). On cpu v3
// the same C needs shift pairs, a division by hand, and to_be conversions.
// Shows: cpu v4 instructions, a syscall program, signed arithmetic.
#include "vmlinux.h"
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include "v4_stats.h"

#if !defined(__BPF_CPU_VERSION__) || __BPF_CPU_VERSION__ < 4
#error "v4_stats.bpf.c needs -mcpu=v4"
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
  ctx->mean = sum / d;
  ctx->rem = sum % d;
  ctx->div32 = b.div32_a / b.div32_b;
  ctx->mod32 = b.div32_a % b.div32_b;

  ctx->raw_s8 = (__s8)b.raw;
  ctx->raw_s16 = (__s16)b.raw;
  ctx->host16 = __builtin_bswap16(b.be16);
  ctx->host32 = __builtin_bswap32(b.be32);
  ctx->host64 = __builtin_bswap64(b.be64);
  __sync_fetch_and_add(&calls, 1);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
