// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// execsnoop: print every execve() with its arguments.
//   execsnoop [-u UID] [-x] [-n MAXARGS] [-o OBJ] [-v]
#include <linux/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "execsnoop.h"
#include "loader.h"

static int handle_event(void *ctx, void *data, size_t size) {
  const struct exec_event *e = data;
  char ts[9];
  (void)ctx;
  if (size < offsetof(struct exec_event, args))
    return 0;
  printf("%-8s %-16s %-7u %-7u %-5u %3d ", now_hms(ts), e->comm, e->pid,
         e->ppid, e->uid, e->retval);
  // NUL-separated arguments, printed space-separated.
  size_t n = e->args_size;
  if (n > sizeof(e->args))
    n = sizeof(e->args);
  for (size_t i = 0; i < n; i++)
    putchar(e->args[i] ? e->args[i] : ' ');
  if (e->args_truncated)
    printf(" ...");
  putchar('\n');
  return 0;
}

static void print_header(void) {
  printf("%-8s %-16s %-7s %-7s %-5s %3s %s\n", "TIME", "PCOMM", "PID", "PPID",
         "UID", "RET", "ARGS");
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long uid = -1, max_args = EXEC_MAX_ARGS;
  bool include_failed = false;
  int opt;
  while ((opt = getopt(argc, argv, "u:xn:o:vh")) != -1) {
    switch (opt) {
    case 'u': uid = parse_long("uid", optarg, 0, 0xfffffffe); break;
    case 'x': include_failed = true; break;
    case 'n':
      max_args = parse_long("max args", optarg, 1, EXEC_MAX_ARGS);
      break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr, "usage: %s [-u UID] [-x] [-n MAXARGS] [-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("execsnoop", obj_path);
  if (!obj)
    return 1;
  if (uid >= 0)
    SET_GLOBAL(obj, "targ_uid", (__u32)uid);
  SET_GLOBAL(obj, "ignore_failed", (_Bool)!include_failed);
  SET_GLOBAL(obj, "max_args", (int)max_args);
  const struct event_stream stream = {.on_sample = handle_event,
                                      .print_header = print_header};
  return stream_events(obj, &stream);
}
