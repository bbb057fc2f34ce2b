// Kernel matrix input: the architecture-specific parts of a probe, for a
// kernel of any architecture (compiled with that architecture's
// -D__TARGET_ARCH_... and a vmlinux.h from that kernel's BTF).
//
// getpid() calls __task_pid_nr_ns(current, PIDTYPE_TGID, NULL) and returns
// its result. The kprobe reads the three arguments from the registers that
// bpf_tracing.h's PT_REGS_PARM macros name for the architecture (x86: di,
// si, dx; arm64: regs[0..2]; s390: gprs[2..4]), and the kretprobe the return
// register; the syscall probe goes through libbpf's ksyscall, which finds
// the architecture's syscall wrapper. Each records only what the loader's
// own getpid() calls do (target_tgid=@pid).
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

const volatile int target_tgid = 0; /* --set target_tgid=@pid */

int seen_self = 0, seen_other_task = 0;
long seen_type = -1, seen_ns = -1, seen_ret = -1;
int syscalls = 0;

static bool from_target(void)
{
	return (bpf_get_current_pid_tgid() >> 32) == (__u32)target_tgid;
}

SEC("kprobe/__task_pid_nr_ns")
int BPF_KPROBE(pid_args, struct task_struct *task, enum pid_type type, struct pid_namespace *ns)
{
	if (!from_target())
		return 0;
	/* Other callers (the tracing code itself) may ask about other tasks:
	 * keep the call that asks about the caller. */
	if ((void *)task != (void *)bpf_get_current_task()) {
		__sync_fetch_and_add(&seen_other_task, 1);
		return 0;
	}
	__sync_fetch_and_add(&seen_self, 1);
	seen_type = type;
	seen_ns = (long)ns;
	return 0;
}

SEC("kretprobe/__task_pid_nr_ns")
int BPF_KRETPROBE(pid_ret, pid_t ret)
{
	if (from_target() && ret == target_tgid)
		seen_ret = ret;
	return 0;
}

SEC("ksyscall/getpid")
int BPF_KSYSCALL(getpid_entry)
{
	if (from_target())
		__sync_fetch_and_add(&syscalls, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
