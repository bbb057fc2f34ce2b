; A switch becomes a tree of compares and branches: BPF has no indirect
; jump, so never a jump table, however dense the cases.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ-V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ-V3

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"
define i32 @sw(i32 %a) {
entry:
  switch i32 %a, label %def [
    i32 0, label %c0
    i32 1, label %c1
    i32 2, label %c2
    i32 3, label %c3
    i32 4, label %c4
    i32 5, label %c5
    i32 6, label %c6
    i32 10, label %c7
  ]
c0: ret i32 11
c1: ret i32 22
c2: ret i32 33
c3: ret i32 44
c4: ret i32 55
c5: ret i32 66
c6: ret i32 77
c7: ret i32 88
def: ret i32 -1
}
define i64 @sw_range(i64 %a) {
entry:
  switch i64 %a, label %def [
    i64 100, label %c0
    i64 101, label %c0
    i64 102, label %c0
    i64 200, label %c1
  ]
c0: ret i64 1
c1: ret i64 2
def: ret i64 0
}

; V1-LABEL: sw:
; V1-NEXT: # %bb.0:
; V1-NEXT: w0 = w1
; V1-NEXT: if r0 s> 3 goto .LBB0_8
; V1-NEXT: # %bb.1:
; V1-NEXT: if r0 s> 1 goto .LBB0_5
; V1-NEXT: # %bb.2:
; V1-NEXT: if r0 == 0 goto .LBB0_15
; V1-NEXT: # %bb.3:
; V1-NEXT: if r0 == 1 goto .LBB0_4
; V1-NEXT: goto .LBB0_19
; V1-NEXT: .LBB0_4:
; V1-NEXT: r0 = 22
; V1-NEXT: exit
; V1-NEXT: .LBB0_5:
; V1-NEXT: if r0 == 2 goto .LBB0_16
; V1-NEXT: # %bb.6:
; V1-NEXT: if r0 == 3 goto .LBB0_7
; V1-NEXT: goto .LBB0_19
; V1-NEXT: .LBB0_7:
; V1-NEXT: r0 = 44
; V1-NEXT: exit
; V1-NEXT: .LBB0_8:
; V1-NEXT: if r0 s> 5 goto .LBB0_12
; V1-NEXT: # %bb.9:
; V1-NEXT: if r0 == 4 goto .LBB0_17
; V1-NEXT: # %bb.10:
; V1-NEXT: if r0 == 5 goto .LBB0_11
; V1-NEXT: goto .LBB0_19
; V1-NEXT: .LBB0_11:
; V1-NEXT: r0 = 66
; V1-NEXT: exit
; V1-NEXT: .LBB0_12:
; V1-NEXT: if r0 == 6 goto .LBB0_18
; V1-NEXT: # %bb.13:
; V1-NEXT: if r0 == 10 goto .LBB0_14
; V1-NEXT: goto .LBB0_19
; V1-NEXT: .LBB0_14:
; V1-NEXT: r0 = 88
; V1-NEXT: exit
; V1-NEXT: .LBB0_15:
; V1-NEXT: r0 = 11
; V1-NEXT: exit
; V1-NEXT: .LBB0_16:
; V1-NEXT: r0 = 33
; V1-NEXT: exit
; V1-NEXT: .LBB0_17:
; V1-NEXT: r0 = 55
; V1-NEXT: exit
; V1-NEXT: .LBB0_18:
; V1-NEXT: r0 = 77
; V1-NEXT: exit
; V1-NEXT: .LBB0_19:
; V1-NEXT: w0 = -1
; V1-NEXT: exit

; V3-LABEL: sw:
; V3-NEXT: # %bb.0:
; V3-NEXT: if w1 s> 3 goto .LBB0_8
; V3-NEXT: # %bb.1:
; V3-NEXT: if w1 s> 1 goto .LBB0_5
; V3-NEXT: # %bb.2:
; V3-NEXT: if w1 == 0 goto .LBB0_15
; V3-NEXT: # %bb.3:
; V3-NEXT: if w1 == 1 goto .LBB0_4
; V3-NEXT: goto .LBB0_19
; V3-NEXT: .LBB0_4:
; V3-NEXT: w0 = 22
; V3-NEXT: exit
; V3-NEXT: .LBB0_5:
; V3-NEXT: if w1 == 2 goto .LBB0_16
; V3-NEXT: # %bb.6:
; V3-NEXT: if w1 == 3 goto .LBB0_7
; V3-NEXT: goto .LBB0_19
; V3-NEXT: .LBB0_7:
; V3-NEXT: w0 = 44
; V3-NEXT: exit
; V3-NEXT: .LBB0_8:
; V3-NEXT: if w1 s> 5 goto .LBB0_12
; V3-NEXT: # %bb.9:
; V3-NEXT: if w1 == 4 goto .LBB0_17
; V3-NEXT: # %bb.10:
; V3-NEXT: if w1 == 5 goto .LBB0_11
; V3-NEXT: goto .LBB0_19
; V3-NEXT: .LBB0_11:
; V3-NEXT: w0 = 66
; V3-NEXT: exit
; V3-NEXT: .LBB0_12:
; V3-NEXT: if w1 == 6 goto .LBB0_18
; V3-NEXT: # %bb.13:
; V3-NEXT: if w1 == 10 goto .LBB0_14
; V3-NEXT: goto .LBB0_19
; V3-NEXT: .LBB0_14:
; V3-NEXT: w0 = 88
; V3-NEXT: exit
; V3-NEXT: .LBB0_15:
; V3-NEXT: w0 = 11
; V3-NEXT: exit
; V3-NEXT: .LBB0_16:
; V3-NEXT: w0 = 33
; V3-NEXT: exit
; V3-NEXT: .LBB0_17:
; V3-NEXT: w0 = 55
; V3-NEXT: exit
; V3-NEXT: .LBB0_18:
; V3-NEXT: w0 = 77
; V3-NEXT: exit
; V3-NEXT: .LBB0_19:
; V3-NEXT: w0 = -1
; V3-NEXT: exit

; OBJ-V1-LABEL: <sw>:
; OBJ-V1-NEXT: w0 = w1
; OBJ-V1-NEXT: if r0 s> 0x3 goto +0xb <sw+0x68>
; OBJ-V1-NEXT: if r0 s> 0x1 goto +0x5 <sw+0x40>
; OBJ-V1-NEXT: if r0 == 0x0 goto +0x14 <sw+0xc0>
; OBJ-V1-NEXT: if r0 == 0x1 goto +0x1 <sw+0x30>
; OBJ-V1-NEXT: goto +0x1a <sw+0x100>
; OBJ-V1-NEXT: r0 = 0x16
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: if r0 == 0x2 goto +0x11 <sw+0xd0>
; OBJ-V1-NEXT: if r0 == 0x3 goto +0x1 <sw+0x58>
; OBJ-V1-NEXT: goto +0x15 <sw+0x100>
; OBJ-V1-NEXT: r0 = 0x2c
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: if r0 s> 0x5 goto +0x5 <sw+0x98>
; OBJ-V1-NEXT: if r0 == 0x4 goto +0xd <sw+0xe0>
; OBJ-V1-NEXT: if r0 == 0x5 goto +0x1 <sw+0x88>
; OBJ-V1-NEXT: goto +0xf <sw+0x100>
; OBJ-V1-NEXT: r0 = 0x42
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: if r0 == 0x6 goto +0xa <sw+0xf0>
; OBJ-V1-NEXT: if r0 == 0xa goto +0x1 <sw+0xb0>
; OBJ-V1-NEXT: goto +0xa <sw+0x100>
; OBJ-V1-NEXT: r0 = 0x58
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: r0 = 0xb
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: r0 = 0x21
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: r0 = 0x37
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: r0 = 0x4d
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: w0 = -0x1
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sw>:
; OBJ-V3-NEXT: if w1 s> 0x3 goto +0xb <sw+0x60>
; OBJ-V3-NEXT: if w1 s> 0x1 goto +0x5 <sw+0x38>
; OBJ-V3-NEXT: if w1 == 0x0 goto +0x14 <sw+0xb8>
; OBJ-V3-NEXT: if w1 == 0x1 goto +0x1 <sw+0x28>
; OBJ-V3-NEXT: goto +0x1a <sw+0xf8>
; OBJ-V3-NEXT: w0 = 0x16
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: if w1 == 0x2 goto +0x11 <sw+0xc8>
; OBJ-V3-NEXT: if w1 == 0x3 goto +0x1 <sw+0x50>
; OBJ-V3-NEXT: goto +0x15 <sw+0xf8>
; OBJ-V3-NEXT: w0 = 0x2c
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: if w1 s> 0x5 goto +0x5 <sw+0x90>
; OBJ-V3-NEXT: if w1 == 0x4 goto +0xd <sw+0xd8>
; OBJ-V3-NEXT: if w1 == 0x5 goto +0x1 <sw+0x80>
; OBJ-V3-NEXT: goto +0xf <sw+0xf8>
; OBJ-V3-NEXT: w0 = 0x42
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: if w1 == 0x6 goto +0xa <sw+0xe8>
; OBJ-V3-NEXT: if w1 == 0xa goto +0x1 <sw+0xa8>
; OBJ-V3-NEXT: goto +0xa <sw+0xf8>
; OBJ-V3-NEXT: w0 = 0x58
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: w0 = 0xb
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: w0 = 0x21
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: w0 = 0x37
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: w0 = 0x4d
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: w0 = -0x1
; OBJ-V3-NEXT: exit

; V1-LABEL: sw_range:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: r0 += -100
; V1-NEXT: r5 = 3
; V1-NEXT: if r5 > r0 goto .LBB1_4
; V1-NEXT: # %bb.1:
; V1-NEXT: if r1 == 200 goto .LBB1_2
; V1-NEXT: goto .LBB1_3
; V1-NEXT: .LBB1_2:
; V1-NEXT: r0 = 2
; V1-NEXT: exit
; V1-NEXT: .LBB1_3:
; V1-NEXT: r0 = 0
; V1-NEXT: exit
; V1-NEXT: .LBB1_4:
; V1-NEXT: r0 = 1
; V1-NEXT: exit

; V3-LABEL: sw_range:
; V3-NEXT: # %bb.0:
; V3-NEXT: r0 = r1
; V3-NEXT: r0 += -100
; V3-NEXT: if r0 < 3 goto .LBB1_4
; V3-NEXT: # %bb.1:
; V3-NEXT: if r1 == 200 goto .LBB1_2
; V3-NEXT: goto .LBB1_3
; V3-NEXT: .LBB1_2:
; V3-NEXT: r0 = 2
; V3-NEXT: exit
; V3-NEXT: .LBB1_3:
; V3-NEXT: r0 = 0
; V3-NEXT: exit
; V3-NEXT: .LBB1_4:
; V3-NEXT: r0 = 1
; V3-NEXT: exit

; OBJ-V1-LABEL: <sw_range>:
; OBJ-V1-NEXT: r0 = r1
; OBJ-V1-NEXT: r0 += -0x64
; OBJ-V1-NEXT: r5 = 0x3
; OBJ-V1-NEXT: if r5 > r0 goto +0x6 <sw_range+0x50>
; OBJ-V1-NEXT: if r1 == 0xc8 goto +0x1 <sw_range+0x30>
; OBJ-V1-NEXT: goto +0x2 <sw_range+0x40>
; OBJ-V1-NEXT: r0 = 0x2
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: r0 = 0x0
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: r0 = 0x1
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sw_range>:
; OBJ-V3-NEXT: r0 = r1
; OBJ-V3-NEXT: r0 += -0x64
; OBJ-V3-NEXT: if r0 < 0x3 goto +0x6 <sw_range+0x48>
; OBJ-V3-NEXT: if r1 == 0xc8 goto +0x1 <sw_range+0x28>
; OBJ-V3-NEXT: goto +0x2 <sw_range+0x38>
; OBJ-V3-NEXT: r0 = 0x2
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: r0 = 0x0
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: r0 = 0x1
; OBJ-V3-NEXT: exit
