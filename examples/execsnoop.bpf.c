// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// execsnoop: trace execve() calls with their arguments, parent pid and
// result. The enter tracepoint copies filename and argv into a per-process
// slot in a hash map; the exit tracepoint adds the return value and comm and
// sends the event through a ring buffer.
// Shows: syscall tracepoints, bpf_probe_read_user{,_str} in a bounded loop,
// CO-RE read of task->real_parent->tgid, ring buffer output of a
// variable-length record, .rodata knobs.
#include "vmlinux.h"
#include "common.bpf.h"
#include "execsnoop.h"

const volatile __u32 targ_uid = EXEC_INVALID_UID;
const volatile bool ignore_failed = true;
const volatile int max_args = EXEC_MAX_ARGS;

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 4096);
  __type(key, __u32);
  __type(value, struct exec_event);
} inflight SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 256 * 1024);
} events SEC(".maps");

static const struct exec_event zero_event;

SEC("tp/syscalls/sys_enter_execve")
int execve_enter(struct trace_event_raw_sys_enter *ctx) {
  __u64 id = bpf_get_current_pid_tgid();
  __u32 tgid = id >> 32;
  __u32 uid = (__u32)bpf_get_current_uid_gid();

  if (targ_uid != EXEC_INVALID_UID && uid != targ_uid)
    return 0;
  if (bpf_map_update_elem(&inflight, &tgid, &zero_event, BPF_NOEXIST))
    return 0;
  struct exec_event *e = bpf_map_lookup_elem(&inflight, &tgid);
  if (!e)
    return 0;

  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  e->start_ns = bpf_ktime_get_ns();
  e->pid = tgid;
  e->uid = uid;
  e->ppid = BPF_CORE_READ(task, real_parent, tgid);

  const char *filename = (const char *)ctx->args[0];
  const char *const *argv = (const char *const *)ctx->args[1];
  long n = bpf_probe_read_user_str(e->args, EXEC_ARG_LEN, filename);
  if (n <= 0)
    return 0;
  e->args_size = n;
  e->args_count = 1;

  // argv[0] repeats the program name; start at argv[1].
  for (int i = 1; i < EXEC_MAX_ARGS; i++) {
    const char *arg;
    if (i >= max_args) {
      e->args_truncated = 1;
      break;
    }
    if (bpf_probe_read_user(&arg, sizeof(arg), &argv[i]) || !arg)
      break;
    __u32 off = e->args_size;
    if (off > EXEC_ARGS_BUF - EXEC_ARG_LEN) {
      e->args_truncated = 1;
      break;
    }
    n = bpf_probe_read_user_str(&e->args[off], EXEC_ARG_LEN, arg);
    if (n <= 0)
      break;
    e->args_size = off + n;
    e->args_count++;
  }
  return 0;
}

SEC("tp/syscalls/sys_exit_execve")
int execve_exit(struct trace_event_raw_sys_exit *ctx) {
  __u32 tgid = bpf_get_current_pid_tgid() >> 32;
  struct exec_event *e = bpf_map_lookup_elem(&inflight, &tgid);
  if (!e)
    return 0;
  long ret = ctx->ret;
  if (ignore_failed && ret < 0)
    goto out;
  e->retval = ret;
  bpf_get_current_comm(e->comm, sizeof(e->comm));
  __u32 len = offsetof(struct exec_event, args) + e->args_size;
  if (len <= sizeof(*e))
    bpf_ringbuf_output(&events, e, len, 0);
out:
  bpf_map_delete_elem(&inflight, &tgid);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
