// Every BTF kind in one clang-19 object: our dump equals bpftool's, the
// bytes re-encode identically, and the C header of it compiles with its
// layout checked.
//
// RUN: %clang19 -g -O2 -target bpf -c %s -o %t.o
// RUN: %corecc-btf dump %t.o > %t.ours
// RUN: FileCheck %s < %t.ours
// RUN: %corecc-btf roundtrip %t.o | FileCheck %s --check-prefix=ROUNDTRIP
// RUN: %corecc-btf dump --format c --layout-asserts %t.o > %t.h
// RUN: %clang19 -target bpf -fsyntax-only -Wall -Werror -x c %t.h
//
// Against bpftool (its output must be identical):
// RUN: %if bpftool %{ %bpftool btf dump file %t.o > %t.bpftool %}
// RUN: %if bpftool %{ diff %t.bpftool %t.ours %}
//
// A compressed .BTF section (SHF_COMPRESSED) reads the same:
// RUN: llvm-objcopy --compress-sections .BTF=zlib %t.o %t.z.o
// RUN: %corecc-btf dump %t.z.o | diff %t.ours -
//
// Big-endian object: same types, swapped on read.
// RUN: %clang19 -g -O2 -target bpfeb -c %s -o %t.eb.o
// RUN: %corecc-btf dump %t.eb.o > %t.eb.ours
// RUN: diff %t.ours %t.eb.ours
// RUN: %corecc-btf roundtrip %t.eb.o | FileCheck %s --check-prefix=ROUNDTRIP-EB
// RUN: %if bpftool %{ %bpftool btf dump file %t.eb.o | diff - %t.eb.ours %}
//
// ROUNDTRIP: .BTF: {{[0-9]+}} types, {{[0-9]+}} bytes, little endian: identical
// ROUNDTRIP: .BTF.ext: 2 func_info, {{[0-9]+}} line_info, 5 core_relo, {{[0-9]+}} bytes: identical
// ROUNDTRIP-EB: .BTF: {{[0-9]+}} types, {{[0-9]+}} bytes, big endian: identical
// ROUNDTRIP-EB: .BTF.ext: {{.*}}: identical

#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define __ksym __attribute__((section(".ksyms")))
#define __tag1 __attribute__((btf_decl_tag("tag1")))
#define __user __attribute__((btf_type_tag("user")))

static void *(*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;

enum small { S_A = -1, S_B = 2 };
enum big { B_A = 0x100000000ULL, B_B = 0xffffffffffffffffULL };
enum sbig { SB_A = -0x100000000LL, SB_B = 1 };
struct bits { int a:3; unsigned b:5; long c; char d:1; } __tag1;
union u { int i; float f; double d; };
struct fwdonly;
typedef struct bits bits_t;
struct node {
  struct node *next;
  volatile const int *p;
  int *restrict r;
  int __user *up;
  struct fwdonly *f;
  int arr[4][2];
  union u uu;
  enum small e;
  enum big eb;
  enum sbig es;
  bits_t bt;
  _Bool flag;
  __int128 wide;
  unsigned __int128 uwide;
  int __tag1 tagged;
} __tag1;

struct {
  __uint(type, 1);
  __uint(max_entries, 16);
  __type(key, int);
  __type(value, struct node);
} hmap SEC(".maps");

int gvar = 1;
static int svar __attribute__((used)) = 2;
const volatile int rovar = 3;
int bssvar;
char datavar[8] SEC(".data.custom") = "hi";
extern int ext_var __attribute__((weak));
extern int bpf_kfunc_example(int x) __ksym __attribute__((weak));

static __attribute__((noinline)) int helper(struct node *n __tag1, int x) __tag1 {
  return n ? x + 1 : x;
}

SEC("tp/syscalls/sys_enter_getpid")
int prog(void *ctx) {
  struct node *n = bpf_map_lookup_elem(&hmap, &gvar);
  if (!n)
    return 0;
  int v = __builtin_preserve_access_index(n->bt.c);
  v += __builtin_preserve_field_info(n->flag, 2);
  v += __builtin_preserve_type_info(*(struct bits *)0, 1);
  v += __builtin_preserve_enum_value(*(enum small *)S_B, 1);
  v += __builtin_preserve_field_info(n->bt.a, 0);
  v += bpf_kfunc_example(v);
  return helper(n, v + svar + rovar + bssvar + datavar[0]) +
         (&ext_var ? ext_var : 0);
}

char LICENSE[] SEC("license") = "GPL";

// One line of each kind (the dump is bpftool's form):
// CHECK: INT 'int' size=4 bits_offset=0 nr_bits=32 encoding=SIGNED
// CHECK: STRUCT 'node' size=192 vlen=15
// CHECK: DECL_TAG 'tag1' type_id=[[NODE:[0-9]+]] component_idx=-1
// CHECK: CONST '(anon)' type_id=[[VOL:[0-9]+]]
// CHECK: [[VOL]]] VOLATILE '(anon)' type_id=
// CHECK: RESTRICT '(anon)'
// CHECK: TYPE_TAG 'user' type_id=
// CHECK: FWD 'fwdonly' fwd_kind=struct
// CHECK: ARRAY '(anon)' type_id={{[0-9]+}} index_type_id={{[0-9]+}} nr_elems=4
// CHECK: UNION 'u' size=8 vlen=3
// CHECK: FLOAT 'float' size=4
// CHECK: ENUM 'small' encoding=SIGNED size=4 vlen=2
// CHECK-NEXT: 'S_A' val=-1
// CHECK: ENUM64 'big' encoding=UNSIGNED size=8 vlen=2
// CHECK-NEXT: 'B_A' val=4294967296ULL
// CHECK-NEXT: 'B_B' val=18446744073709551615ULL
// CHECK: ENUM64 'sbig' encoding=SIGNED size=8 vlen=2
// CHECK-NEXT: 'SB_A' val=-4294967296LL
// CHECK: TYPEDEF 'bits_t' type_id=
// CHECK: STRUCT 'bits' size=24 vlen=4
// CHECK-NEXT: 'a' type_id={{[0-9]+}} bits_offset=0 bitfield_size=3
// CHECK-NEXT: 'b' type_id={{[0-9]+}} bits_offset=3 bitfield_size=5
// CHECK: INT '_Bool' size=1 bits_offset=0 nr_bits=8 encoding=BOOL
// CHECK: INT '__int128' size=16 bits_offset=0 nr_bits=128 encoding=SIGNED
// CHECK: DECL_TAG 'tag1' type_id=[[NODE]] component_idx=14
// CHECK: VAR 'hmap' type_id={{[0-9]+}}, linkage=global
// CHECK: FUNC_PROTO '(anon)' ret_type_id={{[0-9]+}} vlen=1
// CHECK-NEXT: 'ctx' type_id=
// CHECK: FUNC 'prog' type_id={{[0-9]+}} linkage=global
// CHECK: FUNC 'bpf_kfunc_example' type_id={{[0-9]+}} linkage=extern
// CHECK: FUNC 'helper' type_id={{[0-9]+}} linkage=static
// CHECK: DECL_TAG 'tag1' type_id={{[0-9]+}} component_idx=0
// CHECK: VAR 'svar' type_id={{[0-9]+}}, linkage=static
// CHECK: VAR 'ext_var' type_id={{[0-9]+}}, linkage=extern
// CHECK: DATASEC '.bss' size=0 vlen=1
// CHECK: DATASEC '.ksyms' size=0 vlen=1
// CHECK-NEXT: type_id={{[0-9]+}} offset=0 size=0 (FUNC 'bpf_kfunc_example')
// CHECK: DATASEC '.maps' size=0 vlen=1
// CHECK-NEXT: offset=0 size=32 (VAR 'hmap')
