// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// task_iter: list processes like `ps`, from a BPF task iterator.
//   task_iter [-t] [-K] [-o OBJ] [-v]    (-t threads, -K hide kernel threads)
#include <linux/types.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  bool threads = false, kthreads = true;
  int opt;
  while ((opt = getopt(argc, argv, "tKo:vh")) != -1) {
    switch (opt) {
    case 't': threads = true; break;
    case 'K': kthreads = false; break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr, "usage: %s [-t] [-K] [-o OBJ] [-v]\n", argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  struct bpf_object *obj = open_example("task_iter", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "show_threads", (_Bool)threads);
  SET_GLOBAL(obj, "show_kthreads", (_Bool)kthreads);
  SET_GLOBAL(obj, "page_kb", (__u32)(sysconf(_SC_PAGESIZE) / 1024));
  int err = load_example(obj);
  struct bpf_link *link = NULL;
  if (!err) {
    link = bpf_program__attach_iter(
        bpf_object__find_program_by_name(obj, "ps"), NULL);
    if (!link) {
      fprintf(stderr, "cannot attach the iterator: %s\n", strerror(errno));
      err = -1;
    }
  }
  if (link) {
    // Each read() of the iterator's fd runs the program over more tasks.
    int fd = bpf_iter_create(bpf_link__fd(link));
    if (fd < 0) {
      fprintf(stderr, "bpf_iter_create: %s\n", strerror(errno));
      err = -1;
    } else {
      char buf[4096];
      ssize_t n;
      while ((n = read(fd, buf, sizeof(buf))) > 0)
        fwrite(buf, 1, n, stdout);
      if (n < 0) {
        fprintf(stderr, "read: %s\n", strerror(errno));
        err = -1;
      }
      close(fd);
    }
  }
  bpf_link__destroy(link);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}
