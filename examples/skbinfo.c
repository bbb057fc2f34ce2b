// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// skbinfo: count an interface's packets by the kernel's sk_buff bits
// (pkt_type, checksum state, clones, hash kind), read with CO-RE bitfield
// relocations; and show the calling task's flag bits.
//   skbinfo -i IFACE [-E] [-t SECS] [-o OBJ] [-v]    (-E egress)
//   skbinfo -T                                        (task bits only)
#include <linux/types.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "loader.h"

struct task_bits {
  __u32 in_execve, in_iowait, sched_reset_on_fork, no_cgroup_migration;
  __u32 probed[4];
};

static int task_bits(struct bpf_object *obj) {
  // Attach to sys_enter, filtered to this process, make one syscall.
  struct bpf_link *link = bpf_program__attach(
      bpf_object__find_program_by_name(obj, "task_flag_bits"));
  if (!link) {
    fprintf(stderr, "cannot attach: %s\n", strerror(errno));
    return 1;
  }
  syscall(SYS_getpid);
  bpf_link__destroy(link);
  struct task_bits b;
  if (read_global(obj, "bits", &b, sizeof(b)))
    return 1;
  printf("in_execve %u/%u in_iowait %u/%u sched_reset_on_fork %u/%u "
         "no_cgroup_migration %u/%u  (BTF read / probed read)\n",
         b.in_execve, b.probed[0], b.in_iowait, b.probed[1],
         b.sched_reset_on_fork, b.probed[2], b.no_cgroup_migration,
         b.probed[3]);
  return 0;
}

int main(int argc, char **argv) {
  const char *obj_path = NULL, *ifname = NULL;
  bool egress = false, task_only = false;
  long interval = 1;
  int opt;
  while ((opt = getopt(argc, argv, "i:ETt:o:vh")) != -1) {
    switch (opt) {
    case 'i': ifname = optarg; break;
    case 'E': egress = true; break;
    case 'T': task_only = true; break;
    case 't': interval = parse_long("interval", optarg, 1, 3600); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr, "usage: %s -i IFACE [-E] [-t SECS] [-o OBJ] [-v]\n"
                      "       %s -T\n", argv[0], argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("skbinfo", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "targ_tgid", (__u32)getpid());
  if (task_only)
    bpf_program__set_autoload(bpf_object__find_program_by_name(obj, "skb_bits"),
                              false);
  if (load_example(obj))
    return 1;
  if (task_only) {
    int rc = task_bits(obj);
    bpf_object__close(obj);
    return rc;
  }
  int ifindex = ifname ? if_nametoindex(ifname) : 0;
  if (!ifindex) {
    fprintf(stderr, "need an existing interface (-i)\n");
    return 2;
  }
  struct tc_attachment tc;
  if (tc_attach(ifindex, !egress,
                bpf_program__fd(bpf_object__find_program_by_name(obj, "skb_bits")),
                &tc))
    return 1;
  static const char *types[8] = {"host", "broadcast", "multicast", "otherhost",
                                 "outgoing", "loopback", "user", "kernel"};
  static const char *csum[4] = {"none", "unnecessary", "complete", "partial"};
  while (!exiting) {
    sleep(interval);
    __u64 by_type[8], by_csum[4], cloned, l4, sw;
    if (read_global(obj, "by_pkt_type", by_type, sizeof(by_type)) ||
        read_global(obj, "by_ip_summed", by_csum, sizeof(by_csum)) ||
        read_global(obj, "cloned", &cloned, sizeof(cloned)) ||
        read_global(obj, "l4_hashed", &l4, sizeof(l4)) ||
        read_global(obj, "sw_hashed", &sw, sizeof(sw)))
      break;
    char ts[9];
    printf("%s", now_hms(ts));
    for (int i = 0; i < 8; i++)
      if (by_type[i])
        printf(" %s=%llu", types[i], (unsigned long long)by_type[i]);
    printf(" |");
    for (int i = 0; i < 4; i++)
      printf(" csum-%s=%llu", csum[i], (unsigned long long)by_csum[i]);
    printf(" | cloned=%llu l4hash=%llu swhash=%llu\n",
           (unsigned long long)cloned, (unsigned long long)l4,
           (unsigned long long)sw);
  }
  tc_detach(&tc);
  bpf_object__close(obj);
  return 0;
}
