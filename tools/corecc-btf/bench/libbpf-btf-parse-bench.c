// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/*
 * libbpf-btf-parse-bench: the libbpf side of `corecc-btf bench-decode`.
 *
 *   corecc-btf-bench-libbpf [-n N] [--from-memory] FILE
 *
 * Times btf__parse(FILE) (or, with --from-memory, btf__new() on the file's
 * bytes read once) N times after one untimed warm-up run and prints one line
 * in the same format as corecc-btf:
 *
 *   decoder=libbpf median_ms=... min_ms=... max_ms=... runs=N types=T
 *
 * Exit status: 0 success, 1 unreadable or malformed input, 2 usage error.
 */
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap) {
  return 0;
}

int main(int argc, char **argv) {
  const char *path = NULL;
  int runs = 20, from_memory = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-n") && i + 1 < argc)
      runs = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--from-memory"))
      from_memory = 1;
    else if (argv[i][0] == '-' || path) {
      fprintf(stderr, "usage: %s [-n N] [--from-memory] FILE\n", argv[0]);
      return 2;
    } else
      path = argv[i];
  }
  if (!path || runs <= 0) {
    fprintf(stderr, "usage: %s [-n N] [--from-memory] FILE\n", argv[0]);
    return 2;
  }
  libbpf_set_print(quiet);

  void *data = NULL;
  long size = 0;
  if (from_memory) {
    FILE *f = fopen(path, "rb");
    if (!f) {
      fprintf(stderr, "%s: %s\n", path, strerror(errno));
      return 1;
    }
    size_t cap = 1 << 20, n;
    data = malloc(cap);
    while ((n = fread((char *)data + size, 1, cap - size, f)) > 0) {
      size += n;
      if (size == (long)cap)
        data = realloc(data, cap *= 2);
    }
    fclose(f);
  }

  double *ms = calloc(runs, sizeof(double));
  unsigned types = 0;
  for (int i = 0; i <= runs; i++) {
    double start = now_ms();
    struct btf *btf = from_memory ? btf__new(data, size) : btf__parse(path, NULL);
    double end = now_ms();
    if (!btf) {
      fprintf(stderr, "%s: cannot parse BTF: %s\n", path, strerror(errno));
      return 1;
    }
    types = btf__type_cnt(btf) - 1;
    btf__free(btf);
    if (i > 0)
      ms[i - 1] = end - start;
  }
  qsort(ms, runs, sizeof(double), cmp_double);
  double median = runs % 2 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
  printf("decoder=libbpf median_ms=%.3f min_ms=%.3f max_ms=%.3f runs=%d "
         "types=%u\n",
         median, ms[0], ms[runs - 1], runs, types);
  free(ms);
  free(data);
  return 0;
}
