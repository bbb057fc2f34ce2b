// Roots named by a typedef, as LLVM's own CO-RE tests write them.
//
// An anonymous union named only by a typedef: Clang's metadata is the bare
// union, which libbpf cannot match, so the root is the typedef the
// variable is declared with (LLVM's anon-union-localvar-attr.ll,
// anon-struct-argument-pragma.ll).
//
// A pointer to an array typedef: "arg[1]" steps over one whole array (7
// unions, 56 bytes, the program's own layout like any array index) and
// "->d" is in its first element: the relocation is u's d.b (0:1:1) and 56
// is added to it. (LLVM's offset-reloc-typedef.ll expects 1:1:1, offset 12,
// which is not where C puts arg[1]->d.b; corecc reads that IR as 7:1:1,
// offset 60. clang-19 itself crashes on this source.)
//
// RUN: %corecc -target bpf -O2 -g -c %s -o %t.o
// RUN: %corecc-btf relocs %t.o | FileCheck %s
// RUN: not %corecc -target bpf -O2 -g -c %s -DBAD_KIND -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD
//
// CHECK: 3 CO-RE relocations
// CHECK-DAG: prog local_var{{.*}} kind byte_sz root {{.*}} typedef sockptr_t access 0:1 path sockptr_t::is_kernel value 4
// CHECK-DAG: prog argument{{.*}} kind byte_off root {{.*}} typedef sockptr_t access 0:0:1 path sockptr_t::user value 8
// CHECK-DAG: prog array_typedef{{.*}} kind byte_off root {{.*}} union u access 0:1:1 path u::d.b value 4
// RUN: %objdump -dr --no-show-raw-insn %t.o | FileCheck %s --check-prefix=ASM
// ASM-LABEL: <array_typedef>:
// ASM-NEXT: r1 += 0x4
// ASM-NEXT: CO-RE <byte_off> {{.*}} union u::d.b (0:1:1)
// ASM-NEXT: r1 += 0x38
//
// BAD: typedef-roots.c:{{[0-9]+}}:10: error: __builtin_preserve_field_info kind 10 is not a field query: the kinds are 0 (byte_off), 1 (byte_sz), 2 (field_exists), 3 (signed), 4 (lshift_u64) and 5 (rshift_u64)

typedef union {
  struct {
    void *kernel;
    void *user;
  };
  unsigned is_kernel : 1;
} __attribute__((preserve_access_index)) sockptr_t;

void *foo(void);
int local_var(void) {
  sockptr_t *arg = foo();
  return __builtin_preserve_field_info(arg->is_kernel, 1);
}

void *argument(sockptr_t *arg) {
  return __builtin_preserve_access_index(&arg->user);
}

struct s { int a; int b; };
union u { struct s c; struct s d; };
typedef union u arr_t[7];
int get_value(const void *addr);
int array_typedef(arr_t *arg) {
  return get_value(__builtin_preserve_access_index(&arg[1]->d.b));
}

#ifdef BAD_KIND
int bad_kind(sockptr_t *arg) {
  return __builtin_preserve_field_info(arg->is_kernel, 10);
}
#endif
