// -Wcore-anonymous-root: a CO-RE relocation rooted at an anonymous struct,
// union or enum. libbpf finds the kernel's type by the local type's name
// and rejects the object ("relocation doesn't support anonymous types"),
// so this is an error by default, as Clang's DefaultError warnings are:
// -Wno-error=core-anonymous-root makes it a warning, -w does not silence
// it, -Wno-core-anonymous-root turns it off. Being an error, it also stops
// corecc before its IR pass, which would report the same access again.
// A typedef names the root (clang roots the relocation at the typedef),
// and so does the named struct an anonymous member belongs to.
//
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs -Xclang -verify %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Xclang -verify %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -w -Xclang -verify %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs \
// RUN:   -fplugin-arg-corecc-Wno-error=core-anonymous-root -Xclang -verify=warn %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Wno-error=core-anonymous-root -Xclang -verify=warn %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Wno-error=core -Xclang -verify=warn %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Wno-core-anonymous-root -Xclang -verify=none %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -w -Wno-error=core-anonymous-root -Xclang -verify=none %s
// none-no-diagnostics
//
// One report: compiling stops at the plugin's error; without the plugin's
// check, corecc's IR pass reports the access.
// RUN: not %corecc -O2 -g -c -I%S/Inputs -DONE %s -o %t.o 2>&1 | FileCheck --check-prefix=ONE %s
// ONE:     error: CO-RE relocation rooted at an anonymous struct
// ONE-NOT: error:
// RUN: not %corecc -O2 -g -c -I%S/Inputs -DONE -Wno-core-anonymous-root %s -o %t.o 2>&1 \
// RUN:   | FileCheck --check-prefix=IRPASS %s
// IRPASS:     error: CO-RE byte_off relocation on <anon>::x: the root type is anonymous
// IRPASS-NOT: error:
// clang-19 alone compiles it, with the relocation libbpf rejects:
// RUN: %clang19 -target bpf -O2 -g -c -I%S/Inputs -DONE %s -o %t-clang.o
// RUN: %objdump -dr %t-clang.o | FileCheck --check-prefix=CLANG %s
// CLANG: CO-RE <byte_off> [{{[0-9]+}}] struct <anon {{[0-9]+}}>::x (0:0)

#include "bpf-min.h"

struct { // #anon
  int x;
} __attribute__((preserve_access_index)) *gp;

// Each error on gp's struct comes with this note.
// expected-note@#anon {{the anonymous struct is defined here; give it the name of the kernel's type}}
// warn-note@#anon {{the anonymous struct is defined here; give it the name of the kernel's type}}
#ifndef ONE
// expected-note@#anon 2 {{defined here}}
// warn-note@#anon 2 {{defined here}}
#endif
int read_anon(void) {
  return gp->x; // expected-error {{CO-RE relocation rooted at an anonymous struct: libbpf finds the kernel's type by name and rejects the object at load time ("relocation doesn't support anonymous types") [-Wcore-anonymous-root]}} \
                // warn-warning {{CO-RE relocation rooted at an anonymous struct: libbpf finds the kernel's type by name and rejects the object at load time ("relocation doesn't support anonymous types") [-Wcore-anonymous-root]}}
}

#ifndef ONE
struct outer {
  int a;
  struct {
    int y;
  } in; // expected-note {{it is the type of member 'in' of 'struct outer': access it through 'struct outer', which roots the relocation there}} \
        // warn-note {{member 'in'}}
  union {
    int u;
    long l;
  }; // an anonymous member: reached through 'struct outer'
} __attribute__((preserve_access_index));

int through_typeof(struct outer *o) {
  typeof(o->in) *q = &o->in;
  return q->y; // expected-error {{rooted at an anonymous struct}} \
               // warn-warning {{rooted at an anonymous struct}}
}

int through_macro(void) {
  return BPF_CORE_READ(gp, x); // expected-error {{rooted at an anonymous struct}} \
                               // warn-warning {{rooted at an anonymous struct}}
}

// The kernel's type id and enumerator queries (not the program's own type
// id; __builtin_preserve_type_info of an anonymous type is SemaBPF's error).
enum { // expected-note {{the anonymous enum is defined here}} \
       // warn-note {{the anonymous enum is defined here}}
  RED,
  GREEN
} colour;

unsigned long queries(void) {
  return bpf_core_type_id_kernel(typeof(*gp)) + // expected-error {{rooted at an anonymous struct}} \
                                                // warn-warning {{rooted at an anonymous struct}}
         bpf_core_enum_value(typeof(colour), GREEN) + // expected-error {{rooted at an anonymous enum}} \
                                                      // warn-warning {{rooted at an anonymous enum}}
         bpf_core_type_id_local(typeof(*gp));
}

// Named roots: no error.
typedef struct {
  int z;
} __attribute__((preserve_access_index)) anon_t;

typedef enum { ON, OFF } state_t;

unsigned long named(struct outer *o, anon_t *t, const anon_t *c) {
  return o->in.y + o->u + o->l + t->z + c->z + BPF_CORE_READ(o, in.y) +
         BPF_CORE_READ(t, z) + bpf_core_type_size(anon_t) +
         bpf_core_enum_value(state_t, OFF) + bpf_core_field_exists(t->z);
}
#endif
