// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// oomkill: print every OOM kill with the victim and its memory.
//   oomkill [-o OBJ] [-v]
#include <linux/types.h>
#include <stdio.h>
#include <unistd.h>

#include "loader.h"
#include "oomkill.h"

static void handle_event(void *ctx, int cpu, void *data, __u32 size) {
  const struct oom_event *e = data;
  char ts[9];
  (void)ctx;
  (void)cpu;
  if (size < sizeof(*e))
    return;
  long page_kb = sysconf(_SC_PAGESIZE) / 1024;
  printf("%s Triggered by PID %u (\"%s\"), OOM kill of PID %u (\"%s\"), "
         "%llu pages, badness %lld, %llu kB resident%s\n",
         now_hms(ts), e->trigger_pid, e->trigger_comm, e->victim_pid,
         e->victim_comm, (unsigned long long)e->totalpages,
         (long long)e->points, (unsigned long long)e->victim_pages * page_kb,
         e->memcg_oom ? " (memory cgroup limit)" : "");
}

static void handle_lost(void *ctx, int cpu, __u64 n) {
  (void)ctx;
  fprintf(stderr, "lost %llu events on CPU %d\n", (unsigned long long)n, cpu);
}

static void print_header(void) {
  printf("Tracing OOM kills... Hit Ctrl-C to end.\n");
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  int opt;
  while ((opt = getopt(argc, argv, "o:vh")) != -1) {
    switch (opt) {
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr, "usage: %s [-o OBJ] [-v]\n", argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("oomkill", obj_path);
  if (!obj)
    return 1;
  const struct event_stream stream = {.on_perf = handle_event,
                                      .on_lost = handle_lost,
                                      .perf_pages = 8,
                                      .print_header = print_header};
  return stream_events(obj, &stream);
}
