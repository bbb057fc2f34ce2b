// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// profile: a sampling CPU profiler. The loader opens a cpu-clock perf event
// on every CPU at a fixed frequency and attaches this program; each sample
// records the current task's user and kernel stacks in a stack trace map
// and counts (pid, stacks) pairs. The loader prints the hottest stacks.
// Shows: SEC("perf_event") with bpf_perf_event_data, bpf_get_stackid with a
// BPF_MAP_TYPE_STACK_TRACE map, a hash map counter with the add-or-create
// idiom, .rodata knobs (pid filter, idle, user/kernel only).
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "profile.h"

#define EEXIST 17

const volatile __u32 targ_tgid = 0;
const volatile bool include_idle = false;
const volatile bool user_only = false;
const volatile bool kernel_only = false;

struct {
  __uint(type, BPF_MAP_TYPE_STACK_TRACE);
  __uint(max_entries, 16384);
  __uint(key_size, sizeof(__u32));
  __uint(value_size, PROFILE_MAX_STACK * sizeof(__u64));
} stacks SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 16384);
  __type(key, struct profile_key);
  __type(value, __u64);
} counts SEC(".maps");

__u64 samples, lost_stacks;

SEC("perf_event")
int do_sample(struct bpf_perf_event_data *ctx) {
  __u64 id = bpf_get_current_pid_tgid();
  __u32 tgid = id >> 32;
  if (!include_idle && (__u32)id == 0)   // the idle task
    return 0;
  if (targ_tgid && tgid != targ_tgid)
    return 0;
  __sync_fetch_and_add(&samples, 1);

  struct profile_key key = {.pid = tgid};
  bpf_get_current_comm(key.comm, sizeof(key.comm));
  key.user_stack_id =
      kernel_only ? -1 : bpf_get_stackid(ctx, &stacks, BPF_F_USER_STACK);
  key.kernel_stack_id = user_only ? -1 : bpf_get_stackid(ctx, &stacks, 0);
  // -EEXIST: another stack holds the bucket (the map is too small). Other
  // errors are normal: no kernel stack for a sample taken in user mode, no
  // user stack for a kernel thread.
  if (key.kernel_stack_id == -EEXIST || key.user_stack_id == -EEXIST)
    __sync_fetch_and_add(&lost_stacks, 1);

  __u64 one = 1;
  __u64 *val = bpf_map_lookup_elem(&counts, &key);
  if (val)
    __sync_fetch_and_add(val, 1);
  else
    bpf_map_update_elem(&counts, &key, &one, BPF_NOEXIST);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
