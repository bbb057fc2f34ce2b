// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// tcprtt: histogram of TCP smoothed RTTs of established connections.
//   tcprtt [-k] [-m] [-l | -r] [-p LPORT] [-P RPORT] [-a LADDR] [-A RADDR]
//          [-d SECS] [-o OBJ] [-v]
// fentry when the kernel allows it, else a kprobe (-k forces the kprobe).
#include <arpa/inet.h>
#include <linux/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"
#include "tcprtt.h"

static struct bpf_object *setup(const char *path, bool fentry, bool ms,
                                bool laddr_hist, bool raddr_hist, long sport,
                                long dport, __u32 saddr, __u32 daddr) {
  struct bpf_object *obj = open_example("tcprtt", path);
  if (!obj)
    return NULL;
  SET_GLOBAL(obj, "targ_ms", (_Bool)ms);
  SET_GLOBAL(obj, "targ_laddr_hist", (_Bool)laddr_hist);
  SET_GLOBAL(obj, "targ_raddr_hist", (_Bool)raddr_hist);
  SET_GLOBAL(obj, "targ_sport", (__u16)sport);
  SET_GLOBAL(obj, "targ_dport", (__u16)dport);
  SET_GLOBAL(obj, "targ_saddr", saddr);
  SET_GLOBAL(obj, "targ_daddr", daddr);
  bpf_program__set_autoload(
      bpf_object__find_program_by_name(obj, "tcp_rcv_fentry"), fentry);
  bpf_program__set_autoload(
      bpf_object__find_program_by_name(obj, "tcp_rcv_kprobe"), !fentry);
  if (bpf_object__load(obj)) {
    bpf_object__close(obj);
    return NULL;
  }
  return obj;
}

static __u32 parse_addr(const char *s) {
  struct in_addr a;
  if (inet_pton(AF_INET, s, &a) != 1) {
    fprintf(stderr, "invalid IPv4 address: %s\n", s);
    exit(2);
  }
  return a.s_addr;
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  bool force_kprobe = false, ms = false, lh = false, rh = false;
  long sport = 0, dport = 0, duration = 0;
  __u32 saddr = 0, daddr = 0;
  int opt;
  while ((opt = getopt(argc, argv, "kmlrp:P:a:A:d:o:vh")) != -1) {
    switch (opt) {
    case 'k': force_kprobe = true; break;
    case 'm': ms = true; break;
    case 'l': lh = true; break;
    case 'r': rh = true; break;
    case 'p': sport = parse_long("port", optarg, 1, 65535); break;
    case 'P': dport = parse_long("port", optarg, 1, 65535); break;
    case 'a': saddr = parse_addr(optarg); break;
    case 'A': daddr = parse_addr(optarg); break;
    case 'd': duration = parse_long("duration", optarg, 1, 86400); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s [-k] [-m] [-l | -r] [-p LPORT] [-P RPORT] [-a LADDR] "
              "[-A RADDR] [-d SECS] [-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  bool fentry = !force_kprobe && kernel_has_func("tcp_rcv_established");
  struct bpf_object *obj =
      setup(obj_path, fentry, ms, lh, rh, sport, dport, saddr, daddr);
  if (!obj && fentry) {
    fprintf(stderr, "fentry unavailable, falling back to a kprobe\n");
    fentry = false;
    obj = setup(obj_path, false, ms, lh, rh, sport, dport, saddr, daddr);
  }
  if (!obj)
    return 1;
  struct bpf_link *links[1];
  int nlinks = attach_all(obj, links, 1), err = nlinks < 0 ? nlinks : 0;
  if (!err) {
    printf("Tracing TCP RTT... Hit Ctrl-C to end.\n");
    if (duration)
      sleep(duration);
    else
      while (!exiting)
        pause();
    int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "hists"));
    __u64 key, next, *prev = NULL;
    struct rtt_hist h;
    while (bpf_map_get_next_key(fd, prev, &next) == 0) {
      if (bpf_map_lookup_elem(fd, &next, &h) == 0) {
        if (lh || rh) {
          struct in_addr a = {.s_addr = (__u32)next};
          printf("\n%s = %s\n", lh ? "Local Address" : "Remote Address",
                 inet_ntoa(a));
        }
        print_log2_hist(h.slots, MAX_SLOTS, ms ? "msecs" : "usecs");
        if (h.count)
          printf("average: %llu %s\n",
                 (unsigned long long)(h.latency_sum / h.count),
                 ms ? "msecs" : "usecs");
      }
      key = next;
      prev = &key;
    }
  }
  detach_all(links, nlinks);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}
