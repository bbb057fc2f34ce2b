// CO-RE relocations of every kind clang-19 emits, in two programs and a
// BPF-to-BPF call, for the .BTF.ext tests.
#define SEC(n) __attribute__((section(n), used))
#define __noinline __attribute__((noinline))

struct inner { int a; unsigned b : 5, c : 11; long arr[4]; };
struct outer {
  int x;
  struct inner in;
  struct inner many[3];
  union { int u1; char u2; };
} __attribute__((preserve_access_index));
typedef struct outer outer_t;
enum color { RED, GREEN = 5, BLUE = -3 };
typedef enum color color_t;

static __noinline int field_reads(struct outer *o) {
  return o->in.a + o->many[2].arr[1] + o->u2;
}

SEC("tp/x")
int fields(struct outer *o) {
  int v = __builtin_preserve_field_info(o->in.b, 0);  // byte offset
  v += __builtin_preserve_field_info(o->in.c, 1);     // byte size
  v += __builtin_preserve_field_info(o->x, 2);        // exists
  v += __builtin_preserve_field_info(o->in.b, 3);     // signed
  v += __builtin_preserve_field_info(o->in.c, 4);     // lshift
  v += __builtin_preserve_field_info(o->in.c, 5);     // rshift
  return v + field_reads(o);
}

SEC("tp/y")
int types(void *ctx) {
  int v = __builtin_btf_type_id(*(outer_t *)0, 0);       // local type id
  v += __builtin_btf_type_id(*(struct inner *)0, 1);      // target type id
  v += __builtin_preserve_type_info(*(struct outer *)0, 0); // exists
  v += __builtin_preserve_type_info(*(outer_t *)0, 1);    // size
  v += __builtin_preserve_type_info(*(struct inner *)0, 2); // matches
  v += __builtin_preserve_enum_value(*(color_t *)GREEN, 0); // enum exists
  v += __builtin_preserve_enum_value(*(enum color *)BLUE, 1); // enum value
  return v;
}

char LICENSE[] SEC("license") = "GPL";
