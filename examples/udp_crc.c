// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// udp_crc: run the CRC-32 self-test, then verify the CRC trailer of UDP
// datagrams to a port on an interface (XDP), with one of the three loop
// styles; print checked/dropped counts every second.
//   udp_crc -i IFACE [-p PORT] [-m bounded|bpf_loop|iter] [-S] [-o OBJ] [-v]
//   udp_crc -t          (self-test only)
#include <linux/if_link.h>
#include <linux/types.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"

struct crc_selftest {
  __u32 len;
  __u32 crc;
};

int main(int argc, char **argv) {
  const char *obj_path = NULL, *ifname = NULL, *method = "bpf_loop";
  bool skb_mode = false, test_only = false;
  long port = 7777;
  int opt;
  while ((opt = getopt(argc, argv, "i:p:m:Sto:vh")) != -1) {
    switch (opt) {
    case 'i': ifname = optarg; break;
    case 'p': port = parse_long("port", optarg, 1, 65535); break;
    case 'm': method = optarg; break;
    case 'S': skb_mode = true; break;
    case 't': test_only = true; break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s -i IFACE [-p PORT] [-m bounded|bpf_loop|iter] [-S] "
              "[-o OBJ] [-v]\n       %s -t\n",
              argv[0], argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  char prog_name[32];
  snprintf(prog_name, sizeof(prog_name), "crc_%s", method);
  loader_init();
  struct bpf_object *obj = open_example("udp_crc", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "crc_port", (__u16)port);
  struct bpf_program *prog;
  bool found = false;
  bpf_object__for_each_program(prog, obj) {
    const char *name = bpf_program__name(prog);
    bool keep = !strcmp(name, "crc_selftest") ||
                (!test_only && !strcmp(name, prog_name));
    found |= !strcmp(name, prog_name);
    bpf_program__set_autoload(prog, keep);
  }
  if (!found && !test_only) {
    fprintf(stderr, "unknown method %s\n", method);
    return 2;
  }
  if (load_example(obj))
    return 1;

  struct crc_selftest st = {.len = 9};
  // Syscall programs take only ctx_in; the kernel writes the result back.
  LIBBPF_OPTS(bpf_test_run_opts, run, .ctx_in = &st, .ctx_size_in = sizeof(st));
  int err = bpf_prog_test_run_opts(
      bpf_program__fd(bpf_object__find_program_by_name(obj, "crc_selftest")),
      &run);
  printf("self-test: CRC-32(\"123456789\") = 0x%08x, %s\n", st.crc,
         !err && run.retval == 0 ? "ok" : "FAILED");
  if (err || run.retval || test_only) {
    bpf_object__close(obj);
    return err || run.retval ? 1 : 0;
  }

  int ifindex = ifname ? if_nametoindex(ifname) : 0;
  if (!ifindex) {
    fprintf(stderr, "need an existing interface (-i)\n");
    return 2;
  }
  __u32 flags = XDP_FLAGS_UPDATE_IF_NOEXIST | (skb_mode ? XDP_FLAGS_SKB_MODE : 0);
  err = bpf_xdp_attach(
      ifindex, bpf_program__fd(bpf_object__find_program_by_name(obj, prog_name)),
      flags, NULL);
  if (err) {
    fprintf(stderr, "cannot attach to %s: %s\n", ifname, strerror(-err));
    bpf_object__close(obj);
    return 1;
  }
  while (!exiting) {
    sleep(1);
    __u64 checked, dropped;
    if (read_global(obj, "checked", &checked, sizeof(checked)) ||
        read_global(obj, "dropped", &dropped, sizeof(dropped)))
      break;
    char ts[9];
    printf("%s checked %llu dropped %llu\n", now_hms(ts),
           (unsigned long long)checked, (unsigned long long)dropped);
  }
  bpf_xdp_detach(ifindex, flags, NULL);
  bpf_object__close(obj);
  return 0;
}
