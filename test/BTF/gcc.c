// BTF from GCC (bpf-gcc -gbtf -mco-re): our dump equals bpftool's, the
// .BTF and .BTF.ext re-encode byte for byte, the CO-RE relocations are those
// llvm-objdump-19 sees, and the C header compiles with clang-19.
// REQUIRES: bpf-gcc
// RUN: %bpf-gcc -gbtf -mco-re -O2 -c %s -o %t.o
// RUN: %corecc-btf dump %t.o > %t.ours
// RUN: FileCheck %s < %t.ours
// RUN: FileCheck %s --check-prefix=ANON < %t.ours
// RUN: %if bpftool %{ %bpftool btf dump file %t.o | diff - %t.ours %}
// RUN: %corecc-btf roundtrip %t.o | FileCheck %s --check-prefix=ROUNDTRIP
// RUN: %corecc-btf ext %t.o > %t.ext
// RUN: %objdump -dr %t.o > %t.objdump
// RUN: %python %S/../Tools/Inputs/normalize.py objdump-core %t.objdump > %t.core.objdump
// RUN: %python %S/../Tools/Inputs/normalize.py ext-core %t.ext > %t.core.ours
// RUN: diff %t.core.objdump %t.core.ours
// RUN: FileCheck %s --check-prefix=EXT < %t.core.ours
// RUN: %corecc-btf dump --format c --layout-asserts %t.o > %t.h
// RUN: %clang19 -target bpf -fsyntax-only -Wall -Werror -x c %t.h
//
// GCC 12 writes 'char' as SIGNED|CHAR, which bpftool prints as UNKN (and
// gives global functions static linkage):
// CHECK: ENUM 'proto' encoding=UNSIGNED size=4 vlen=2
// CHECK: INT 'char' size=1 bits_offset=0 nr_bits=8 encoding=UNKN
// CHECK: STRUCT 'pkt' size=32 vlen=6
// CHECK: 'flags' type_id={{[0-9]+}} bits_offset=44 bitfield_size=3
// CHECK: FUNC 'handle' type_id={{[0-9]+}} linkage={{static|global}}
// CHECK: DATASEC '.data'
// ROUNDTRIP: .BTF: {{[0-9]+}} types, {{[0-9]+}} bytes, little endian: identical
// ROUNDTRIP: .BTF.ext: {{.*}} bytes: identical
// EXT: tp/x {{[0-9]+}} <byte_off> [{{[0-9]+}}] struct pkt::

enum proto { P_TCP = 6, P_UDP = 17 };
struct pkt {
  int id;
  unsigned len : 12;
  unsigned flags : 3;
  enum proto proto;
  union { long l; char c[8]; } u;
  char tag;
} __attribute__((preserve_access_index));
typedef int (*cb_t)(struct pkt *);
int counter = 1;
// A helper as libbpf declares them. GCC 12 writes an anonymous FUNC for the
// call through it, which the kernel would refuse and bpftool prints:
// ANON: FUNC '(anon)' type_id={{[0-9]+}} linkage=static
static long (*probe_read)(void *dst, int size, const void *src) = (void *)4;

__attribute__((section("tp/x"))) int handle(struct pkt *p) {
  long v = 0;
  probe_read(&v, sizeof(v), p);
  return __builtin_preserve_access_index(p->len) + counter + v;
}
char LICENSE[] __attribute__((section("license"))) = "GPL";
