// The BTF corecc writes for a program with every kind of type and every
// kind of data section, against clang-19's for the same source: bpftool's
// dumps of both objects, with type ids resolved structurally and sorted
// (Inputs/btf_canon.py), describe the same types. Intended differences,
// normalised away here (docs/btf.md):
//   * corecc fills DATASEC sizes and variable offsets (checked against the
//     ELF symbols below); clang leaves zeroes for libbpf (--zero-datasec);
//   * clang writes some types twice (an int[4], a TYPE_TAG); corecc's are
//     deduplicated (--unique on clang's side, 0 duplicates on ours);
//   * corecc keeps the parameter names of extern functions (kfuncs), clang
//     drops them (--anon-extern-params on our side).
//
// RUN: %corecc -O2 -g -c %s -o %t.o
// RUN: %clang19 -O2 -g -target bpf -c %s -o %t.clang.o
// RUN: %bpftool btf dump file %t.o > %t.dump
// RUN: %bpftool btf dump file %t.clang.o > %t.clang.dump
// RUN: %python %S/Inputs/btf_canon.py --zero-datasec --anon-extern-params %t.dump > %t.canon
// RUN: %python %S/Inputs/btf_canon.py --zero-datasec --unique %t.clang.dump > %t.clang.canon
// RUN: diff %t.clang.canon %t.canon
// RUN: %python %S/Inputs/btf_canon.py --count-duplicates %t.dump | FileCheck --check-prefix=DUP %s
// DUP: duplicates: 0
//
// What the canonical dump holds (so that a shared regression of both
// compilers would not go unnoticed):
// RUN: %python %S/Inputs/btf_canon.py %t.dump > %t.full
// RUN: FileCheck %s < %t.full
// RUN: FileCheck --check-prefix=LAYOUT %s < %t.full
// RUN: FileCheck --check-prefix=ONLY %s < %t.full
//
// DATASEC sizes and offsets are those of the ELF sections and symbols.
// RUN: %readelf -S -s %t.o > %t.elf
// RUN: %python %S/Inputs/datasec_check.py %t.dump %t.elf | FileCheck --check-prefix=SEC %s
//
// -gbtf gives the same .BTF bytes as -g; big-endian the same types.
// RUN: %corecc -O2 -gbtf -c %s -o %t.btf.o
// RUN: llvm-objcopy -O binary --only-section=.BTF %t.o %t.g.BTF
// RUN: llvm-objcopy -O binary --only-section=.BTF %t.btf.o %t.btf.BTF
// RUN: cmp %t.g.BTF %t.btf.BTF
// RUN: %corecc -O2 -g --target=bpfeb -c %s -o %t.eb.o
// RUN: %bpftool btf dump file %t.eb.o | diff %t.dump -
//
// The objects' own validating readers agree.
// RUN: %corecc-btf dump %t.o | diff %t.dump -

#define SEC(n) __attribute__((section(n), used))
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define __array(name, val) typeof(val) *name[]
#define __ksym __attribute__((section(".ksyms")))
#define __kconfig __attribute__((section(".kconfig")))
#define __weak __attribute__((weak))
#define __tag(x) __attribute__((btf_decl_tag(x)))
#define __user __attribute__((btf_type_tag("user")))
#define __rcu __attribute__((btf_type_tag("rcu")))
#define noinline __attribute__((noinline))

typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef long long s64;

static long (*bpf_map_lookup_elem)(void *map, const void *key) = (void *)1;
static long (*bpf_map_update_elem)(void *map, const void *key,
                                   const void *value, u64 flags) = (void *)2;
static long (*bpf_ringbuf_output)(void *rb, void *data, u64 size,
                                  u64 flags) = (void *)130;

// Enums: signedness from the enumerators, 1/4/8 bytes.
enum uns { U_A = 1, U_B = 0xffffffffu };
enum neg { N_A = -1, N_B = 2 };
enum big { B_A = 0x100000000ULL, B_B = 0xffffffffffffffffULL };
enum sbig { SB_A = -0x100000000LL, SB_B = 1 };
enum __attribute__((packed)) tiny { T_A, T_B = 200 };

struct opaque;      // forward only
union fwd_union;    // forward only
struct self;        // declared, defined later

// A type nobody uses: neither compiler may write it.
struct unused_struct { int never; };
typedef int unused_t;

struct bits {
  int a : 3;
  unsigned b : 5;
  long long c;
  char d : 1;
  unsigned long long e : 40;
  enum neg f : 4;
} __tag("bits_tag");

typedef struct bits bits_t;
typedef const volatile bits_t cv_bits_t;
typedef int counter_t __tag("typedef_tag");

union num {
  int i;
  float f;
  double d;
  s64 q;
};

struct self {
  struct self *next;
  struct opaque *op;
  union fwd_union *fu;
  const char *name;
  volatile int *vp;
  int *restrict rp;
  int __user *up;
  int __user __rcu *urp;
  const int *const cp;
  int grid[3][4];
  char flex_before;
  union num n;
  enum uns eu;
  enum neg en;
  enum big eb;
  enum sbig es;
  enum tiny et;
  cv_bits_t bits;
  counter_t cnt;
  _Bool flag;
  float fl;
  double db;
  int (*cb)(int, ...);
  void (*noargs)(void);
  struct {
    int x, y;
  } anon_member;
  union {
    u32 word;
    unsigned char bytes[4];
  };
  int tagged __tag("member_tag");
} __tag("self_tag");

struct event {
  u32 pid;
  s8 kind;
  u64 when;
};

// Maps from __uint/__type, of several kinds.
struct {
  __uint(type, 1 /* BPF_MAP_TYPE_HASH */);
  __uint(max_entries, 16);
  __type(key, u32);
  __type(value, struct self);
} hash_map SEC(".maps");

struct {
  __uint(type, 2 /* BPF_MAP_TYPE_ARRAY */);
  __uint(max_entries, 4);
  __type(key, int);
  __type(value, union num);
  __uint(map_flags, 1024 /* BPF_F_MMAPABLE */);
} array_map SEC(".maps");

struct {
  __uint(type, 27 /* BPF_MAP_TYPE_RINGBUF */);
  __uint(max_entries, 4096);
} ring SEC(".maps");

struct inner {
  __uint(type, 2);
  __uint(max_entries, 1);
  __type(key, int);
  __type(value, int);
} inner_map SEC(".maps");

struct {
  __uint(type, 12 /* BPF_MAP_TYPE_ARRAY_OF_MAPS */);
  __uint(max_entries, 2);
  __type(key, int);
  __array(values, struct inner);
} outer_map SEC(".maps") = {.values = {&inner_map}};

// Global data in every kind of section.
int data_int = 1;                                  // .data
static int data_static = 2;                        // .data, static
struct event data_event = {.pid = 7};              // .data
const volatile int ro_knob = 3;                    // .rodata
const volatile u64 ro_knob64 = 4;                  // .rodata
const int ro_table[4] = {1, 2, 3, 4};              // .rodata
int bss_int;                                       // .bss
static struct bits bss_bits;                       // .bss, static
char bss_buf[13];                                  // .bss
counter_t tagged_var __tag("var_tag") = 5;         // .data
int custom_data SEC(".data.custom") = 9;           // .data.*
char custom_str[6] SEC(".data.custom") = "hello";  // .data.*
const volatile int custom_ro SEC(".rodata.custom") = 11; // .rodata.*
float fvalue = 1.5f;                               // .data
double dvalue;                                     // .bss

// Externs: Kconfig, typed and untyped ksyms, a kfunc.
extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern int CONFIG_HZ __kconfig __weak;
extern _Bool CONFIG_BPF_SYSCALL __kconfig __weak;
extern const void bpf_prog_active __ksym;
extern const int typed_ksym __ksym __weak;
extern struct self *bpf_self_acquire(struct self *s, int flags) __ksym __weak;
extern void bpf_self_release(struct self *s) __ksym __weak;

static noinline int static_helper(struct self *s __tag("param_tag"), int x)
    __tag("func_tag") {
  return s ? s->cnt + x : x;
}

noinline int global_helper(struct bits *b, enum big e) {
  if (!b)
    return 0;
  return b->a + b->b + (int)b->e + (e == B_A);
}

static noinline float float_helper(union num *n) { return n->f; }

// A variable another object defines (bpftool gen object links them): its
// VAR is in no DATASEC.
extern int linked_var;

// Inlined into prog: its parameters are not prog's.
static inline __attribute__((always_inline)) int inlined(int value) {
  return value * 3 + bss_int;
}

SEC("tp/syscalls/sys_enter_getpid")
int prog(void *ctx) {
  static int calls; // VAR 'prog.calls', its symbol's name
  u32 key = 0;
  struct self *s = (void *)bpf_map_lookup_elem(&hash_map, &key);
  union num *n = (void *)bpf_map_lookup_elem(&array_map, &key);
  struct event ev = {.pid = data_event.pid, .kind = -1};
  int r = 0;
  if (!s || !n)
    return 0;
  r += static_helper(s, ro_knob + data_static + tagged_var);
  r += global_helper(&bss_bits, s->eb);
  n->f = fvalue;
  n->d = dvalue;
  fvalue = float_helper(n);
  r += ro_table[bss_int & 3] + custom_data + custom_ro + custom_str[1];
  r += (int)ro_knob64 + bss_buf[3] + s->et + s->bits.d + s->anon_member.y;
  r += LINUX_KERNEL_VERSION + CONFIG_HZ + CONFIG_BPF_SYSCALL;
  r += (long)&bpf_prog_active & 1;
  if (&typed_ksym)
    r += typed_ksym;
  if (bpf_self_acquire) {
    struct self *t = bpf_self_acquire(s, 0);
    if (t)
      bpf_self_release(t);
  }
  r += inlined(r) + linked_var + ++calls;
  ev.when = r;
  bpf_ringbuf_output(&ring, &ev, sizeof(ev), 0);
  bpf_map_update_elem(&hash_map, &key, s, 0);
  data_int = r;
  return r;
}

char LICENSE[] SEC("license") = "GPL";

// One or more of each kind and property:
// CHECK-DAG: ARRAY type=<ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=4> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=3
// CHECK-DAG: ARRAY type=<PTR -> STRUCT 'inner'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=0
// CHECK-DAG: CONST -> PTR -> CONST -> INT 'int'
// CHECK-DAG: RESTRICT -> PTR -> INT 'int'
// CHECK-DAG: PTR -> VOLATILE -> INT 'int'
// CHECK-DAG: PTR -> TYPE_TAG 'rcu' -> TYPE_TAG 'user' -> INT 'int'
// CHECK-DAG: TYPEDEF 'cv_bits_t' -> CONST -> VOLATILE -> TYPEDEF 'bits_t'
// CHECK-DAG: FWD 'opaque' fwd_kind=struct
// CHECK-DAG: FWD 'fwd_union' fwd_kind=union
// CHECK-DAG: FLOAT 'float' size=4
// CHECK-DAG: FLOAT 'double' size=8
// CHECK-DAG: INT '_Bool' size=1 bits_offset=0 nr_bits=8 encoding=BOOL
// CHECK-DAG: INT 'unsigned char' size=1 bits_offset=0 nr_bits=8 encoding=(none)
// CHECK-DAG: PTR -> FUNC_PROTO ret_type=<INT 'int'> vlen=2 { '(anon)' type=<INT 'int'>; '(anon)' type=<void> }
// CHECK-DAG: PTR -> FUNC_PROTO ret_type=<void> vlen=0
//
// Declaration tags on a struct, a member, a typedef, a function, a
// parameter and a variable.
// CHECK-DAG: DECL_TAG 'bits_tag' on <STRUCT 'bits'> component_idx=-1
// CHECK-DAG: DECL_TAG 'self_tag' on <STRUCT 'self'> component_idx=-1
// CHECK-DAG: DECL_TAG 'member_tag' on <STRUCT 'self'> component_idx=26
// CHECK-DAG: DECL_TAG 'typedef_tag' on <TYPEDEF 'counter_t'> component_idx=-1
// CHECK-DAG: DECL_TAG 'func_tag' on <FUNC 'static_helper'> component_idx=-1
// CHECK-DAG: DECL_TAG 'param_tag' on <FUNC 'static_helper'> component_idx=0
// CHECK-DAG: DECL_TAG 'var_tag' on <VAR 'tagged_var'> component_idx=-1
//
// Enums: signedness and size.
// CHECK-DAG: ENUM 'neg' encoding=SIGNED size=4 vlen=2
// CHECK-DAG: ENUM 'uns' encoding=UNSIGNED size=4 vlen=2
// CHECK-DAG: ENUM 'tiny' encoding=UNSIGNED size=1 vlen=2
// CHECK-DAG: ENUM64 'big' encoding=UNSIGNED size=8 vlen=2
// CHECK-DAG: ENUM64 'sbig' encoding=SIGNED size=8 vlen=2
//
// Functions: static, global, extern (kfuncs, in .ksyms); parameter names.
// CHECK-DAG: FUNC 'prog' type=<FUNC_PROTO ret_type=<INT 'int'> vlen=1 { 'ctx' type=<PTR -> void> }> linkage=global
// CHECK-DAG: FUNC 'global_helper' type=<FUNC_PROTO ret_type=<INT 'int'> vlen=2 { 'b' type=<PTR -> STRUCT 'bits'>; 'e' type=<ENUM64 'big'> }> linkage=global
// CHECK-DAG: FUNC 'static_helper' type=<FUNC_PROTO ret_type=<INT 'int'> vlen=2 { 's' type=<PTR -> STRUCT 'self'>; 'x' type=<INT 'int'> }> linkage=static
// CHECK-DAG: FUNC 'float_helper' type=<FUNC_PROTO ret_type=<FLOAT 'float'> vlen=1 { 'n' type=<PTR -> UNION 'num'> }> linkage=static
// CHECK-DAG: FUNC 'bpf_self_acquire' type=<FUNC_PROTO ret_type=<PTR -> STRUCT 'self'> vlen=2 { 's' type=<PTR -> STRUCT 'self'>; 'flags' type=<INT 'int'> }> linkage=extern
// CHECK-DAG: FUNC 'bpf_self_release' type=<FUNC_PROTO ret_type=<void> vlen=1 { 's' type=<PTR -> STRUCT 'self'> }> linkage=extern
//
// Variables: global, static, extern.
// CHECK-DAG: VAR 'bss_bits' type=<STRUCT 'bits'> linkage=static
// CHECK-DAG: VAR 'ro_knob' type=<CONST -> VOLATILE -> INT 'int'> linkage=global
// CHECK-DAG: VAR 'ro_table' type=<ARRAY type=<CONST -> INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=4> linkage=global
// CHECK-DAG: VAR 'LINUX_KERNEL_VERSION' type=<INT 'unsigned int'> linkage=extern
// CHECK-DAG: VAR 'bpf_prog_active' type=<CONST -> void> linkage=extern
// CHECK-DAG: VAR 'linked_var' type=<INT 'int'> linkage=extern
// CHECK-DAG: VAR 'prog.calls' type=<INT 'int'> linkage=static
// CHECK-DAG: VAR 'typed_ksym' type=<CONST -> INT 'int'> linkage=extern
// A map: pointers to int[type], int[max_entries], key and value types.
// CHECK-DAG: VAR 'hash_map' type=<STRUCT size=32 vlen=4 { 'type' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=1> bits_offset=0; 'max_entries' type=<PTR -> ARRAY type=<INT 'int'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=16> bits_offset=64; 'key' type=<PTR -> TYPEDEF 'u32'> bits_offset=128; 'value' type=<PTR -> STRUCT 'self'> bits_offset=192 }> linkage=global
//
// Bitfields (kind_flag layout), a struct with anonymous members.
// LAYOUT: STRUCT 'bits' size=24 vlen=6
// LAYOUT-NEXT: 'a' type=<INT 'int'> bits_offset=0 bitfield_size=3
// LAYOUT-NEXT: 'b' type=<INT 'unsigned int'> bits_offset=3 bitfield_size=5
// LAYOUT-NEXT: 'c' type=<INT 'long long'> bits_offset=64
// LAYOUT-NEXT: 'd' type=<INT 'char'> bits_offset=128 bitfield_size=1
// LAYOUT-NEXT: 'e' type=<INT 'unsigned long long'> bits_offset=129 bitfield_size=40
// LAYOUT-NEXT: 'f' type=<ENUM 'neg'> bits_offset=169 bitfield_size=4
// LAYOUT: STRUCT 'self' size=248 vlen=27
// LAYOUT: 'anon_member' type=<STRUCT size=8 vlen=2 { 'x' type=<INT 'int'> bits_offset=0; 'y' type=<INT 'int'> bits_offset=32 }> bits_offset=1856
// LAYOUT-NEXT: '(anon)' type=<UNION size=4 vlen=2 { 'word' type=<TYPEDEF 'u32'> bits_offset=0; 'bytes' type=<ARRAY type=<INT 'unsigned char'> index_type=<INT '__ARRAY_SIZE_TYPE__'> nr_elems=4> bits_offset=0 }> bits_offset=1920
//
// Only what is reachable.
// ONLY-NOT: unused
// ONLY-NOT: 'never'

// Every data section: DATASEC size = section size, offsets = symbols.
// SEC: .bss: size={{[0-9]+}} vars=5 ok
// SEC-NEXT: .data: size=32 vars=4 ok
// SEC-NEXT: .data.custom: size=10 vars=2 ok
// SEC-NEXT: .kconfig: 3 externs
// SEC-NEXT: .ksyms: 4 externs
// SEC-NEXT: .maps: size=152 vars=5 ok
// SEC-NEXT: .rodata: size=32 vars=3 ok
// SEC-NEXT: .rodata.custom: size=4 vars=1 ok
// SEC-NEXT: license: size=4 vars=1 ok
// SEC-NOT: error
