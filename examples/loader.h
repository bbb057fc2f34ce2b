// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// Helpers shared by the examples' user-space loaders: finding and opening
// the BPF object, setting .rodata knobs before load and reading globals
// after, printing histograms, Ctrl-C handling. Plain libbpf (>= 1.0), no
// generated skeletons, so the loaders build with only libbpf-dev.
#ifndef EXAMPLES_LOADER_H
#define EXAMPLES_LOADER_H

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

extern volatile sig_atomic_t exiting;
extern bool verbose;

// Ctrl-C and SIGTERM set `exiting`; stdout is line-buffered; libbpf
// messages go to stderr, debug ones only with `verbose`.
void loader_init(void);

// Opens <name>.bpf.o: the path given (e.g. from -o), else $EXAMPLES_OBJ_DIR,
// else the directory of this executable. Prints why on failure.
struct bpf_object *open_example(const char *name, const char *path);

// Sets a global variable (in .rodata, .data or .bss) before load. The
// size must match the variable's. Returns 0 or -errno (printed).
int set_global(struct bpf_object *obj, const char *var, const void *val,
               size_t size);
#define SET_GLOBAL(obj, var, val)                                              \
  ({                                                                           \
    __typeof__(val) __v = (val);                                               \
    set_global(obj, var, &__v, sizeof(__v));                                   \
  })

// Reads a global's current value after load (from the kernel map of its
// section) into out, whose size must match. Returns 0 or -errno.
int read_global(struct bpf_object *obj, const char *var, void *out,
                size_t size);

// Loads the object; on failure prints the error and returns it.
int load_example(struct bpf_object *obj);

// Attaches every program whose autoload is on with its section's default
// attach type. Links go to links[], at most max. Returns the count or -errno.
int attach_all(struct bpf_object *obj, struct bpf_link **links, int max);

// How a tracing example reads its "events" map: a ring buffer (on_sample)
// or, when on_sample is NULL, a perf event array (on_perf, on_lost,
// perf_pages per CPU). print_header runs once the stream is open.
struct event_stream {
  ring_buffer_sample_fn on_sample;
  perf_buffer_sample_fn on_perf;
  perf_buffer_lost_fn on_lost;
  size_t perf_pages;
  void (*print_header)(void);
};

// Loads obj, attaches every program (at most 8), and prints the events
// until Ctrl-C; then detaches and closes obj. Returns main()'s exit status.
int stream_events(struct bpf_object *obj, const struct event_stream *s);

// A tc filter attached by tc_attach(): on the clsact qdisc of ifindex, at
// ingress or egress. tc_detach() removes the filter, and the qdisc too if
// tc_attach() created it.
struct tc_attachment {
  struct bpf_tc_hook hook;
  struct bpf_tc_opts opts;
  bool created_hook;
};
int tc_attach(int ifindex, bool ingress, int prog_fd, struct tc_attachment *tc);
void tc_detach(struct tc_attachment *tc);

// Destroys the first n links.
void detach_all(struct bpf_link **links, int n);

void print_log2_hist(const uint32_t *slots, int n, const char *unit);
void print_log2_hist64(const uint64_t *slots, int n, const char *unit);

// Does the kernel have this BTF type / function (checks vmlinux BTF)?
bool kernel_has_func(const char *name);
// Does tracefs know this tracepoint (category/name)?
bool tracepoint_exists(const char *category, const char *event);

// "HH:MM:SS" of the wall clock, into buf (at least 9 bytes).
const char *now_hms(char *buf);
// Parses a long with bounds; exits with a message on error.
long parse_long(const char *what, const char *s, long min, long max);

#endif
