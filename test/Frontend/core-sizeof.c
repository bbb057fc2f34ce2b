// -Wcore-sizeof: this compile's size (or alignment) of a CO-RE type, which
// differs across kernels: sizeof, alignof, and pointer arithmetic, which
// steps by the size. The fix-its: bpf_core_type_size(), relocated to the
// kernel's size (libbpf's TYPE_SIZE), and &p[n], a relocated access whose
// index libbpf scales by the kernel's size.
//
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -fplugin-arg-corecc-Wcore-unrelocatable -I%S/Inputs -Xclang -verify=expected,clang19 %s
// RUN: %corecc -g -fsyntax-only -Wcore-unrelocatable -I%S/Inputs -Xclang -verify %s
// RUN: %clang19 -target bpf -g -fplugin=%plugin -fsyntax-only -fplugin-arg-corecc-Wcore-unrelocatable -I%S/Inputs \
// RUN:   -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %corecc -g -fsyntax-only -Wcore-unrelocatable -I%S/Inputs -fdiagnostics-parseable-fixits %s 2>&1 \
// RUN:   | FileCheck %s
// RUN: %corecc -g -fsyntax-only -I%S/Inputs -Wno-core-sizeof -Xclang -verify=none %s
// none-no-diagnostics

#include "bpf-min.h"

struct inner {
  int x;
} __attribute__((preserve_access_index));

struct task {
  int pid;
  struct inner in;
  struct task *next;
} __attribute__((preserve_access_index));

struct plain {
  int a;
};

// vmlinux.h marks the network headers CO-RE too; their sizes are the
// protocols'.
struct ethhdr {
  unsigned char h_dest[6], h_source[6];
  __be16 h_proto;
} __attribute__((preserve_access_index));

// bpf_sock_tuple, a UAPI union of anonymous structs (renamed here: the
// test declares its own, marked stable by its name below).
struct bpf_sock_tuple {
  union {
    struct {
      unsigned int saddr, daddr;
      unsigned short sport, dport;
    } ipv4;
  };
} __attribute__((preserve_access_index));
#define sock_tuple_like bpf_sock_tuple

// Other user-space ABI, fixed for every kernel (system-call arguments, the
// saved registers of one architecture): not reported either.
struct sockaddr_un {
  unsigned short sun_family;
  char sun_path[108];
} __attribute__((preserve_access_index));
struct pt_regs {
  unsigned long di, si, dx;
} __attribute__((preserve_access_index));
struct iovec {
  void *iov_base;
  unsigned long iov_len;
} __attribute__((preserve_access_index));

// recvmmsg/sendmmsg's vector (Falco steps through it by index).
struct mmsghdr {
  struct iovec msg_hdr_placeholder;
  unsigned int msg_len;
} __attribute__((preserve_access_index));

unsigned long uapi(struct pt_regs *regs, struct iovec *iov,
                   struct mmsghdr *mmh, unsigned int index) {
  return sizeof(struct sockaddr_un) + sizeof(*iov) + (unsigned long)(regs + 1) +
         (unsigned long)(mmh + index);
}

unsigned long sizes(struct task *t) {
  // CHECK: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:10-[[@LINE+1]]:29}:"bpf_core_type_size(struct task)"
  return sizeof(struct task) + // expected-warning {{the size of CO-RE type 'struct task' is this compile's, and the running kernel's can differ; use bpf_core_type_size(), which libbpf relocates to the kernel's size [-Wcore-sizeof]}}
  // CHECK: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:10-[[@LINE+1]]:20}:"bpf_core_type_size(*t)"
         sizeof(*t) + // expected-warning {{the size of CO-RE type 'struct task'}}
  // CHECK: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:10-[[@LINE+1]]:19}:"bpf_core_type_size(*t)"
         sizeof *t + // expected-warning {{the size of CO-RE type 'struct task'}}
  // CHECK: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:10-[[@LINE+1]]:23}:"bpf_core_type_size(t->in)"
         sizeof(t->in) + // expected-warning {{the size of CO-RE type 'struct inner'}}
  // An array of CO-RE records: no fix-it (libbpf relocates named types).
  // CHECK-NOT: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:
         sizeof(struct task[2]) + // expected-warning {{the size of CO-RE type 'struct task[2]'}}
         _Alignof(struct task) + // expected-warning {{the alignment of CO-RE type 'struct task' is this compile's, and the running kernel's can differ; CO-RE has no relocation for it [-Wcore-unrelocatable]}}
         __alignof__(*t); // expected-warning {{the alignment of CO-RE type 'struct task'}}
}

// In a constant expression nothing is relocated, and no fix-it would
// compile there.
char buf[sizeof(struct task)]; // expected-warning {{the size of CO-RE type 'struct task' is this compile's, and the running kernel's can differ; in a constant expression it cannot be relocated (bpf_core_type_size() is a run-time value) [-Wcore-unrelocatable]}}
static const int task_size = sizeof(struct task); // expected-warning {{in a constant expression it cannot be relocated}}
enum { TASK_SIZE = sizeof(struct task) }; // expected-warning {{in a constant expression it cannot be relocated}}

int in_case(int x) {
  switch (x) {
  case sizeof(struct inner): // expected-warning {{in a constant expression it cannot be relocated}}
    return sizeof(struct inner); // expected-warning {{use bpf_core_type_size()}}
  }
  return task_size + TASK_SIZE + buf[0];
}

struct task *arith(struct task *t, int i) {
  // CHECK: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:20-[[@LINE+1]]:25}:"&t[1]"
  struct task *a = t + 1; // expected-warning {{arithmetic on a pointer to CO-RE type 'struct task' steps by this compile's size of it, and the running kernel's can differ; index with a constant instead (&p[n]), which CO-RE relocates when p is a variable or a member [-Wcore-sizeof]}}
  // CHECK: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:20-[[@LINE+1]]:31}:"&t->next[2]"
  struct task *b = 2 + t->next; // expected-warning {{arithmetic on a pointer to CO-RE type 'struct task'}}
  // No fix-it: a variable index, a step back, a call's result.
  // CHECK-NOT: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:
  struct task *c = t + i; // expected-warning {{arithmetic on a pointer to CO-RE type}}
  // CHECK-NOT: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:
  struct task *d = t - 1; // expected-warning {{arithmetic on a pointer to CO-RE type}}
  // CHECK-NOT: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:
  struct task *e = arith(t, 0) + 1; // expected-warning {{arithmetic on a pointer to CO-RE type}}
  t++;    // expected-warning {{arithmetic on a pointer to CO-RE type}}
  t += i; // expected-warning {{arithmetic on a pointer to CO-RE type}}
  // A constant step read through at once is "t[2].pid", which corecc's CO-RE
  // pass relocates (2:0); LLVM's, in clang-19 with the plugin, steps by this
  // compile's size.
  i += (t + 2)->pid; // clang19-warning {{arithmetic on a pointer to CO-RE type}}
  i += (t + i)->pid; // expected-warning {{arithmetic on a pointer to CO-RE type}}
  return (struct task *)((long)(b - a) + (long)c + (long)d + (long)e); // expected-warning {{the difference of two pointers to CO-RE type 'struct task' divides by this compile's size of it, and the running kernel's can differ [-Wcore-sizeof]}}
}

// Inside __builtin_preserve_access_index every record is CO-RE.
unsigned long region(struct plain *q) {
  // CHECK: fix-it:"{{.*}}core-sizeof.c":{[[@LINE+1]]:49-[[@LINE+1]]:59}:"bpf_core_type_size(*q)"
  return __builtin_preserve_access_index(q->a + sizeof(*q)); // expected-warning {{the size of CO-RE type 'struct plain'}}
}

// No warning: the sizes of the program's own objects (a buffer's length),
// the relocated forms, sizes inside libbpf's macros and builtins, what is
// not CO-RE, and the network headers.
struct ethhdr *no_warning(struct task *t, struct plain *q, struct ethhdr *eth,
                          void *data_end) {
  struct task local;
  struct inner in;
  char name[16];
  bpf_probe_read_kernel_str(name, sizeof(name), &t->pid);
  BPF_CORE_READ_INTO(&in, t, in);
  unsigned long n = sizeof(local) + sizeof(local.in) + sizeof(in) +
                    sizeof(t->pid) + bpf_core_type_size(struct task) +
                    bpf_core_type_size(*t) + bpf_core_field_size(t->in) +
                    bpf_core_field_size(struct task, in) + sizeof(struct plain) +
                    sizeof(*q) + sizeof(struct ethhdr) + sizeof(*eth) +
                    __builtin_preserve_type_info(*(struct task *)0, 1) +
                    __builtin_preserve_field_info(t->in, 1) +
                    sizeof(sizeof(struct task)) + sizeof(typeof(sizeof(*t)));
  if ((void *)(eth + 1) > data_end)
    return 0;
  // A bounds check: pointer arithmetic compared with another pointer is
  // about the memory the program reads (a packet), whatever the type.
  if ((void *)(t + 1) > data_end || t + 2 <= t->next)
    return 0;
  // Comparing a relocated size with this compile's asks the kernel whether
  // its layout is this one (a field's type changed across versions).
  if (bpf_core_field_size(t->in) == sizeof(struct inner) ||
      sizeof(struct inner) != bpf_core_type_size(struct inner))
    n++;
  // An anonymous member of a stable record is stable too.
  n += sizeof(((struct sock_tuple_like *)0)->ipv4);
  return (struct ethhdr *)((char *)&t[1] + n + (q + 1)->a);
}
