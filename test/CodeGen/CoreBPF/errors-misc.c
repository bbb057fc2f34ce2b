// Other constructs without a BPF equivalent: each is an error at its
// source position, never a crash in the assembler or instruction selection.
//
// RUN: not %corecc -O2 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump" --implicit-check-not="LLVM ERROR"
// RUN: not %corecc -O0 -mcpu=v1 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump" --implicit-check-not="LLVM ERROR"
// RUN: not %corecc -O2 -S %s -o %t.s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump" --implicit-check-not="LLVM ERROR"

// An empty asm statement is a compiler barrier, and fine.
long barrier(long x)
{
	asm volatile("" : "+r"(x));
	asm volatile("" ::: "memory");
	return x;
}

// Assembly is parsed by corecc's BPF assembler (asm-parser.ll); a statement
// it cannot read is an error with the statement and a caret.
long with_insn(long x)
{
	asm volatile("%0 += 1" : "+r"(x));
	// CHECK: error: <inline asm>:1:2: expected a number
	// CHECK-NEXT: r0 +=
	asm volatile("%0 += " : "+r"(x));
	return x;
}

// CHECK: errors-misc.c:[[@LINE+1]]:32: error: __builtin_return_address is not supported by BPF
void *caller_pc(void) { return __builtin_return_address(0); }
// CHECK: errors-misc.c:[[@LINE+1]]:36: error: __builtin_frame_address is not supported by BPF
void *frame(void) { return (void *)__builtin_frame_address(0); }
// CHECK: errors-misc.c:[[@LINE+1]]:19: error: __builtin_trap is not supported by BPF
void trap(void) { __builtin_trap(); }

int computed_goto(int i)
{
	static void *labels[] = {&&a, &&b};
	// CHECK: errors-misc.c:[[@LINE+1]]:{{2|8}}: error: indirect branch (computed goto) is not supported by BPF
	goto *labels[i & 1];
a:
	return 1;
b:
	return 2;
}
