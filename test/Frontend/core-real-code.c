// The checks on real code: a vmlinux.h program that uses every macro of
// libbpf's bpf_core_read.h and bpf_tracing.h's program macros, and the
// examples, compile with -Werror=core in corecc and in clang-19 with the
// plugin: the portable forms, network headers and libbpf's internals are
// not reported.
//
// REQUIRES: vmlinux-h
// RUN: %corecc -O2 -g -fsyntax-only -I%gen -Werror=core %s 2>&1 \
// RUN:   | count 0
// RUN: %clang19 -target bpf -O2 -g -fsyntax-only -I%gen -fplugin=%plugin \
// RUN:   -fplugin-arg-corecc-Werror=core %s 2>&1 | count 0
// RUN: %corecc -O2 -g -c -I%gen -Werror=core %s -o %t.o
//
// The examples (cpu v4 for the one that needs it; the others do not mind).
// (Each command's output is counted, not lit's trace of the loop.)
// RUN: for f in %examples/*.bpf.c; do \
// RUN:   %corecc -O2 -g -mcpu=v4 -fsyntax-only -I%gen -I%examples -Werror=core "$f" 2>&1 || exit 1; \
// RUN:   %clang19 -target bpf -O2 -g -mcpu=v4 -fsyntax-only -I%gen -I%examples \
// RUN:     -fplugin=%plugin -fplugin-arg-corecc-Werror=core "$f" 2>&1 || exit 1; \
// RUN: done | count 0

#include "vmlinux.h"
#define __TARGET_ARCH_x86
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct task_struct___old {
  long state;
} __attribute__((preserve_access_index));

struct event {
  int pid, ppid;
  unsigned long long flags, size, offset, id;
  char comm[16], name[32];
  struct path path;
  struct qstr dname;
};

struct event ev;
char _license[] SEC("license") = "GPL";

static __always_inline void fill(struct task_struct *task, struct file *file,
                                 void *user_ptr) {
  struct event *e = &ev;
  struct task_struct *parent;
  const unsigned char *name;

  // Field reads: BPF_CORE_READ*, BPF_PROBE_READ*, bpf_core_read*.
  e->pid = BPF_CORE_READ(task, tgid);
  e->ppid = BPF_CORE_READ(task, real_parent, tgid);
  e->ppid += BPF_CORE_READ_USER((struct task_struct *)user_ptr, pid);
  e->ppid += BPF_PROBE_READ(task, pid);
  e->ppid += BPF_PROBE_READ_USER((struct task_struct *)user_ptr, tgid);
  BPF_CORE_READ_INTO(&parent, task, real_parent);
  BPF_CORE_READ_USER_INTO(&e->pid, (struct task_struct *)user_ptr, pid);
  BPF_PROBE_READ_INTO(&e->pid, task, pid);
  BPF_PROBE_READ_USER_INTO(&e->pid, (struct task_struct *)user_ptr, pid);
  BPF_CORE_READ_STR_INTO(&e->comm, task, comm);
  BPF_CORE_READ_USER_STR_INTO(&e->comm, (struct task_struct *)user_ptr, comm);
  BPF_PROBE_READ_STR_INTO(&e->comm, task, comm);
  BPF_PROBE_READ_USER_STR_INTO(&e->comm, (struct task_struct *)user_ptr, comm);
  bpf_core_read(&e->pid, sizeof(e->pid), &task->pid);
  bpf_core_read_user(&e->pid, sizeof(e->pid), &task->pid);
  bpf_core_read_str(e->comm, sizeof(e->comm), &task->comm);
  bpf_core_read_user_str(e->comm, sizeof(e->comm), &task->comm);

  // Whole members by value, through libbpf's macros.
  e->path = BPF_CORE_READ(file, f_path);
  BPF_CORE_READ_INTO(&e->path, file, f_path);
  bpf_core_read(&e->path, sizeof(e->path), &file->f_path);
  e->dname = BPF_CORE_READ(file, f_path.dentry, d_name);
  name = BPF_CORE_READ(file, f_path.dentry, d_name.name);
  bpf_probe_read_kernel_str(e->name, sizeof(e->name), name);

  // Bitfields.
  e->flags = BPF_CORE_READ_BITFIELD_PROBED(task, in_execve);
  e->flags += BPF_CORE_READ_BITFIELD_PROBED(task, sched_reset_on_fork);

  // Field, type and enumerator queries, with flavors.
  if (bpf_core_field_exists(task->pid) &&
      bpf_core_field_exists(struct task_struct, tgid))
    e->size = bpf_core_field_size(task->comm) +
              bpf_core_field_size(struct task_struct, comm);
  e->offset = bpf_core_field_offset(task->pid) +
              bpf_core_field_offset(struct task_struct, tgid);
  if (bpf_core_field_exists(((struct task_struct___old *)task)->state))
    e->flags = BPF_CORE_READ((struct task_struct___old *)task, state);
  e->id = bpf_core_type_id_local(struct task_struct) +
          bpf_core_type_id_kernel(struct task_struct);
  if (bpf_core_type_exists(struct task_struct) &&
      bpf_core_type_matches(struct file))
    e->size += bpf_core_type_size(struct task_struct);
  if (bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_probe_read_kernel))
    e->id += bpf_core_enum_value(enum bpf_func_id, BPF_FUNC_probe_read_kernel);
}

SEC("kprobe/do_sys_openat2")
int BPF_KPROBE(on_open, int dfd, const char *filename) {
  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  fill(task, (struct file *)PT_REGS_PARM1_CORE(ctx), (void *)filename);
  return dfd;
}

SEC("fentry/do_exit")
int BPF_PROG(on_exit, long code) {
  struct task_struct *task = bpf_get_current_task_btf();
  // A direct read is what an fentry program may do.
  ev.flags = BPF_CORE_READ_BITFIELD(task, in_execve);
  ev.pid = task->tgid;
  return code;
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(on_exec, struct task_struct *task, pid_t old_pid,
             struct linux_binprm *bprm) {
  ev.ppid = task->real_parent->tgid + old_pid;
  ev.flags = BPF_CORE_READ_BITFIELD(bprm, have_execfd);
  return 0;
}

// Packet parsing: the network headers' sizes are the protocols'.
SEC("xdp")
int parse(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data;
  void *data_end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > data_end)
    return XDP_PASS;
  struct iphdr *iph = (void *)(eth + 1);
  if ((void *)(iph + 1) > data_end || iph->ihl < 5)
    return XDP_PASS;
  struct udphdr *uh = (void *)iph + iph->ihl * 4;
  if ((void *)(uh + 1) > data_end)
    return XDP_PASS;
  return sizeof(*eth) + sizeof(struct iphdr) + offsetof(struct udphdr, dest) >
                 100
             ? XDP_DROP
             : XDP_PASS;
}
