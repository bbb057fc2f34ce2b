// A tracing program on vmlinux.h and libbpf's headers (CO-RE reads through
// task_struct, BPF_PROG/BPF_KPROBE wrappers, maps of structs, a ring buffer,
// .rodata knobs): corecc's BTF describes the same types as clang-19's,
// after normalisation (see emit-types.c), and has no more of them. Without
// clang's pruning of records behind member pointers, task_struct alone
// would bring in thousands of kernel types.
//
// REQUIRES: vmlinux-h
// RUN: %corecc -O2 -g -D__TARGET_ARCH_x86 -I%gen -c %s -o %t.o
// RUN: %clang19 -O2 -g -target bpf -D__TARGET_ARCH_x86 -I%gen -c %s -o %t.clang.o
// RUN: %bpftool btf dump file %t.o > %t.dump
// RUN: %bpftool btf dump file %t.clang.o > %t.clang.dump
// RUN: %python %S/Inputs/btf_canon.py --zero-datasec --anon-extern-params %t.dump > %t.canon
// RUN: %python %S/Inputs/btf_canon.py --zero-datasec --unique %t.clang.dump > %t.clang.canon
// RUN: diff %t.clang.canon %t.canon
// RUN: %python %S/Inputs/btf_canon.py --count-duplicates %t.dump | FileCheck --check-prefix=DUP %s
// DUP: duplicates: 0
// RUN: test $(grep -c '^\[' %t.dump) -le $(grep -c '^\[' %t.clang.dump)
// RUN: test $(grep -c '^\[' %t.dump) -lt 2000
// RUN: FileCheck %s < %t.canon
// RUN: %readelf -S -s %t.o > %t.elf
// RUN: %python %S/Inputs/datasec_check.py %t.dump %t.elf | FileCheck --check-prefix=SEC %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

struct exec_event {
	u32 pid, ppid;
	u64 start;
	char comm[16];
	struct file *exe; // a pointer to a kernel struct in our own struct
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, pid_t);
	__type(value, struct exec_event);
} execs SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1 << 16);
} events SEC(".maps");

const volatile pid_t target_tgid;
const volatile bool want_parent = true;
u64 seen;

static __always_inline u32 parent_of(struct task_struct *task)
{
	return BPF_CORE_READ(task, real_parent, tgid);
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(on_exec, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	struct exec_event ev = {};
	if (target_tgid && BPF_CORE_READ(p, tgid) != target_tgid)
		return 0;
	ev.pid = BPF_CORE_READ(p, tgid);
	if (want_parent)
		ev.ppid = parent_of(p);
	ev.start = BPF_CORE_READ(p, start_time);
	ev.exe = BPF_CORE_READ(bprm, file);
	bpf_probe_read_kernel_str(ev.comm, sizeof(ev.comm), BPF_CORE_READ(p, comm));
	bpf_map_update_elem(&execs, &ev.pid, &ev, BPF_ANY);
	bpf_ringbuf_output(&events, &ev, sizeof(ev), 0);
	__sync_fetch_and_add(&seen, 1);
	return 0;
}

SEC("kprobe/do_exit")
int BPF_KPROBE(on_exit, long code)
{
	pid_t pid = bpf_get_current_pid_tgid() >> 32;
	bpf_map_delete_elem(&execs, &pid);
	return code == 0;
}

char LICENSE[] SEC("license") = "GPL";

// The programs' parameters are their own (ctx), not those of the functions
// BPF_PROG and BPF_KPROBE inline into them.
// CHECK-DAG: FUNC 'on_exec' type=<FUNC_PROTO ret_type=<INT 'int'> vlen=1 { 'ctx' type=<PTR -> INT 'unsigned long long'> }> linkage=global
// CHECK-DAG: FUNC 'on_exit' type=<FUNC_PROTO ret_type=<INT 'int'> vlen=1 { 'ctx' type=<PTR -> STRUCT 'pt_regs'> }> linkage=global
// task_struct whole (a CO-RE root); what its members point to, as FWDs
// unless something else needs them.
// CHECK-DAG: STRUCT 'task_struct' size={{[0-9]+}} vlen={{[0-9]+}}
// CHECK-DAG: FWD 'mm_struct' fwd_kind=struct
// CHECK-DAG: STRUCT 'exec_event' size=40 vlen=5
// CHECK-DAG: 'exe' type=<PTR -> FWD 'file'> bits_offset=256

// SEC: .bss: size=8 vars=1 ok
// SEC-NEXT: .maps: size=48 vars=2 ok
// SEC-NEXT: .rodata: size=8 vars=2 ok
// SEC-NEXT: license: size=4 vars=1 ok
// SEC-NOT: error
