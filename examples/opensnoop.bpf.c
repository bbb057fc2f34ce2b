// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// opensnoop: trace open() and openat() with the file name, flags and result.
// The enter tracepoints remember the user pointer to the name per thread; the
// exit tracepoint reads the name, reserves a ring buffer record and submits
// it. Filters are .rodata knobs that the loader sets before load, so the
// verifier removes the branches of the ones left off.
// Shows: syscall tracepoints, a per-thread hash map, bpf_ringbuf_reserve /
// submit / discard, bpf_probe_read_user_str, .rodata configuration.
#include "vmlinux.h"
#include "common.bpf.h"
#include "opensnoop.h"

const volatile __u32 targ_tgid = 0;    // 0: every process
const volatile __u32 targ_tid = 0;     // 0: every thread
const volatile __u32 targ_uid = -1;    // -1: every user
const volatile bool failed_only = false;

struct args_t {
  const char *fname;
  __s32 flags;
  __u32 mode;
};

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 10240);
  __type(key, __u32);
  __type(value, struct args_t);
} start SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 256 * 1024);
} events SEC(".maps");

static __always_inline bool wanted(__u64 pid_tgid) {
  __u32 tgid = pid_tgid >> 32, tid = (__u32)pid_tgid;
  if (targ_tgid && targ_tgid != tgid)
    return false;
  if (targ_tid && targ_tid != tid)
    return false;
  if (targ_uid != (__u32)-1 && targ_uid != (__u32)bpf_get_current_uid_gid())
    return false;
  return true;
}

static __always_inline int remember(const char *fname, long flags, long mode) {
  __u64 id = bpf_get_current_pid_tgid();
  if (!wanted(id))
    return 0;
  __u32 tid = (__u32)id;
  struct args_t args = {.fname = fname, .flags = flags, .mode = mode};
  bpf_map_update_elem(&start, &tid, &args, BPF_ANY);
  return 0;
}

// open(filename, flags, mode): not on every architecture (arm64 has only
// openat); the loader turns it off where the tracepoint does not exist.
SEC("tp/syscalls/sys_enter_open")
int open_enter(struct trace_event_raw_sys_enter *ctx) {
  return remember((const char *)ctx->args[0], ctx->args[1], ctx->args[2]);
}

// openat(dfd, filename, flags, mode)
SEC("tp/syscalls/sys_enter_openat")
int openat_enter(struct trace_event_raw_sys_enter *ctx) {
  return remember((const char *)ctx->args[1], ctx->args[2], ctx->args[3]);
}

static __always_inline int report(struct trace_event_raw_sys_exit *ctx) {
  __u64 id = bpf_get_current_pid_tgid();
  __u32 tid = (__u32)id;
  struct args_t *ap = bpf_map_lookup_elem(&start, &tid);
  if (!ap)
    return 0;
  int ret = ctx->ret;
  if (failed_only && ret >= 0)
    goto cleanup;

  struct open_event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
  if (!e)
    goto cleanup;
  e->ts_ns = bpf_ktime_get_ns();
  e->pid = id >> 32;
  e->tid = tid;
  e->uid = (__u32)bpf_get_current_uid_gid();
  e->ret = ret;
  e->flags = ap->flags;
  e->mode = ap->mode;
  bpf_get_current_comm(e->comm, sizeof(e->comm));
  if (bpf_probe_read_user_str(e->fname, sizeof(e->fname), ap->fname) < 0) {
    bpf_ringbuf_discard(e, 0);
    goto cleanup;
  }
  bpf_ringbuf_submit(e, 0);
cleanup:
  bpf_map_delete_elem(&start, &tid);
  return 0;
}

SEC("tp/syscalls/sys_exit_open")
int open_exit(struct trace_event_raw_sys_exit *ctx) { return report(ctx); }

SEC("tp/syscalls/sys_exit_openat")
int openat_exit(struct trace_event_raw_sys_exit *ctx) { return report(ctx); }

char LICENSE[] SEC("license") = "GPL";
