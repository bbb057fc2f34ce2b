// Calls BPF cannot make, and functions it cannot have: each is an error at
// the source position (clang-19 accepts the indirect call and emits a callx
// the verifier rejects; it crashes on va_arg).
//
// RUN: not %corecc -O2 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: not %corecc -O0 -mcpu=v1 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: %corecc -O2 -c %s -o %t.o 2>/dev/null; test $? -eq 1
// RUN: test ! -e %t.o

typedef unsigned long u64;
struct big { u64 a, b, c; };   // 24 bytes: passed by reference in Clang's BPF ABI
struct pair { u64 a, b; };     // 16 bytes: two registers
struct small { int a, b; };    // 8 bytes: one register

int (*fp)(int);

// CHECK: errors-calls.c:[[@LINE+1]]:31: error: function 'six' takes 6 arguments; BPF passes at most 5 in registers (group them in a struct passed by pointer)
__attribute__((noinline)) int six(int a, int b, int c, int d, int e, int f)
{
	return a + b + c + d + e + f;
}

// CHECK: errors-calls.c:[[@LINE+1]]:38: error: function 'ret_big' returns an aggregate by value; BPF has no stack for it (use a pointer)
__attribute__((noinline)) struct big ret_big(int x)
{
	struct big b = {x, x, x};
	return b;
}

// Clang's BPF ABI returns every aggregate through memory, even small ones.
// CHECK: errors-calls.c:[[@LINE+1]]:40: error: function 'ret_small' returns an aggregate by value; BPF has no stack for it (use a pointer)
__attribute__((noinline)) struct small ret_small(int x)
{
	struct small s = {x, x + 1};
	return s;
}

// CHECK: errors-calls.c:[[@LINE+1]]:31: error: function 'take_big' takes an aggregate by value; BPF has no stack for it (use a pointer)
__attribute__((noinline)) int take_big(struct big b)
{
	return b.a + b.c;
}

// Aggregates of up to 16 bytes travel in one or two registers: no error.
__attribute__((noinline)) int take_small(struct small s) { return s.a + s.b; }
__attribute__((noinline)) int take_pair(struct pair p) { return p.a * p.b; }

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
	struct big b = {1, 2, 3};
	struct small s = {4, 5};
	struct pair p = {6, 7};
	int r = take_small(s) + take_pair(p);
	// CHECK: errors-calls.c:[[@LINE+1]]:7: error: indirect call through a function pointer is not supported by BPF: call helpers through their constant address and BPF functions by name
	r += fp(x);
	// CHECK: errors-calls.c:[[@LINE+1]]:7: error: call to 'six' passes 6 arguments; BPF passes at most 5 in registers
	r += six(x, 1, 2, 3, 4, 5);
	// CHECK: errors-calls.c:[[@LINE+1]]:7: error: call to 'take_big' passes an aggregate by value; BPF has no stack for it (pass a pointer)
	r += take_big(b);
	// CHECK: errors-calls.c:[[@LINE+1]]:7: error: call to 'ret_big' returns an aggregate by value; BPF has no stack for it (pass a pointer)
	r += ret_big(x).a;
	// CHECK: errors-calls.c:[[@LINE+1]]:7: error: call to 'ret_small' returns an aggregate by value; BPF has no stack for it (pass a pointer)
	r += ret_small(x).b;
	// Calling a variadic function is fine (bpf_trace_printk is declared so).
	return r + var(1, 2);
}
