// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// xdp_filter: attach the XDP filter to an interface, add deny rules, print
// per-reason counters every second until Ctrl-C, then detach.
//   xdp_filter -i IFACE [-S] [-6] [-F] [-s CIDR]... [-p tcp:PORT|udp:PORT]...
//              [-o OBJ] [-v]
//   -S generic (skb) mode, -6 drop IPv6, -F drop fragments
#include <arpa/inet.h>
#include <linux/if_link.h>
#include <linux/types.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"
#include "xdp_filter.h"

#define MAX_RULES 64

static const char *reason_names[XDPF_NREASONS] = {
    "pass", "malformed", "deny-src", "deny-port", "fragment", "ipv6"};

int main(int argc, char **argv) {
  const char *obj_path = NULL, *ifname = NULL;
  struct xdpf_v4_key srcs[MAX_RULES];
  struct xdpf_port_key ports[MAX_RULES];
  int nsrcs = 0, nports = 0, opt;
  bool skb_mode = false, drop6 = false, dropfrag = false;
  while ((opt = getopt(argc, argv, "i:S6Fs:p:o:vh")) != -1) {
    switch (opt) {
    case 'i': ifname = optarg; break;
    case 'S': skb_mode = true; break;
    case '6': drop6 = true; break;
    case 'F': dropfrag = true; break;
    case 's': {
      char *slash = strchr(optarg, '/');
      long plen = slash ? parse_long("prefix", slash + 1, 0, 32) : 32;
      if (slash)
        *slash = 0;
      struct in_addr a;
      if (nsrcs == MAX_RULES || inet_pton(AF_INET, optarg, &a) != 1) {
        fprintf(stderr, "bad source rule %s\n", optarg);
        return 2;
      }
      srcs[nsrcs++] = (struct xdpf_v4_key){.prefixlen = plen, .addr = a.s_addr};
      break;
    }
    case 'p': {
      char *colon = strchr(optarg, ':');
      if (nports == MAX_RULES || !colon) {
        fprintf(stderr, "bad port rule %s (want tcp:PORT or udp:PORT)\n", optarg);
        return 2;
      }
      *colon = 0;
      __u8 proto = !strcmp(optarg, "tcp") ? 6 : !strcmp(optarg, "udp") ? 17 : 0;
      if (!proto) {
        fprintf(stderr, "bad protocol %s\n", optarg);
        return 2;
      }
      ports[nports++] = (struct xdpf_port_key){
          .proto = proto, .port = htons(parse_long("port", colon + 1, 1, 65535))};
      break;
    }
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s -i IFACE [-S] [-6] [-F] [-s CIDR]... "
              "[-p tcp:PORT|udp:PORT]... [-o OBJ] [-v]\n",
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
  struct bpf_object *obj = open_example("xdp_filter", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "drop_ipv6", (_Bool)drop6);
  SET_GLOBAL(obj, "drop_fragments", (_Bool)dropfrag);
  int err = load_example(obj);
  if (err)
    return 1;
  __u8 one = 1;
  int srcs_fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "deny_v4"));
  int ports_fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "deny_ports"));
  for (int i = 0; i < nsrcs; i++)
    bpf_map_update_elem(srcs_fd, &srcs[i], &one, BPF_ANY);
  for (int i = 0; i < nports; i++)
    bpf_map_update_elem(ports_fd, &ports[i], &one, BPF_ANY);

  int prog_fd =
      bpf_program__fd(bpf_object__find_program_by_name(obj, "xdp_filter"));
  __u32 flags = XDP_FLAGS_UPDATE_IF_NOEXIST |
                (skb_mode ? XDP_FLAGS_SKB_MODE : 0);
  err = bpf_xdp_attach(ifindex, prog_fd, flags, NULL);
  if (err) {
    fprintf(stderr, "cannot attach to %s: %s\n", ifname, strerror(-err));
    bpf_object__close(obj);
    return 1;
  }
  printf("Filtering on %s... Hit Ctrl-C to end.\n", ifname);
  while (!exiting) {
    sleep(1);
    __u64 packets[XDPF_NREASONS], bytes[XDPF_NREASONS];
    if (read_global(obj, "packets", packets, sizeof(packets)) ||
        read_global(obj, "bytes", bytes, sizeof(bytes)))
      break;
    char ts[9];
    printf("%s", now_hms(ts));
    for (int r = 0; r < XDPF_NREASONS; r++)
      printf("  %s %llu/%llu", reason_names[r],
             (unsigned long long)packets[r], (unsigned long long)bytes[r]);
    printf("\n");
  }
  bpf_xdp_detach(ifindex, flags, NULL);
  bpf_object__close(obj);
  return 0;
}
