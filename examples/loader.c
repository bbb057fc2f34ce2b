// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// See loader.h.
#include "loader.h"

#include <bpf/btf.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

volatile sig_atomic_t exiting;
bool verbose;

static void on_signal(int sig) {
  (void)sig;
  exiting = 1;
}

static int print_libbpf(enum libbpf_print_level level, const char *fmt,
                        va_list ap) {
  if (level == LIBBPF_DEBUG && !verbose)
    return 0;
  return vfprintf(stderr, fmt, ap);
}

void loader_init(void) {
  libbpf_set_strict_mode(LIBBPF_STRICT_ALL);
  libbpf_set_print(print_libbpf);
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  // One event a line, as it happens, also into a pipe (| grep, | tee).
  setvbuf(stdout, NULL, _IOLBF, 0);
}

struct bpf_object *open_example(const char *name, const char *path) {
  char buf[PATH_MAX];
  if (!path) {
    const char *dir = getenv("EXAMPLES_OBJ_DIR");
    if (dir) {
      snprintf(buf, sizeof(buf), "%s/%s.bpf.o", dir, name);
    } else {
      ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
      if (n < 0)
        n = 0;
      buf[n] = 0;
      char *slash = strrchr(buf, '/');
      size_t used = slash ? (size_t)(slash - buf) + 1 : 0;
      snprintf(buf + used, sizeof(buf) - used, "%s.bpf.o", name);
    }
    path = buf;
  }
  struct bpf_object *obj = bpf_object__open_file(path, NULL);
  if (!obj) {
    fprintf(stderr, "%s: cannot open %s: %s\n", name, path, strerror(errno));
    return NULL;
  }
  return obj;
}

// Finds var in the BTF of obj: the internal map holding it and its offset.
static struct bpf_map *find_var(struct bpf_object *obj, const char *var,
                                size_t *off, size_t *size) {
  struct btf *btf = bpf_object__btf(obj);
  if (!btf)
    return NULL;
  int n = btf__type_cnt(btf);
  for (int id = 1; id < n; id++) {
    const struct btf_type *t = btf__type_by_id(btf, id);
    if (!btf_is_datasec(t))
      continue;
    const char *sec = btf__name_by_offset(btf, t->name_off);
    const struct btf_var_secinfo *vs = btf_var_secinfos(t);
    for (int i = 0; i < btf_vlen(t); i++, vs++) {
      const struct btf_type *v = btf__type_by_id(btf, vs->type);
      if (strcmp(btf__name_by_offset(btf, v->name_off), var))
        continue;
      struct bpf_map *map;
      bpf_object__for_each_map(map, obj) {
        // Internal maps are named "<obj prefix>.<sec>"; match the suffix.
        const char *mn = bpf_map__name(map);
        size_t ml = strlen(mn), sl = strlen(sec);
        if (bpf_map__type(map) == BPF_MAP_TYPE_ARRAY && ml >= sl &&
            !strcmp(mn + ml - sl, sec)) {
          *off = vs->offset;
          *size = vs->size;
          return map;
        }
      }
    }
  }
  return NULL;
}

int set_global(struct bpf_object *obj, const char *var, const void *val,
               size_t size) {
  size_t off, vsize, msize;
  struct bpf_map *map = find_var(obj, var, &off, &vsize);
  if (!map) {
    fprintf(stderr, "no global variable '%s' in the object\n", var);
    return -ENOENT;
  }
  if (vsize != size) {
    fprintf(stderr, "global '%s' has %zu bytes, not %zu\n", var, vsize, size);
    return -EINVAL;
  }
  const void *init = bpf_map__initial_value(map, &msize);
  if (!init || off + size > msize)
    return -EINVAL;
  char *data = malloc(msize);
  if (!data)
    return -ENOMEM;
  memcpy(data, init, msize);
  memcpy(data + off, val, size);
  int err = bpf_map__set_initial_value(map, data, msize);
  free(data);
  return err;
}

int read_global(struct bpf_object *obj, const char *var, void *out,
                size_t size) {
  size_t off, vsize;
  struct bpf_map *map = find_var(obj, var, &off, &vsize);
  if (!map || vsize != size)
    return -ENOENT;
  size_t msize = bpf_map__value_size(map);
  char *buf = malloc(msize);
  __u32 zero = 0;
  int err = buf ? bpf_map_lookup_elem(bpf_map__fd(map), &zero, buf) : -ENOMEM;
  if (!err)
    memcpy(out, buf + off, size);
  free(buf);
  return err ? -errno : 0;
}

int load_example(struct bpf_object *obj) {
  int err = bpf_object__load(obj);
  if (err)
    fprintf(stderr, "failed to load BPF programs: %s\n", strerror(-err));
  return err;
}

int attach_all(struct bpf_object *obj, struct bpf_link **links, int max) {
  struct bpf_program *prog;
  int n = 0;
  bpf_object__for_each_program(prog, obj) {
    if (!bpf_program__autoload(prog))
      continue;
    if (n == max)
      return -E2BIG;
    struct bpf_link *link = bpf_program__attach(prog);
    if (!link) {
      int err = -errno;
      fprintf(stderr, "failed to attach %s: %s\n", bpf_program__name(prog),
              strerror(-err));
      detach_all(links, n);
      return err;
    }
    links[n++] = link;
  }
  return n;
}

int stream_events(struct bpf_object *obj, const struct event_stream *s) {
  struct bpf_link *links[8];
  struct ring_buffer *rb = NULL;
  struct perf_buffer *pb = NULL;
  int nlinks = 0, err = load_example(obj);
  if (!err && (err = nlinks = attach_all(obj, links, 8)) > 0) {
    int fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "events"));
    if (s->on_sample)
      rb = ring_buffer__new(fd, s->on_sample, NULL, NULL);
    else
      pb = perf_buffer__new(fd, s->perf_pages, s->on_perf, s->on_lost, NULL,
                            NULL);
    if (!rb && !pb) {
      err = -errno;
      fprintf(stderr, "cannot read the events map: %s\n", strerror(-err));
    }
  }
  if (rb || pb) {
    s->print_header();
    while (!exiting) {
      err = rb ? ring_buffer__poll(rb, 100) : perf_buffer__poll(pb, 100);
      if (err < 0 && err != -EINTR)
        break;
      err = 0;
    }
  }
  ring_buffer__free(rb);
  perf_buffer__free(pb);
  if (nlinks > 0)
    detach_all(links, nlinks);
  bpf_object__close(obj);
  return err < 0 ? 1 : 0;
}

int tc_attach(int ifindex, bool ingress, int prog_fd,
              struct tc_attachment *tc) {
  memset(tc, 0, sizeof(*tc));
  tc->hook.sz = sizeof(tc->hook);
  tc->hook.ifindex = ifindex;
  tc->hook.attach_point = ingress ? BPF_TC_INGRESS : BPF_TC_EGRESS;
  tc->opts.sz = sizeof(tc->opts);
  tc->opts.prog_fd = prog_fd;
  int err = bpf_tc_hook_create(&tc->hook);
  if (err && err != -EEXIST) {
    fprintf(stderr, "cannot create the clsact qdisc: %s\n", strerror(-err));
    return err;
  }
  tc->created_hook = !err;
  err = bpf_tc_attach(&tc->hook, &tc->opts);
  if (err) {
    fprintf(stderr, "cannot attach the tc filter: %s\n", strerror(-err));
    if (tc->created_hook)
      bpf_tc_hook_destroy(&tc->hook);
  }
  return err;
}

void tc_detach(struct tc_attachment *tc) {
  tc->opts.prog_fd = tc->opts.prog_id = tc->opts.flags = 0;
  bpf_tc_detach(&tc->hook, &tc->opts);
  if (tc->created_hook) {
    // Destroying either direction removes the whole clsact qdisc.
    tc->hook.attach_point = BPF_TC_INGRESS | BPF_TC_EGRESS;
    bpf_tc_hook_destroy(&tc->hook);
  }
}

void detach_all(struct bpf_link **links, int n) {
  for (int i = 0; i < n; i++)
    bpf_link__destroy(links[i]);
}

static void print_stars(uint64_t val, uint64_t max, int width) {
  int n = max ? (int)(val * width / max) : 0;
  for (int i = 0; i < width; i++)
    putchar(i < n ? '*' : ' ');
}

void print_log2_hist64(const uint64_t *slots, int n, const char *unit) {
  int last = -1;
  uint64_t max = 0;
  for (int i = 0; i < n; i++) {
    if (slots[i])
      last = i;
    if (slots[i] > max)
      max = slots[i];
  }
  if (last < 0) {
    printf("     (no samples)\n");
    return;
  }
  printf("%*s%-10s : count    distribution\n", 14, "", unit);
  for (int i = 0; i <= last; i++) {
    uint64_t lo = i ? 1ULL << i : 0, hi = (1ULL << (i + 1)) - 1;
    printf("%10llu -> %-10llu : %-8llu |", (unsigned long long)lo,
           (unsigned long long)hi, (unsigned long long)slots[i]);
    print_stars(slots[i], max, 40);
    printf("|\n");
  }
}

void print_log2_hist(const uint32_t *slots, int n, const char *unit) {
  uint64_t wide[64] = {0};
  if (n > 64)
    n = 64;
  for (int i = 0; i < n; i++)
    wide[i] = slots[i];
  print_log2_hist64(wide, n, unit);
}

bool kernel_has_func(const char *name) {
  struct btf *btf = btf__load_vmlinux_btf();
  if (!btf)
    return false;
  bool found = btf__find_by_name_kind(btf, name, BTF_KIND_FUNC) > 0;
  btf__free(btf);
  return found;
}

bool tracepoint_exists(const char *category, const char *event) {
  static const char *roots[] = {"/sys/kernel/tracing",
                                "/sys/kernel/debug/tracing"};
  char path[PATH_MAX];
  for (size_t i = 0; i < sizeof(roots) / sizeof(roots[0]); i++) {
    snprintf(path, sizeof(path), "%s/events/%s/%s/format", roots[i], category,
             event);
    if (access(path, F_OK) == 0)
      return true;
  }
  return false;
}

const char *now_hms(char *buf) {
  time_t t = time(NULL);
  struct tm tm;
  localtime_r(&t, &tm);
  strftime(buf, 9, "%H:%M:%S", &tm);
  return buf;
}

long parse_long(const char *what, const char *s, long min, long max) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 0);
  if (errno || end == s || *end || v < min || v > max) {
    fprintf(stderr, "invalid %s: '%s'\n", what, s);
    exit(2);
  }
  return v;
}
