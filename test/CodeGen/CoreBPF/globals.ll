; Addresses of globals are LD_IMM64 with an R_BPF_64_64 relocation, the
; access offset folded into the load or store. Globals with external
; linkage are named by their own symbol (immediate 0); static ones by the
; section symbol with their offset in the immediate (libbpf's convention),
; also in custom .data.* / .rodata.* sections. Map definitions in .maps are
; always named by their own symbol: libbpf finds maps by it. A pointer in
; initialized data is R_BPF_64_ABS64.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -dr --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ-V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -dr --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ-V3
; RUN: %readelf -S %t.v3.o | FileCheck %s --check-prefix=SECTIONS
; RUN: %readelf -s %t.v3.o | FileCheck %s --check-prefix=SYMBOLS
; RUN: %readelf -r %t.v3.o | FileCheck %s --check-prefix=DATARELOC
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.again.o
; RUN: cmp %t.v3.o %t.again.o

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@g_bss = global i32 0, align 4
@g_data = global i32 5, align 4
@s_bss = internal global i64 0, align 8
@s_data = internal global i32 7, align 4
@s_data2 = internal global i32 9, align 4
@ro_cfg = constant i32 3, align 4
@arr = global [4 x i32] [i32 1, i32 2, i32 3, i32 4], section ".data.custom", align 4
@s_custom = internal global i32 8, section ".data.custom", align 4
@ro_custom = constant i32 11, section ".rodata.custom", align 4
@ptr = global ptr @g_data, align 8
@s_map = internal global { ptr, ptr } zeroinitializer, section ".maps", align 8
@LICENSE = global [4 x i8] c"GPL\00", section "license", align 1

define i32 @prog(ptr %ctx) section "xdp" {
  %a = load i32, ptr @g_bss
  %b = load i32, ptr @g_data
  %c = load i64, ptr @s_bss
  %d = load i32, ptr @s_data
  %e = load i32, ptr @s_data2
  %f = load volatile i32, ptr @ro_cfg
  %p = getelementptr [4 x i32], ptr @arr, i64 0, i64 3
  %g = load i32, ptr %p
  %h = load i32, ptr @s_custom
  %i = load volatile i32, ptr @ro_custom
  %m = ptrtoint ptr @s_map to i64
  store i64 %m, ptr %ctx
  %q = load ptr, ptr @ptr
  %j = load i32, ptr %q
  %c32 = trunc i64 %c to i32
  %s1 = add i32 %a, %b
  %s2 = add i32 %s1, %c32
  %s3 = add i32 %s2, %d
  %s4 = add i32 %s3, %e
  %s5 = add i32 %s4, %f
  %s6 = add i32 %s5, %g
  %s7 = add i32 %s6, %h
  %s8 = add i32 %s7, %i
  %s9 = add i32 %s8, %j
  store i32 %s9, ptr @s_data2
  ret i32 %s9
}

; V1-LABEL: prog:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = ro_cfg ll
; V1-NEXT: r4 = *(u32 *)(r0 + 0)
; V1-NEXT: r0 = ro_custom ll
; V1-NEXT: r0 = *(u32 *)(r0 + 0)
; V1-NEXT: *(u64 *)(r10 - 8) = r0
; V1-NEXT: r0 = s_custom ll
; V1-NEXT: r3 = *(u32 *)(r0 + 0)
; V1-NEXT: r0 = arr ll
; V1-NEXT: r6 = *(u32 *)(r0 + 12)
; V1-NEXT: r0 = s_data ll
; V1-NEXT: r7 = *(u32 *)(r0 + 0)
; V1-NEXT: r0 = s_bss ll
; V1-NEXT: r8 = *(u64 *)(r0 + 0)
; V1-NEXT: r0 = g_data ll
; V1-NEXT: r9 = *(u32 *)(r0 + 0)
; V1-NEXT: r0 = g_bss ll
; V1-NEXT: r0 = *(u32 *)(r0 + 0)
; V1-NEXT: r5 = s_data2 ll
; V1-NEXT: r5 = *(u32 *)(r5 + 0)
; V1-NEXT: r2 = s_map ll
; V1-NEXT: *(u64 *)(r1 + 0) = r2
; V1-NEXT: r0 += r9
; V1-NEXT: r0 += r8
; V1-NEXT: r0 += r7
; V1-NEXT: r0 += r5
; V1-NEXT: r0 += r4
; V1-NEXT: r0 += r6
; V1-NEXT: r0 += r3
; V1-NEXT: r5 = *(u64 *)(r10 - 8)
; V1-NEXT: r0 += r5
; V1-NEXT: r5 = ptr ll
; V1-NEXT: r5 = *(u64 *)(r5 + 0)
; V1-NEXT: r5 = *(u32 *)(r5 + 0)
; V1-NEXT: r0 += r5
; V1-NEXT: r5 = s_data2 ll
; V1-NEXT: *(u32 *)(r5 + 0) = r0
; V1-NEXT: exit

; V3-LABEL: prog:
; V3-NEXT: # %bb.0:
; V3-NEXT: r0 = ro_cfg ll
; V3-NEXT: w4 = *(u32 *)(r0 + 0)
; V3-NEXT: r0 = ro_custom ll
; V3-NEXT: w0 = *(u32 *)(r0 + 0)
; V3-NEXT: *(u32 *)(r10 - 8) = w0
; V3-NEXT: r0 = s_custom ll
; V3-NEXT: w3 = *(u32 *)(r0 + 0)
; V3-NEXT: r0 = arr ll
; V3-NEXT: w6 = *(u32 *)(r0 + 12)
; V3-NEXT: r0 = s_data ll
; V3-NEXT: w7 = *(u32 *)(r0 + 0)
; V3-NEXT: r0 = s_bss ll
; V3-NEXT: r8 = *(u64 *)(r0 + 0)
; V3-NEXT: r0 = g_data ll
; V3-NEXT: w9 = *(u32 *)(r0 + 0)
; V3-NEXT: r0 = g_bss ll
; V3-NEXT: w0 = *(u32 *)(r0 + 0)
; V3-NEXT: r5 = s_data2 ll
; V3-NEXT: w5 = *(u32 *)(r5 + 0)
; V3-NEXT: r2 = s_map ll
; V3-NEXT: *(u64 *)(r1 + 0) = r2
; V3-NEXT: w0 += w9
; V3-NEXT: w0 += w8
; V3-NEXT: w0 += w7
; V3-NEXT: w0 += w5
; V3-NEXT: w0 += w4
; V3-NEXT: w0 += w6
; V3-NEXT: w0 += w3
; V3-NEXT: w5 = *(u32 *)(r10 - 8)
; V3-NEXT: w0 += w5
; V3-NEXT: r5 = ptr ll
; V3-NEXT: r5 = *(u64 *)(r5 + 0)
; V3-NEXT: w5 = *(u32 *)(r5 + 0)
; V3-NEXT: w0 += w5
; V3-NEXT: r5 = s_data2 ll
; V3-NEXT: *(u32 *)(r5 + 0) = w0
; V3-NEXT: exit

; OBJ-V1-LABEL: <prog>:
; OBJ-V1-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V1-NEXT: R_BPF_64_64 ro_cfg
; OBJ-V1-NEXT: 61 04 00 00 00 00 00 00 r4 = *(u32 *)(r0 + 0x0)
; OBJ-V1-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V1-NEXT: R_BPF_64_64 ro_custom
; OBJ-V1-NEXT: 61 00 00 00 00 00 00 00 r0 = *(u32 *)(r0 + 0x0)
; OBJ-V1-NEXT: 7b 0a f8 ff 00 00 00 00 *(u64 *)(r10 - 0x8) = r0
; OBJ-V1-NEXT: 18 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x10 ll
; OBJ-V1-NEXT: R_BPF_64_64 .data.custom
; OBJ-V1-NEXT: 61 03 00 00 00 00 00 00 r3 = *(u32 *)(r0 + 0x0)
; OBJ-V1-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V1-NEXT: R_BPF_64_64 arr
; OBJ-V1-NEXT: 61 06 0c 00 00 00 00 00 r6 = *(u32 *)(r0 + 0xc)
; OBJ-V1-NEXT: 18 00 00 00 04 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x4 ll
; OBJ-V1-NEXT: R_BPF_64_64 .data
; OBJ-V1-NEXT: 61 07 00 00 00 00 00 00 r7 = *(u32 *)(r0 + 0x0)
; OBJ-V1-NEXT: 18 00 00 00 08 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x8 ll
; OBJ-V1-NEXT: R_BPF_64_64 .bss
; OBJ-V1-NEXT: 79 08 00 00 00 00 00 00 r8 = *(u64 *)(r0 + 0x0)
; OBJ-V1-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V1-NEXT: R_BPF_64_64 g_data
; OBJ-V1-NEXT: 61 09 00 00 00 00 00 00 r9 = *(u32 *)(r0 + 0x0)
; OBJ-V1-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V1-NEXT: R_BPF_64_64 g_bss
; OBJ-V1-NEXT: 61 00 00 00 00 00 00 00 r0 = *(u32 *)(r0 + 0x0)
; OBJ-V1-NEXT: 18 05 00 00 08 00 00 00 00 00 00 00 00 00 00 00 r5 = 0x8 ll
; OBJ-V1-NEXT: R_BPF_64_64 .data
; OBJ-V1-NEXT: 61 55 00 00 00 00 00 00 r5 = *(u32 *)(r5 + 0x0)
; OBJ-V1-NEXT: 18 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r2 = 0x0 ll
; OBJ-V1-NEXT: R_BPF_64_64 s_map
; OBJ-V1-NEXT: 7b 21 00 00 00 00 00 00 *(u64 *)(r1 + 0x0) = r2
; OBJ-V1-NEXT: 0f 90 00 00 00 00 00 00 r0 += r9
; OBJ-V1-NEXT: 0f 80 00 00 00 00 00 00 r0 += r8
; OBJ-V1-NEXT: 0f 70 00 00 00 00 00 00 r0 += r7
; OBJ-V1-NEXT: 0f 50 00 00 00 00 00 00 r0 += r5
; OBJ-V1-NEXT: 0f 40 00 00 00 00 00 00 r0 += r4
; OBJ-V1-NEXT: 0f 60 00 00 00 00 00 00 r0 += r6
; OBJ-V1-NEXT: 0f 30 00 00 00 00 00 00 r0 += r3
; OBJ-V1-NEXT: 79 a5 f8 ff 00 00 00 00 r5 = *(u64 *)(r10 - 0x8)
; OBJ-V1-NEXT: 0f 50 00 00 00 00 00 00 r0 += r5
; OBJ-V1-NEXT: 18 05 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r5 = 0x0 ll
; OBJ-V1-NEXT: R_BPF_64_64 ptr
; OBJ-V1-NEXT: 79 55 00 00 00 00 00 00 r5 = *(u64 *)(r5 + 0x0)
; OBJ-V1-NEXT: 61 55 00 00 00 00 00 00 r5 = *(u32 *)(r5 + 0x0)
; OBJ-V1-NEXT: 0f 50 00 00 00 00 00 00 r0 += r5
; OBJ-V1-NEXT: 18 05 00 00 08 00 00 00 00 00 00 00 00 00 00 00 r5 = 0x8 ll
; OBJ-V1-NEXT: R_BPF_64_64 .data
; OBJ-V1-NEXT: 63 05 00 00 00 00 00 00 *(u32 *)(r5 + 0x0) = r0
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V3-LABEL: <prog>:
; OBJ-V3-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V3-NEXT: R_BPF_64_64 ro_cfg
; OBJ-V3-NEXT: 61 04 00 00 00 00 00 00 w4 = *(u32 *)(r0 + 0x0)
; OBJ-V3-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V3-NEXT: R_BPF_64_64 ro_custom
; OBJ-V3-NEXT: 61 00 00 00 00 00 00 00 w0 = *(u32 *)(r0 + 0x0)
; OBJ-V3-NEXT: 63 0a f8 ff 00 00 00 00 *(u32 *)(r10 - 0x8) = w0
; OBJ-V3-NEXT: 18 00 00 00 10 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x10 ll
; OBJ-V3-NEXT: R_BPF_64_64 .data.custom
; OBJ-V3-NEXT: 61 03 00 00 00 00 00 00 w3 = *(u32 *)(r0 + 0x0)
; OBJ-V3-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V3-NEXT: R_BPF_64_64 arr
; OBJ-V3-NEXT: 61 06 0c 00 00 00 00 00 w6 = *(u32 *)(r0 + 0xc)
; OBJ-V3-NEXT: 18 00 00 00 04 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x4 ll
; OBJ-V3-NEXT: R_BPF_64_64 .data
; OBJ-V3-NEXT: 61 07 00 00 00 00 00 00 w7 = *(u32 *)(r0 + 0x0)
; OBJ-V3-NEXT: 18 00 00 00 08 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x8 ll
; OBJ-V3-NEXT: R_BPF_64_64 .bss
; OBJ-V3-NEXT: 79 08 00 00 00 00 00 00 r8 = *(u64 *)(r0 + 0x0)
; OBJ-V3-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V3-NEXT: R_BPF_64_64 g_data
; OBJ-V3-NEXT: 61 09 00 00 00 00 00 00 w9 = *(u32 *)(r0 + 0x0)
; OBJ-V3-NEXT: 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r0 = 0x0 ll
; OBJ-V3-NEXT: R_BPF_64_64 g_bss
; OBJ-V3-NEXT: 61 00 00 00 00 00 00 00 w0 = *(u32 *)(r0 + 0x0)
; OBJ-V3-NEXT: 18 05 00 00 08 00 00 00 00 00 00 00 00 00 00 00 r5 = 0x8 ll
; OBJ-V3-NEXT: R_BPF_64_64 .data
; OBJ-V3-NEXT: 61 55 00 00 00 00 00 00 w5 = *(u32 *)(r5 + 0x0)
; OBJ-V3-NEXT: 18 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r2 = 0x0 ll
; OBJ-V3-NEXT: R_BPF_64_64 s_map
; OBJ-V3-NEXT: 7b 21 00 00 00 00 00 00 *(u64 *)(r1 + 0x0) = r2
; OBJ-V3-NEXT: 0c 90 00 00 00 00 00 00 w0 += w9
; OBJ-V3-NEXT: 0c 80 00 00 00 00 00 00 w0 += w8
; OBJ-V3-NEXT: 0c 70 00 00 00 00 00 00 w0 += w7
; OBJ-V3-NEXT: 0c 50 00 00 00 00 00 00 w0 += w5
; OBJ-V3-NEXT: 0c 40 00 00 00 00 00 00 w0 += w4
; OBJ-V3-NEXT: 0c 60 00 00 00 00 00 00 w0 += w6
; OBJ-V3-NEXT: 0c 30 00 00 00 00 00 00 w0 += w3
; OBJ-V3-NEXT: 61 a5 f8 ff 00 00 00 00 w5 = *(u32 *)(r10 - 0x8)
; OBJ-V3-NEXT: 0c 50 00 00 00 00 00 00 w0 += w5
; OBJ-V3-NEXT: 18 05 00 00 00 00 00 00 00 00 00 00 00 00 00 00 r5 = 0x0 ll
; OBJ-V3-NEXT: R_BPF_64_64 ptr
; OBJ-V3-NEXT: 79 55 00 00 00 00 00 00 r5 = *(u64 *)(r5 + 0x0)
; OBJ-V3-NEXT: 61 55 00 00 00 00 00 00 w5 = *(u32 *)(r5 + 0x0)
; OBJ-V3-NEXT: 0c 50 00 00 00 00 00 00 w0 += w5
; OBJ-V3-NEXT: 18 05 00 00 08 00 00 00 00 00 00 00 00 00 00 00 r5 = 0x8 ll
; OBJ-V3-NEXT: R_BPF_64_64 .data
; OBJ-V3-NEXT: 63 05 00 00 00 00 00 00 *(u32 *)(r5 + 0x0) = w0
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: g_bss:

; CHECK-LABEL: g_data:

; CHECK-LABEL: s_data:

; CHECK-LABEL: s_data2:

; CHECK-LABEL: ro_cfg:

; CHECK-LABEL: arr:

; CHECK-LABEL: s_custom:

; CHECK-LABEL: ro_custom:

; CHECK-LABEL: ptr:

; CHECK-LABEL: s_map:

; CHECK-LABEL: LICENSE:

; One section per SEC(), with the flags libbpf looks at.
; SECTIONS: xdp               PROGBITS {{.*}}  AX  0   0  8
; SECTIONS: .bss              NOBITS   {{.*}}  WA  0   0  8
; SECTIONS: .data             PROGBITS {{.*}}  WA  0   0  8
; SECTIONS: .rel.data         REL
; SECTIONS: .rodata           PROGBITS {{.*}}   A  0   0  4
; SECTIONS: .data.custom      PROGBITS {{.*}}  WA  0   0  4
; SECTIONS: .rodata.custom    PROGBITS {{.*}}   A  0   0  4
; SECTIONS: .maps             PROGBITS {{.*}}  WA  0   0  8
; SECTIONS: license           PROGBITS 0000000000000000 {{[0-9a-f]+}} 000004 00  WA  0   0  1

; Static variables are local objects; the function and the other globals
; global, each with its size.
; SYMBOLS-DAG: 0000000000000010     4 OBJECT  LOCAL  DEFAULT {{[0-9]+}} s_custom
; SYMBOLS-DAG: 0000000000000008     4 OBJECT  LOCAL  DEFAULT {{[0-9]+}} s_data2
; SYMBOLS-DAG: 0000000000000004     4 OBJECT  LOCAL  DEFAULT {{[0-9]+}} s_data
; SYMBOLS-DAG: 0000000000000008     8 OBJECT  LOCAL  DEFAULT {{[0-9]+}} s_bss
; SYMBOLS-DAG: 0000000000000000    16 OBJECT  LOCAL  DEFAULT {{[0-9]+}} s_map
; SYMBOLS-DAG: 0000000000000000   392 FUNC    GLOBAL DEFAULT {{[0-9]+}} prog
; SYMBOLS-DAG: 0000000000000000     4 OBJECT  GLOBAL DEFAULT {{[0-9]+}} ro_cfg
; SYMBOLS-DAG: 0000000000000000     4 OBJECT  GLOBAL DEFAULT {{[0-9]+}} ro_custom
; SYMBOLS-DAG: 0000000000000000    16 OBJECT  GLOBAL DEFAULT {{[0-9]+}} arr
; SYMBOLS-DAG: 0000000000000000     4 OBJECT  GLOBAL DEFAULT {{[0-9]+}} g_data
; SYMBOLS-DAG: 0000000000000000     4 OBJECT  GLOBAL DEFAULT {{[0-9]+}} g_bss
; SYMBOLS-DAG: 0000000000000010     8 OBJECT  GLOBAL DEFAULT {{[0-9]+}} ptr
; SYMBOLS-DAG: 0000000000000000     4 OBJECT  GLOBAL DEFAULT {{[0-9]+}} LICENSE

; DATARELOC: Relocation section '.rel.data'
; DATARELOC-NEXT: Offset
; DATARELOC-NEXT: 0000000000000010  {{[0-9a-f]+}} R_BPF_64_ABS64         0000000000000000 g_data
