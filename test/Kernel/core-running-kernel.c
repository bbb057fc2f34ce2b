// CO-RE against the running kernel's BTF: BPF_CORE_READ chains through
// several pointers, bpf_core_field_exists guards around fields that one
// kernel has and another has not, BPF_CORE_READ_BITFIELD_PROBED on kernel
// bitfields, and type and enum queries (ENUM and ENUM64). A syscall program
// run by corecc-run runs in corecc-run's task, so the current task's tgid is
// corecc-run's pid (--set expected_pid=@pid) and its parent is this shell.
// Everything else expected is read from /sys/kernel/btf/vmlinux by bpftool
// (Inputs/core-btf-query.py), not by a BPF compiler.
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.o
// RUN: %python %S/Inputs/core-btf-query.py /sys/kernel/btf/vmlinux --bpftool %bpftool \
// RUN:   has_state=has:task_struct.state has___state=has:task_struct.__state \
// RUN:   task_size=size:task_struct task_id=id:task_struct tgid_off=off:task_struct.tgid \
// RUN:   pidtype_tgid=enum:pid_type.PIDTYPE_TGID \
// RUN:   perf_kernel=enum:perf_callchain_context.PERF_CONTEXT_KERNEL > %t.check
// RUN: %corecc-run %t.o --run task --run netdev --run queries --set expected_pid=@pid --set expected_ppid=$$ \
// RUN:   $(%python %S/Inputs/core-btf-query.py /sys/kernel/btf/vmlinux --bpftool %bpftool --format set \
// RUN:     lltx_bit=bitoff:net_device.lltx priv_flags_bit=bitoff:net_device.priv_flags \
// RUN:     pcpu_stat_type_bit=bitoff:net_device.pcpu_stat_type netns_immutable_bit=bitoff:net_device.netns_immutable) \
// RUN:   --dump-globals > %t.out
// RUN: FileCheck %s < %t.out
// RUN: FileCheck %t.check < %t.out

#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

const volatile int expected_pid;
const volatile int expected_ppid;

// task_struct's state became __state in 5.14: each flavor names one.
struct task_struct___old {
  long state;
} __attribute__((preserve_access_index));
struct task_struct___new {
  unsigned int __state;
} __attribute__((preserve_access_index));
// A field no kernel has.
struct task_struct___none {
  int corecc_no_such_field;
} __attribute__((preserve_access_index));

long tgid, pid, ppid, leader_pid, tgid_ok, pid_ok, ppid_ok, leader_ok, comm_ok;
long has_state, has___state, state, no_such_field, no_such_field_exists;

SEC("syscall") int task(void *ctx) {
  struct task_struct *t = (void *)bpf_get_current_task();
  char comm[16];

  tgid = BPF_CORE_READ(t, tgid);
  pid = BPF_CORE_READ(t, pid);
  ppid = BPF_CORE_READ(t, real_parent, tgid);
  leader_pid = BPF_CORE_READ(t, group_leader, pid);
  tgid_ok = tgid == expected_pid;
  pid_ok = pid == expected_pid;
  ppid_ok = ppid == expected_ppid;
  leader_ok = leader_pid == expected_pid;
  BPF_CORE_READ_INTO(&comm, t, comm);
  comm_ok = comm[0] == 'c' && comm[5] == 'c' && comm[6] == '-' &&
            comm[9] == 'n' && comm[10] == 0;

  has_state = bpf_core_field_exists(((struct task_struct___old *)t)->state);
  has___state = bpf_core_field_exists(((struct task_struct___new *)t)->__state);
  if (bpf_core_field_exists(((struct task_struct___new *)t)->__state))
    state = BPF_CORE_READ((struct task_struct___new *)t, __state);
  else
    state = BPF_CORE_READ((struct task_struct___old *)t, state);

  struct task_struct___none *n = (void *)t;
  no_such_field_exists = bpf_core_field_exists(n->corecc_no_such_field);
  if (bpf_core_field_exists(n->corecc_no_such_field))
    no_such_field = BPF_CORE_READ(n, corecc_no_such_field);
  else
    no_such_field = -1;
  return 0;
}

// The loopback device of this task's network namespace: four dereferences
// away, with bitfields of known values (the loopback device is lockless
// and cannot change namespace). Each bitfield is also read from the raw
// bytes at the bit offset bpftool gives, to compare.
const volatile unsigned long lltx_bit, priv_flags_bit, pcpu_stat_type_bit,
    netns_immutable_bit;

long ifindex, name_ok, lltx, netns_immutable, priv_flags, pcpu_stat_type;
long lltx_ok, netns_immutable_ok, priv_flags_ok, pcpu_stat_type_ok;

static __always_inline unsigned long raw_bits(void *base, unsigned long bit,
                                              unsigned int width) {
  unsigned long raw = 0;
  bpf_probe_read_kernel(&raw, sizeof(raw), base + bit / 8);
  raw >>= bit % 8;
  return width == 64 ? raw : raw & ((1UL << width) - 1);
}

SEC("syscall") int netdev(void *ctx) {
  struct task_struct *t = (void *)bpf_get_current_task();
  struct net_device *lo = BPF_CORE_READ(t, nsproxy, net_ns, loopback_dev);
  char name[16];

  ifindex = BPF_CORE_READ(t, nsproxy, net_ns, loopback_dev, ifindex);
  BPF_CORE_READ_INTO(&name, lo, name);
  name_ok = name[0] == 'l' && name[1] == 'o' && name[2] == 0;
  lltx = BPF_CORE_READ_BITFIELD_PROBED(lo, lltx);
  netns_immutable = BPF_CORE_READ_BITFIELD_PROBED(lo, netns_immutable);
  priv_flags = BPF_CORE_READ_BITFIELD_PROBED(lo, priv_flags);
  pcpu_stat_type = BPF_CORE_READ_BITFIELD_PROBED(lo, pcpu_stat_type);
  lltx_ok = lltx == raw_bits(lo, lltx_bit, 1);
  netns_immutable_ok = netns_immutable == raw_bits(lo, netns_immutable_bit, 1);
  priv_flags_ok = priv_flags == raw_bits(lo, priv_flags_bit, 32);
  pcpu_stat_type_ok = pcpu_stat_type == raw_bits(lo, pcpu_stat_type_bit, 8);
  return 0;
}

// Types and enumerators.
struct corecc_no_such_type {
  int x;
};
struct task_struct___matches {
  pid_t pid;
  pid_t tgid;
};
struct task_struct___differs {
  char *pid;
};
enum pid_type___corecc { PIDTYPE_CORECC_NONE = 42 };

long task_exists, no_type_exists, task_size, task_id, task_matches,
    task_differs, pidtype_tgid, pidtype_none_exists, perf_kernel, tgid_off;

SEC("syscall") int queries(void *ctx) {
  task_exists = bpf_core_type_exists(struct task_struct);
  no_type_exists = bpf_core_type_exists(struct corecc_no_such_type);
  task_size = bpf_core_type_size(struct task_struct);
  task_id = bpf_core_type_id_kernel(struct task_struct);
  task_matches = bpf_core_type_matches(struct task_struct___matches);
  task_differs = bpf_core_type_matches(struct task_struct___differs);
  tgid_off = bpf_core_field_offset(struct task_struct, tgid);
  pidtype_tgid = bpf_core_enum_value(enum pid_type, PIDTYPE_TGID);
  pidtype_none_exists =
      bpf_core_enum_value_exists(enum pid_type___corecc, PIDTYPE_CORECC_NONE);
  // An ENUM64 of the kernel: PERF_CONTEXT_KERNEL is (u64)-128.
  perf_kernel =
      bpf_core_enum_value(enum perf_callchain_context, PERF_CONTEXT_KERNEL);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: prog task section=syscall type=syscall loaded
// CHECK: prog netdev section=syscall type=syscall loaded
// CHECK: prog queries section=syscall type=syscall loaded
// CHECK: run task retval=0
// CHECK: run netdev retval=0
// CHECK: run queries retval=0
// CHECK-DAG: global .bss comm_ok = 1{{$}}
// CHECK-DAG: global .bss tgid_ok = 1{{$}}
// CHECK-DAG: global .bss pid_ok = 1{{$}}
// CHECK-DAG: global .bss ppid_ok = 1{{$}}
// CHECK-DAG: global .bss leader_ok = 1{{$}}
// The task runs this program: TASK_RUNNING.
// CHECK-DAG: global .bss state = 0{{$}}
// CHECK-DAG: global .bss no_such_field_exists = 0{{$}}
// CHECK-DAG: global .bss no_such_field = -1{{$}}
// CHECK-DAG: global .bss ifindex = 1{{$}}
// CHECK-DAG: global .bss name_ok = 1{{$}}
// CHECK-DAG: global .bss lltx = 1{{$}}
// CHECK-DAG: global .bss netns_immutable = 1{{$}}
// CHECK-DAG: global .bss lltx_ok = 1{{$}}
// CHECK-DAG: global .bss netns_immutable_ok = 1{{$}}
// CHECK-DAG: global .bss priv_flags_ok = 1{{$}}
// CHECK-DAG: global .bss pcpu_stat_type_ok = 1{{$}}
// CHECK-DAG: global .bss task_exists = 1{{$}}
// CHECK-DAG: global .bss no_type_exists = 0{{$}}
// CHECK-DAG: global .bss task_matches = 1{{$}}
// CHECK-DAG: global .bss task_differs = 0{{$}}
// CHECK-DAG: global .bss pidtype_none_exists = 0{{$}}
