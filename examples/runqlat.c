// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// runqlat: run-queue latency histograms.
//   runqlat [-m] [-P | -L] [-p PID] [-c CGROUP_DIR] [-i SECS] [-d SECS] [-o OBJ] [-v]
#include <fcntl.h>
#include <linux/types.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "hist.h"
#include "loader.h"

static void print_hists(int fd, bool per_process, bool per_thread, bool ms) {
  __u32 key, next, *prev = NULL;
  struct hist h;
  while (bpf_map_get_next_key(fd, prev, &next) == 0) {
    if (bpf_map_lookup_elem(fd, &next, &h) == 0) {
      if (per_process)
        printf("\npid = %u %s\n", next, h.comm);
      else if (per_thread)
        printf("\ntid = %u %s\n", next, h.comm);
      print_log2_hist(h.slots, MAX_SLOTS, ms ? "msecs" : "usecs");
    }
    key = next;
    prev = &key;
  }
  // Start afresh for the next interval.
  while (bpf_map_get_next_key(fd, NULL, &next) == 0)
    bpf_map_delete_elem(fd, &next);
}

int main(int argc, char **argv) {
  const char *obj_path = NULL, *cgroup = NULL;
  long pid = 0, interval = 0, duration = 0;
  bool ms = false, per_process = false, per_thread = false;
  int opt;
  while ((opt = getopt(argc, argv, "mPLp:c:i:d:o:vh")) != -1) {
    switch (opt) {
    case 'm': ms = true; break;
    case 'P': per_process = true; break;
    case 'L': per_thread = true; break;
    case 'p': pid = parse_long("pid", optarg, 1, 0x7fffffff); break;
    case 'c': cgroup = optarg; break;
    case 'i': interval = parse_long("interval", optarg, 1, 3600); break;
    case 'd': duration = parse_long("duration", optarg, 1, 86400); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s [-m] [-P | -L] [-p PID] [-c CGROUP_DIR] [-i SECS] "
              "[-d SECS] [-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  if (per_process && per_thread) {
    fprintf(stderr, "-P and -L are exclusive\n");
    return 2;
  }
  loader_init();
  struct bpf_object *obj = open_example("runqlat", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "targ_ms", (_Bool)ms);
  SET_GLOBAL(obj, "targ_per_process", (_Bool)per_process);
  SET_GLOBAL(obj, "targ_per_thread", (_Bool)per_thread);
  SET_GLOBAL(obj, "targ_tgid", (__u32)pid);
  SET_GLOBAL(obj, "filter_cgroup", (_Bool)(cgroup != NULL));

  struct bpf_link *links[3];
  int nlinks = 0, err = load_example(obj);
  if (!err && cgroup) {
    int cfd = open(cgroup, O_RDONLY);
    __u32 zero = 0;
    if (cfd < 0 ||
        bpf_map_update_elem(
            bpf_map__fd(bpf_object__find_map_by_name(obj, "cgroup_map")),
            &zero, &cfd, BPF_ANY)) {
      fprintf(stderr, "cannot use cgroup %s\n", cgroup);
      err = -1;
    }
  }
  if (!err && (err = nlinks = attach_all(obj, links, 3)) > 0) {
    int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "hists"));
    printf("Tracing run queue latency... Hit Ctrl-C to end.\n");
    long step = interval ? interval : (duration ? duration : 99999999);
    for (long elapsed = 0; !exiting && (!duration || elapsed < duration);
         elapsed += step) {
      sleep(step);
      char ts[9];
      printf("\n%s\n", now_hms(ts));
      print_hists(fd, per_process, per_thread, ms);
    }
    err = 0;
  }
  detach_all(links, nlinks);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}
