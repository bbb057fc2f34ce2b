// -Rpass=core prints one remark per relocation: where, the kind, the root
// type, the access string, the C path (through the pointers the chain was
// reached by) and the value in this compilation's layout. Other -Rpass
// patterns and -mno-core print none.
// REQUIRES: libbpf
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o /dev/null -Rpass=core 2>&1 | FileCheck %s --implicit-check-not=remark:
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o /dev/null -Rpass='c.r+' 2>&1 | FileCheck %s --implicit-check-not=remark:
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o /dev/null -Rpass=inline 2>&1 | count 0
// RUN: %corecc -O2 -g -mno-core -I%S/Inputs -c %s -o /dev/null -Rpass=core 2>&1 | count 0
// RUN: %corecc -O2 -g -I%S/Inputs -c %s -o /dev/null 2>&1 | count 0
#include "bpf-min.h"

struct task {
  int pid;
  int tgid;
  struct task *real_parent;
  char comm[16];
} __attribute__((preserve_access_index));
enum state { RUNNING, SLEEPING = 5 };

int parent_tgid(struct task *t) {
  // CHECK: remarks.c:[[#@LINE+3]]:13: remark: CO-RE byte_off relocation on struct task, access "0:2": task::real_parent = 8 [-Rpass=core]
  // CHECK: remarks.c:[[#@LINE+2]]:26: remark: CO-RE byte_off relocation on struct task, access "0:1": task::real_parent->tgid = 4 [-Rpass=core]
  // CHECK: remarks.c:[[#@LINE+1]]:33: remark: CO-RE byte_off relocation on struct task, access "0:3:2": task::comm[2] = 18 [-Rpass=core]
  return t->real_parent->tgid + t->comm[2];
}

unsigned long queries(struct task *t) {
  // CHECK: remarks.c:[[#@LINE+6]]:10: remark: CO-RE byte_sz relocation on struct task, access "0:3": task::comm = 16 [-Rpass=core]
  // CHECK: remarks.c:[[#@LINE+6]]:10: remark: CO-RE field_exists relocation on struct task, access "0:0": task::pid = 1 [-Rpass=core]
  // CHECK: remarks.c:[[#@LINE+6]]:10: remark: CO-RE type_size relocation on struct task, access "0": struct task = 32 [-Rpass=core]
  // CHECK: remarks.c:[[#@LINE+6]]:10: remark: CO-RE target_type_id relocation on struct task, access "0": struct task = <its BTF id> [-Rpass=core]
  // CHECK: remarks.c:[[#@LINE+6]]:10: remark: CO-RE enumval_value relocation on enum state, access "1": state::SLEEPING = 5 [-Rpass=core]
  // CHECK: remarks.c:[[#@LINE+6]]:10: remark: CO-RE enumval_exists relocation on enum state, access "0": state::RUNNING = 1 [-Rpass=core]
  return bpf_core_field_size(t->comm) +
         bpf_core_field_exists(t->pid) +
         bpf_core_type_size(struct task) +
         bpf_core_type_id_kernel(struct task) +
         bpf_core_enum_value(enum state, SLEEPING) +
         bpf_core_enum_value_exists(enum state, RUNNING);
}
