// Steps that clang-19 leaves to the program's layout and GCC relocates,
// relocated as GCC does so that corecc relocates at least what either does
// (CoreAccessPass.cpp, docs/core.md): a member of a struct without the
// attribute, reached through an attributed member (GCC's core-attr-3.c),
// a struct without the attribute reached through an attributed pointer
// member (GCC's core-attr-6.c: "t->ptr_u->v.f" is T 0:3, then U 0:1:2),
// and a constant step of the root pointer, "(s+2)->b", which is "s[2].b"
// (GCC's core-attr-struct-as-array.c). A union member and a variable step
// stay as they are: which union member is meant is not in the IR, and a
// variable index cannot be relocated.
// RUN: %corecc -target bpf -O2 -g -c %s -o %t.o 2> %t.err
// RUN: %corecc-btf relocs %t.o | FileCheck %s
// RUN: FileCheck %s --check-prefix=WARN < %t.err
//
// CHECK: 12 CO-RE relocations
// CHECK-DAG: kind byte_off root {{.*}} struct S access 0:2:1 path S::inner.c
// CHECK-DAG: kind byte_off root {{.*}} struct S access 0:3:0 path S::other.e
// CHECK-DAG: kind byte_off root {{.*}} struct S access 0:4:2:1 path S::arr[2].f
// CHECK-DAG: kind byte_off root {{.*}} struct S access 0:5 path S::u
// CHECK-DAG: kind byte_off root {{.*}} struct S access 0:6 path S::next
// CHECK-DAG: kind byte_off root {{.*}} struct S access 0:0 path S::pad
// CHECK-DAG: kind byte_off root {{.*}} struct S access 2:1 path S[2].a
// CHECK-DAG: kind byte_off root {{.*}} struct S access 3:3:1 path S[3].other.f
// CHECK-DAG: kind byte_off root {{.*}} struct S access 0:3:1 path S::other.f
// CHECK-DAG: kind byte_off root {{.*}} struct S access 0:1 path S::a
// CHECK-DAG: kind byte_off root {{.*}} struct S access 0:7 path S::optr
// CHECK-DAG: kind byte_off root {{.*}} struct O access 0:1 path O::f
//
// Only the variable step is warned about: the constant ones are relocated.
// WARN: gcc-steps.c:[[@LINE+31]]:{{[0-9]+}}: warning: arithmetic on a pointer to CO-RE type 'struct S'
// WARN-NOT: warning:

struct O {
  int e;
  int f;
};
union U {
  int x;
  long y;
};
struct S {
  int pad;
  int a;
  struct {
    int b;
    int c;
  } inner;
  struct O other;
  struct O arr[4];
  union U u;
  struct S *next;
  struct O *optr;
} __attribute__((preserve_access_index));

int sink(void *, void *, void *, void *, void *);

int members(struct S *s) {
  return sink(&s->inner.c, &s->other.e, &s->arr[2].f, &s->u.y, &s->next->pad);
}
int steps(struct S *s, int i) {
  return sink(&(s + 2)->a, &(s + 3)->other.f, &(s + i)->a, &s->other.f,
              &s->optr->f);
}
