// The program half of emit-static-link.test: uses a variable and a function
// that link-lib.c defines.
#define SEC(n) __attribute__((section(n), used))

extern int shared_var;
extern int shared_func(int x);

SEC("syscall")
int prog(void *ctx)
{
	static int calls; // VAR 'prog.calls'
	calls++;
	return calls * 100 + shared_var + shared_func(1);
}

char LICENSE[] SEC("license") = "GPL";
