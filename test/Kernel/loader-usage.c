// corecc-run's command line: --help, and usage errors exit with status 2
// (names the object does not have included); nothing is loaded for those.
// REQUIRES: libbpf, vmlinux-h
// RUN: %clang19 -O2 -g -target bpf -I%gen -c %s -o %t.o
// RUN: %corecc-run --help | FileCheck --check-prefix=HELP %s
// RUN: sh -c '%corecc-run 2>/dev/null; test $? -eq 2'
// RUN: sh -c '%corecc-run --no-such-option %t.o 2>/dev/null; test $? -eq 2'
// RUN: sh -c '%corecc-run %t.o --run nosuch 2>/dev/null; test $? -eq 2'
// RUN: sh -c '%corecc-run %t.o --prog nosuch 2>/dev/null; test $? -eq 2'
// RUN: sh -c '%corecc-run %t.o --data 123 2>/dev/null; test $? -eq 2'
// RUN: sh -c '%corecc-run %t.o --repeat 0 2>/dev/null; test $? -eq 2'
// RUN: sh -c '%corecc-run %t.o %t.o 2>/dev/null; test $? -eq 2'
// RUN: not %corecc-run %t.o --run nosuch 2>&1 | FileCheck --check-prefix=UNKNOWN %s
// RUN: not %corecc-run %t.o --data 12z4 2>&1 | FileCheck --check-prefix=BADHEX %s
// RUN: not %corecc-run %t.o --log-level 2 --log-level x 2>&1 | FileCheck --check-prefix=BADLEVEL %s
// A missing object is a load failure (1), not a usage error.
// RUN: sh -c '%corecc-run %t.nosuch 2>/dev/null; test $? -eq 1'
// RUN: not %corecc-run %t.nosuch 2>&1 | FileCheck --check-prefix=NOOBJ %s
// RUN: not %corecc-run %t.nosuch --json 2>/dev/null | %python -m json.tool | FileCheck --check-prefix=NOOBJ-JSON %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("socket")
int prog(struct __sk_buff *skb)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";

// HELP: usage: corecc-run --probe
// HELP: corecc-run OBJ [options]
// HELP: --btf PATH
// HELP: --set VAR=VALUE
// HELP: --run NAME
// HELP: --dump-globals
// HELP: --json
// HELP: Exit status: 0 success, 1 open/load/run failure or failed expectation,
// HELP-NEXT: 2 usage error

// UNKNOWN: corecc-run: --run: {{.*}} has no program 'nosuch'
// UNKNOWN-NEXT: (see corecc-run --help)
// BADHEX: --data: '12z4' is not an even number of hex digits
// BADLEVEL: --log-level wants 0..15, got 'x'
// NOOBJ: corecc-run: cannot open {{.*}}.nosuch: No such file or directory
// NOOBJ-JSON: "loaded": false,
// NOOBJ-JSON: "errors": [
// NOOBJ-JSON: "cannot open {{.*}}: No such file or directory"
// NOOBJ-JSON: "exit_code": 1
