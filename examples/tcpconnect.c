// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// tcpconnect: print active TCP connections (connect()).
//   tcpconnect [-p PID] [-u UID] [-P PORT[,PORT...]] [-o OBJ] [-v]
#include <arpa/inet.h>
#include <linux/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "loader.h"
#include "tcpconnect.h"

static void handle_event(void *ctx, int cpu, void *data, __u32 size) {
  const struct tcpc_event *e = data;
  char src[INET6_ADDRSTRLEN], dst[INET6_ADDRSTRLEN], ts[9];
  (void)ctx;
  (void)cpu;
  if (size < sizeof(*e))
    return;
  inet_ntop(e->af, e->saddr, src, sizeof(src));
  inet_ntop(e->af, e->daddr, dst, sizeof(dst));
  printf("%-8s %-7u %-16s %-2d %-39s %-39s %5u\n", now_hms(ts), e->pid, e->comm,
         e->af == AF_INET ? 4 : 6, src, dst, e->dport);
}

static void handle_lost(void *ctx, int cpu, __u64 n) {
  (void)ctx;
  fprintf(stderr, "lost %llu events on CPU %d\n", (unsigned long long)n, cpu);
}

static void print_header(void) {
  printf("%-8s %-7s %-16s %-2s %-39s %-39s %5s\n", "TIME", "PID", "COMM", "IP",
         "SADDR", "DADDR", "DPORT");
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long pid = 0, uid = -1;
  __u16 ports[TCPC_MAX_PORTS] = {0};
  int nports = 0, opt;
  while ((opt = getopt(argc, argv, "p:u:P:o:vh")) != -1) {
    switch (opt) {
    case 'p': pid = parse_long("pid", optarg, 1, 0x7fffffff); break;
    case 'u': uid = parse_long("uid", optarg, 0, 0xfffffffe); break;
    case 'P':
      for (char *tok = strtok(optarg, ","); tok; tok = strtok(NULL, ",")) {
        if (nports == TCPC_MAX_PORTS) {
          fprintf(stderr, "at most %d ports\n", TCPC_MAX_PORTS);
          return 2;
        }
        ports[nports++] = parse_long("port", tok, 1, 65535);
      }
      break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s [-p PID] [-u UID] [-P PORT,...] [-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("tcpconnect", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "targ_tgid", (__u32)pid);
  SET_GLOBAL(obj, "targ_uid", (__u32)uid);
  SET_GLOBAL(obj, "filter_ports_len", nports);
  set_global(obj, "filter_ports", ports, sizeof(ports));

  const struct event_stream stream = {.on_perf = handle_event,
                                      .on_lost = handle_lost,
                                      .perf_pages = 16,
                                      .print_header = print_header};
  return stream_events(obj, &stream);
}
