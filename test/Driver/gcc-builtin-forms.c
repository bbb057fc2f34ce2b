// GCC's three-argument __builtin_preserve_enum_value (its bpf_core_enum_value
// macros: a pointer expression of the enum type, the enumerator, the kind)
// compiles to the same relocations as Clang's two-argument form; any other
// argument count keeps Clang's diagnostic.
// RUN: %corecc -target bpf -O2 -g -c %s -o %t.o
// RUN: %corecc-btf relocs %t.o | FileCheck %s
// RUN: not %corecc -target bpf -O2 -g -c %s -o %t.bad.o -DBAD 2>&1 | FileCheck %s --check-prefix=BAD
// CHECK: 4 CO-RE relocations
// CHECK: kind enumval_value root {{.*}} enum64 E access 1 path E::B value 8589934591
// CHECK: kind enumval_exists root {{.*}} enum64 E access 0 path E::A value 1
// CHECK: kind enumval_value root {{.*}} enum64 E access 0 path E::A value 1
// CHECK: kind enumval_exists root {{.*}} enum64 E access 1 path E::B value 1
// BAD: gcc-builtin-forms.c:[[@LINE+14]]:{{[0-9]+}}: error: too many arguments to function call, expected 2, have 4

enum E { A = 1, B = 0x1ffffffffLL };
// GCC's core-support.h spells the type argument this way.
#define bpf_type(t) ({ extern __typeof__(t) *__tmp_t; __tmp_t; })

long values(void) {
  enum E e = A;
  return __builtin_preserve_enum_value(bpf_type(enum E), B, 1) +
         __builtin_preserve_enum_value(bpf_type(e), A, 0) +
         __builtin_preserve_enum_value(*(enum E *)A, 1) +
         __builtin_preserve_enum_value(*(enum E *)B, 0);
}
#ifdef BAD
long bad(void) { return __builtin_preserve_enum_value(1, 2, 3, 4); }
#endif
