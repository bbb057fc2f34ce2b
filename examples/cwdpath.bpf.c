// SPDX-License-Identifier: GPL-2.0-only OR BSD-2-Clause
// The current task's working directory as a path, built the way security and
// observability agents build file paths without bpf_d_path(): walk the
// dentries up through d_parent, crossing mounts through struct mount, and
// copy each name into a per-CPU buffer, right to left, at an offset checked
// before every use. Two shapes the verifier is hard on (docs/verifier.md):
// a loop that follows pointers, and a bounded string copy at a variable
// offset.
//
// Run as a syscall program (BPF_PROG_TEST_RUN), it reads the calling task:
// the path lands in the global `path` and its length in `path_len`.
#include "vmlinux.h"
#include "common.bpf.h"

#define MAX_DEPTH 64
#define NAME_LEN 256
#define HALF 4096 // the path is built in the upper half of the buffer

struct scratch {
  char buf[2 * HALF];
};

struct {
  __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, struct scratch);
} scratch SEC(".maps");

char path[HALF];
__u32 path_len;
__u32 components;
__u32 mounts_crossed;
__u32 truncated;

// struct mount is kernel-internal (vmlinux.h may or may not have it): a
// local flavor with the members used here, relocated by name (libbpf drops
// the ___ suffix), and vfsmount's place inside it.
struct mount___cwd {
  struct mount___cwd *mnt_parent;
  struct dentry *mnt_mountpoint;
  struct vfsmount mnt;
} __attribute__((preserve_access_index));

static __always_inline struct mount___cwd *real_mount(struct vfsmount *vfs) {
  return (void *)vfs - bpf_core_field_offset(struct mount___cwd, mnt);
}

SEC("syscall")
int cwd(void *ctx) {
  __u32 zero = 0;
  struct scratch *s = bpf_map_lookup_elem(&scratch, &zero);
  if (!s)
    return 1;

  struct task_struct *task = (void *)bpf_get_current_task();
  struct path pwd = BPF_CORE_READ(task, fs, pwd);
  struct dentry *dentry = pwd.dentry;
  struct vfsmount *vfs = pwd.mnt;
  struct mount___cwd *mnt = real_mount(vfs);
  __u64 pos = HALF; // the path occupies buf[pos, HALF)

  for (int i = 0; i < MAX_DEPTH; i++) {
    struct dentry *parent = BPF_CORE_READ(dentry, d_parent);
    struct dentry *mnt_root = BPF_CORE_READ(vfs, mnt_root);
    if (dentry == mnt_root || dentry == parent) {
      // The top of this mount: continue from where it is mounted, or stop
      // at the root of the namespace.
      struct mount___cwd *up = BPF_CORE_READ(mnt, mnt_parent);
      if (up == mnt || dentry != mnt_root)
        break;
      dentry = BPF_CORE_READ(mnt, mnt_mountpoint);
      mnt = up;
      vfs = (void *)mnt + bpf_core_field_offset(struct mount___cwd, mnt);
      mounts_crossed++;
      continue;
    }
    struct qstr name = BPF_CORE_READ(dentry, d_name);
    __u64 len = name.len;
    if (len >= NAME_LEN || len + 1 > pos) {
      truncated = 1;
      break;
    }
    // The verifier cannot relate pos to len: the mask (a no-op after the
    // check above) bounds pos itself, and with len < NAME_LEN the copy
    // stays inside the buffer's lower half plus NAME_LEN.
    pos = (pos - (len + 1)) & (HALF - 1);
    s->buf[pos] = '/';
    if (bpf_probe_read_kernel(&s->buf[pos + 1], len, name.name) < 0)
      break;
    components++;
    dentry = parent;
  }

  if (pos == HALF) { // the root itself
    pos = HALF - 1;
    s->buf[pos] = '/';
  }
  pos &= HALF - 1;
  __u64 n = HALF - pos; // 1 .. HALF
  if (n >= HALF)
    return 1; // a path as long as the buffer: not terminated
  if (bpf_probe_read_kernel(path, n, &s->buf[pos]) < 0)
    return 1;
  path[n] = 0;
  path_len = n;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
