// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// cgroup_traffic: account (and optionally restrict) a cgroup's traffic.
//   cgroup_traffic -c CGROUP_DIR [-I] [-M BYTES] [-t SECS] [-o OBJ] [-v]
//   -I block ICMP, -M drop packets longer than BYTES
#include <fcntl.h>
#include <linux/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cgroup_traffic.h"
#include "loader.h"

int main(int argc, char **argv) {
  const char *obj_path = NULL, *cgroup = NULL;
  bool block_icmp = false;
  long max_len = 0, interval = 1;
  int opt;
  while ((opt = getopt(argc, argv, "c:IM:t:o:vh")) != -1) {
    switch (opt) {
    case 'c': cgroup = optarg; break;
    case 'I': block_icmp = true; break;
    case 'M': max_len = parse_long("length", optarg, 1, 0xffffffff); break;
    case 't': interval = parse_long("interval", optarg, 1, 3600); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s -c CGROUP_DIR [-I] [-M BYTES] [-t SECS] [-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  int cfd = cgroup ? open(cgroup, O_RDONLY | O_DIRECTORY) : -1;
  if (cfd < 0) {
    fprintf(stderr, "need a cgroup v2 directory (-c)\n");
    return 2;
  }
  loader_init();
  struct bpf_object *obj = open_example("cgroup_traffic", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "block_icmp", (_Bool)block_icmp);
  SET_GLOBAL(obj, "max_packet_len", (__u32)max_len);
  if (load_example(obj))
    return 1;
  struct bpf_link *links[2] = {0};
  const char *progs[2] = {"cgroup_ingress", "cgroup_egress"};
  int err = 0;
  for (int i = 0; i < 2 && !err; i++) {
    links[i] = bpf_program__attach_cgroup(
        bpf_object__find_program_by_name(obj, progs[i]), cfd);
    if (!links[i]) {
      fprintf(stderr, "cannot attach %s: %s\n", progs[i], strerror(errno));
      err = -1;
    }
  }
  static const char *dirs[CGT_NDIRS] = {"ingress", "egress"};
  static const char *protos[CGT_NPROTOS] = {"tcp", "udp", "icmp", "other"};
  int ncpus = libbpf_num_possible_cpus();
  struct cgt_counter *vals = calloc(ncpus, sizeof(*vals));
  int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "counters"));
  while (!err && vals && !exiting) {
    sleep(interval);
    char ts[9];
    printf("%s\n", now_hms(ts));
    for (__u32 k = 0; k < CGT_NDIRS * CGT_NPROTOS; k++) {
      if (bpf_map_lookup_elem(fd, &k, vals))
        continue;
      struct cgt_counter sum = {0};
      for (int c = 0; c < ncpus; c++) {
        sum.packets += vals[c].packets;
        sum.bytes += vals[c].bytes;
        sum.dropped += vals[c].dropped;
      }
      if (sum.packets || sum.dropped)
        printf("  %-7s %-5s %10llu pkts %12llu bytes %8llu dropped\n",
               dirs[k / CGT_NPROTOS], protos[k % CGT_NPROTOS],
               (unsigned long long)sum.packets, (unsigned long long)sum.bytes,
               (unsigned long long)sum.dropped);
    }
  }
  free(vals);
  detach_all(links, 2);
  bpf_object__close(obj);
  close(cfd);
  return err ? 1 : 0;
}
