// Kernel matrix input: reads the current task_struct with CO-RE.
//
// task_info is a raw tracepoint program, run with BPF_PROG_TEST_RUN: it runs
// in the context of the loader (corecc-run), so `current` is the loader's
// own task. It records where the fields are on this kernel (offsets and sizes
// from CO-RE relocations) and what it read through them; the matrix compares
// the offsets and sizes with the kernel's own BTF and the values with what the
// loader knows about itself (its pid, set as target_tgid=@pid; its name).
//
// on_getpid is a tp_btf program (BTF-typed task pointer, direct CO-RE access
// instead of BPF_CORE_READ), attached by the loader while it calls getpid().
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

const volatile int target_tgid = 0; /* --set target_tgid=@pid */

/* Where the fields are on this kernel: from CO-RE relocations. */
int pid_off = -1, tgid_off = -1, comm_off = -1, parent_off = -1;
int pid_size = -1, comm_size = -1, task_size = -1;

/* What was read through them. */
int pid = -1, tgid = -1, ppid = -1;
int is_target = -1;
char comm[16];

/* Filled by on_getpid when the loader calls getpid(). */
int seen_tgid = -1, seen_calls = 0;
char seen_comm[16];

SEC("raw_tp/sys_enter")
int task_info(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();

	pid_off = bpf_core_field_offset(struct task_struct, pid);
	tgid_off = bpf_core_field_offset(struct task_struct, tgid);
	comm_off = bpf_core_field_offset(struct task_struct, comm);
	parent_off = bpf_core_field_offset(struct task_struct, real_parent);
	pid_size = bpf_core_field_size(struct task_struct, pid);
	comm_size = bpf_core_field_size(struct task_struct, comm);
	task_size = bpf_core_type_size(struct task_struct);

	pid = BPF_CORE_READ(task, pid);
	tgid = BPF_CORE_READ(task, tgid);
	ppid = BPF_CORE_READ(task, real_parent, tgid);
	BPF_CORE_READ_STR_INTO(&comm, task, comm);
	is_target = tgid == target_tgid;
	return 0;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(on_getpid, struct pt_regs *regs, long id)
{
	struct task_struct *task = bpf_get_current_task_btf();

	if (task->tgid != target_tgid)
		return 0;
	seen_tgid = task->tgid;
	__builtin_memcpy(seen_comm, task->comm, sizeof(seen_comm));
	__sync_fetch_and_add(&seen_calls, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
