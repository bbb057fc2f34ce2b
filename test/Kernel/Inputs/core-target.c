// A target "kernel" for the CO-RE tests: its BTF (clang-19 -g -target bpf)
// describes the types of core-variants.h in the layout VARIANT selects.
// libbpf takes the object itself as btf_custom_path.
#include "core-variants.h"

struct rec rec_var;
struct rec_inner inner_var;
enum color color_var;
enum wide wide_var;
#if VARIANT != 1
struct only_here only_here_var;
#endif
