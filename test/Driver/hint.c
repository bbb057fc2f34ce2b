// A compile with -target bpf searches Clang's resource headers and
// /usr/include, not the host's multiarch directory
// (/usr/include/<arch>-linux-gnu), like clang -target bpf. <linux/bpf.h>
// needs <asm/types.h> from there: the driver says where it is and what to
// do. (Without -target, corecc searches it last, as the host's clang does:
// test/Driver/include-probe.test.)
// REQUIRES: multiarch-asm
// RUN: not %corecc -target bpf -c %s -o /dev/null 2>&1 | FileCheck -DDIR=%multiarch_include %s
// CHECK: fatal error: 'asm/types.h' file not found
// CHECK: corecc: note: 'asm/types.h' is in the host's multiarch directory, which compiles with -target bpf do not search (as with clang -target bpf); add -I[[DIR]], or include vmlinux.h instead of <linux/...> headers
// CHECK: 1 error generated.
// CHECK-NOT: Stack dump

// Following the hint works.
// RUN: %corecc -target bpf -c %s -o /dev/null -I%multiarch_include

// Other missing headers get no hint.
// RUN: not %corecc -target bpf -c -DOTHER %s -o /dev/null 2>&1 | FileCheck --check-prefix=OTHER %s
// OTHER: fatal error: 'no/such/header.h' file not found
// OTHER-NOT: note:

#ifdef OTHER
#include <no/such/header.h>
#endif
#include <linux/bpf.h>
int map_type = BPF_MAP_TYPE_HASH;
