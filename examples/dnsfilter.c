// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// dnsfilter: drop DNS queries for the given names on an interface (XDP).
//   dnsfilter -i IFACE [-S] [-o OBJ] [-v] NAME...      (-S generic mode)
#include <ctype.h>
#include <linux/if_link.h>
#include <linux/types.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"

// The hash the BPF side computes: FNV-1a over the name in DNS wire format
// ("\3www\7example\3com"), lower case, without the final zero.
static int qname_hash(const char *name, __u32 *out) {
  __u32 h = 2166136261u;
  const char *p = name;
  while (*p) {
    const char *dot = strchr(p, '.');
    size_t len = dot ? (size_t)(dot - p) : strlen(p);
    if (len == 0 || len > 63)
      return -1;
    h = (h ^ (unsigned char)len) * 16777619u;
    for (size_t i = 0; i < len; i++)
      h = (h ^ (unsigned char)tolower((unsigned char)p[i])) * 16777619u;
    p += len + (dot ? 1 : 0);
  }
  *out = h;
  return 0;
}

int main(int argc, char **argv) {
  const char *obj_path = NULL, *ifname = NULL;
  bool skb_mode = false;
  int opt;
  while ((opt = getopt(argc, argv, "i:So:vh")) != -1) {
    switch (opt) {
    case 'i': ifname = optarg; break;
    case 'S': skb_mode = true; break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr, "usage: %s -i IFACE [-S] [-o OBJ] [-v] NAME...\n", argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  int ifindex = ifname ? if_nametoindex(ifname) : 0;
  if (!ifindex || optind == argc) {
    fprintf(stderr, "need an existing interface (-i) and names to block\n");
    return 2;
  }
  loader_init();
  struct bpf_object *obj = open_example("dnsfilter", obj_path);
  if (!obj || load_example(obj))
    return 1;
  int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "blocklist"));
  for (int i = optind; i < argc; i++) {
    __u32 h;
    __u64 zero = 0;
    if (qname_hash(argv[i], &h)) {
      fprintf(stderr, "bad name %s\n", argv[i]);
      return 2;
    }
    bpf_map_update_elem(fd, &h, &zero, BPF_ANY);
    printf("blocking %s (hash 0x%08x)\n", argv[i], h);
  }
  int prog_fd =
      bpf_program__fd(bpf_object__find_program_by_name(obj, "dns_filter"));
  __u32 flags = XDP_FLAGS_UPDATE_IF_NOEXIST | (skb_mode ? XDP_FLAGS_SKB_MODE : 0);
  int err = bpf_xdp_attach(ifindex, prog_fd, flags, NULL);
  if (err) {
    fprintf(stderr, "cannot attach to %s: %s\n", ifname, strerror(-err));
    bpf_object__close(obj);
    return 1;
  }
  while (!exiting) {
    sleep(1);
    __u64 q, b, m;
    if (read_global(obj, "queries", &q, sizeof(q)) ||
        read_global(obj, "blocked", &b, sizeof(b)) ||
        read_global(obj, "malformed", &m, sizeof(m)))
      break;
    char ts[9];
    printf("%s queries %llu blocked %llu malformed %llu\n", now_hms(ts),
           (unsigned long long)q, (unsigned long long)b, (unsigned long long)m);
  }
  bpf_xdp_detach(ifindex, flags, NULL);
  bpf_object__close(obj);
  return 0;
}
