// A target "kernel" for core-cases.c: the BTF of core-cases.h in the layout
// VARIANT selects (clang-19 -g -target bpf). libbpf takes the object itself
// as btf_custom_path.
#include "core-cases.h"

struct amb amb_var;
struct amb2 amb2_var;
struct prn prn_var;
struct big big_var;
struct grow grow_var;
struct tm tm_var;
enum e64 e64_var;
enum neg neg_var;
struct gone gone_var;
struct task task_var;
struct anon_move anon_move_var;
struct arr arr_var;
struct bf bf_var;
u64_t u64_var;
#if VARIANT == 1
struct amb___x amb_x_var;
struct amb2___y amb2_y_var;
struct prn___b prn_b_var;
#else
struct missing_type missing_type_var;
#endif
