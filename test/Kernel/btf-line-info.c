// func_info and line_info from corecc objects are accepted by libbpf and
// the verifier: after loading, the kernel holds a FUNC per function (the
// program and its BPF-to-BPF subprogram) and the source lines, with file,
// line, column and text, at the xlated instructions (what `bpftool prog
// dump xlated id N linum` prints). With -g and -gbtf alike.
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %corecc -O2 -g -c %s -o %t.g.o
// RUN: %corecc -O2 -gbtf -c %s -o %t.btf.o
// RUN: %corecc-run %t.g.o --run sum --ctx 0300000004000000 --dump-xlated sum > %t.g.out
// RUN: FileCheck %s < %t.g.out
// RUN: FileCheck --check-prefix=LINE %s < %t.g.out
// RUN: %corecc-run %t.btf.o --run sum --ctx 0300000004000000 --dump-xlated sum > %t.btf.out
// RUN: diff %t.g.out %t.btf.out
// RUN: %corecc-run %t.btf.o --dump-xlated sum --json | %python -m json.tool \
// RUN:   | FileCheck --check-prefix=JSON %s
// RUN: (%corecc-run %t.btf.o --dump-xlated nosuch 2>&1 || echo "exit=$?") \
// RUN:   | FileCheck --check-prefix=NOSUCH %s
// NOSUCH: corecc-run: --dump-xlated: {{.*}} has no program 'nosuch'
// NOSUCH: exit=2

// The subprogram's FUNC and its first line are at the same instruction.
// LINE: xlated sum func insn=[[WEIGH:[1-9][0-9]*]] 'weigh'

#define SEC(name) __attribute__((section(name), used))
#define noinline __attribute__((noinline))

struct pair {
	int a, b;
};

static noinline int weigh(int x, int y)
// LINE-DAG: xlated sum line insn=[[WEIGH]] {{.*}}btf-line-info.c:[[@LINE-1]]:0 'static noinline int weigh(int x, int y)'
{
	int w = x * 3;
// LINE-DAG: xlated sum line insn={{[0-9]+}} {{.*}}btf-line-info.c:[[@LINE-1]]:{{[0-9]+}} '	int w = x * 3;'
	return w + y;
// LINE-DAG: xlated sum line insn={{[0-9]+}} {{.*}}btf-line-info.c:[[@LINE-1]]:{{[0-9]+}} '	return w + y;'
}

SEC("syscall")
int sum(struct pair *p)
{
	int s = p->a + p->b;
// LINE-DAG: xlated sum line insn=0 {{.*}}btf-line-info.c:[[@LINE-1]]:{{[0-9]+}} '	int s = p->a + p->b;'
	return weigh(s, p->b);
// LINE-DAG: xlated sum line insn={{[0-9]+}} {{.*}}btf-line-info.c:[[@LINE-1]]:{{[0-9]+}} '	return weigh(s, p->b);'
}

char LICENSE[] SEC("license") = "GPL";

// (3 + 4) * 3 + 4
// The function's first line_info is its first instruction's (where that
// has a location), as clang-19's.
// CHECK: run sum retval=25 (0x19){{$}}
// CHECK-NEXT: xlated sum insns={{[0-9]+}} func_info=2 line_info={{[0-9]+}}
// CHECK-NEXT: xlated sum func insn=0 'sum'
// CHECK-NEXT: xlated sum func insn={{[1-9][0-9]*}} 'weigh'

// JSON: "xlated": [
// JSON: "name": "sum",
// JSON: "func_info": [
// JSON: "insn": 0,
// JSON-NEXT: "name": "sum"
// JSON: "name": "weigh"
// JSON: "line_info": [
// JSON: "insn": 0,
// JSON-NEXT: "file": "{{.*}}btf-line-info.c",
// JSON-NEXT: "line": [[# @LINE - 25]],
// JSON-NEXT: "col": {{[0-9]+}},
// JSON-NEXT: "text": "\tint s = p->a + p->b;"
