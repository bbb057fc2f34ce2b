// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// tcpstates: print TCP state changes with the time spent in each state.
//   tcpstates [-4 | -6] [-L PORT] [-D PORT] [-o OBJ] [-v]
#include <arpa/inet.h>
#include <linux/types.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "loader.h"
#include "tcpstates.h"

static const char *state_name(int s) {
  static const char *names[] = {
      "UNKNOWN",   "ESTABLISHED", "SYN_SENT",     "SYN_RECV",      "FIN_WAIT1",
      "FIN_WAIT2", "TIME_WAIT",   "CLOSE",        "CLOSE_WAIT",    "LAST_ACK",
      "LISTEN",    "CLOSING",     "NEW_SYN_RECV", "BOUND_INACTIVE"};
  return s >= 0 && s < (int)(sizeof(names) / sizeof(names[0])) ? names[s]
                                                               : "UNKNOWN";
}

static int handle_event(void *ctx, void *data, size_t size) {
  const struct tcps_event *e = data;
  char src[INET6_ADDRSTRLEN], dst[INET6_ADDRSTRLEN];
  (void)ctx;
  if (size < sizeof(*e))
    return 0;
  inet_ntop(e->family, e->saddr, src, sizeof(src));
  inet_ntop(e->family, e->daddr, dst, sizeof(dst));
  printf("%016llx %-7u %-16s %-15s %-5u %-15s %-5u %-11s -> %-11s %.3f\n",
         (unsigned long long)e->skaddr, e->pid, e->comm, src, e->sport, dst,
         e->dport, state_name(e->oldstate), state_name(e->newstate),
         e->delta_us / 1000.0);
  return 0;
}

static void print_header(void) {
  printf("%-16s %-7s %-16s %-15s %-5s %-15s %-5s %-11s    %-11s %s\n", "SKADDR",
         "PID", "COMM", "LADDR", "LPORT", "RADDR", "RPORT", "OLDSTATE",
         "NEWSTATE", "MS");
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long sport = 0, dport = 0;
  __u16 family = 0;
  int opt;
  while ((opt = getopt(argc, argv, "46L:D:o:vh")) != -1) {
    switch (opt) {
    case '4': family = AF_INET; break;
    case '6': family = AF_INET6; break;
    case 'L': sport = parse_long("port", optarg, 1, 65535); break;
    case 'D': dport = parse_long("port", optarg, 1, 65535); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr, "usage: %s [-4 | -6] [-L PORT] [-D PORT] [-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("tcpstates", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "target_family", family);
  SET_GLOBAL(obj, "target_sport", (__u16)sport);
  SET_GLOBAL(obj, "target_dport", (__u16)dport);

  const struct event_stream stream = {.on_sample = handle_event,
                                      .print_header = print_header};
  return stream_events(obj, &stream);
}
