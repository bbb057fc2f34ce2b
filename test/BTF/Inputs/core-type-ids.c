// CO-RE type-id relocations (symbols that get their values at the end of
// the module) on several kernel types, for emit-deterministic.test.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

int ids[8];

SEC("tp_btf/sched_process_exec")
int prog(void *ctx)
{
	ids[0] = bpf_core_type_id_local(struct list_head);
	ids[1] = bpf_core_type_id_local(struct callback_head);
	ids[2] = bpf_core_type_id_local(struct rb_node);
	ids[3] = bpf_core_type_id_kernel(struct qstr);
	ids[4] = bpf_core_type_id_local(struct path);
	ids[5] = bpf_core_type_id_local(struct timespec64);
	ids[6] = bpf_core_type_id_local(struct hlist_node);
	ids[7] = bpf_core_type_size(struct llist_node);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
