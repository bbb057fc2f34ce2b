// Calls BPF cannot make, and functions it cannot have: each is an error at
// the source position (clang-19 accepts the indirect call and emits a callx
// the verifier rejects; it crashes on va_arg).
//
// RUN: not %corecc -O2 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: not %corecc -O0 -mcpu=v1 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: %corecc -O2 -c %s -o %t.o 2>/dev/null; test $? -eq 1
// RUN: test ! -e %t.o

// Aggregates by value (passed or returned) are not errors: see
// test/Kernel/codegen-aggregates.c.

int (*fp)(int);

// CHECK: errors-calls.c:[[@LINE+1]]:31: error: function 'six' takes 6 arguments; BPF passes at most 5 in registers (group them in a struct passed by pointer)
__attribute__((noinline)) int six(int a, int b, int c, int d, int e, int f)
{
	return a + b + c + d + e + f;
}

// One error for a variadic function, none for the va_* inside it.
// CHECK: errors-calls.c:[[@LINE+1]]:31: error: variadic function 'var' is not supported by BPF
__attribute__((noinline)) int var(int n, ...)
{
	__builtin_va_list ap;
	__builtin_va_start(ap, n);
	int r = __builtin_va_arg(ap, int);
	__builtin_va_end(ap);
	return r;
}

int caller(int x)
{
	int r = 0;
	// CHECK: errors-calls.c:[[@LINE+1]]:7: error: indirect call through a function pointer is not supported by BPF: call helpers through their constant address and BPF functions by name
	r += fp(x);
	// CHECK: errors-calls.c:[[@LINE+1]]:7: error: call to 'six' passes 6 arguments; BPF passes at most 5 in registers
	r += six(x, 1, 2, 3, 4, 5);
	// Calling a variadic function is fine (bpf_trace_printk is declared so).
	return r + var(1, 2);
}
