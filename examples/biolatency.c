// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// biolatency: block I/O latency histograms.
//   biolatency [-D] [-F] [-Q] [-m] [-i SECS] [-d SECS] [-o OBJ] [-v]
//   -D per disk, -F per operation, -Q include time queued
#include <linux/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "biolatency.h"
#include "loader.h"

static const char *op_name(__u32 op) {
  static const char *names[] = {"Read", "Write", "Flush", "Discard",
                                "?", "SecureErase", "?", "?", "?",
                                "WriteZeroes"};
  return op < sizeof(names) / sizeof(names[0]) ? names[op] : "?";
}

static void print_hists(int fd, bool per_disk, bool per_op, bool ms) {
  int ncpus = libbpf_num_possible_cpus();
  struct bio_hist *vals = calloc(ncpus, sizeof(*vals));
  struct bio_hist_key key, next, *prev = NULL;
  while (vals && bpf_map_get_next_key(fd, prev, &next) == 0) {
    if (bpf_map_lookup_elem(fd, &next, vals) == 0) {
      __u32 slots[BIO_SLOTS] = {0};
      for (int c = 0; c < ncpus; c++)   // sum the per-CPU copies
        for (int s = 0; s < BIO_SLOTS; s++)
          slots[s] += vals[c].slots[s];
      if (per_disk)
        printf("\ndisk = %u:%u", next.dev >> 20, next.dev & 0xfffff);
      if (per_op)
        printf("%sop = %s", per_disk ? " " : "\n", op_name(next.op));
      if (per_disk || per_op)
        printf("\n");
      print_log2_hist(slots, BIO_SLOTS, ms ? "msecs" : "usecs");
    }
    key = next;
    prev = &key;
  }
  free(vals);
  while (bpf_map_get_next_key(fd, NULL, &next) == 0)
    bpf_map_delete_elem(fd, &next);
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long interval = 0, duration = 0;
  bool per_disk = false, per_op = false, queued = false, ms = false;
  int opt;
  while ((opt = getopt(argc, argv, "DFQmi:d:o:vh")) != -1) {
    switch (opt) {
    case 'D': per_disk = true; break;
    case 'F': per_op = true; break;
    case 'Q': queued = true; break;
    case 'm': ms = true; break;
    case 'i': interval = parse_long("interval", optarg, 1, 3600); break;
    case 'd': duration = parse_long("duration", optarg, 1, 86400); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s [-D] [-F] [-Q] [-m] [-i SECS] [-d SECS] [-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("biolatency", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "targ_per_disk", (_Bool)per_disk);
  SET_GLOBAL(obj, "targ_per_op", (_Bool)per_op);
  SET_GLOBAL(obj, "targ_queued", (_Bool)queued);
  SET_GLOBAL(obj, "targ_ms", (_Bool)ms);
  if (!queued)
    bpf_program__set_autoload(
        bpf_object__find_program_by_name(obj, "block_rq_insert"), false);

  struct bpf_link *links[3];
  int nlinks = 0, err = load_example(obj);
  if (!err && (err = nlinks = attach_all(obj, links, 3)) > 0) {
    int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "hists"));
    printf("Tracing block device I/O... Hit Ctrl-C to end.\n");
    long step = interval ? interval : (duration ? duration : 99999999);
    for (long elapsed = 0; !exiting && (!duration || elapsed < duration);
         elapsed += step) {
      sleep(step);
      print_hists(fd, per_disk, per_op, ms);
    }
    err = 0;
  }
  detach_all(links, nlinks);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}
