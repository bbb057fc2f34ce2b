// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// exitsnoop: print every process exit with its age and status.
//   exitsnoop [-p PID] [-t] [-x] [-o OBJ] [-v]
#include <linux/types.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "exitsnoop.h"
#include "loader.h"

static int handle_event(void *ctx, void *data, size_t size) {
  const struct exit_event *e = data;
  char ts[9];
  (void)ctx;
  if (size < sizeof(*e))
    return 0;
  double age = (e->exit_ns - e->start_ns) / 1e9;
  printf("%-8s %-16s %-7u %-7u %-7u %8.2f ", now_hms(ts), e->comm, e->pid,
         e->ppid, e->tid, age);
  if (e->sig)
    printf("signal %u (%s)%s\n", e->sig, strsignal(e->sig),
           e->core_dumped ? ", core dumped" : "");
  else
    printf("%d\n", e->exit_code);
  return 0;
}

static void print_header(void) {
  printf("%-8s %-16s %-7s %-7s %-7s %8s %s\n", "TIME", "PCOMM", "PID", "PPID",
         "TID", "AGE(s)", "EXIT");
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long pid = 0;
  bool threads = false, failed = false;
  int opt;
  while ((opt = getopt(argc, argv, "p:txo:vh")) != -1) {
    switch (opt) {
    case 'p': pid = parse_long("pid", optarg, 1, 0x7fffffff); break;
    case 't': threads = true; break;
    case 'x': failed = true; break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr, "usage: %s [-p PID] [-t] [-x] [-o OBJ] [-v]\n", argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("exitsnoop", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "targ_tgid", (__u32)pid);
  SET_GLOBAL(obj, "trace_threads", (_Bool)threads);
  SET_GLOBAL(obj, "failed_only", (_Bool)failed);

  const struct event_stream stream = {.on_sample = handle_event,
                                      .print_header = print_header};
  return stream_events(obj, &stream);
}
