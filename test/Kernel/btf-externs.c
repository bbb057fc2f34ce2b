// Kconfig and ksym externs from corecc objects: the .kconfig and .ksyms
// DATASECs and their extern VARs/FUNCs, resolved by libbpf against the
// running kernel, in a syscall program test-run with -g and -gbtf:
//   .kconfig  LINUX_KERNEL_VERSION, CONFIG_HZ (the kernel's, then given with
//             --kconfig), a bool, and a weak CONFIG_ the kernel lacks (0)
//   .ksyms    typed per-CPU variables (bpf_prog_active through
//             bpf_this_cpu_ptr; runqueues through bpf_per_cpu_ptr, CPU 0's
//             rq->cpu is 0), an untyped symbol (its address), a weak ksym
//             the kernel lacks,
//             and kfuncs: bpf_task_from_pid/bpf_task_release (allowed in
//             syscall programs) and a weak kfunc the kernel lacks
//
// REQUIRES: bpf-syscall, libbpf, vmlinux-h
// RUN: %corecc -O2 -g -I%gen -c %s -o %t.g.o
// RUN: %corecc -O2 -gbtf -I%gen -c %s -o %t.btf.o
//
// The kernel's own configuration: version from uname, CONFIG_HZ from
// /proc/config.gz (libbpf's sources).
// RUN: %corecc-run %t.g.o --prog probe --run probe --dump-globals > %t.g.out
// RUN: FileCheck %s -DVERSION=$(uname -r | %python -c "import re,sys; a,b,c=(int(x) for x in re.match(r'(\d+)\.(\d+)\.(\d+)', sys.stdin.read()).groups()); print((a<<16)+(b<<8)+min(c,255))") \
// RUN:   -DHZ=$(zcat /proc/config.gz | sed -n 's/^CONFIG_HZ=//p') < %t.g.out
// RUN: %corecc-run %t.btf.o --prog probe --run probe --dump-globals | diff %t.g.out -
//
// Kconfig values given on the command line win.
// RUN: %corecc-run %t.btf.o --kconfig CONFIG_HZ=1234 --prog probe --run probe --dump-globals \
// RUN:   | FileCheck --check-prefix=HZ %s
//
// Typed ksyms: libbpf finds the VARs in the kernel's BTF; the program loads
// and runs where kallsyms has data symbols (CONFIG_KALLSYMS_ALL), else the
// verifier says it found no address.
// RUN: %corecc-run %t.g.o --prog typed --run typed --dump-globals -v > %t.typed.g.out 2>&1 || true
// RUN: FileCheck --check-prefix=TYPED %s < %t.typed.g.out
// RUN: %corecc-run %t.btf.o --prog typed --run typed --dump-globals -v > %t.typed.btf.out 2>&1 || true
// RUN: FileCheck --check-prefix=TYPED %s < %t.typed.btf.out
//
// The BTF libbpf resolved them from.
// RUN: %bpftool btf dump file %t.btf.o | FileCheck --check-prefix=BTF %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern int CONFIG_HZ __kconfig;
extern bool CONFIG_BPF_SYSCALL __kconfig;
extern int CONFIG_CORECC_NOT_A_CONFIG __kconfig __weak;

extern const int bpf_prog_active __ksym;            // typed, per-CPU
extern const struct rq runqueues __ksym;            // typed, per-CPU struct
extern const void schedule __ksym;                  // untyped (a text symbol: data symbols need KALLSYMS_ALL)
extern const void corecc_no_such_ksym __ksym __weak;

extern struct task_struct *bpf_task_from_pid(s32 pid) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern void corecc_no_such_kfunc(void) __ksym __weak;

unsigned int version;
int hz, missing_config = -1;
bool bpf_syscall;
int prog_active = -1, rq0_cpu = -1;
__u64 schedule_addr;
bool have_missing_ksym = true, have_missing_kfunc = true;
int found_self = -1;

SEC("syscall")
int probe(void *ctx)
{
	version = LINUX_KERNEL_VERSION;
	hz = CONFIG_HZ;
	bpf_syscall = CONFIG_BPF_SYSCALL;
	missing_config = CONFIG_CORECC_NOT_A_CONFIG;

	schedule_addr = (__u64)&schedule;
	have_missing_ksym = &corecc_no_such_ksym != 0;
	have_missing_kfunc = (void *)corecc_no_such_kfunc != 0;

	// This process (the test run's current task), found by its pid.
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	struct task_struct *t = bpf_task_from_pid(tgid);
	if (!t)
		return 1;
	found_self = t->tgid == tgid;
	bpf_task_release(t);
	return 0;
}

// Typed ksyms are addresses the verifier looks up in kallsyms, which has
// data symbols only with CONFIG_KALLSYMS_ALL; libbpf resolves them in the
// kernel's BTF either way.
SEC("syscall")
int typed(void *ctx)
{
	const int *active = bpf_this_cpu_ptr(&bpf_prog_active);
	prog_active = *active;
	const struct rq *rq0 = bpf_per_cpu_ptr(&runqueues, 0);
	if (rq0)
		rq0_cpu = rq0->cpu;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK: prog probe section=syscall type=syscall loaded
// CHECK-NEXT: prog typed section=syscall type=syscall skipped
// CHECK-NEXT: run probe retval=0 (0x0){{$}}
// CHECK-NEXT: global .bss bpf_syscall = 1
// CHECK-NEXT: global .bss hz = [[HZ]]
// CHECK-NEXT: global .bss schedule_addr = {{[1-9][0-9]*}}
// CHECK-NEXT: global .bss version = [[VERSION]]
// CHECK-NEXT: global .data found_self = 1
// CHECK-NEXT: global .data have_missing_kfunc = 0
// CHECK-NEXT: global .data have_missing_ksym = 0
// CHECK-NEXT: global .data missing_config = 0
// CHECK-NEXT: global .data prog_active = -1
// CHECK-NEXT: global .data rq0_cpu = -1
// CHECK-NEXT: global .kconfig CONFIG_BPF_SYSCALL = 1
// CHECK-NEXT: global .kconfig CONFIG_CORECC_NOT_A_CONFIG = 0
// CHECK-NEXT: global .kconfig CONFIG_HZ = [[HZ]]
// CHECK-NEXT: global .kconfig LINUX_KERNEL_VERSION = [[VERSION]]
// CHECK-EMPTY:

// TYPED-DAG: extern (var ksym) 'bpf_prog_active': resolved to [{{[0-9]+}}] var bpf_prog_active
// TYPED-DAG: extern (var ksym) 'runqueues': resolved to [{{[0-9]+}}] var runqueues
// TYPED-DAG: extern (func ksym) 'bpf_task_from_pid': resolved to kernel [{{[0-9]+}}]
// TYPED: prog typed section=syscall type=syscall {{(loaded|FAILED: No such file or directory: ldimm64 failed to find the address for kernel symbol 'bpf_prog_active'\.)}}
// TYPED: {{^run typed (retval=0 \(0x0\)|skipped: the object did not load)$}}

// HZ: run probe retval=0 (0x0){{$}}
// HZ: global .bss hz = 1234
// HZ: global .kconfig CONFIG_HZ = 1234

// BTF-DAG: VAR 'LINUX_KERNEL_VERSION' type_id={{[0-9]+}}, linkage=extern
// BTF-DAG: VAR 'bpf_prog_active' type_id={{[0-9]+}}, linkage=extern
// BTF-DAG: VAR 'runqueues' type_id={{[0-9]+}}, linkage=extern
// BTF-DAG: FUNC 'bpf_task_from_pid' type_id={{[0-9]+}} linkage=extern
// BTF-DAG: FUNC 'bpf_task_release' type_id={{[0-9]+}} linkage=extern
// BTF-DAG: FUNC 'corecc_no_such_kfunc' type_id={{[0-9]+}} linkage=extern
// BTF: DATASEC '.kconfig' size=0 vlen=4
// BTF-DAG: type_id={{[0-9]+}} offset=0 size=4 (VAR 'LINUX_KERNEL_VERSION')
// BTF-DAG: type_id={{[0-9]+}} offset=0 size=4 (VAR 'CONFIG_HZ')
// BTF-DAG: type_id={{[0-9]+}} offset=0 size=1 (VAR 'CONFIG_BPF_SYSCALL')
// BTF-DAG: type_id={{[0-9]+}} offset=0 size=4 (VAR 'CONFIG_CORECC_NOT_A_CONFIG')
// BTF: DATASEC '.ksyms' size=0 vlen=7
// BTF-DAG: type_id={{[0-9]+}} offset=0 size=0 (FUNC 'bpf_task_from_pid')
// BTF-DAG: type_id={{[0-9]+}} offset=0 size=0 (FUNC 'bpf_task_release')
// BTF-DAG: type_id={{[0-9]+}} offset=0 size=4 (VAR 'bpf_prog_active')
