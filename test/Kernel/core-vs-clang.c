// Where corecc's relocations differ from clang-19's on purpose (see
// docs/core.md), loaded with libbpf against the object's own BTF: the
// layout the program was compiled for, so every relocation must come out as
// the identity. corecc's object loads and reads the right values; clang-19's
// does not.
//
//   grid     p->grid[1][0].v: clang-19 drops the [0] and records
//            grid[1][1] (0:1:1:1), so libbpf's validation finds 24 in the
//            load where it computes 28
//   uenum    an unsigned 4-byte enumerator >= 2^31: libbpf reads 32-bit
//            enumerators as signed; clang-19 writes 0x80000000 where libbpf
//            expects 0xffffffff80000000
//   bits     a plain read of a bitfield whose storage starts after the
//            unit libbpf computes: clang-19 relocates the load's offset to
//            libbpf's unit and reads the wrong byte (llvm-project #77720)
//
// REQUIRES: bpf-syscall, libbpf
// RUN: %corecc -O2 -g -Wno-core-bitfield -c %s -o %t.o
// RUN: %corecc-run %t.o --btf %t.o --run grid --run uenum --run bits --ctx 0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20 --dump-globals | FileCheck --check-prefix=CORECC %s
// RUN: %clang19 -O2 -g -target bpf -c %s -o %t.clang.o
// RUN: not %corecc-run %t.clang.o --btf %t.clang.o --prog grid 2>&1 | FileCheck --check-prefix=CLANG-GRID %s
// RUN: not %corecc-run %t.clang.o --btf %t.clang.o --prog uenum 2>&1 | FileCheck --check-prefix=CLANG-UENUM %s
// RUN: %corecc-run %t.clang.o --btf %t.clang.o --prog bits --run bits --ctx 0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20 --dump-globals | FileCheck --check-prefix=CLANG-BITS %s

#define SEC(name) __attribute__((section(name), used))

struct item {
  int k, v;
} __attribute__((preserve_access_index));
struct node {
  int a;
  struct item grid[2][2];
} __attribute__((preserve_access_index));

struct bits {
  unsigned char tag;
  unsigned mode : 3;
} __attribute__((preserve_access_index));

enum u { U1 = 0x80000000u };

unsigned char buf[32];
long grid_v, uenum_v, bits_mode;

static void *input(void *ctx) {
  __builtin_memcpy(buf, ctx, sizeof(buf));
  void *p = buf;
  asm volatile("" : "+r"(p));
  return p;
}

// grid[1][0].v is at 4 + 16 + 4: buf[24..27], 0x1c1b1a19.
SEC("syscall") int grid(void *ctx) {
  struct node *p = input(ctx);
  grid_v = p->grid[1][0].v;
  return 0;
}

SEC("syscall") int uenum(void *ctx) {
  uenum_v = __builtin_preserve_enum_value(*(enum u *)U1, 1);
  return 0;
}

// mode: the low 3 bits of buf[1] (0x02).
SEC("syscall") int bits(void *ctx) {
  struct bits *b = input(ctx);
  bits_mode = b->mode;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";

// CORECC: prog grid section=syscall type=syscall loaded
// CORECC: prog uenum section=syscall type=syscall loaded
// CORECC: prog bits section=syscall type=syscall loaded
// CORECC: global .bss bits_mode = 2{{$}}
// CORECC: global .bss grid_v = 471538201{{$}}
// CORECC: global .bss uenum_v = -2147483648{{$}}

// CLANG-GRID: prog grid section=syscall type=syscall FAILED: Invalid argument: {{.*}}unexpected insn #{{[0-9]+}} (LDX/ST/STX) value: got 24, exp 28 -> 28
// CLANG-UENUM: prog uenum section=syscall type=syscall FAILED: Invalid argument: {{.*}}unexpected insn #{{[0-9]+}} (LDIMM64) value: got 2147483648, exp 18446744071562067968 -> 18446744071562067968
// CLANG-BITS: prog bits section=syscall type=syscall loaded
// CLANG-BITS: global .bss bits_mode = 1{{$}}
