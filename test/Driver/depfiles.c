// Dependency files for build systems: -MD and -MMD write them as a side
// effect of compiling (-MMD leaves out system headers: -isystem and the
// compiler's own), -MF names the file, -MT the target. -M and -MM print
// them instead of compiling.
// RUN: rm -rf %t && mkdir -p %t/out && cd %t
// RUN: cp %s dep.c

// -MD: dep.d next to the object, target dep.o, every header.
// RUN: %corecc -c dep.c -I %S/Inputs/include -isystem %S/Inputs/sysinclude -MD
// RUN: FileCheck --check-prefix=MD %s < dep.d
// MD: dep.o: dep.c {{.*}}Inputs/include/user.h \
// MD-NEXT: {{.*}}Inputs/sysinclude/sys.h \
// MD-NEXT: {{.*}}stddef.h
// RUN: ls dep.o

// -MMD: no system headers.
// RUN: %corecc -c dep.c -I %S/Inputs/include -isystem %S/Inputs/sysinclude -MMD
// RUN: FileCheck --check-prefix=MMD %s < dep.d
// MMD: dep.o: dep.c {{.*}}Inputs/include/user.h{{$}}
// MMD-NOT: sys.h
// MMD-NOT: stddef.h

// With -o, the depfile goes next to the output and names it.
// RUN: %corecc -c dep.c -o out/renamed.o -I %S/Inputs/include -isystem %S/Inputs/sysinclude -MMD
// RUN: FileCheck --check-prefix=MMD-OUT %s < out/renamed.d
// MMD-OUT: out/renamed.o: dep.c {{.*}}Inputs/include/user.h{{$}}

// -MF names the depfile, -MT the target (repeatable).
// RUN: %corecc -c dep.c -I %S/Inputs/include -isystem %S/Inputs/sysinclude -MMD -MF custom.dep -MT first -MT second
// RUN: FileCheck --check-prefix=MT %s < custom.dep
// MT: first second: dep.c {{.*}}Inputs/include/user.h{{$}}
// Joined forms.
// RUN: %corecc -c dep.c -I %S/Inputs/include -isystem %S/Inputs/sysinclude -MMD -MFjoined.dep -MTjoined
// RUN: FileCheck --check-prefix=MT-JOINED %s < joined.dep
// MT-JOINED: joined: dep.c

// With -S and no -o the target is still the object (as with GCC and
// Clang); with -o it is the output.
// RUN: %corecc -S dep.c -I %S/Inputs/include -isystem %S/Inputs/sysinclude -MMD
// RUN: FileCheck --check-prefix=MMD %s < dep.d
// RUN: %corecc -S dep.c -o dep.s -I %S/Inputs/include -isystem %S/Inputs/sysinclude -MMD
// RUN: FileCheck --check-prefix=MMD-S %s < dep.d
// MMD-S: dep.s: dep.c
// RUN: %corecc -E dep.c -o dep.i -I %S/Inputs/include -isystem %S/Inputs/sysinclude -MMD
// RUN: FileCheck --check-prefix=MMD-E %s < dep.d
// MMD-E: dep.i: dep.c

// -M / -MM: the rules on standard output, nothing compiled (GCC: implies -E).
// RUN: rm -f dep.o
// RUN: %corecc -M dep.c -I %S/Inputs/include -isystem %S/Inputs/sysinclude | FileCheck --check-prefix=MD %s
// RUN: %corecc -MM dep.c -I %S/Inputs/include -isystem %S/Inputs/sysinclude | FileCheck --check-prefix=MMD %s
// RUN: not ls dep.o

// A failed compile leaves no object (the depfile is not trusted either way).
// RUN: rm -f dep.o
// RUN: not %corecc -c dep.c -I %S/Inputs/include -isystem %S/Inputs/sysinclude -MD -DBROKEN 2>/dev/null
// RUN: not ls dep.o

#include "user.h"
#include <sys.h>
#include <stddef.h>
size_t value = USER_VALUE + SYS_VALUE;
#ifdef BROKEN
int broken(
#endif
