// -ftime-report: Clang's and LLVM's tables, and corecc's own with each
// phase of the compile; the compile succeeds (LLVM's timer options are
// not registered twice at exit).
//
// RUN: %corecc -O2 -g -c -ftime-report %s -o %t.o 2> %t.txt
// RUN: FileCheck %s < %t.txt
// RUN: %objdump -d %t.o | FileCheck --check-prefix=OBJ %s
// CHECK-DAG: Clang front-end time report
// CHECK-DAG: Pass execution timing report
// CHECK-DAG: corecc time report (phases of the compile)
// CHECK-DAG: Front end (parse, Sema, CO-RE checks, IR generation)
// CHECK-DAG: (in the front end) CO-RE source checks
// CHECK-DAG: IR passes (CO-RE, -O pipeline)
// CHECK-DAG: Code generation (instruction selection to object writing, BTF included)
// CHECK-DAG: (in code generation) .BTF and .BTF.ext
// CHECK-DAG: Header cache (lookup, PCH build)
// CHECK-NOT: registered more than once
// OBJ: <prog>:

struct s {
  int a;
} __attribute__((preserve_access_index));

__attribute__((section("tp/x"))) int prog(struct s *p) { return p->a; }
