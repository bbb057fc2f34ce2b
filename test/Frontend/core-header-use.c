// The checks look at what the translation unit uses: its own declarations,
// and the functions and globals of headers that those name, transitively.
// What a header declares and nothing uses is not looked at, so that the
// result does not depend on how many declarations a header brings
// (vmlinux.h's 100k), and is the same when the header comes precompiled.
// The used helpers warn where they are written in the header (lines 12 and
// 17), and so does a program the header defines (30); the unused helper
// (line 24) does not.
//
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Xclang -verify %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -I%S/Inputs -Xclang -verify %s
//
// The same with the header precompiled (its own compile, as a main file,
// checks all of it: five warnings, two from the unused helper).
// RUN: %corecc -g -x c-header %S/Inputs/core-header-use.h -o %t.pch 2>&1 \
// RUN:   | FileCheck --check-prefix=PCH %s
// PCH-COUNT-2: core-header-use.h:24:{{[0-9]+}}: warning
// PCH: 5 warnings generated
// RUN: %corecc -g -fsyntax-only -include-pch %t.pch -I%S/Inputs -Xclang -verify %s

#include "core-header-use.h"
// expected-warning@core-header-use.h:12 {{size of CO-RE type 'struct hdr_task'}}
// expected-warning@core-header-use.h:17 {{bitfield 'flag'}}
// expected-warning@core-header-use.h:30 {{size of CO-RE type 'struct hdr_task'}}

int prog(struct hdr_task *t) {
  return hdr_used_size(t) + hdr_used_flag(t) +
         sizeof(struct hdr_task); // expected-warning {{size of CO-RE type}}
}
