// -g, -gbtf, -g0: which debug sections reach the object.
//   -g      DWARF (.debug_*) and BTF
//   -gbtf   BTF only: no .debug_* section
//   none    neither
// (.BTF/.BTF.ext are checked with the BTF emitter's tests.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: %corecc -c -g %s -o %t/g.o
// RUN: %readelf -S %t/g.o | FileCheck --check-prefix=DWARF %s
// RUN: %corecc -c -g2 %s -o %t/g2.o
// RUN: %readelf -S %t/g2.o | FileCheck --check-prefix=DWARF %s
// RUN: %corecc -c -gbtf %s -o %t/gbtf.o
// RUN: %readelf -S %t/gbtf.o | FileCheck --check-prefix=NODWARF %s
// RUN: %corecc -c %s -o %t/none.o
// RUN: %readelf -S %t/none.o | FileCheck --check-prefix=NODWARF %s
// -g0 cancels an earlier -g (and -gbtf); a later -g wins over -g0.
// RUN: %corecc -c -g -g0 %s -o %t/g0.o
// RUN: %readelf -S %t/g0.o | FileCheck --check-prefix=NODWARF %s
// RUN: %corecc -c -gbtf -g0 %s -o %t/gbtf0.o
// RUN: %readelf -S %t/gbtf0.o | FileCheck --check-prefix=NODWARF %s
// RUN: %corecc -c -g0 -g %s -o %t/g0g.o
// RUN: %readelf -S %t/g0g.o | FileCheck --check-prefix=DWARF %s
// -mcore alone asks for BTF, not DWARF.
// RUN: %corecc -c -mcore %s -o %t/core.o
// RUN: %readelf -S %t/core.o | FileCheck --check-prefix=NODWARF %s

// DWARF: .debug_info
// DWARF: .debug_line
// NODWARF: Section Headers:
// NODWARF-NOT: .debug_
// NODWARF: Key to Flags:

// With -g and -S the assembly carries the source locations.
// RUN: %corecc -S -g %s -o - | FileCheck --check-prefix=LOC %s
// RUN: %corecc -S %s -o - | FileCheck --check-prefix=NOLOC %s
// LOC: .file {{[0-9]+}} "{{.*}}" "{{.*}}debug-info.c"
// LOC: .loc {{[0-9]+}} [[@LINE+4]]
// NOLOC-NOT: .loc
// NOLOC-NOT: .section .debug

int answer(int x) { return x + 42; }
