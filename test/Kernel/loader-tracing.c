// corecc-run on non-packet programs: raw_tracepoint and syscall programs
// test-run with a context, kprobes reported as not test-runnable, a raw_tp
// attached and triggered by getpid() (--trigger), and Kconfig externs.
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %clang19 -O2 -g -target bpf -I%gen -c %s -o %t.o
// One set of inputs per invocation: --ctx applies to every --run.
// RUN: %corecc-run %t.o --kconfig CONFIG_CORECC_MAGIC=42 --run on_enter --run on_kprobe \
// RUN:   --ctx 0000000000000000ff00000000000000 --dump-globals 2>&1 | FileCheck --check-prefix=CTX %s
// RUN: %corecc-run %t.o --kconfig CONFIG_CORECC_MAGIC=42 --run bump --ctx 05000000 | FileCheck --check-prefix=SYSCALL %s
// RUN: %corecc-run %t.o --kconfig CONFIG_CORECC_MAGIC=1 --set target_pid=@pid --trigger on_enter --repeat 3 \
// RUN:   --trigger-tp xdp_pass --dump-globals | FileCheck --check-prefix=TRIGGER %s
// RUN: not %corecc-run %t.o 2>&1 | FileCheck --check-prefix=NOKCONFIG %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern int CONFIG_CORECC_MAGIC __kconfig;

const volatile int target_pid;
long last_arg = -1, getpid_calls, magic;

SEC("raw_tp/sys_enter")
int on_enter(struct bpf_raw_tracepoint_args *ctx)
{
	magic = CONFIG_CORECC_MAGIC;
	if (target_pid == 0) {          // test run: args come from --ctx
		last_arg = ctx->args[1];
		return 7;
	}
	if ((bpf_get_current_pid_tgid() >> 32) != target_pid)
		return 0;
	// __NR_getpid: 39 on x86-64, 172 on arm64 (numbers this process does
	// not otherwise use on the other architecture).
	if (ctx->args[1] == 39 || ctx->args[1] == 172)
		__sync_fetch_and_add(&getpid_calls, 1);
	return 0;
}

// BPF_PROG_TYPE_SYSCALL: the kernel writes the context back.
SEC("syscall")
int bump(int *ctx)
{
	*ctx += 1;
	return 11;
}

SEC("kprobe/do_nanosleep")
int on_kprobe(void *ctx)
{
	return 0;
}

SEC("xdp")
int xdp_pass(struct xdp_md *ctx)
{
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";

// CTX: prog on_enter section=raw_tp/sys_enter type=raw_tracepoint loaded
// CTX: prog bump section=syscall type=syscall loaded
// CTX: prog on_kprobe section=kprobe/do_nanosleep type=kprobe loaded
// CTX: run on_enter retval=7 (0x7)
// CTX-NEXT: run on_kprobe unsupported: BPF_PROG_TEST_RUN does not support kprobe programs; attach and trigger them instead (--trigger)
// CTX-NEXT: global .bss getpid_calls = 0
// CTX-NEXT: global .bss magic = 42
// CTX-NEXT: global .data last_arg = 255
// CTX-NEXT: global .kconfig CONFIG_CORECC_MAGIC = 42

// SYSCALL: run bump retval=11 (0xb) ctx_out=06000000

// TRIGGER: trigger on_enter ok
// TRIGGER-NEXT: trigger xdp_pass unsupported: only kprobe, tracepoint, raw_tp, tp_btf, fentry and fexit programs can be triggered
// TRIGGER-NEXT: global .bss getpid_calls = 3
// TRIGGER-NEXT: global .bss magic = 1

// NOKCONFIG: libbpf: extern 'CONFIG_CORECC_MAGIC' (strong): not resolved
// NOKCONFIG: FAILED: No such process: extern 'CONFIG_CORECC_MAGIC' (strong): not resolved
