// corecc-run and CO-RE: relocations resolved against the running kernel's
// BTF or a custom one (--btf), -v shows libbpf's CO-RE lines, and an
// unresolvable access is reported by the verifier through libbpf.
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %clang19 -O2 -g -target bpf -I%gen -c %s -o %t.o
// The "kernel" for --btf: this file's own sk_buff, compiled with -DFAKE_KERNEL.
// RUN: %clang19 -g -target bpf -DFAKE_KERNEL -c %s -o %t.kernel.o
// RUN: %corecc-run %t.o --prog fields --run fields --dump-globals | FileCheck --check-prefix=RUNNING %s
// RUN: %corecc-run %t.o --btf %t.kernel.o --run fields --run read_extra --dump-globals | FileCheck --check-prefix=CUSTOM %s
// RUN: %corecc-run %t.o --prog fields -v 2>&1 | FileCheck --check-prefix=VERBOSE %s
// RUN: not %corecc-run %t.o --run read_extra 2>&1 | FileCheck --check-prefix=POISON %s
// RUN: not %corecc-run %t.o --btf %t.nosuch 2>&1 | FileCheck --check-prefix=NOBTF %s

#ifdef FAKE_KERNEL
struct sk_buff {
	int pad;
	unsigned int len;
	int corecc_extra;
};
struct sk_buff fake_kernel_skb;
#else
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

// A local flavor of the kernel's sk_buff with a field only the fake kernel has.
struct sk_buff___local {
	unsigned int len;
	int corecc_extra;
} __attribute__((preserve_access_index));

int has_len, has_extra, len_offset = -1;

SEC("socket")
int fields(struct __sk_buff *skb)
{
	has_len = bpf_core_field_exists(struct sk_buff___local, len);
	has_extra = bpf_core_field_exists(struct sk_buff___local, corecc_extra);
	len_offset = bpf_core_field_offset(struct sk_buff___local, len);
	return 0;
}

SEC("socket")
int read_extra(struct __sk_buff *skb)
{
	struct sk_buff___local *s = 0;
	return BPF_CORE_READ(s, corecc_extra);
}

char LICENSE[] SEC("license") = "GPL";
#endif

// RUNNING: prog fields section=socket type=socket_filter loaded
// RUNNING: run fields retval=0 (0x0)
// RUNNING: global .bss has_extra = 0
// RUNNING-NEXT: global .bss has_len = 1
// RUNNING-NEXT: global .data len_offset = {{[1-9][0-9]*}}

// CUSTOM: prog fields section=socket type=socket_filter loaded
// CUSTOM-NEXT: prog read_extra section=socket type=socket_filter loaded
// CUSTOM-NEXT: run fields retval=0 (0x0)
// CUSTOM-NEXT: run read_extra retval=0 (0x0)
// CUSTOM-NEXT: global .bss has_extra = 1
// CUSTOM-NEXT: global .bss has_len = 1
// CUSTOM-NEXT: global .data len_offset = 4

// VERBOSE: libbpf: CO-RE relocating [{{[0-9]+}}] struct sk_buff___local: found target candidate [{{[0-9]+}}] struct sk_buff in [vmlinux]
// VERBOSE: prog fields section=socket type=socket_filter loaded

// POISON: prog read_extra section=socket type=socket_filter FAILED: Invalid argument: {{.*}}failed to resolve CO-RE relocation <byte_off> [{{[0-9]+}}] struct sk_buff___local.corecc_extra (0:1 @ offset 4)

// NOBTF: libbpf: failed to parse target BTF: -2
// NOBTF: prog fields section=socket type=socket_filter FAILED: No such file or directory: failed to parse target BTF: -2
