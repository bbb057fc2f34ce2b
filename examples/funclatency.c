// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// funclatency: latency histogram of one kernel function.
//   funclatency [-k] [-p PID] [-n | -m] [-d SECS] [-o OBJ] [-v] [FUNCTION]
// Uses fentry/fexit when the kernel allows them, else kprobe/kretprobe
// (-k forces kprobes). FUNCTION defaults to vfs_read.
#include <linux/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"

#define FUNCLAT_SLOTS 64

enum { UNIT_NSEC, UNIT_USEC, UNIT_MSEC };

static struct bpf_object *setup(const char *obj_path, const char *func,
                                bool use_fentry, long pid, int units) {
  struct bpf_object *obj = open_example("funclatency", obj_path);
  if (!obj)
    return NULL;
  SET_GLOBAL(obj, "targ_tgid", (__u32)pid);
  SET_GLOBAL(obj, "units", units);
  static const char *fentry[] = {"lat_fentry", "lat_fexit"};
  static const char *kprobe[] = {"lat_kprobe", "lat_kretprobe"};
  for (int i = 0; i < 2; i++) {
    struct bpf_program *f = bpf_object__find_program_by_name(obj, fentry[i]);
    struct bpf_program *k = bpf_object__find_program_by_name(obj, kprobe[i]);
    bpf_program__set_autoload(f, use_fentry);
    bpf_program__set_autoload(k, !use_fentry);
    if (use_fentry)
      bpf_program__set_attach_target(f, 0, func);
  }
  if (bpf_object__load(obj)) {
    bpf_object__close(obj);
    return NULL;
  }
  return obj;
}

int main(int argc, char **argv) {
  const char *obj_path = NULL, *func = "vfs_read";
  long pid = 0, duration = 0;
  int units = UNIT_USEC;
  bool force_kprobe = false;
  int opt;
  while ((opt = getopt(argc, argv, "kp:nmd:o:vh")) != -1) {
    switch (opt) {
    case 'k': force_kprobe = true; break;
    case 'p': pid = parse_long("pid", optarg, 1, 0x7fffffff); break;
    case 'n': units = UNIT_NSEC; break;
    case 'm': units = UNIT_MSEC; break;
    case 'd': duration = parse_long("duration", optarg, 1, 86400); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s [-k] [-p PID] [-n | -m] [-d SECS] [-o OBJ] [-v] "
              "[FUNCTION]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  if (optind < argc)
    func = argv[optind];
  loader_init();

  bool fentry = !force_kprobe && kernel_has_func(func);
  struct bpf_object *obj = setup(obj_path, func, fentry, pid, units);
  if (!obj && fentry) {
    fprintf(stderr, "fentry/fexit unavailable, falling back to kprobes\n");
    fentry = false;
    obj = setup(obj_path, func, false, pid, units);
  }
  if (!obj) {
    fprintf(stderr, "failed to load the BPF programs\n");
    return 1;
  }

  struct bpf_link *links[2] = {0};
  int nlinks = 0, err = 0;
  struct bpf_program *prog;
  bpf_object__for_each_program(prog, obj) {
    if (!bpf_program__autoload(prog))
      continue;
    bool ret = !strcmp(bpf_program__name(prog), "lat_kretprobe");
    links[nlinks] = fentry ? bpf_program__attach(prog)
                           : bpf_program__attach_kprobe(prog, ret, func);
    if (!links[nlinks]) {
      fprintf(stderr, "cannot attach to %s: %s\n", func, strerror(errno));
      err = -1;
      break;
    }
    nlinks++;
  }
  if (!err) {
    printf("Tracing %s with %s... Hit Ctrl-C to end.\n", func,
           fentry ? "fentry/fexit" : "kprobes");
    if (duration)
      sleep(duration);
    else
      while (!exiting)
        pause();
    int ncpus = libbpf_num_possible_cpus();
    int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "hist"));
    uint64_t slots[FUNCLAT_SLOTS] = {0};
    __u64 *percpu = calloc(ncpus, sizeof(__u64));
    for (__u32 i = 0; percpu && i < FUNCLAT_SLOTS; i++)
      if (bpf_map_lookup_elem(fd, &i, percpu) == 0)
        for (int c = 0; c < ncpus; c++)
          slots[i] += percpu[c];
    free(percpu);
    printf("\n");
    print_log2_hist64(slots, FUNCLAT_SLOTS,
                      units == UNIT_NSEC   ? "nsecs"
                      : units == UNIT_MSEC ? "msecs"
                                           : "usecs");
    __u64 calls, missed;
    if (!read_global(obj, "calls", &calls, sizeof(calls)) &&
        !read_global(obj, "missed", &missed, sizeof(missed)))
      printf("calls: %llu, returns without a seen entry: %llu\n",
             (unsigned long long)calls, (unsigned long long)missed);
  }
  detach_all(links, nlinks);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}
