// GCC's -gtoggle, and -flto, which has no meaning for a BPF object.
//
// -gtoggle turns debug information off when the other -g options turn it
// on, and on (as -g) otherwise; twice, it changes nothing (GCC's
// core-options-*.c use it).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %corecc -c -gtoggle %s -o %t/on.o
// RUN: %readelf -S %t/on.o | FileCheck --check-prefix=DEBUG %s
// RUN: %corecc -c -g -gtoggle %s -o %t/off.o
// RUN: %readelf -S %t/off.o | FileCheck --check-prefix=NODEBUG %s
// RUN: %corecc -c -gbtf -gtoggle %s -o %t/btfoff.o
// RUN: %readelf -S %t/btfoff.o | FileCheck --check-prefix=NODEBUG %s
// RUN: %corecc -c -g -gtoggle -gtoggle %s -o %t/twice.o
// RUN: %readelf -S %t/twice.o | FileCheck --check-prefix=DEBUG %s
// -mcore still gets its BTF with debug information toggled off.
// RUN: %corecc -c -g -mcore -gtoggle %s -o %t/core.o
// RUN: %readelf -S %t/core.o | FileCheck --check-prefix=CORE %s
//
// -flto would make Clang write LLVM bitcode that libbpf cannot open: corecc
// says so and writes the BPF object.
// RUN: %corecc -c -O2 -g -flto %s -o %t/lto.o 2>&1 | FileCheck --check-prefix=LTO %s
// RUN: %readelf -h %t/lto.o | FileCheck --check-prefix=ELF %s
// RUN: %corecc -c -O2 -g -flto=thin -fno-lto %s -o %t/thin.o 2>&1 | FileCheck --check-prefix=THIN %s
// RUN: %readelf -h %t/thin.o | FileCheck --check-prefix=ELF %s

// DEBUG: .debug_info
// DEBUG: .BTF
// NODEBUG: Section Headers:
// NODEBUG-NOT: .debug_
// NODEBUG-NOT: .BTF
// NODEBUG: Key to Flags:
// CORE: Section Headers:
// CORE-NOT: .debug_
// CORE: .BTF
// LTO: corecc: warning: '-flto' ignored: BPF objects are ELF for libbpf and bpftool, which read no LLVM bitcode (use -emit-llvm for bitcode)
// THIN: corecc: warning: '-flto=thin' ignored
// ELF: Machine: EM_BPF

int value = 1;
int get(void) { return value; }
