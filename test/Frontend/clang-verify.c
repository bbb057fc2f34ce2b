// The plugin in stock clang-19: loaded with -fplugin=, CO-RE on with -g
// (as in corecc) or -fplugin-arg-corecc-mcore, checked with -verify.
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -Xclang -verify %s
// RUN: %clang19 -target bpf -fplugin=%plugin -fplugin-arg-corecc-mcore -fsyntax-only -Xclang -verify %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fplugin-arg-corecc-mco-re -fsyntax-only -Xclang -verify %s
// -mno-core wins over -g; without -g or -mcore CO-RE is off.
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fplugin-arg-corecc-mno-core -fsyntax-only -Xclang -verify=off %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fplugin-arg-corecc-mno-co-re -fsyntax-only -Xclang -verify=off %s
// RUN: %clang19 -target bpf -fplugin=%plugin -fsyntax-only -Xclang -verify=off %s
// The same file through corecc, which loads the plugin by itself.
// RUN: %corecc -mcore -fsyntax-only -Xclang -verify %s
// RUN: %corecc -g -fsyntax-only -Xclang -verify %s
// RUN: %corecc -fsyntax-only -Xclang -verify=off %s
// off-no-diagnostics

struct s {
  int a;
  int b[4];
};

int empty(int x) {
  return __builtin_preserve_access_index(x); // expected-warning {{__builtin_preserve_access_index has no effect here: the expression contains no member or array access to relocate [-Wcore-empty-builtin]}}
}

int arithmetic(int x, int y) {
  return __builtin_preserve_access_index(x + y * 2); // expected-warning {{has no effect here}}
}

// Written by a macro, as libbpf's bpf_core_read() and projects' own
// wrappers do (`#define _(P) __builtin_preserve_access_index(P)`): the macro
// serves every use, and at this one nothing is wrong to fix. No warning.
#define _(P) __builtin_preserve_access_index(P)
int wrapped(int *p) { return *_(p); }

// Accesses to relocate: no warning.
int member(struct s *p) { return __builtin_preserve_access_index(p->a); }
int array(struct s *p) { return __builtin_preserve_access_index(p->b[2]); }
int *address(struct s *p) { return __builtin_preserve_access_index(&p->b[1]); }
