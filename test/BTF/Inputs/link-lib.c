// The library half of emit-static-link.test.
int shared_var = 3;

__attribute__((noinline)) int shared_func(int x)
{
	static int bias = 10; // VAR 'shared_func.bias'
	return x + bias++;
}
