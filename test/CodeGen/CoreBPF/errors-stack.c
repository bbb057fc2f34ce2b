// Stack frames are fixed and at most 512 bytes: bigger frames and frames of
// a runtime size are errors at the function's name / the allocation.
//
// RUN: not %corecc -O2 -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="Stack dump"
// At -O0 every local has its own slot: "full" is over the limit too (as
// with clang-19 -O0), and a VLA's scope bookkeeping adds no errors.
// RUN: not %corecc -O0 -mcpu=v1 -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=O0 --implicit-check-not=error: --implicit-check-not="Stack dump"
// RUN: %corecc -O2 -c %s -o %t.o 2>/dev/null; test $? -eq 1

extern void use(void *p);

// Exactly 512 bytes is allowed.
// O0: errors-stack.c:[[@LINE+1]]:5: error: function 'full' needs 528 bytes of stack
int full(int i)
{
	char buf[512];
	use(buf);
	return buf[i & 511];
}

// CHECK: errors-stack.c:[[@LINE+2]]:5: error: function 'too_big' needs 600 bytes of stack; BPF allows at most 512 (move large buffers into a per-CPU array map)
// O0: errors-stack.c:[[@LINE+1]]:5: error: function 'too_big' needs 616 bytes of stack
int too_big(int i)
{
	char buf[600];
	use(buf);
	return buf[i & 511];
}

// Two arrays that do not fit together.
// CHECK: errors-stack.c:[[@LINE+2]]:5: error: function 'two_arrays' needs 560 bytes of stack; BPF allows at most 512
// O0: errors-stack.c:[[@LINE+1]]:5: error: function 'two_arrays' needs 584 bytes of stack
int two_arrays(int i)
{
	long a[40], b[30];
	use(a);
	use(b);
	return a[i & 31] + b[i & 15];
}

int vla(int n)
{
	// CHECK: errors-stack.c:[[@LINE+2]]:2: error: variable-length
	// O0: errors-stack.c:[[@LINE+1]]:2: error: variable-length arrays and alloca of a runtime size are not supported by BPF: stack frames have a fixed size
	char buf[n];
	use(buf);
	return buf[0];
}

int dyn_alloca(unsigned n)
{
	// CHECK: errors-stack.c:[[@LINE+2]]:12: error: variable-length
	// O0: errors-stack.c:[[@LINE+1]]:12: error: variable-length arrays and alloca of a runtime size are not supported by BPF: stack frames have a fixed size
	char *p = __builtin_alloca(n);
	use(p);
	return p[0];
}
