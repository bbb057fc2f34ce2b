// The expected results of core-custom-btf.c against the target BTF of one
// layout of core-variants.h, computed by the host's C compiler: offsets and
// sizes with offsetof/sizeof, values by reading the bytes it fills through
// the same layout. No BPF compiler is involved.
//
//   core-expect ctx     the program's input: a struct rec of this layout
//                       with known values, as hex for corecc-run --ctx
//   core-expect check   FileCheck lines for corecc-run --dump-globals
//
// Build: gcc -DVARIANT=N -I<this dir> core-expect.c
#include "core-variants.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define CTX_SIZE 128

static unsigned char ctx[CTX_SIZE];

static void fill(void) {
  struct rec *r = (struct rec *)ctx;
  memset(ctx, 0xee, sizeof(ctx));
  r->a = -123456;
  r->b = 0x89abcdefu;
  r->c = 0x1122334455667788LL;
  memcpy(r->name, "ABCDEFGHIJKLMN", sizeof(r->name));
#if VARIANT == 2
  r->flags = 45; // 6 bits wide here
#else
  r->flags = 5;
#endif
  r->kind = 19;
  r->in.x = 77;
  r->in.y = -99;
#if VARIANT != 1
  r->tail = -300;
#else
  r->extra = 4242;
#endif
}

#define CHECK(NAME, FMT, VALUE)                                                \
  printf("CHECK-DAG: global .bss " NAME " = " FMT "{{$}}\n", VALUE)
#define FIELD_SIZE(T, F) sizeof(((T *)0)->F)

int main(int argc, char **argv) {
  if (argc != 2)
    return 2;
  fill();
  const struct rec *r = (const struct rec *)ctx;
  if (!strcmp(argv[1], "ctx")) {
    for (size_t I = 0; I < sizeof(ctx); ++I)
      printf("%02x", ctx[I]);
    printf("\n");
    return 0;
  }
  if (strcmp(argv[1], "check"))
    return 2;

  // program "fields": values read through the relocated offsets.
  CHECK("out_a", "%ld", (long)r->a);
  CHECK("out_b", "%ld", (long)r->b);
  CHECK("out_c", "%ld", (long)r->c);
  CHECK("out_c_probed", "%ld", (long)r->c);
  CHECK("out_name2", "%ld", (long)r->name[2]);
  CHECK("out_in_x", "%ld", (long)r->in.x);
  CHECK("out_in_y", "%ld", (long)r->in.y);
  CHECK("out_kind", "%ld", (long)r->kind);
  CHECK("out_flags", "%ld", (long)r->flags);
  CHECK("off_a", "%lu", (unsigned long)offsetof(struct rec, a));
  CHECK("off_in_y", "%lu", (unsigned long)offsetof(struct rec, in.y));
  CHECK("size_b", "%lu", (unsigned long)FIELD_SIZE(struct rec, b));
  CHECK("size_name", "%lu", (unsigned long)FIELD_SIZE(struct rec, name));
  CHECK("size_in", "%lu", (unsigned long)FIELD_SIZE(struct rec, in));

#if VARIANT == 0
  // program "plain_bitfield", against the layout it was compiled for.
  const struct bits *b = (const struct bits *)ctx;
  CHECK("plain_kind", "%ld", (long)r->kind);
  CHECK("plain_flags", "%ld", (long)r->flags);
  CHECK("plain_mode", "%ld", (long)b->mode);
  CHECK("plain_level", "%ld", (long)b->level);
  CHECK("unguarded_tail", "%ld", (long)r->tail);
#endif

  // program "guarded": tail, or -1 where the target has no tail.
#if VARIANT != 1
  CHECK("exists_tail", "%d", 1);
  CHECK("out_tail", "%ld", (long)r->tail);
  CHECK("out_tail_probed", "%ld", (long)r->tail);
#else
  CHECK("exists_tail", "%d", 0);
  CHECK("out_tail", "%d", -1);
  CHECK("out_tail_probed", "%d", -1);
#endif

  // program "types".
#if VARIANT == 1
  CHECK("exists_only_here", "%d", 0);
  CHECK("size_only_here", "%d", 0);
#else
  CHECK("exists_only_here", "%d", 1);
  CHECK("size_only_here", "%lu", (unsigned long)sizeof(struct only_here));
#endif
  CHECK("size_rec", "%lu", (unsigned long)sizeof(struct rec));
  // libbpf's "matches" for structs: each local member (int x, int y) is in
  // the target under its name with an int of the same size.
  CHECK("matches_inner", "%d",
        FIELD_SIZE(struct rec_inner, x) == 4 &&
            FIELD_SIZE(struct rec_inner, y) == 4);
  CHECK("enum_red", "%ld", (long)RED);
  CHECK("enum_blue", "%ld", (long)BLUE);
#if VARIANT == 1
  CHECK("exists_purple", "%d", 0);
#else
  CHECK("exists_purple", "%d", 1);
#endif
  CHECK("wide_a", "%lld", (long long)WIDE_A);
  CHECK("wide_b", "%lld", (long long)WIDE_B);

  // program "flavor" (not run against variant 0, the program's own BTF,
  // where rec___v2 itself is a candidate): rec___v2 is matched to rec, which
  // has extra only in variant 1.
#if VARIANT == 1
  CHECK("exists_extra", "%d", 1);
  CHECK("out_extra", "%ld", (long)r->extra);
#elif VARIANT == 2
  CHECK("exists_extra", "%d", 0);
  CHECK("out_extra", "%d", -1);
#endif
  return 0;
}
