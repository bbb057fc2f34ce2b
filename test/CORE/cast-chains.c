// A cast inside __builtin_preserve_access_index ends the access chain: the
// address of arg->d reinterpreted as struct v1 starts a new relocation rooted
// at struct v1, as clang-19 (and LLVM's BPFAbstractMemberAccess) does. Before
// the fix the cast's access was folded into v3's chain as "0:1:1".
// RUN: %corecc -target bpf -O2 -g -c %s -o %t.o
// RUN: %corecc-btf relocs %t.o | FileCheck %s
// CHECK: 2 CO-RE relocations
// CHECK: kind byte_off root {{.*}} struct v3 access 0:1 path v3::d
// CHECK: kind byte_off root {{.*}} struct v1 access 0:1 path v1::b
// CHECK-NOT: access 0:1:1
struct v1 { int a; int b; };
struct v2 { int c; int d; };
struct v3 { char c; struct v2 d; };
int get_value(const int *);
int test(struct v3 *arg) {
  return get_value(__builtin_preserve_access_index(&((struct v1 *)&arg->d)->b));
}
