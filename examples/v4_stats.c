// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// v4_stats: run the cpu-v4 statistics program on a batch of numbers.
//   v4_stats [-d DIVISOR] [-o OBJ] [-v] [NUMBER...]
// Each number goes into the narrowest sample array (8, 16 or 32 bit) that
// has room and can hold it; without numbers a built-in batch is used.
#include <linux/types.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"
#include "v4_stats.h"

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long divisor = 3;
  int opt;
  while ((opt = getopt(argc, argv, "d:o:vh")) != -1) {
    switch (opt) {
    case 'd': divisor = parse_long("divisor", optarg, -0x80000000L, 0x7fffffff); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr, "usage: %s [-d DIVISOR] [-o OBJ] [-v] [NUMBER...]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  if (!divisor) {
    fprintf(stderr, "the divisor must not be 0\n");
    return 2;
  }
  static const long builtin[] = {-3, 7, -128, 127, 1000, -30000, 123456, -7};
  struct v4_batch b;
  memset(&b, 0, sizeof(b));
  int n8 = 0, n16 = 0, n32 = 0, count = 0;
  int nargs = optind < argc ? argc - optind : 8;
  for (int i = 0; i < nargs; i++) {
    long v = optind < argc ? parse_long("number", argv[optind + i],
                                        -0x80000000L, 0x7fffffff)
                           : builtin[i];
    if (v >= -128 && v <= 127 && n8 < V4_N8)
      b.s8[n8++] = v;
    else if (v >= -32768 && v <= 32767 && n16 < V4_N16)
      b.s16[n16++] = v;
    else if (n32 < V4_N32)
      b.s32[n32++] = v;
    else {
      fprintf(stderr, "too many numbers\n");
      return 2;
    }
    count++;
  }
  // Unused slots are zeros: they count in the sum and in min/max.
  b.divisor = divisor;
  b.div32_a = -2147483647;
  b.div32_b = (__s32)divisor;
  b.raw = 0x1234f680;
  b.be16 = 0x3412;
  b.be32 = 0x78563412;
  b.be64 = 0xefcdab8967452301ULL;

  loader_init();
  struct bpf_object *obj = open_example("v4_stats", obj_path);
  if (!obj || load_example(obj))
    return 1;
  LIBBPF_OPTS(bpf_test_run_opts, run, .ctx_in = &b, .ctx_size_in = sizeof(b));
  int err = bpf_prog_test_run_opts(
      bpf_program__fd(bpf_object__find_program_by_name(obj, "v4_stats")), &run);
  if (err || run.retval) {
    fprintf(stderr, "run failed: %s, retval %d\n", strerror(-err), run.retval);
    bpf_object__close(obj);
    return 1;
  }
  printf("%d numbers (+%d zero slots): sum %lld min %lld max %lld\n", count,
         V4_N8 + V4_N16 + V4_N32 - count, (long long)b.sum, (long long)b.min,
         (long long)b.max);
  printf("sum / %ld = %lld rem %lld;  %d / %ld = %d rem %d\n", divisor,
         (long long)b.mean, (long long)b.rem, b.div32_a, divisor, b.div32,
         b.mod32);
  printf("0x%08x as s8 %lld, as s16 %lld; byte-swapped 0x%04x 0x%08x 0x%016llx\n",
         b.raw, (long long)b.raw_s8, (long long)b.raw_s16, b.host16, b.host32,
         (unsigned long long)b.host64);
  bpf_object__close(obj);
  return 0;
}
