// Kernel matrix input: CO-RE queries whose answers differ between kernels.
// Nothing is read from kernel memory; every value comes from a relocation
// that libbpf resolves against the kernel's BTF, and the matrix checks each
// one against that kernel's BTF (see the sidecar core_queries.run.json).
#include "vmlinux.h"
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_helpers.h>

/* Local flavors: only the fields named here are matched (by name) against
 * the kernel's struct task_struct. mm_cid appeared in 6.4, thread_group went
 * away in 6.7, and no kernel has corecc_no_such_field. */
struct task_struct___new {
	int mm_cid;
} __attribute__((preserve_access_index));

struct task_struct___old {
	struct list_head thread_group;
} __attribute__((preserve_access_index));

struct task_struct___fake {
	int corecc_no_such_field;
} __attribute__((preserve_access_index));

/* A type that only newer kernels have (the BPF arena map, 6.9), and one that
 * no kernel has. For type relocations only the name (and kind) matter. */
struct bpf_arena___local {
	int x;
};
struct corecc_no_such_type {
	int x;
};

/* A helper added in 6.2, and the end of the helper list (its value grows
 * with the kernel). Enumerators match by name; the local values are unused. */
enum bpf_func_id___local {
	BPF_FUNC_cgrp_storage_get___local = 1,
	__BPF_FUNC_MAX_ID___local = 2,
};

int has_pid = -1, has_mm_cid = -1, has_thread_group = -1, has_fake = -1;
int has_task_struct = -1, has_arena = -1, has_no_such_type = -1;
int task_size = -1, list_head_size = -1, mm_cid_size = -1;
int thread_group_off = -1;
long long max_func_id = -1;
int has_cgrp_storage_get = -1;

SEC("raw_tp")
int queries(void *ctx)
{
	has_pid = bpf_core_field_exists(struct task_struct, pid);
	has_mm_cid = bpf_core_field_exists(struct task_struct___new, mm_cid);
	has_thread_group = bpf_core_field_exists(struct task_struct___old, thread_group);
	has_fake = bpf_core_field_exists(struct task_struct___fake, corecc_no_such_field);

	has_task_struct = bpf_core_type_exists(struct task_struct);
	has_arena = bpf_core_type_exists(struct bpf_arena___local);
	has_no_such_type = bpf_core_type_exists(struct corecc_no_such_type);

	task_size = bpf_core_type_size(struct task_struct);
	list_head_size = bpf_core_type_size(struct list_head);
	if (bpf_core_field_exists(struct task_struct___new, mm_cid))
		mm_cid_size = bpf_core_field_size(struct task_struct___new, mm_cid);
	if (bpf_core_field_exists(struct task_struct___old, thread_group))
		thread_group_off = bpf_core_field_offset(struct task_struct___old, thread_group);

	if (bpf_core_enum_value_exists(enum bpf_func_id___local, __BPF_FUNC_MAX_ID___local))
		max_func_id = bpf_core_enum_value(enum bpf_func_id___local, __BPF_FUNC_MAX_ID___local);
	has_cgrp_storage_get = bpf_core_enum_value_exists(enum bpf_func_id___local,
							  BPF_FUNC_cgrp_storage_get___local);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
