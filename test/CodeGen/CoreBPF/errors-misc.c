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
// it cannot read is an error at the asm statement's line in the C source
// (as clang-19 gives it), then the assembly line with a caret.
long with_insn(long x)
{
	asm volatile("%0 += 1" : "+r"(x));
	// CHECK: errors-misc.c:[[@LINE+4]]:15: error: the statement ends early: an operand is missing
	// CHECK-NEXT: <inline asm>:1:7: note: instantiated into assembly here
	// CHECK-NEXT: r0 +=
	// CHECK-NEXT: ^
	asm volatile("%0 += " : "+r"(x));
	// A later line of a statement: where clang-19 puts it, after the "\n".
	// CHECK: errors-misc.c:[[@LINE+2]]:25: error: unexpected 'bogus'
	// CHECK-NEXT: <inline asm>:2:7: note: instantiated into assembly here
	asm volatile("%0 += 1\n\t"
		     "%0 = bogus" : "+r"(x));
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
