struct inner { int x; int y[4]; };
struct s { long a; struct inner in; unsigned bf:3, bf2:5; } __attribute__((preserve_access_index));
enum color { RED = 1, BLUE = 7 };
int get(struct s *p) {
  return p->in.y[2] + p->in.x + __builtin_preserve_field_info(p->bf2, 0) +
         __builtin_preserve_type_info(*p, 1) +
         __builtin_preserve_enum_value(*(enum color *)BLUE, 1) +
         __builtin_btf_type_id(*p, 0);
}
