// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// flowstats: per-flow packet and byte accounting on an interface (tc hook).
// Prints the busiest flows every interval, reading each record with
// BPF_F_LOCK so its fields are a consistent snapshot.
//   flowstats -i IFACE [-E] [-n TOP] [-t SECS] [-o OBJ] [-v]   (-E egress)
#include <arpa/inet.h>
#include <linux/types.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"   // first: <linux/bpf.h> for struct bpf_spin_lock
#include "flowstats.h"

struct row {
  struct flow_key key;
  struct flow_record rec;
};

static int by_bytes(const void *a, const void *b) {
  const struct row *x = a, *y = b;
  return x->rec.bytes < y->rec.bytes ? 1 : x->rec.bytes > y->rec.bytes ? -1 : 0;
}

static void print_flows(int fd, int top) {
  static struct row rows[4096];
  int n = 0;
  struct flow_key key, *prev = NULL;
  while (n < 4096 && bpf_map_get_next_key(fd, prev, &rows[n].key) == 0) {
    key = rows[n].key;
    prev = &key;
    if (bpf_map_lookup_elem_flags(fd, &rows[n].key, &rows[n].rec, BPF_F_LOCK) == 0)
      n++;
  }
  qsort(rows, n, sizeof(rows[0]), by_bytes);
  char ts[9];
  printf("%s  %d flows\n%-5s %-21s %-21s %10s %12s %6s %6s %s\n", now_hms(ts),
         n, "PROTO", "SOURCE", "DESTINATION", "PACKETS", "BYTES", "MIN", "MAX",
         "FLAGS");
  for (int i = 0; i < n && i < top; i++) {
    char src[32], dst[32], a[INET_ADDRSTRLEN];
    struct row *r = &rows[i];
    inet_ntop(AF_INET, &r->key.saddr, a, sizeof(a));
    snprintf(src, sizeof(src), "%s:%u", a, ntohs(r->key.sport));
    inet_ntop(AF_INET, &r->key.daddr, a, sizeof(a));
    snprintf(dst, sizeof(dst), "%s:%u", a, ntohs(r->key.dport));
    printf("%-5s %-21s %-21s %10llu %12llu %6u %6u 0x%02x\n",
           r->key.proto == 6 ? "tcp" : "udp", src, dst,
           (unsigned long long)r->rec.packets,
           (unsigned long long)r->rec.bytes, r->rec.min_len, r->rec.max_len,
           r->rec.tcp_flags);
  }
  printf("\n");
}

int main(int argc, char **argv) {
  const char *obj_path = NULL, *ifname = NULL;
  bool egress = false;
  long top = 10, interval = 1;
  int opt;
  while ((opt = getopt(argc, argv, "i:En:t:o:vh")) != -1) {
    switch (opt) {
    case 'i': ifname = optarg; break;
    case 'E': egress = true; break;
    case 'n': top = parse_long("top", optarg, 1, 4096); break;
    case 't': interval = parse_long("interval", optarg, 1, 3600); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr, "usage: %s -i IFACE [-E] [-n TOP] [-t SECS] [-o OBJ] [-v]\n",
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
  struct bpf_object *obj = open_example("flowstats", obj_path);
  struct tc_attachment tc;
  if (!obj || load_example(obj) ||
      tc_attach(ifindex, !egress,
                bpf_program__fd(
                    bpf_object__find_program_by_name(obj, "flow_account")),
                &tc)) {
    bpf_object__close(obj);
    return 1;
  }
  int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "flows"));
  while (!exiting) {
    sleep(interval);
    print_flows(fd, top);
  }
  tc_detach(&tc);
  bpf_object__close(obj);
  return 0;
}
