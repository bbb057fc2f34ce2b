// The "kernel" of the split BTF tests: the base types.
struct list_head { struct list_head *next, *prev; };
typedef unsigned long long u64;
enum base_state { BASE_IDLE, BASE_BUSY = 3 };
struct base_obj {
  int id;
  unsigned flags : 4;
  struct list_head node;
  const char *name;
  u64 stamp;
  enum base_state state;
};
int base_func(struct base_obj *o) { return o->id; }
struct base_obj the_obj;
