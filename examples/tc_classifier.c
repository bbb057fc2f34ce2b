// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// tc_classifier: classify egress (or ingress) traffic of an interface into
// interactive / bulk / best effort for a shaping qdisc, optionally re-mark
// DSCP and police bulk traffic; print per-class counters every second.
//   tc_classifier -i IFACE [-I] [-R] [-P] [-b LO-HI] [-m MARK] [-o OBJ] [-v]
//   -I ingress, -R re-mark DSCP, -P drop bulk, -b bulk port range
#include <linux/types.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"
#include "tc_classifier.h"

int main(int argc, char **argv) {
  const char *obj_path = NULL, *ifname = NULL;
  bool ingress = false, remark = false, police = false;
  long lo = 5000, hi = 5999, mark = 0x100;
  int opt;
  while ((opt = getopt(argc, argv, "i:IRPb:m:o:vh")) != -1) {
    switch (opt) {
    case 'i': ifname = optarg; break;
    case 'I': ingress = true; break;
    case 'R': remark = true; break;
    case 'P': police = true; break;
    case 'b': {
      char *dash = strchr(optarg, '-');
      if (!dash) {
        fprintf(stderr, "bulk range is LO-HI\n");
        return 2;
      }
      *dash = 0;
      lo = parse_long("port", optarg, 1, 65535);
      hi = parse_long("port", dash + 1, lo, 65535);
      break;
    }
    case 'm': mark = parse_long("mark", optarg, 0, 0xffffff00); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s -i IFACE [-I] [-R] [-P] [-b LO-HI] [-m MARK] [-o OBJ] "
              "[-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  int ifindex = ifname ? if_nametoindex(ifname) : 0;
  if (!ifindex) {
    fprintf(stderr, "need an existing interface (-i)\n");
    return 2;
  }
  loader_init();
  struct bpf_object *obj = open_example("tc_classifier", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "remark_dscp", (_Bool)remark);
  SET_GLOBAL(obj, "police_bulk", (_Bool)police);
  SET_GLOBAL(obj, "bulk_port_lo", (__u16)lo);
  SET_GLOBAL(obj, "bulk_port_hi", (__u16)hi);
  SET_GLOBAL(obj, "mark_base", (__u32)mark);
  struct tc_attachment tc;
  if (load_example(obj) ||
      tc_attach(ifindex, ingress,
                bpf_program__fd(
                    bpf_object__find_program_by_name(obj, "tc_classify")),
                &tc)) {
    bpf_object__close(obj);
    return 1;
  }
  static const char *names[TCC_NCLASSES] = {"best-effort", "interactive",
                                            "bulk"};
  printf("Classifying %s traffic of %s... Hit Ctrl-C to end.\n",
         ingress ? "ingress" : "egress", ifname);
  while (!exiting) {
    sleep(1);
    __u64 packets[TCC_NCLASSES], bytes[TCC_NCLASSES];
    if (read_global(obj, "class_packets", packets, sizeof(packets)) ||
        read_global(obj, "class_bytes", bytes, sizeof(bytes)))
      break;
    char ts[9];
    printf("%s", now_hms(ts));
    for (int c = 0; c < TCC_NCLASSES; c++)
      printf("  %s %llu pkts %llu bytes", names[c],
             (unsigned long long)packets[c], (unsigned long long)bytes[c]);
    printf("\n");
  }
  tc_detach(&tc);
  bpf_object__close(obj);
  return 0;
}
