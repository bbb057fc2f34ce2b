// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// profile: sample stacks on every CPU at a fixed frequency and print the
// most frequent ones, kernel frames symbolized from /proc/kallsyms.
//   profile [-p PID] [-F HZ] [-U | -K] [-I] [-n TOP] [-d SECS] [-o OBJ] [-v]
#include <linux/perf_event.h>
#include <linux/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "loader.h"
#include "profile.h"

struct ksym {
  unsigned long long addr;
  char *name;
};
static struct ksym *ksyms;
static size_t nksyms;

static int ksym_cmp(const void *a, const void *b) {
  const struct ksym *x = a, *y = b;
  return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static void load_ksyms(void) {
  FILE *f = fopen("/proc/kallsyms", "r");
  if (!f)
    return;
  char line[512], name[256], type;
  unsigned long long addr;
  size_t cap = 0;
  while (fgets(line, sizeof(line), f)) {
    if (sscanf(line, "%llx %c %255s", &addr, &type, name) != 3 || !addr)
      continue;
    if (nksyms == cap) {
      cap = cap ? cap * 2 : 65536;
      ksyms = realloc(ksyms, cap * sizeof(*ksyms));
      if (!ksyms)
        exit(1);
    }
    ksyms[nksyms].addr = addr;
    ksyms[nksyms++].name = strdup(name);
  }
  fclose(f);
  qsort(ksyms, nksyms, sizeof(*ksyms), ksym_cmp);
}

static const char *ksym_name(unsigned long long addr) {
  size_t lo = 0, hi = nksyms;
  while (lo < hi) {   // last symbol at or below addr
    size_t mid = (lo + hi) / 2;
    if (ksyms[mid].addr <= addr)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? ksyms[lo - 1].name : "[unknown]";
}

struct sample {
  struct profile_key key;
  __u64 count;
};

static int by_count(const void *a, const void *b) {
  const struct sample *x = a, *y = b;
  return x->count < y->count ? 1 : x->count > y->count ? -1 : 0;
}

static void print_stack(int stacks_fd, int id, bool kernel) {
  __u64 ips[PROFILE_MAX_STACK] = {0};
  if (id < 0 || bpf_map_lookup_elem(stacks_fd, &id, ips)) {
    printf("    [%s stack missing]\n", kernel ? "kernel" : "user");
    return;
  }
  for (int i = 0; i < PROFILE_MAX_STACK && ips[i]; i++) {
    if (kernel)
      printf("    %s\n", ksym_name(ips[i]));
    else
      printf("    0x%llx\n", (unsigned long long)ips[i]);
  }
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long pid = 0, freq = 49, top = 10, duration = 5;
  bool user_only = false, kernel_only = false, idle = false;
  int opt;
  while ((opt = getopt(argc, argv, "p:F:UKIn:d:o:vh")) != -1) {
    switch (opt) {
    case 'p': pid = parse_long("pid", optarg, 1, 0x7fffffff); break;
    case 'F': freq = parse_long("frequency", optarg, 1, 10000); break;
    case 'U': user_only = true; break;
    case 'K': kernel_only = true; break;
    case 'I': idle = true; break;
    case 'n': top = parse_long("top", optarg, 1, 100000); break;
    case 'd': duration = parse_long("duration", optarg, 1, 86400); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s [-p PID] [-F HZ] [-U | -K] [-I] [-n TOP] [-d SECS] "
              "[-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("profile", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "targ_tgid", (__u32)pid);
  SET_GLOBAL(obj, "user_only", (_Bool)user_only);
  SET_GLOBAL(obj, "kernel_only", (_Bool)kernel_only);
  SET_GLOBAL(obj, "include_idle", (_Bool)idle);
  int err = load_example(obj);
  if (err)
    return 1;

  int ncpus = libbpf_num_possible_cpus();
  struct bpf_link **links = calloc(ncpus, sizeof(*links));
  struct bpf_program *prog = bpf_object__find_program_by_name(obj, "do_sample");
  int nlinks = 0;
  for (int cpu = 0; cpu < ncpus; cpu++) {
    struct perf_event_attr attr = {
        .type = PERF_TYPE_SOFTWARE,
        .size = sizeof(attr),
        .config = PERF_COUNT_SW_CPU_CLOCK,
        .sample_freq = freq,
        .freq = 1,
    };
    int fd = syscall(__NR_perf_event_open, &attr, -1, cpu, -1, 0);
    if (fd < 0) {
      if (errno == ENODEV)   // possible but offline CPU
        continue;
      fprintf(stderr, "perf_event_open on CPU %d: %s\n", cpu, strerror(errno));
      err = -1;
      break;
    }
    links[nlinks] = bpf_program__attach_perf_event(prog, fd);
    if (!links[nlinks]) {
      fprintf(stderr, "attach on CPU %d: %s\n", cpu, strerror(errno));
      close(fd);
      err = -1;
      break;
    }
    nlinks++;
  }
  if (!err) {
    load_ksyms();
    printf("Sampling at %ld Hz for %lds... Hit Ctrl-C to end.\n", freq,
           duration);
    sleep(duration);
    int counts_fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "counts"));
    int stacks_fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "stacks"));
    size_t n = 0, cap = 1024;
    struct sample *s = malloc(cap * sizeof(*s));
    struct profile_key key, *prev = NULL;
    while (s && bpf_map_get_next_key(counts_fd, prev, &s[n].key) == 0) {
      if (bpf_map_lookup_elem(counts_fd, &s[n].key, &s[n].count) == 0) {
        key = s[n].key;
        prev = &key;
        if (++n == cap && !(s = realloc(s, (cap *= 2) * sizeof(*s))))
          break;
      } else {
        key = s[n].key;
        prev = &key;
      }
    }
    if (s) {
      qsort(s, n, sizeof(*s), by_count);
      for (size_t i = 0; i < n && i < (size_t)top; i++) {
        printf("\n%s (%u): %llu samples\n", s[i].key.comm, s[i].key.pid,
               (unsigned long long)s[i].count);
        if (!user_only)
          print_stack(stacks_fd, s[i].key.kernel_stack_id, true);
        if (!kernel_only)
          print_stack(stacks_fd, s[i].key.user_stack_id, false);
      }
    }
    free(s);
    __u64 samples, lost;
    if (!read_global(obj, "samples", &samples, sizeof(samples)) &&
        !read_global(obj, "lost_stacks", &lost, sizeof(lost)))
      printf("\n%llu samples, %llu stacks lost to collisions\n",
             (unsigned long long)samples, (unsigned long long)lost);
  }
  detach_all(links, nlinks);
  free(links);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}
