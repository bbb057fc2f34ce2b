// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// opensnoop: print every open()/openat() with its result.
//   opensnoop [-p PID] [-t TID] [-u UID] [-x] [-o OBJ] [-v]
#include <linux/types.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"
#include "opensnoop.h"

static int handle_event(void *ctx, void *data, size_t size) {
  const struct open_event *e = data;
  char ts[9];
  (void)ctx;
  if (size < sizeof(*e))
    return 0;
  int fd = e->ret >= 0 ? e->ret : -1, err = e->ret < 0 ? -e->ret : 0;
  printf("%-8s %-7u %-16s %4d %3d %08o %s\n", now_hms(ts), e->pid, e->comm, fd,
         err, e->flags, e->fname);
  return 0;
}

static void print_header(void) {
  printf("%-8s %-7s %-16s %4s %3s %8s %s\n", "TIME", "PID", "COMM", "FD", "ERR",
         "FLAGS", "PATH");
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long pid = 0, tid = 0, uid = -1;
  bool failed = false;
  int opt;
  while ((opt = getopt(argc, argv, "p:t:u:xo:vh")) != -1) {
    switch (opt) {
    case 'p': pid = parse_long("pid", optarg, 1, 0x7fffffff); break;
    case 't': tid = parse_long("tid", optarg, 1, 0x7fffffff); break;
    case 'u': uid = parse_long("uid", optarg, 0, 0xfffffffe); break;
    case 'x': failed = true; break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s [-p PID] [-t TID] [-u UID] [-x] [-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("opensnoop", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "targ_tgid", (__u32)pid);
  SET_GLOBAL(obj, "targ_tid", (__u32)tid);
  SET_GLOBAL(obj, "targ_uid", (__u32)uid);
  SET_GLOBAL(obj, "failed_only", (_Bool)failed);
  // open(2) has no tracepoint on architectures without the syscall.
  if (!tracepoint_exists("syscalls", "sys_enter_open")) {
    bpf_program__set_autoload(
        bpf_object__find_program_by_name(obj, "open_enter"), false);
    bpf_program__set_autoload(
        bpf_object__find_program_by_name(obj, "open_exit"), false);
  }

  const struct event_stream stream = {.on_sample = handle_event,
                                      .print_header = print_header};
  return stream_events(obj, &stream);
}
