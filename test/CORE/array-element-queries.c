// Field queries on an array element (LLVM's intrinsic-fieldinfo-*-3.ll,
// GCC's core-builtin-fieldinfo-sign-1.c). libbpf applies byte_off, byte_sz
// and field_exists to an element, and refuses signed, lshift_u64 and
// rshift_u64 there even for the local value, so an object with one never
// loads: clang-19 emits it anyway, corecc says why at the line.
// REQUIRES: libbpf, bpf-syscall
// RUN: %corecc -target bpf -O2 -g -c %s -o %t.o
// RUN: %corecc-btf relocs %t.o | FileCheck %s
// RUN: not %corecc -target bpf -O2 -g -c %s -DSIGNED -o /dev/null 2>&1 | FileCheck %s --check-prefix=SIGNED
// What libbpf does with clang-19's object for the same query:
// RUN: %clang19 -target bpf -O2 -g -c %s -DSIGNED -o %t.clang.o
// RUN: not %corecc-run %t.clang.o --no-load 2>&1 | FileCheck %s --check-prefix=LIBBPF
//
// CHECK: 2 CO-RE relocations
// CHECK: kind field_exists root {{.*}} struct s access 0:1:1 path s::ar[1] value 1
// CHECK: kind byte_sz root {{.*}} struct s access 0:1:1 path s::ar[1] value 2
// SIGNED: array-element-queries.c:{{[0-9]+}}:{{[0-9]+}}: error: CO-RE signed of s::ar[1]: this field query does not apply to an array element: libbpf applies only byte_off, byte_sz and field_exists to one ("can't be applied to array access"), so no kernel would load the program
// LIBBPF: prepare FAILED: {{.*}}can't be applied to array access

struct s {
  int x;
  short ar[4];
} __attribute__((preserve_access_index));

struct s data;
char LICENSE[] __attribute__((section("license"))) = "GPL";

__attribute__((section("socket"))) int prog(void *ctx) {
#ifdef SIGNED
  return __builtin_preserve_field_info(data.ar[1], 3);
#else
  return __builtin_preserve_field_info(data.ar[1], 2) +
         __builtin_preserve_field_info(data.ar[1], 1);
#endif
}
