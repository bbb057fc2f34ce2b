// Which records corecc writes whole and which as FWD: as clang-19, a named
// struct or union that is reached only from a struct/union member through a
// pointer (or a typedef or qualifier below that pointer) is a FWD; whatever
// else reaches it (a function's parameter, a variable, a map's key or
// value, an array element, a function pointer's parameter, a member by
// value, a CO-RE relocation) brings it in whole, and the pruned pointers
// then refer to the whole record. This keeps a program that touches
// task_struct from carrying most of the kernel's types.
//
// RUN: %corecc -O2 -g -c %s -o %t.o
// RUN: %clang19 -O2 -g -target bpf -c %s -o %t.clang.o
// RUN: %bpftool btf dump file %t.o > %t.dump
// RUN: %bpftool btf dump file %t.clang.o > %t.clang.dump
// RUN: %python %S/Inputs/btf_canon.py --zero-datasec %t.dump > %t.canon
// RUN: %python %S/Inputs/btf_canon.py --zero-datasec --unique %t.clang.dump > %t.clang.canon
// RUN: diff %t.clang.canon %t.canon
// RUN: FileCheck %s < %t.canon
// RUN: FileCheck --check-prefix=ROOT %s < %t.canon
// RUN: FileCheck --check-prefix=NOWHOLE %s < %t.canon
// RUN: %python %S/Inputs/btf_canon.py --count-duplicates %t.dump | FileCheck --check-prefix=DUP %s
// DUP: duplicates: 0

#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define __user __attribute__((btf_type_tag("user")))

static long (*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;

struct leaf { int v; };              // only behind member pointers: FWD
struct used_leaf { int u; };         // also a parameter: whole
typedef struct tleaf { int t; } tleaf_t;   // typedef behind a pointer: FWD
typedef struct tl2 { int z; } tl2_t; // behind a pointer, and by value: whole
struct cleaf { int c; };             // const behind a pointer: FWD
struct tagleaf { int g; };           // type tag behind a pointer: FWD
union uleaf { int x; float y; };     // a union: FWD
struct arr_leaf { int a; };          // pointers in an array: whole
struct fp_leaf { int f; };           // a function pointer's parameter: whole
struct byval { int b; };             // a member by value: whole
struct mv_leaf { int m; };           // behind a map value's member: FWD
struct map_val { struct mv_leaf *ml; int x; }; // a map value: whole
struct var_leaf { long w; };         // a global variable: whole
struct core_leaf { int k; };         // a CO-RE relocation's root: whole

struct root {
  struct root *self;
  struct leaf *leaf;
  struct leaf **pp;
  struct used_leaf *used;
  tleaf_t *tl;
  tl2_t *t2;
  const struct cleaf *cl;
  struct tagleaf __user *tg;
  union uleaf *ul;
  struct arr_leaf *arr[2];
  int (*fp)(struct fp_leaf *);
  struct byval bv;
  struct {
    struct leaf *inner;
  } anon;
  struct var_leaf *vl;
  struct core_leaf *kl;
};

struct {
  __uint(type, 1);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, struct map_val);
} values SEC(".maps");

struct var_leaf global_leaf;

static __attribute__((noinline)) int use(struct used_leaf *u, tl2_t t) {
  return u ? u->u + t.z : t.z;
}

SEC("tp/x")
int prog(struct root *r) {
  int key = 0;
  struct map_val *v = (void *)bpf_map_lookup_elem(&values, &key);
  tl2_t t = {.z = 1};
  int k = __builtin_preserve_access_index(r->kl->k);
  return use(r->used, t) + (v ? v->x : 0) + (int)global_leaf.w + k;
}

char LICENSE[] SEC("license") = "GPL";

// CHECK-DAG: FWD 'leaf' fwd_kind=struct
// CHECK-DAG: FWD 'tleaf' fwd_kind=struct
// CHECK-DAG: FWD 'cleaf' fwd_kind=struct
// CHECK-DAG: FWD 'tagleaf' fwd_kind=struct
// CHECK-DAG: FWD 'uleaf' fwd_kind=union
// CHECK-DAG: FWD 'mv_leaf' fwd_kind=struct
// CHECK-DAG: STRUCT 'used_leaf' size=4 vlen=1
// CHECK-DAG: STRUCT 'tl2' size=4 vlen=1
// CHECK-DAG: STRUCT 'arr_leaf' size=4 vlen=1
// CHECK-DAG: STRUCT 'fp_leaf' size=4 vlen=1
// CHECK-DAG: STRUCT 'byval' size=4 vlen=1
// CHECK-DAG: STRUCT 'map_val' size=16 vlen=2
// CHECK-DAG: STRUCT 'var_leaf' size=8 vlen=1
// CHECK-DAG: STRUCT 'core_leaf' size=4 vlen=1
// CHECK-DAG: TYPEDEF 'tleaf_t' -> FWD 'tleaf'
// CHECK-DAG: TYPEDEF 'tl2_t' -> STRUCT 'tl2'
// CHECK-DAG: 'ml' type=<PTR -> FWD 'mv_leaf'> bits_offset=0
//
// ROOT: STRUCT 'root' size=128 vlen=15
// ROOT-NEXT: 'self' type=<PTR -> STRUCT 'root'> bits_offset=0
// ROOT-NEXT: 'leaf' type=<PTR -> FWD 'leaf'> bits_offset=64
// ROOT-NEXT: 'pp' type=<PTR -> PTR -> FWD 'leaf'> bits_offset=128
// ROOT-NEXT: 'used' type=<PTR -> STRUCT 'used_leaf'> bits_offset=192
// ROOT-NEXT: 'tl' type=<PTR -> TYPEDEF 'tleaf_t'> bits_offset=256
// ROOT-NEXT: 't2' type=<PTR -> TYPEDEF 'tl2_t'> bits_offset=320
// ROOT-NEXT: 'cl' type=<PTR -> CONST -> FWD 'cleaf'> bits_offset=384
// ROOT-NEXT: 'tg' type=<PTR -> TYPE_TAG 'user' -> FWD 'tagleaf'> bits_offset=448
// ROOT-NEXT: 'ul' type=<PTR -> FWD 'uleaf'> bits_offset=512
// ROOT-NEXT: 'arr' type=<ARRAY type=<PTR -> STRUCT 'arr_leaf'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=2> bits_offset=576
// ROOT-NEXT: 'fp' type=<PTR -> FUNC_PROTO ret_type=<INT 'int'> vlen=1 { '(anon)' type=<PTR -> STRUCT 'fp_leaf'> }> bits_offset=704
// ROOT-NEXT: 'bv' type=<STRUCT 'byval'> bits_offset=768
// ROOT-NEXT: 'anon' type=<STRUCT size=8 vlen=1 { 'inner' type=<PTR -> FWD 'leaf'> bits_offset=0 }> bits_offset=832
// ROOT-NEXT: 'vl' type=<PTR -> STRUCT 'var_leaf'> bits_offset=896
// ROOT-NEXT: 'kl' type=<PTR -> STRUCT 'core_leaf'> bits_offset=960
//
// NOWHOLE-NOT: STRUCT 'leaf'
// NOWHOLE-NOT: STRUCT 'mv_leaf'
