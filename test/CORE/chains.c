// Access chains: where one relocation ends and the next begins, and what
// its root is. Each dereference of a pointer starts a new relocation; a
// variable array index ends one (the index is then plain arithmetic on the
// relocated address); a pointer used as an array counts elements of the
// struct it points to in the first access index, as libbpf reads it;
// typedefs and qualifiers are stripped to the named struct (kept only when
// the struct is anonymous). The relocated value lands in the load's offset.
// The offsets are gcc's: struct node is 92 bytes (96 with its alignment).
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o %t.o
// RUN: %objdump -dr %t.o > %t.txt
// RUN: %corecc-btf dump %t.o >> %t.txt
// RUN: FileCheck %s < %t.txt
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o /dev/null -Rpass=core 2>&1 | FileCheck --check-prefix=REMARK %s
#include "bpf-min.h"

struct node {
  int a;                         // 0
  int b;                         // 4
  struct node *next;             // 8
  int arr[4];                    // 16
  union {                        // 32
    int u;
    char uc[4];
  } un;
  struct item {
    int k, v;
  } items[3];                    // 36
  struct item grid[2][2];        // 60
} __attribute__((preserve_access_index));

typedef struct node node_t;
typedef const volatile node_t cv_node_t;
typedef struct {
  int x, y;
} __attribute__((preserve_access_index)) anon_t;

struct node global_nodes[3];

// p->next->next->b: three relocations, one per load.
// CHECK-LABEL: <deref_chain>:
// CHECK-NEXT: r0 = *(u64 *)(r1 + 0x8)
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE:]]] struct node::next (0:2)
// CHECK-NEXT: r0 = *(u64 *)(r0 + 0x8)
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::next (0:2)
// CHECK-NEXT: r0 = *(u32 *)(r0 + 0x4)
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::b (0:1)
// REMARK: chains.c:[[#@LINE+3]]:45: remark: CO-RE byte_off relocation on struct node, access "0:2": node::next = 8 [-Rpass=core]
// REMARK: chains.c:[[#@LINE+2]]:51: remark: CO-RE byte_off relocation on struct node, access "0:2": node::next->next = 8 [-Rpass=core]
// REMARK: chains.c:[[#@LINE+1]]:57: remark: CO-RE byte_off relocation on struct node, access "0:1": node::next->next->b = 4 [-Rpass=core]
int deref_chain(struct node *p) { return p->next->next->b; }

// p[2].b: element 2 of what p points to (2 * 96 + 4).
// CHECK-LABEL: <ptr_as_array>:
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0xc4)
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::[2].b (2:1)
// REMARK: remark: CO-RE byte_off relocation on struct node, access "2:1": node[2].b = 196
int ptr_as_array(struct node *p) { return p[2].b; }

// Inside __builtin_preserve_access_index the indices into an array that a
// pointer points to fold into the first index: 1 * 3 + 2.
// CHECK-LABEL: <ptr_to_array>:
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0x1e4)
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::[5].b (5:1)
int ptr_to_array(struct node (*pa)[3]) {
  return __builtin_preserve_access_index(pa[1][2].b);
}
// CHECK-LABEL: <ptr_to_2d_array>:
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0x5c)
// CHECK-NEXT: CO-RE <byte_off> [[[#ITEM:]]] struct item::[11].v (11:1)
int ptr_to_2d_array(struct item (*pa)[2][3]) {
  return __builtin_preserve_access_index(pa[1][1][2].v);
}
// Arrays of scalars have nothing that can move: no relocation.
// CHECK-LABEL: <ptr_to_int_array>:
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0x18)
// CHECK-NEXT: exit
int ptr_to_int_array(int (*pa)[4]) {
  return __builtin_preserve_access_index(pa[1][2]);
}
// CHECK-LABEL: <int_pointer>:
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0x10)
// CHECK-NEXT: exit
int int_pointer(int *ip) { return __builtin_preserve_access_index(ip[4]); }

// A variable index ends the chain at the array: "arr" is relocated, the
// index scaled by 4 is added to it.
// CHECK-LABEL: <var_index>:
// CHECK-NEXT: r1 += 0x10
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::arr (0:3)
// CHECK-NOT: CO-RE
// CHECK: r0 = *(u32 *)(r1 + 0x0)
// CHECK-NEXT: exit
int var_index(struct node *p, int i) { return p->arr[i]; }
// p[i] is plain arithmetic (96 bytes per element); b is relocated after it.
// CHECK-LABEL: <var_ptr_index>:
// CHECK-NOT: CO-RE
// CHECK: r2 *= 0x60
// CHECK-NEXT: r1 += r2
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0x4)
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::b (0:1)
int var_ptr_index(struct node *p, int i) { return p[i].b; }

// A const volatile typedef of a typedef: the root is struct node itself.
// CHECK-LABEL: <through_typedef>:
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0x1c)
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::arr[3] (0:3:3)
int through_typedef(cv_node_t *p) { return p->arr[3]; }
// An anonymous struct keeps the typedef that names it.
// CHECK-LABEL: <anon_typedef>:
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0x4)
// CHECK-NEXT: CO-RE <byte_off> [[[#ANON:]]] typedef anon_t::y (0:1)
int anon_typedef(anon_t *p) { return p->y; }

// CHECK-LABEL: <union_member>:
// CHECK-NEXT: r0 = *(u8 *)(r1 + 0x22)
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::un.uc[2] (0:4:1:2)
int union_member(struct node *p) { return p->un.uc[2]; }
// CHECK-LABEL: <array_of_structs>:
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0x30)
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::items[1].v (0:5:1:1)
int array_of_structs(struct node *p) { return p->items[1].v; }
// Clang marks only the first index of grid[1][0] and gives the second as a
// plain getelementptr: corecc relocates grid[1], adds the element, and
// relocates v in it (clang-19 emits 0:6:1:1, which is grid[1][1]: libbpf
// then rejects its object, see docs/core.md). 60 + 16 + 4.
// CHECK-LABEL: <grid_elem>:
// CHECK-NEXT: r1 += 0x4c
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::grid[1] (0:6:1)
// CHECK-NEXT: r0 = *(u32 *)(r1 + 0x4)
// CHECK-NEXT: CO-RE <byte_off> [[[#ITEM]]] struct item::v (0:1)
int grid_elem(struct node *p) { return p->grid[1][0].v; }

// The program's own array is indexed in this program's layout; the element
// is then relocated (clang-19 scales the index by the target's size: 1:1).
// CHECK-LABEL: <global_array>:
// CHECK: r0 += 0x4
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::b (0:1)
// CHECK-NEXT: r0 = *(u32 *)(r0 + 0x60)
int global_array(void) {
  return __builtin_preserve_access_index(global_nodes[1].b);
}

// An address that is not loaded from: the relocation is an ALU immediate.
// CHECK-LABEL: <address_only>:
// CHECK-NEXT: r0 = r1
// CHECK-NEXT: r0 += 0x18
// CHECK-NEXT: CO-RE <byte_off> [[[#NODE]]] struct node::arr[2] (0:3:2)
int *address_only(struct node *p) { return &p->arr[2]; }

// CHECK-DAG: [[[#NODE]]] STRUCT 'node' size=96 vlen=7
// CHECK-DAG: [[[#ITEM]]] STRUCT 'item' size=8 vlen=2
// CHECK-DAG: [[[#ANON]]] TYPEDEF 'anon_t' type_id=
