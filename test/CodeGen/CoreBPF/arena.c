// BPF arenas: pointers in address space 1 (`__arena`). Each load, store,
// atomic and memory copy through one goes through an address-space-0
// pointer made by addr_space_cast(rY, 0, 1), and an explicit cast back to
// the arena is addr_space_cast(rY, 1, 0); arena globals go to the section
// ".addr_space.1" (a DATASEC of that name in .BTF), which libbpf maps into
// the arena. Before CoreBPFArena.cpp corecc compiled the accesses as plain
// loads, put the globals in .bss, and failed on explicit casts ("Cannot
// select: addrspacecast"). The casts are the ones clang-19 emits, counted
// per direction. (Creating an arena map is not allowed in the test sandbox;
// the kernel-side check is by hand: docs/verifier.md.)
//
// RUN: %corecc -O2 -g -mcpu=v3 -c %s -o %t.o
// RUN: %clang19 -target bpf -O2 -g -mcpu=v3 -c %s -o %t.clang.o
// RUN: %objdump -d %t.o | grep -o "addr_space_cast(r[0-9], 0x[01], 0x[01])" | sed 's/(r[0-9],/(rN,/' | sort | uniq -c > %t.casts
// RUN: %objdump -d %t.clang.o | grep -o "addr_space_cast(r[0-9], 0x[01], 0x[01])" | sed 's/(r[0-9],/(rN,/' | sort | uniq -c > %t.clang.casts
// RUN: diff %t.clang.casts %t.casts
// RUN: FileCheck %s --check-prefix=CASTS < %t.casts
// RUN: %objdump -h %t.o | FileCheck %s --check-prefix=SECTIONS
// RUN: %bpftool btf dump file %t.o | FileCheck %s --check-prefix=BTF
//
// CASTS: addr_space_cast(rN, 0x0, 0x1)
// CASTS: addr_space_cast(rN, 0x1, 0x0)
// SECTIONS: .addr_space.1
// SECTIONS-NOT: .bss
// BTF: DATASEC '.addr_space.1'
// BTF-DAG: (VAR 'head')
// BTF-DAG: (VAR 'total')

#define __arena __attribute__((address_space(1)))
#define SEC(name) __attribute__((section(name), used))

struct node {
  struct node __arena *next;
  long value;
  char tag[16];
};

struct node __arena *head;
long __arena total;

long sum_list(void) {
  long sum = 0;
  for (struct node __arena *n = head; n && sum < 1000; n = n->next)
    sum += n->value;
  __sync_fetch_and_add(&total, sum);
  return sum;
}

void push(struct node __arena *n, struct node *kern_copy) {
  __builtin_memcpy(n->tag, kern_copy->tag, sizeof(n->tag));
  n->next = head;
  head = n;
}

struct node __arena *to_arena(struct node *p) {
  return (struct node __arena *)p;
}
