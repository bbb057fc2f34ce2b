// The "module" of the split BTF tests: uses base types (by value, through
// pointers, through a forward declaration) and adds its own.
struct base_obj;
struct list_head { struct list_head *next, *prev; };
typedef unsigned long long u64;
enum base_state { BASE_IDLE, BASE_BUSY = 3 };
struct mod_dev {
  struct list_head link;
  struct base_obj *owner;
  u64 counter;
  enum base_state state;
  struct { int a, b; } pair;
};
int mod_probe(struct mod_dev *d) { return d->pair.a + (int)d->counter; }
struct mod_dev the_dev;
