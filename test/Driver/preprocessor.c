// -I, -isystem, -D, -U, -include: as in GCC and Clang, joined or separate.
// RUN: %corecc -E -I %S/Inputs/include -isystem %S/Inputs/sysinclude \
// RUN:   -DFROM_CMDLINE=5 -D DEFINED_SEP -include %S/Inputs/forced.h %s \
// RUN:   | FileCheck %s
// RUN: %corecc -E -I%S/Inputs/include -isystem%S/Inputs/sysinclude \
// RUN:   -DFROM_CMDLINE=5 -DDEFINED_SEP -include%S/Inputs/forced.h %s \
// RUN:   | FileCheck %s
// The line markers name the headers; flag 3 marks a system header.
// CHECK: # 1 "{{.*}}Inputs/forced.h" 1
// CHECK: # 1 "{{.*}}Inputs/include/user.h" 1
// CHECK: # 1 "{{.*}}Inputs/sysinclude/sys.h" 1 3
// CHECK: int user = 40;
// CHECK: int sys = 2;
// CHECK: int forced = 7;
// CHECK: int cmdline = 5;
// CHECK: int defined_sep = 1;
// CHECK: int undefined = 1;

// -U removes a -D given before it (and a built-in macro).
// RUN: %corecc -E -DUNDEF_ME -UUNDEF_ME -U__bpf__ -I %S/Inputs/include \
// RUN:   -isystem %S/Inputs/sysinclude -include %S/Inputs/forced.h %s \
// RUN:   | FileCheck --check-prefix=UNDEF %s
// UNDEF: int undefined = 1;
// UNDEF: int not_bpf = 1;

// Without -I, the header is not found: an error with file:line:col.
// RUN: not %corecc -E %s -o /dev/null 2>&1 | FileCheck --check-prefix=NOINC %s
// NOINC: preprocessor.c:[[@LINE+2]]:10: fatal error: 'user.h' file not found
// NOINC-NOT: Stack dump
#include "user.h"
#include <sys.h>
int user = USER_VALUE;
int sys = SYS_VALUE;
int forced = FORCED_VALUE;
#ifdef FROM_CMDLINE
int cmdline = FROM_CMDLINE;
#endif
#ifdef DEFINED_SEP
int defined_sep = DEFINED_SEP;
#endif
#ifndef UNDEF_ME
int undefined = 1;
#endif
#ifndef __bpf__
int not_bpf = 1;
#endif
