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
  printf("%-8s %-7u %-16s %-2d %-39s %-39s %5u\n", now_hms(ts), e->pid,
         e->comm, e->af == AF_INET ? 4 : 6, src, dst, e->dport);
}

static void handle_lost(void *ctx, int cpu, __u64 n) {
  (void)ctx;
  fprintf(stderr, "lost %llu events on CPU %d\n", (unsigned long long)n, cpu);
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
      fprintf(stderr, "usage: %s [-p PID] [-u UID] [-P PORT,...] [-o OBJ] [-v]\n",
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

  struct bpf_link *links[4];
  struct perf_buffer *pb = NULL;
  int nlinks = 0, err = load_example(obj);
  if (!err && (err = nlinks = attach_all(obj, links, 4)) > 0) {
    pb = perf_buffer__new(
        bpf_map__fd(bpf_object__find_map_by_name(obj, "events")), 16,
        handle_event, handle_lost, NULL, NULL);
    if (!pb)
      err = -1;
  }
  if (pb) {
    printf("%-8s %-7s %-16s %-2s %-39s %-39s %5s\n", "TIME", "PID", "COMM",
           "IP", "SADDR", "DADDR", "DPORT");
    while (!exiting) {
      err = perf_buffer__poll(pb, 100);
      if (err < 0 && err != -EINTR)
        break;
      err = 0;
    }
  }
  perf_buffer__free(pb);
  detach_all(links, nlinks);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}
