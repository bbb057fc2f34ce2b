// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// hardirqs: time spent in hard interrupt handlers.
//   hardirqs [-C] [-H] [-n] [-I IRQ] [-d SECS] [-o OBJ] [-v]
//   -C counts only, -H histograms, -n nanoseconds
#include <linux/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hardirqs.h"
#include "loader.h"

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long irq = -1, duration = 5;
  bool count_only = false, hists = false, ns = false;
  int opt;
  while ((opt = getopt(argc, argv, "CHnI:d:o:vh")) != -1) {
    switch (opt) {
    case 'C': count_only = true; break;
    case 'H': hists = true; break;
    case 'n': ns = true; break;
    case 'I': irq = parse_long("irq", optarg, 0, 0x7fffffff); break;
    case 'd': duration = parse_long("duration", optarg, 1, 86400); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s [-C] [-H] [-n] [-I IRQ] [-d SECS] [-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("hardirqs", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "targ_count_only", (_Bool)count_only);
  SET_GLOBAL(obj, "targ_ns", (_Bool)ns);
  SET_GLOBAL(obj, "targ_irq", (__s32)irq);
  if (count_only)
    bpf_program__set_autoload(
        bpf_object__find_program_by_name(obj, "irq_handler_exit"), false);

  struct bpf_link *links[2];
  int nlinks = 0, err = load_example(obj);
  if (!err && (err = nlinks = attach_all(obj, links, 2)) > 0) {
    printf("Tracing hard irq handlers for %lds... Hit Ctrl-C to end.\n",
           duration);
    sleep(duration);
    int ncpus = libbpf_num_possible_cpus();
    int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "infos"));
    struct hirq_stats *vals = calloc(ncpus, sizeof(*vals));
    struct hirq_key key, next, *prev = NULL;
    printf("%-8s %-32s %10s %12s\n", "IRQ", "HANDLER", "COUNT",
           count_only ? "" : (ns ? "TOTAL(ns)" : "TOTAL(us)"));
    while (vals && bpf_map_get_next_key(fd, prev, &next) == 0) {
      if (bpf_map_lookup_elem(fd, &next, vals) == 0) {
        struct hirq_stats sum = {0};
        for (int c = 0; c < ncpus; c++) {
          sum.count += vals[c].count;
          sum.total_ns += vals[c].total_ns;
          for (int s = 0; s < IRQ_SLOTS; s++)
            sum.slots[s] += vals[c].slots[s];
        }
        printf("%-8d %-32s %10llu", next.irq, next.name,
               (unsigned long long)sum.count);
        if (!count_only)
          printf(" %12llu",
                 (unsigned long long)(ns ? sum.total_ns : sum.total_ns / 1000));
        printf("\n");
        if (hists && !count_only)
          print_log2_hist(sum.slots, IRQ_SLOTS, ns ? "nsecs" : "usecs");
      }
      key = next;
      prev = &key;
    }
    free(vals);
    err = 0;
  }
  detach_all(links, nlinks);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}
