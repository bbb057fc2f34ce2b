// -Wcore-attribute: preserve_access_index where it has no effect. What
// Clang already says is not said again:
//   - on a non-record (a variable, a typedef, an enum, a field), an error;
//   - on a declaration after the definition ("attribute declaration must
//     precede definition" [-Wignored-attributes]);
//   - after the tag of a declaration ("place it after "struct" ...").
// A forward declaration with the attribute is inherited by a definition
// that follows, which is then CO-RE (no warning). Left over: a forward
// declaration that is never defined, which has no layout to relocate
// against. The attribute that #pragma clang attribute applies (vmlinux.h's,
// to its forward declarations too) is not reported.
//
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -Xclang -verify %s
// RUN: %corecc -g -fsyntax-only -Xclang -verify %s
// RUN: %corecc -g -fsyntax-only -Wno-core-attribute -Wno-ignored-attributes -Xclang -verify=none %s
// none-no-diagnostics
//
// On a non-record Clang's error is all there is (the plugin does not check
// a translation unit with errors).
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -DNON_RECORD \
// RUN:   -Wno-ignored-attributes -Xclang -verify=nonrecord %s
// RUN: %corecc -g -fsyntax-only -DNON_RECORD -Wno-ignored-attributes -Xclang -verify=nonrecord %s
//
// The forward declaration's attribute reaches the definition: relocated.
// RUN: %clang19 -target bpf -O2 -g -c %s -o %t-clang.o
// RUN: %objdump -dr %t-clang.o | FileCheck --check-prefix=RELOC %s
// RUN: %corecc -O2 -g -c %s -o %t.o
// RUN: %objdump -dr %t.o | FileCheck --check-prefix=RELOC %s
// RELOC-LABEL: <use_later>:
// RELOC: CO-RE <byte_off> [{{[0-9]+}}] struct later::b (0:1)

#define __core __attribute__((preserve_access_index))

struct __attribute__((preserve_access_index)) never; // expected-warning {{'preserve_access_index' on a declaration of 'struct never' has no effect: 'struct never' is not defined in this translation unit, so there is no layout to relocate (put the attribute on the definition) [-Wcore-attribute]}}
union __core never_union; // expected-warning {{'preserve_access_index' on a declaration of 'union never_union' has no effect}}

// Defined later: the definition inherits the attribute.
struct __attribute__((preserve_access_index)) later;
struct later {
  int a, b;
};
int use_later(struct later *p) { return p->b; }

#pragma clang attribute push(__attribute__((preserve_access_index)),          \
                             apply_to = record)
struct from_pragma;
#pragma clang attribute pop

// Clang's own warnings, once.
struct defined { // expected-note {{previous definition is here}}
  int a;
};
struct __attribute__((preserve_access_index)) defined; // expected-warning {{attribute declaration must precede definition}}
struct misplaced __attribute__((preserve_access_index)); // expected-warning {{attribute 'preserve_access_index' is ignored, place it after "struct" to apply attribute to type declaration}}

int uses(struct never *n, union never_union *u, struct from_pragma *f,
         struct misplaced *m) {
  return !n + !u + !f + !m;
}

#ifdef NON_RECORD
int var __attribute__((preserve_access_index)); // nonrecord-error {{'preserve_access_index' attribute only applies to structs, unions, and classes}}
typedef struct later later_t __attribute__((preserve_access_index)); // nonrecord-error {{'preserve_access_index' attribute only applies to structs, unions, and classes}}
enum __attribute__((preserve_access_index)) e { E }; // nonrecord-error {{'preserve_access_index' attribute only applies to structs, unions, and classes}}
#endif
