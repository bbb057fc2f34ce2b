// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// syscount: count system calls (and their time and errors) per syscall or
// per process, print the top ones every interval.
//   syscount [-p PID] [-P] [-L] [-x] [-i SECS] [-d SECS] [-n TOP] [-o OBJ] [-v]
#include <linux/types.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loader.h"
#include "syscount.h"

#define MAX_NR 1024

static char *names[MAX_NR];

// Syscall names from the installed kernel headers, if any.
static void load_names(void) {
  static const char *headers[] = {
      "/usr/include/x86_64-linux-gnu/asm/unistd_64.h",
      "/usr/include/asm/unistd_64.h",
      "/usr/include/asm-generic/unistd.h",
  };
  for (size_t h = 0; h < sizeof(headers) / sizeof(headers[0]); h++) {
    FILE *f = fopen(headers[h], "r");
    if (!f)
      continue;
    char line[256], name[128];
    int nr;
    while (fgets(line, sizeof(line), f))
      if (sscanf(line, "#define __NR_%127s %d", name, &nr) == 2 && nr >= 0 &&
          nr < MAX_NR && !names[nr])
        names[nr] = strdup(name);
    fclose(f);
    return;
  }
}

struct row {
  __u32 key;
  struct syscall_stats st;
};

static int by_count(const void *a, const void *b) {
  const struct row *x = a, *y = b;
  return x->st.count < y->st.count ? 1 : x->st.count > y->st.count ? -1 : 0;
}

static void print_top(int fd, bool by_process, bool latency, int top) {
  static struct row rows[1024];
  int n = 0;
  __u32 key, next, *prev = NULL;
  while (n < 1024 && bpf_map_get_next_key(fd, prev, &next) == 0) {
    if (bpf_map_lookup_elem(fd, &next, &rows[n].st) == 0)
      rows[n++].key = next;
    key = next;
    prev = &key;
  }
  for (int i = 0; i < n; i++)   // reset for the next interval
    bpf_map_delete_elem(fd, &rows[i].key);
  qsort(rows, n, sizeof(rows[0]), by_count);
  char ts[9];
  printf("[%s]\n%-22s %10s %8s", now_hms(ts), by_process ? "PID" : "SYSCALL",
         "COUNT", "ERRORS");
  if (latency)
    printf(" %12s %12s", "TOTAL(us)", "MAX(us)");
  printf("\n");
  for (int i = 0; i < n && i < top; i++) {
    char label[32];
    if (by_process)
      snprintf(label, sizeof(label), "%u", rows[i].key);
    else if (rows[i].key < MAX_NR && names[rows[i].key])
      snprintf(label, sizeof(label), "%s", names[rows[i].key]);
    else
      snprintf(label, sizeof(label), "[%u]", rows[i].key);
    printf("%-22s %10llu %8llu", label, (unsigned long long)rows[i].st.count,
           (unsigned long long)rows[i].st.errors);
    if (latency)
      printf(" %12.3f %12.3f", rows[i].st.total_ns / 1e3,
             rows[i].st.max_ns / 1e3);
    printf("\n");
  }
  printf("\n");
}

int main(int argc, char **argv) {
  const char *obj_path = NULL;
  long pid = 0, interval = 1, duration = 0, top = 10;
  bool by_process = false, latency = false, errors = false;
  int opt;
  while ((opt = getopt(argc, argv, "p:PLxi:d:n:o:vh")) != -1) {
    switch (opt) {
    case 'p': pid = parse_long("pid", optarg, 1, 0x7fffffff); break;
    case 'P': by_process = true; break;
    case 'L': latency = true; break;
    case 'x': errors = true; break;
    case 'i': interval = parse_long("interval", optarg, 1, 3600); break;
    case 'd': duration = parse_long("duration", optarg, 1, 86400); break;
    case 'n': top = parse_long("top", optarg, 1, 1024); break;
    case 'o': obj_path = optarg; break;
    case 'v': verbose = true; break;
    default:
      fprintf(stderr,
              "usage: %s [-p PID] [-P] [-L] [-x] [-i SECS] [-d SECS] [-n TOP] "
              "[-o OBJ] [-v]\n",
              argv[0]);
      return opt == 'h' ? 0 : 2;
    }
  }
  loader_init();
  load_names();
  struct bpf_object *obj = open_example("syscount", obj_path);
  if (!obj)
    return 1;
  SET_GLOBAL(obj, "filter_pid", (__u32)pid);
  SET_GLOBAL(obj, "by_process", (_Bool)by_process);
  SET_GLOBAL(obj, "measure_latency", (_Bool)latency);
  SET_GLOBAL(obj, "errors_only", (_Bool)errors);
  // Plain counting happens at sys_enter alone.
  if (!latency && !errors)
    bpf_program__set_autoload(bpf_object__find_program_by_name(obj, "sys_exit"),
                              false);

  struct bpf_link *links[2];
  int nlinks = 0, err = load_example(obj);
  if (!err && (err = nlinks = attach_all(obj, links, 2)) > 0) {
    int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "stats"));
    for (long elapsed = 0; !exiting && (!duration || elapsed < duration);
         elapsed += interval) {
      sleep(interval);
      print_top(fd, by_process, latency, top);
    }
    err = 0;
  }
  detach_all(links, nlinks);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}
