// Layouts of the same types as three "kernels" would have them, for the
// CO-RE tests against custom target BTF (core-custom-btf.c).
//
//   VARIANT 0  the layout the BPF program is compiled against
//   VARIANT 1  fields moved, an int grown to 64 bits, an array grown, the
//              bitfields swapped, a field removed (tail), a field added
//              (extra, read through the flavor rec___v2), the nested struct
//              grown, enums renumbered, a type removed (only_here)
//   VARIANT 2  another order, bitfields in a later unit and flags wider,
//              the array shrunk, only_here grown, other enum values
//
// The same header is compiled three ways: by corecc into the BPF program
// (VARIANT 0), by clang-19 -g -target bpf into each target BTF, and by the
// host's gcc into core-expect.c, which computes the expected values with
// offsetof/sizeof and by reading the bytes it fills through these layouts.
#ifndef CORE_VARIANTS_H
#define CORE_VARIANTS_H

#ifndef VARIANT
#error "define VARIANT"
#endif

#if VARIANT == 0

struct rec_inner {
  int x;
  int y;
};
struct rec {
  int a;
  unsigned int b;
  long long c;
  char name[8];
  unsigned flags : 3;
  unsigned kind : 5;
  short tail;
  struct rec_inner in;
};
enum color { RED, GREEN, BLUE, PURPLE };
enum wide { WIDE_A = 0x100000000LL, WIDE_B };
struct only_here {
  int z;
};
// Bitfields whose storage unit (as Clang loads it) does not start where
// libbpf's unit for the member's type does: mode's byte is 1, its unsigned
// int unit 0; level's 2 bytes start at 1.
struct bits {
  unsigned char tag;
  unsigned mode : 3;
  unsigned level : 7;
};

#elif VARIANT == 1

struct rec_inner {
  long long x;
  int y;
};
struct rec {
  long long c;
  char name[12];
  int extra;
  unsigned long long b;
  struct rec_inner in;
  unsigned kind : 5;
  unsigned flags : 3;
  int a;
};
enum color { BLUE = 7, RED = 5, GREEN = 6 };
enum wide { WIDE_B = -3, WIDE_A = 0x300000000LL };

#elif VARIANT == 2

struct rec_inner {
  int y;
  int x;
};
struct rec {
  struct rec_inner in;
  short tail;
  char name[6];
  unsigned int b;
  int pad;
  unsigned pad_bits : 20;
  unsigned flags : 6;
  unsigned kind : 5;
  int a;
  long long c;
};
enum color { GREEN = 100, BLUE = 200, RED = 300, PURPLE = 400 };
enum wide { WIDE_A = -0x100000000LL, WIDE_B = 1 };
struct only_here {
  long long z;
  int more[3];
};

#else
#error "unknown VARIANT"
#endif

#endif
