// Kernel matrix input, the negative test: unguarded CO-RE reads of fields
// that only some kernels have, and the guarded way to write the same reads.
//
//   read_mm_cid        task_struct.mm_cid (added in 6.4): loads on 6.12 and
//                      later, fails on 6.1 (libbpf poisons the relocation and
//                      the verifier rejects the program)
//   read_thread_group  task_struct.thread_group (removed in 6.7): the other way
//                      round, loads on 6.1 only
//   guarded            both reads behind bpf_core_field_exists(): loads on
//                      every kernel and says which fields were there
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

struct task_struct___new {
	int mm_cid;
} __attribute__((preserve_access_index));

struct task_struct___old {
	struct list_head thread_group;
} __attribute__((preserve_access_index));

int mm_cid = -2;
int thread_group_linked = -1;
int has_mm_cid = -1, has_thread_group = -1;

SEC("raw_tp")
int read_mm_cid(void *ctx)
{
	struct task_struct___new *t = (void *)bpf_get_current_task();

	mm_cid = BPF_CORE_READ(t, mm_cid);
	return 0;
}

SEC("raw_tp")
int read_thread_group(void *ctx)
{
	struct task_struct___old *t = (void *)bpf_get_current_task();

	thread_group_linked = BPF_CORE_READ(t, thread_group.next) != 0;
	return 0;
}

SEC("raw_tp")
int guarded(void *ctx)
{
	struct task_struct___new *tn = (void *)bpf_get_current_task();
	struct task_struct___old *to = (void *)tn;

	has_mm_cid = bpf_core_field_exists(tn->mm_cid);
	if (has_mm_cid)
		mm_cid = BPF_CORE_READ(tn, mm_cid);
	has_thread_group = bpf_core_field_exists(to->thread_group);
	if (has_thread_group)
		thread_group_linked = BPF_CORE_READ(to, thread_group.next) != 0;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
