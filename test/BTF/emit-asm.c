// With -S, .BTF and .BTF.ext come out as commented directives (as clang's):
// each type starts with "# BTF_KIND_<KIND>(id = N)", the headers' fields,
// the string table and the func_info/line_info records are named, the
// instruction offsets are labels at the instructions, and the DATASEC size
// and offsets are label differences. The assembly is faithful: llvm-mc-19
// assembles it into the same .BTF bytes and the same .BTF.ext records as
// corecc's own object.
//
// RUN: %corecc -O2 -gbtf -S %s -o %t.s
// RUN: FileCheck %s < %t.s
// RUN: %corecc -O2 -gbtf -c %s -o %t.o
// RUN: llvm-mc -triple bpfel -filetype=obj %t.s -o %t.mc.o
// RUN: llvm-objcopy -O binary --only-section=.BTF %t.o %t.BTF
// RUN: llvm-objcopy -O binary --only-section=.BTF %t.mc.o %t.mc.BTF
// RUN: cmp %t.BTF %t.mc.BTF
// RUN: %corecc-btf ext %t.o > %t.ext
// RUN: %corecc-btf ext %t.mc.o | diff %t.ext -
// RUN: %objdump -d %t.o | tail -n +3 > %t.dis
// RUN: %objdump -d %t.mc.o | tail -n +3 | diff %t.dis -

#define SEC(n) __attribute__((section(n), used))

struct point {
  int x, y;
};

int counter;
struct point origin = {1, 2};

static __attribute__((noinline)) int dist(struct point *p) {
  return p->x + p->y;
}

SEC("socket")
int prog(void *ctx) {
  counter++;
  return dist(&origin);
}

char LICENSE[] SEC("license") = "GPL";

// Labels for func_info/line_info at the code, begin/end labels for the
// DATASEC sizes.
// CHECK: .section .bss,"aw",@nobits
// CHECK-NEXT: [[BSS:.Lbtf_sec_begin[0-9]+]]:
// CHECK: prog:
// CHECK-NEXT: [[PROG:.Lbtf_func[0-9]+]]:
// CHECK: dist:
// CHECK-NEXT: [[DIST:.Lbtf_func[0-9]+]]:
// CHECK: counter:
// CHECK: .section .bss,"aw",@nobits
// CHECK-NEXT: [[BSS_END:.Lbtf_sec_end[0-9]+]]:
//
// CHECK: .section .BTF,"",@progbits
// CHECK-NEXT: .p2align 2
// CHECK-NEXT: .short 60319 # magic
// CHECK-NEXT: .byte 1 # version
// CHECK-NEXT: .byte 0 # flags
// CHECK-NEXT: .long 24 # hdr_len
// CHECK-NEXT: .long 0 # type_off
// CHECK-NEXT: .long [[TLEN:[0-9]+]] # type_len
// CHECK-NEXT: .long [[TLEN]] # str_off
// CHECK-NEXT: .long {{[0-9]+}} # str_len
// CHECK-NEXT: .long {{[0-9]+}} # BTF_KIND_{{[A-Z_]+}}(id = 1)
// FUNCs: info 0x0c000000 | linkage (0 static, 1 global).
// CHECK: # BTF_KIND_FUNC(id = {{[0-9]+}})
// CHECK-NEXT: .long {{20132659[23]}}
// STRUCT point: info 0x04000002 (2 members), size 8.
// CHECK: # BTF_KIND_STRUCT(id = {{[0-9]+}})
// CHECK-NEXT: .long 67108866
// CHECK-NEXT: .long 8
// CHECK: # BTF_KIND_FUNC(id = {{[0-9]+}})
// CHECK-NEXT: .long {{20132659[23]}}
// CHECK: # BTF_KIND_DATASEC(id = {{[0-9]+}})
// CHECK-NEXT: .long 251658241
// CHECK-NEXT: .long [[BSS_END]]-[[BSS]]{{$}}
// CHECK-NEXT: .long {{[0-9]+}}
// CHECK-NEXT: .long counter-[[BSS]]
// CHECK-NEXT: .long 4
// CHECK: .byte 0 # string offset=0
// CHECK: .ascii "  return dist(&origin);" # string offset={{[0-9]+}}
// CHECK: .ascii "point" # string offset={{[0-9]+}}
//
// CHECK: .section .BTF.ext,"",@progbits
// CHECK-NEXT: .p2align 2
// CHECK-NEXT: .short 60319 # magic
// CHECK: .long 32 # hdr_len
// CHECK-NEXT: .long 0 # func_info_off
// CHECK: .long 8 # FuncInfo record size
// CHECK: .long [[PROG]] # insn_off
// CHECK: .long [[DIST]] # insn_off
// CHECK: .long 16 # LineInfo record size
// CHECK: # Line [[# @LINE - 57]] Col {{[0-9]+}}
