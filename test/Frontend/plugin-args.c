// Each argument of the plugin, given to stock clang-19 as
// -fplugin-arg-corecc-<arg> and to corecc as a plain option.
// The checks' levels (PluginOptions.h): per-check flag, else group flag;
// -w silences; -Werror=core[-<check>] makes errors unless -Wno-error=...;
// plain -Werror does not.
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only \
// RUN:   -fplugin-arg-corecc-Wcore -Xclang -verify=warn %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only \
// RUN:   -fplugin-arg-corecc-Wno-core -Xclang -verify=none %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only \
// RUN:   -fplugin-arg-corecc-Wno-core-empty-builtin -Xclang -verify=none %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only \
// RUN:   -fplugin-arg-corecc-Wno-core -fplugin-arg-corecc-Wcore-empty-builtin -Xclang -verify=warn %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only \
// RUN:   -fplugin-arg-corecc-Werror=core -Xclang -verify=err %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only \
// RUN:   -fplugin-arg-corecc-Werror=core-empty-builtin -Xclang -verify=err %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only \
// RUN:   -fplugin-arg-corecc-Werror=core -fplugin-arg-corecc-Wno-error=core-empty-builtin -Xclang -verify=warn %s
// -Werror=core turns the group on again after -Wno-core (as -Werror=<flag>
// does in Clang).
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only \
// RUN:   -fplugin-arg-corecc-Wno-core -fplugin-arg-corecc-Werror=core -Xclang -verify=err %s
// Clang's own -w applies to the plugin's checks; its plain -Werror does not
// (only -Werror=core does): they stay warnings.
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -w -Xclang -verify=none %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -Werror -Xclang -verify=warn %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -Werror \
// RUN:   -fplugin-arg-corecc-Wno-error=core -Xclang -verify=warn %s
// -w wins over -Werror=core, as over Clang's -Werror=<flag>.
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -w \
// RUN:   -fplugin-arg-corecc-Werror=core -Xclang -verify=none %s

// The same through corecc.
// RUN: %corecc -g -fsyntax-only -Wcore -Xclang -verify=warn %s
// RUN: %corecc -g -fsyntax-only -Wno-core -Xclang -verify=none %s
// RUN: %corecc -g -fsyntax-only -Wno-core-empty-builtin -Xclang -verify=none %s
// RUN: %corecc -g -fsyntax-only -Wno-core -Wcore-empty-builtin -Xclang -verify=warn %s
// RUN: %corecc -g -fsyntax-only -Werror=core -Xclang -verify=err %s
// RUN: %corecc -g -fsyntax-only -Werror=core-empty-builtin -Xclang -verify=err %s
// RUN: %corecc -g -fsyntax-only -Werror=core -Wno-error=core-empty-builtin -Xclang -verify=warn %s
// RUN: %corecc -g -fsyntax-only -w -Xclang -verify=none %s
// RUN: %corecc -g -fsyntax-only -Werror -Xclang -verify=warn %s
// RUN: %corecc -g -fsyntax-only -Werror -Wno-error=core -Xclang -verify=warn %s

// none-no-diagnostics
int empty(int x) {
  return __builtin_preserve_access_index(x); // warn-warning {{no effect here: the expression contains no member or array access to relocate [-Wcore-empty-builtin]}} \
                                             // err-error {{no effect here: the expression contains no member or array access to relocate [-Werror,-Wcore-empty-builtin]}}
}
