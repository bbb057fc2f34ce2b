; Conditional branches, 32-bit operands: JMP32 (w registers) with cpu v3
; and later; before that the operands are zero- or sign-extended to 64 bits
; as the condition needs. The same cases as branch64.ll.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=V1,V12
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ-V1,OBJ-V12
; RUN: %corecc-llc -mcpu=v2 %s -o - | FileCheck %s --check-prefixes=V12,V2
; RUN: %corecc-llc -mcpu=v2 -filetype=obj %s -o %t.v2.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v2.o | FileCheck %s --check-prefixes=OBJ-V12,OBJ-V2
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ-V3

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i32 @eq_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp eq i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @eq_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp eq i32 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @ne_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp ne i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @ne_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp ne i32 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @ugt_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp ugt i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @ugt_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp ugt i32 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @uge_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp uge i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @uge_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp uge i32 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @ult_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp ult i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @ult_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp ult i32 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @ule_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp ule i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @ule_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp ule i32 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @sgt_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp sgt i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @sgt_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp sgt i32 %a, -3
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @sge_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp sge i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @sge_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp sge i32 %a, -3
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @slt_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp slt i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @slt_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp slt i32 %a, -3
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @sle_rr_32(i32 %a, i32 %b) {
entry:
  %c = icmp sle i32 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @sle_ri_32(i32 %a, i32 %b) {
entry:
  %c = icmp sle i32 %a, -3
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @jset_ri_32(i32 %a, i32 %b) {
entry:
  %m = and i32 %a, 16
  %c = icmp ne i32 %m, 0
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
define i32 @jset_rr_32(i32 %a, i32 %b) {
entry:
  %m = and i32 %a, %b
  %c = icmp ne i32 %m, 0
  br i1 %c, label %out, label %cont
cont:
  %x = mul i32 %b, %b
  br label %out
out:
  %r = phi i32 [ 7, %entry ], [ %x, %cont ]
  ret i32 %r
}
declare void @f(i64)
define void @br32(i32 %a, i32 %b) {
  %c1 = icmp eq i32 %a, %b
  br i1 %c1, label %t1, label %n1
t1: call void @f(i64 1) br label %n1
n1:
  %c2 = icmp ne i32 %a, 5
  br i1 %c2, label %t2, label %n2
t2: call void @f(i64 2) br label %n2
n2:
  %c3 = icmp ugt i32 %a, %b
  br i1 %c3, label %t3, label %n3
t3: call void @f(i64 3) br label %n3
n3:
  %c4 = icmp uge i32 %a, 7
  br i1 %c4, label %t4, label %n4
t4: call void @f(i64 4) br label %n4
n4:
  %c5 = icmp ult i32 %a, %b
  br i1 %c5, label %t5, label %n5
t5: call void @f(i64 5) br label %n5
n5:
  %c6 = icmp ule i32 %a, 9
  br i1 %c6, label %t6, label %n6
t6: call void @f(i64 6) br label %n6
n6:
  %c7 = icmp sgt i32 %a, %b
  br i1 %c7, label %t7, label %n7
t7: call void @f(i64 7) br label %n7
n7:
  %c8 = icmp sge i32 %a, -3
  br i1 %c8, label %t8, label %n8
t8: call void @f(i64 8) br label %n8
n8:
  %c9 = icmp slt i32 %a, %b
  br i1 %c9, label %t9, label %n9
t9: call void @f(i64 9) br label %n9
n9:
  %c10 = icmp sle i32 %a, 11
  br i1 %c10, label %t10, label %n10
t10: call void @f(i64 10) br label %n10
n10:
  %m = and i32 %a, 16
  %c11 = icmp ne i32 %m, 0
  br i1 %c11, label %t11, label %n11
t11: call void @f(i64 11) br label %n11
n11:
  %m2 = and i32 %a, %b
  %c12 = icmp eq i32 %m2, 0
  br i1 %c12, label %n12, label %t12
t12: call void @f(i64 12) br label %n12
n12:
  ret void
}

; V12-LABEL: eq_rr_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: w5 = w2
; V12-NEXT: w4 = w1
; V12-NEXT: if r4 == r5 goto .LBB0_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB0_2:
; V12-NEXT: exit

; V3-LABEL: eq_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 == w2 goto .LBB0_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB0_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <eq_rr_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: w5 = w2
; OBJ-V12-NEXT: w4 = w1
; OBJ-V12-NEXT: if r4 == r5 goto +0x2 <eq_rr_32+0x30>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <eq_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 == w2 goto +0x2 <eq_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: eq_ri_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: w5 = w1
; V12-NEXT: if r5 == 9 goto .LBB1_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB1_2:
; V12-NEXT: exit

; V3-LABEL: eq_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 == 9 goto .LBB1_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB1_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <eq_ri_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: w5 = w1
; OBJ-V12-NEXT: if r5 == 0x9 goto +0x2 <eq_ri_32+0x28>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <eq_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 == 0x9 goto +0x2 <eq_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: ne_rr_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: w5 = w2
; V12-NEXT: w4 = w1
; V12-NEXT: if r4 != r5 goto .LBB2_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB2_2:
; V12-NEXT: exit

; V3-LABEL: ne_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 != w2 goto .LBB2_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB2_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <ne_rr_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: w5 = w2
; OBJ-V12-NEXT: w4 = w1
; OBJ-V12-NEXT: if r4 != r5 goto +0x2 <ne_rr_32+0x30>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <ne_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 != w2 goto +0x2 <ne_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: ne_ri_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: w5 = w1
; V12-NEXT: if r5 != 9 goto .LBB3_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB3_2:
; V12-NEXT: exit

; V3-LABEL: ne_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 != 9 goto .LBB3_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB3_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <ne_ri_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: w5 = w1
; OBJ-V12-NEXT: if r5 != 0x9 goto +0x2 <ne_ri_32+0x28>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <ne_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 != 0x9 goto +0x2 <ne_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: ugt_rr_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: w5 = w2
; V12-NEXT: w4 = w1
; V12-NEXT: if r4 > r5 goto .LBB4_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB4_2:
; V12-NEXT: exit

; V3-LABEL: ugt_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 > w2 goto .LBB4_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB4_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <ugt_rr_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: w5 = w2
; OBJ-V12-NEXT: w4 = w1
; OBJ-V12-NEXT: if r4 > r5 goto +0x2 <ugt_rr_32+0x30>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <ugt_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 > w2 goto +0x2 <ugt_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: ugt_ri_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: w5 = w1
; V12-NEXT: if r5 > 9 goto .LBB5_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB5_2:
; V12-NEXT: exit

; V3-LABEL: ugt_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 > 9 goto .LBB5_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB5_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <ugt_ri_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: w5 = w1
; OBJ-V12-NEXT: if r5 > 0x9 goto +0x2 <ugt_ri_32+0x28>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <ugt_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 > 0x9 goto +0x2 <ugt_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: uge_rr_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: w5 = w2
; V12-NEXT: w4 = w1
; V12-NEXT: if r4 >= r5 goto .LBB6_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB6_2:
; V12-NEXT: exit

; V3-LABEL: uge_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 >= w2 goto .LBB6_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB6_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <uge_rr_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: w5 = w2
; OBJ-V12-NEXT: w4 = w1
; OBJ-V12-NEXT: if r4 >= r5 goto +0x2 <uge_rr_32+0x30>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <uge_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 >= w2 goto +0x2 <uge_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: uge_ri_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: w5 = w1
; V12-NEXT: if r5 > 8 goto .LBB7_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB7_2:
; V12-NEXT: exit

; V3-LABEL: uge_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 > 8 goto .LBB7_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB7_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <uge_ri_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: w5 = w1
; OBJ-V12-NEXT: if r5 > 0x8 goto +0x2 <uge_ri_32+0x28>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <uge_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 > 0x8 goto +0x2 <uge_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: ult_rr_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: w5 = w1
; V1-NEXT: w4 = w2
; V1-NEXT: if r4 > r5 goto .LBB8_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB8_2:
; V1-NEXT: exit

; V2-LABEL: ult_rr_32:
; V2-NEXT: # %bb.0:
; V2-NEXT: r0 = 7
; V2-NEXT: w5 = w2
; V2-NEXT: w4 = w1
; V2-NEXT: if r4 < r5 goto .LBB8_2
; V2-NEXT: # %bb.1:
; V2-NEXT: r2 *= r2
; V2-NEXT: r0 = r2
; V2-NEXT: .LBB8_2:
; V2-NEXT: exit

; V3-LABEL: ult_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 < w2 goto .LBB8_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB8_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <ult_rr_32>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: w5 = w1
; OBJ-V1-NEXT: w4 = w2
; OBJ-V1-NEXT: if r4 > r5 goto +0x2 <ult_rr_32+0x30>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V2-LABEL: <ult_rr_32>:
; OBJ-V2-NEXT: r0 = 0x7
; OBJ-V2-NEXT: w5 = w2
; OBJ-V2-NEXT: w4 = w1
; OBJ-V2-NEXT: if r4 < r5 goto +0x2 <ult_rr_32+0x30>
; OBJ-V2-NEXT: r2 *= r2
; OBJ-V2-NEXT: r0 = r2
; OBJ-V2-NEXT: exit

; OBJ-V3-LABEL: <ult_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 < w2 goto +0x2 <ult_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: ult_ri_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: w5 = w1
; V1-NEXT: r4 = 9
; V1-NEXT: if r4 > r5 goto .LBB9_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB9_2:
; V1-NEXT: exit

; V2-LABEL: ult_ri_32:
; V2-NEXT: # %bb.0:
; V2-NEXT: r0 = 7
; V2-NEXT: w5 = w1
; V2-NEXT: if r5 < 9 goto .LBB9_2
; V2-NEXT: # %bb.1:
; V2-NEXT: r2 *= r2
; V2-NEXT: r0 = r2
; V2-NEXT: .LBB9_2:
; V2-NEXT: exit

; V3-LABEL: ult_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 < 9 goto .LBB9_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB9_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <ult_ri_32>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: w5 = w1
; OBJ-V1-NEXT: r4 = 0x9
; OBJ-V1-NEXT: if r4 > r5 goto +0x2 <ult_ri_32+0x30>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V2-LABEL: <ult_ri_32>:
; OBJ-V2-NEXT: r0 = 0x7
; OBJ-V2-NEXT: w5 = w1
; OBJ-V2-NEXT: if r5 < 0x9 goto +0x2 <ult_ri_32+0x28>
; OBJ-V2-NEXT: r2 *= r2
; OBJ-V2-NEXT: r0 = r2
; OBJ-V2-NEXT: exit

; OBJ-V3-LABEL: <ult_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 < 0x9 goto +0x2 <ult_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: ule_rr_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: w5 = w1
; V1-NEXT: w4 = w2
; V1-NEXT: if r4 >= r5 goto .LBB10_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB10_2:
; V1-NEXT: exit

; V2-LABEL: ule_rr_32:
; V2-NEXT: # %bb.0:
; V2-NEXT: r0 = 7
; V2-NEXT: w5 = w2
; V2-NEXT: w4 = w1
; V2-NEXT: if r4 <= r5 goto .LBB10_2
; V2-NEXT: # %bb.1:
; V2-NEXT: r2 *= r2
; V2-NEXT: r0 = r2
; V2-NEXT: .LBB10_2:
; V2-NEXT: exit

; V3-LABEL: ule_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 <= w2 goto .LBB10_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB10_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <ule_rr_32>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: w5 = w1
; OBJ-V1-NEXT: w4 = w2
; OBJ-V1-NEXT: if r4 >= r5 goto +0x2 <ule_rr_32+0x30>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V2-LABEL: <ule_rr_32>:
; OBJ-V2-NEXT: r0 = 0x7
; OBJ-V2-NEXT: w5 = w2
; OBJ-V2-NEXT: w4 = w1
; OBJ-V2-NEXT: if r4 <= r5 goto +0x2 <ule_rr_32+0x30>
; OBJ-V2-NEXT: r2 *= r2
; OBJ-V2-NEXT: r0 = r2
; OBJ-V2-NEXT: exit

; OBJ-V3-LABEL: <ule_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 <= w2 goto +0x2 <ule_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: ule_ri_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: w5 = w1
; V1-NEXT: r4 = 10
; V1-NEXT: if r4 > r5 goto .LBB11_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB11_2:
; V1-NEXT: exit

; V2-LABEL: ule_ri_32:
; V2-NEXT: # %bb.0:
; V2-NEXT: r0 = 7
; V2-NEXT: w5 = w1
; V2-NEXT: if r5 < 10 goto .LBB11_2
; V2-NEXT: # %bb.1:
; V2-NEXT: r2 *= r2
; V2-NEXT: r0 = r2
; V2-NEXT: .LBB11_2:
; V2-NEXT: exit

; V3-LABEL: ule_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 < 10 goto .LBB11_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB11_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <ule_ri_32>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: w5 = w1
; OBJ-V1-NEXT: r4 = 0xa
; OBJ-V1-NEXT: if r4 > r5 goto +0x2 <ule_ri_32+0x30>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V2-LABEL: <ule_ri_32>:
; OBJ-V2-NEXT: r0 = 0x7
; OBJ-V2-NEXT: w5 = w1
; OBJ-V2-NEXT: if r5 < 0xa goto +0x2 <ule_ri_32+0x28>
; OBJ-V2-NEXT: r2 *= r2
; OBJ-V2-NEXT: r0 = r2
; OBJ-V2-NEXT: exit

; OBJ-V3-LABEL: <ule_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 < 0xa goto +0x2 <ule_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: sgt_rr_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: r5 = r2
; V12-NEXT: r5 <<= 32
; V12-NEXT: r5 s>>= 32
; V12-NEXT: r1 <<= 32
; V12-NEXT: r1 s>>= 32
; V12-NEXT: if r1 s> r5 goto .LBB12_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB12_2:
; V12-NEXT: exit

; V3-LABEL: sgt_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 s> w2 goto .LBB12_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB12_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <sgt_rr_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: r5 = r2
; OBJ-V12-NEXT: r5 <<= 0x20
; OBJ-V12-NEXT: r5 s>>= 0x20
; OBJ-V12-NEXT: r1 <<= 0x20
; OBJ-V12-NEXT: r1 s>>= 0x20
; OBJ-V12-NEXT: if r1 s> r5 goto +0x2 <sgt_rr_32+0x48>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <sgt_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 s> w2 goto +0x2 <sgt_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: sgt_ri_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: r1 <<= 32
; V12-NEXT: r1 s>>= 32
; V12-NEXT: if r1 s> -3 goto .LBB13_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB13_2:
; V12-NEXT: exit

; V3-LABEL: sgt_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 s> -3 goto .LBB13_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB13_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <sgt_ri_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: r1 <<= 0x20
; OBJ-V12-NEXT: r1 s>>= 0x20
; OBJ-V12-NEXT: if r1 s> -0x3 goto +0x2 <sgt_ri_32+0x30>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <sgt_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 s> -0x3 goto +0x2 <sgt_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: sge_rr_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: r5 = r2
; V12-NEXT: r5 <<= 32
; V12-NEXT: r5 s>>= 32
; V12-NEXT: r1 <<= 32
; V12-NEXT: r1 s>>= 32
; V12-NEXT: if r1 s>= r5 goto .LBB14_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB14_2:
; V12-NEXT: exit

; V3-LABEL: sge_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 s>= w2 goto .LBB14_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB14_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <sge_rr_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: r5 = r2
; OBJ-V12-NEXT: r5 <<= 0x20
; OBJ-V12-NEXT: r5 s>>= 0x20
; OBJ-V12-NEXT: r1 <<= 0x20
; OBJ-V12-NEXT: r1 s>>= 0x20
; OBJ-V12-NEXT: if r1 s>= r5 goto +0x2 <sge_rr_32+0x48>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <sge_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 s>= w2 goto +0x2 <sge_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: sge_ri_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: r1 <<= 32
; V12-NEXT: r1 s>>= 32
; V12-NEXT: if r1 s> -4 goto .LBB15_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB15_2:
; V12-NEXT: exit

; V3-LABEL: sge_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 s> -4 goto .LBB15_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB15_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <sge_ri_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: r1 <<= 0x20
; OBJ-V12-NEXT: r1 s>>= 0x20
; OBJ-V12-NEXT: if r1 s> -0x4 goto +0x2 <sge_ri_32+0x30>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <sge_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 s> -0x4 goto +0x2 <sge_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: slt_rr_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: r1 <<= 32
; V1-NEXT: r1 s>>= 32
; V1-NEXT: r5 = r2
; V1-NEXT: r5 <<= 32
; V1-NEXT: r5 s>>= 32
; V1-NEXT: if r5 s> r1 goto .LBB16_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB16_2:
; V1-NEXT: exit

; V2-LABEL: slt_rr_32:
; V2-NEXT: # %bb.0:
; V2-NEXT: r0 = 7
; V2-NEXT: r5 = r2
; V2-NEXT: r5 <<= 32
; V2-NEXT: r5 s>>= 32
; V2-NEXT: r1 <<= 32
; V2-NEXT: r1 s>>= 32
; V2-NEXT: if r1 s< r5 goto .LBB16_2
; V2-NEXT: # %bb.1:
; V2-NEXT: r2 *= r2
; V2-NEXT: r0 = r2
; V2-NEXT: .LBB16_2:
; V2-NEXT: exit

; V3-LABEL: slt_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 s< w2 goto .LBB16_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB16_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <slt_rr_32>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: r1 <<= 0x20
; OBJ-V1-NEXT: r1 s>>= 0x20
; OBJ-V1-NEXT: r5 = r2
; OBJ-V1-NEXT: r5 <<= 0x20
; OBJ-V1-NEXT: r5 s>>= 0x20
; OBJ-V1-NEXT: if r5 s> r1 goto +0x2 <slt_rr_32+0x48>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V2-LABEL: <slt_rr_32>:
; OBJ-V2-NEXT: r0 = 0x7
; OBJ-V2-NEXT: r5 = r2
; OBJ-V2-NEXT: r5 <<= 0x20
; OBJ-V2-NEXT: r5 s>>= 0x20
; OBJ-V2-NEXT: r1 <<= 0x20
; OBJ-V2-NEXT: r1 s>>= 0x20
; OBJ-V2-NEXT: if r1 s< r5 goto +0x2 <slt_rr_32+0x48>
; OBJ-V2-NEXT: r2 *= r2
; OBJ-V2-NEXT: r0 = r2
; OBJ-V2-NEXT: exit

; OBJ-V3-LABEL: <slt_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 s< w2 goto +0x2 <slt_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: slt_ri_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: r1 <<= 32
; V1-NEXT: r1 s>>= 32
; V1-NEXT: r5 = -3
; V1-NEXT: if r5 s> r1 goto .LBB17_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB17_2:
; V1-NEXT: exit

; V2-LABEL: slt_ri_32:
; V2-NEXT: # %bb.0:
; V2-NEXT: r0 = 7
; V2-NEXT: r1 <<= 32
; V2-NEXT: r1 s>>= 32
; V2-NEXT: if r1 s< -3 goto .LBB17_2
; V2-NEXT: # %bb.1:
; V2-NEXT: r2 *= r2
; V2-NEXT: r0 = r2
; V2-NEXT: .LBB17_2:
; V2-NEXT: exit

; V3-LABEL: slt_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 s< -3 goto .LBB17_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB17_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <slt_ri_32>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: r1 <<= 0x20
; OBJ-V1-NEXT: r1 s>>= 0x20
; OBJ-V1-NEXT: r5 = -0x3
; OBJ-V1-NEXT: if r5 s> r1 goto +0x2 <slt_ri_32+0x38>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V2-LABEL: <slt_ri_32>:
; OBJ-V2-NEXT: r0 = 0x7
; OBJ-V2-NEXT: r1 <<= 0x20
; OBJ-V2-NEXT: r1 s>>= 0x20
; OBJ-V2-NEXT: if r1 s< -0x3 goto +0x2 <slt_ri_32+0x30>
; OBJ-V2-NEXT: r2 *= r2
; OBJ-V2-NEXT: r0 = r2
; OBJ-V2-NEXT: exit

; OBJ-V3-LABEL: <slt_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 s< -0x3 goto +0x2 <slt_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: sle_rr_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: r1 <<= 32
; V1-NEXT: r1 s>>= 32
; V1-NEXT: r5 = r2
; V1-NEXT: r5 <<= 32
; V1-NEXT: r5 s>>= 32
; V1-NEXT: if r5 s>= r1 goto .LBB18_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB18_2:
; V1-NEXT: exit

; V2-LABEL: sle_rr_32:
; V2-NEXT: # %bb.0:
; V2-NEXT: r0 = 7
; V2-NEXT: r5 = r2
; V2-NEXT: r5 <<= 32
; V2-NEXT: r5 s>>= 32
; V2-NEXT: r1 <<= 32
; V2-NEXT: r1 s>>= 32
; V2-NEXT: if r1 s<= r5 goto .LBB18_2
; V2-NEXT: # %bb.1:
; V2-NEXT: r2 *= r2
; V2-NEXT: r0 = r2
; V2-NEXT: .LBB18_2:
; V2-NEXT: exit

; V3-LABEL: sle_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 s<= w2 goto .LBB18_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB18_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <sle_rr_32>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: r1 <<= 0x20
; OBJ-V1-NEXT: r1 s>>= 0x20
; OBJ-V1-NEXT: r5 = r2
; OBJ-V1-NEXT: r5 <<= 0x20
; OBJ-V1-NEXT: r5 s>>= 0x20
; OBJ-V1-NEXT: if r5 s>= r1 goto +0x2 <sle_rr_32+0x48>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V2-LABEL: <sle_rr_32>:
; OBJ-V2-NEXT: r0 = 0x7
; OBJ-V2-NEXT: r5 = r2
; OBJ-V2-NEXT: r5 <<= 0x20
; OBJ-V2-NEXT: r5 s>>= 0x20
; OBJ-V2-NEXT: r1 <<= 0x20
; OBJ-V2-NEXT: r1 s>>= 0x20
; OBJ-V2-NEXT: if r1 s<= r5 goto +0x2 <sle_rr_32+0x48>
; OBJ-V2-NEXT: r2 *= r2
; OBJ-V2-NEXT: r0 = r2
; OBJ-V2-NEXT: exit

; OBJ-V3-LABEL: <sle_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 s<= w2 goto +0x2 <sle_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: sle_ri_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: r1 <<= 32
; V1-NEXT: r1 s>>= 32
; V1-NEXT: r5 = -2
; V1-NEXT: if r5 s> r1 goto .LBB19_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB19_2:
; V1-NEXT: exit

; V2-LABEL: sle_ri_32:
; V2-NEXT: # %bb.0:
; V2-NEXT: r0 = 7
; V2-NEXT: r1 <<= 32
; V2-NEXT: r1 s>>= 32
; V2-NEXT: if r1 s< -2 goto .LBB19_2
; V2-NEXT: # %bb.1:
; V2-NEXT: r2 *= r2
; V2-NEXT: r0 = r2
; V2-NEXT: .LBB19_2:
; V2-NEXT: exit

; V3-LABEL: sle_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 s< -2 goto .LBB19_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB19_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <sle_ri_32>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: r1 <<= 0x20
; OBJ-V1-NEXT: r1 s>>= 0x20
; OBJ-V1-NEXT: r5 = -0x2
; OBJ-V1-NEXT: if r5 s> r1 goto +0x2 <sle_ri_32+0x38>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V2-LABEL: <sle_ri_32>:
; OBJ-V2-NEXT: r0 = 0x7
; OBJ-V2-NEXT: r1 <<= 0x20
; OBJ-V2-NEXT: r1 s>>= 0x20
; OBJ-V2-NEXT: if r1 s< -0x2 goto +0x2 <sle_ri_32+0x30>
; OBJ-V2-NEXT: r2 *= r2
; OBJ-V2-NEXT: r0 = r2
; OBJ-V2-NEXT: exit

; OBJ-V3-LABEL: <sle_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 s< -0x2 goto +0x2 <sle_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: jset_ri_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: if r1 & 16 goto .LBB20_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB20_2:
; V12-NEXT: exit

; V3-LABEL: jset_ri_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 & 16 goto .LBB20_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB20_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <jset_ri_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: if r1 & 0x10 goto +0x2 <jset_ri_32+0x20>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <jset_ri_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 & 0x10 goto +0x2 <jset_ri_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V12-LABEL: jset_rr_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 7
; V12-NEXT: r1 &= r2
; V12-NEXT: w5 = -1
; V12-NEXT: if r1 & r5 goto .LBB21_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r2 *= r2
; V12-NEXT: r0 = r2
; V12-NEXT: .LBB21_2:
; V12-NEXT: exit

; V3-LABEL: jset_rr_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: if w1 & w2 goto .LBB21_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w2 *= w2
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB21_2:
; V3-NEXT: exit

; OBJ-V12-LABEL: <jset_rr_32>:
; OBJ-V12-NEXT: r0 = 0x7
; OBJ-V12-NEXT: r1 &= r2
; OBJ-V12-NEXT: w5 = -0x1
; OBJ-V12-NEXT: if r1 & r5 goto +0x2 <jset_rr_32+0x30>
; OBJ-V12-NEXT: r2 *= r2
; OBJ-V12-NEXT: r0 = r2
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <jset_rr_32>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: if w1 & w2 goto +0x2 <jset_rr_32+0x20>
; OBJ-V3-NEXT: w2 *= w2
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: br32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r6 = r2
; V1-NEXT: r7 = r1
; V1-NEXT: w9 = w2
; V1-NEXT: w8 = w1
; V1-NEXT: if r8 != r9 goto .LBB22_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r1 = 1
; V1-NEXT: call f
; V1-NEXT: .LBB22_2:
; V1-NEXT: if r8 == 5 goto .LBB22_4
; V1-NEXT: # %bb.3:
; V1-NEXT: r1 = 2
; V1-NEXT: call f
; V1-NEXT: .LBB22_4:
; V1-NEXT: if r9 >= r8 goto .LBB22_6
; V1-NEXT: # %bb.5:
; V1-NEXT: r1 = 3
; V1-NEXT: call f
; V1-NEXT: .LBB22_6:
; V1-NEXT: r5 = 7
; V1-NEXT: if r5 > r8 goto .LBB22_8
; V1-NEXT: # %bb.7:
; V1-NEXT: r1 = 4
; V1-NEXT: call f
; V1-NEXT: .LBB22_8:
; V1-NEXT: if r8 >= r9 goto .LBB22_10
; V1-NEXT: # %bb.9:
; V1-NEXT: r1 = 5
; V1-NEXT: call f
; V1-NEXT: .LBB22_10:
; V1-NEXT: if r8 > 9 goto .LBB22_12
; V1-NEXT: # %bb.11:
; V1-NEXT: r1 = 6
; V1-NEXT: call f
; V1-NEXT: .LBB22_12:
; V1-NEXT: r8 = r7
; V1-NEXT: r8 <<= 32
; V1-NEXT: r8 s>>= 32
; V1-NEXT: r5 = r6
; V1-NEXT: r5 <<= 32
; V1-NEXT: r5 s>>= 32
; V1-NEXT: if r5 s>= r8 goto .LBB22_14
; V1-NEXT: # %bb.13:
; V1-NEXT: r1 = 7
; V1-NEXT: call f
; V1-NEXT: .LBB22_14:
; V1-NEXT: r5 = -3
; V1-NEXT: if r5 s> r8 goto .LBB22_16
; V1-NEXT: # %bb.15:
; V1-NEXT: r1 = 8
; V1-NEXT: call f
; V1-NEXT: .LBB22_16:
; V1-NEXT: r5 = r6
; V1-NEXT: r5 <<= 32
; V1-NEXT: r5 s>>= 32
; V1-NEXT: r8 = r7
; V1-NEXT: r8 <<= 32
; V1-NEXT: r8 s>>= 32
; V1-NEXT: if r8 s>= r5 goto .LBB22_18
; V1-NEXT: # %bb.17:
; V1-NEXT: r1 = 9
; V1-NEXT: call f
; V1-NEXT: .LBB22_18:
; V1-NEXT: if r8 s> 11 goto .LBB22_20
; V1-NEXT: # %bb.19:
; V1-NEXT: r1 = 10
; V1-NEXT: call f
; V1-NEXT: .LBB22_20:
; V1-NEXT: r5 = r7
; V1-NEXT: r5 &= 16
; V1-NEXT: if r5 == 0 goto .LBB22_22
; V1-NEXT: # %bb.21:
; V1-NEXT: r1 = 11
; V1-NEXT: call f
; V1-NEXT: .LBB22_22:
; V1-NEXT: r7 &= r6
; V1-NEXT: w5 = w7
; V1-NEXT: if r5 == 0 goto .LBB22_24
; V1-NEXT: # %bb.23:
; V1-NEXT: r1 = 12
; V1-NEXT: call f
; V1-NEXT: .LBB22_24:
; V1-NEXT: exit

; V2-LABEL: br32:
; V2-NEXT: # %bb.0:
; V2-NEXT: r6 = r2
; V2-NEXT: r7 = r1
; V2-NEXT: w9 = w2
; V2-NEXT: w8 = w1
; V2-NEXT: if r8 != r9 goto .LBB22_2
; V2-NEXT: # %bb.1:
; V2-NEXT: r1 = 1
; V2-NEXT: call f
; V2-NEXT: .LBB22_2:
; V2-NEXT: if r8 == 5 goto .LBB22_4
; V2-NEXT: # %bb.3:
; V2-NEXT: r1 = 2
; V2-NEXT: call f
; V2-NEXT: .LBB22_4:
; V2-NEXT: if r8 <= r9 goto .LBB22_6
; V2-NEXT: # %bb.5:
; V2-NEXT: r1 = 3
; V2-NEXT: call f
; V2-NEXT: .LBB22_6:
; V2-NEXT: if r8 < 7 goto .LBB22_8
; V2-NEXT: # %bb.7:
; V2-NEXT: r1 = 4
; V2-NEXT: call f
; V2-NEXT: .LBB22_8:
; V2-NEXT: if r8 >= r9 goto .LBB22_10
; V2-NEXT: # %bb.9:
; V2-NEXT: r1 = 5
; V2-NEXT: call f
; V2-NEXT: .LBB22_10:
; V2-NEXT: if r8 > 9 goto .LBB22_12
; V2-NEXT: # %bb.11:
; V2-NEXT: r1 = 6
; V2-NEXT: call f
; V2-NEXT: .LBB22_12:
; V2-NEXT: r5 = r6
; V2-NEXT: r5 <<= 32
; V2-NEXT: r5 s>>= 32
; V2-NEXT: r8 = r7
; V2-NEXT: r8 <<= 32
; V2-NEXT: r8 s>>= 32
; V2-NEXT: if r8 s<= r5 goto .LBB22_14
; V2-NEXT: # %bb.13:
; V2-NEXT: r1 = 7
; V2-NEXT: call f
; V2-NEXT: .LBB22_14:
; V2-NEXT: if r8 s< -3 goto .LBB22_16
; V2-NEXT: # %bb.15:
; V2-NEXT: r1 = 8
; V2-NEXT: call f
; V2-NEXT: .LBB22_16:
; V2-NEXT: r5 = r6
; V2-NEXT: r5 <<= 32
; V2-NEXT: r5 s>>= 32
; V2-NEXT: r8 = r7
; V2-NEXT: r8 <<= 32
; V2-NEXT: r8 s>>= 32
; V2-NEXT: if r8 s>= r5 goto .LBB22_18
; V2-NEXT: # %bb.17:
; V2-NEXT: r1 = 9
; V2-NEXT: call f
; V2-NEXT: .LBB22_18:
; V2-NEXT: if r8 s> 11 goto .LBB22_20
; V2-NEXT: # %bb.19:
; V2-NEXT: r1 = 10
; V2-NEXT: call f
; V2-NEXT: .LBB22_20:
; V2-NEXT: r5 = r7
; V2-NEXT: r5 &= 16
; V2-NEXT: if r5 == 0 goto .LBB22_22
; V2-NEXT: # %bb.21:
; V2-NEXT: r1 = 11
; V2-NEXT: call f
; V2-NEXT: .LBB22_22:
; V2-NEXT: r7 &= r6
; V2-NEXT: w5 = w7
; V2-NEXT: if r5 == 0 goto .LBB22_24
; V2-NEXT: # %bb.23:
; V2-NEXT: r1 = 12
; V2-NEXT: call f
; V2-NEXT: .LBB22_24:
; V2-NEXT: exit

; V3-LABEL: br32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w6 = w2
; V3-NEXT: w7 = w1
; V3-NEXT: if w1 != w2 goto .LBB22_2
; V3-NEXT: # %bb.1:
; V3-NEXT: r1 = 1
; V3-NEXT: call f
; V3-NEXT: .LBB22_2:
; V3-NEXT: if w7 == 5 goto .LBB22_4
; V3-NEXT: # %bb.3:
; V3-NEXT: r1 = 2
; V3-NEXT: call f
; V3-NEXT: .LBB22_4:
; V3-NEXT: if w7 <= w6 goto .LBB22_6
; V3-NEXT: # %bb.5:
; V3-NEXT: r1 = 3
; V3-NEXT: call f
; V3-NEXT: .LBB22_6:
; V3-NEXT: if w7 < 7 goto .LBB22_8
; V3-NEXT: # %bb.7:
; V3-NEXT: r1 = 4
; V3-NEXT: call f
; V3-NEXT: .LBB22_8:
; V3-NEXT: if w7 >= w6 goto .LBB22_10
; V3-NEXT: # %bb.9:
; V3-NEXT: r1 = 5
; V3-NEXT: call f
; V3-NEXT: .LBB22_10:
; V3-NEXT: if w7 > 9 goto .LBB22_12
; V3-NEXT: # %bb.11:
; V3-NEXT: r1 = 6
; V3-NEXT: call f
; V3-NEXT: .LBB22_12:
; V3-NEXT: if w7 s<= w6 goto .LBB22_14
; V3-NEXT: # %bb.13:
; V3-NEXT: r1 = 7
; V3-NEXT: call f
; V3-NEXT: .LBB22_14:
; V3-NEXT: if w7 s< -3 goto .LBB22_16
; V3-NEXT: # %bb.15:
; V3-NEXT: r1 = 8
; V3-NEXT: call f
; V3-NEXT: .LBB22_16:
; V3-NEXT: if w7 s>= w6 goto .LBB22_18
; V3-NEXT: # %bb.17:
; V3-NEXT: r1 = 9
; V3-NEXT: call f
; V3-NEXT: .LBB22_18:
; V3-NEXT: if w7 s> 11 goto .LBB22_20
; V3-NEXT: # %bb.19:
; V3-NEXT: r1 = 10
; V3-NEXT: call f
; V3-NEXT: .LBB22_20:
; V3-NEXT: w5 = w7
; V3-NEXT: w5 &= 16
; V3-NEXT: if w5 == 0 goto .LBB22_22
; V3-NEXT: # %bb.21:
; V3-NEXT: r1 = 11
; V3-NEXT: call f
; V3-NEXT: .LBB22_22:
; V3-NEXT: w7 &= w6
; V3-NEXT: if w7 == 0 goto .LBB22_24
; V3-NEXT: # %bb.23:
; V3-NEXT: r1 = 12
; V3-NEXT: call f
; V3-NEXT: .LBB22_24:
; V3-NEXT: exit

; OBJ-V1-LABEL: <br32>:
; OBJ-V1-NEXT: r6 = r2
; OBJ-V1-NEXT: r7 = r1
; OBJ-V1-NEXT: w9 = w2
; OBJ-V1-NEXT: w8 = w1
; OBJ-V1-NEXT: if r8 != r9 goto +0x2 <br32+0x38>
; OBJ-V1-NEXT: r1 = 0x1
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r8 == 0x5 goto +0x2 <br32+0x50>
; OBJ-V1-NEXT: r1 = 0x2
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r9 >= r8 goto +0x2 <br32+0x68>
; OBJ-V1-NEXT: r1 = 0x3
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r5 = 0x7
; OBJ-V1-NEXT: if r5 > r8 goto +0x2 <br32+0x88>
; OBJ-V1-NEXT: r1 = 0x4
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r8 >= r9 goto +0x2 <br32+0xa0>
; OBJ-V1-NEXT: r1 = 0x5
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r8 > 0x9 goto +0x2 <br32+0xb8>
; OBJ-V1-NEXT: r1 = 0x6
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r8 = r7
; OBJ-V1-NEXT: r8 <<= 0x20
; OBJ-V1-NEXT: r8 s>>= 0x20
; OBJ-V1-NEXT: r5 = r6
; OBJ-V1-NEXT: r5 <<= 0x20
; OBJ-V1-NEXT: r5 s>>= 0x20
; OBJ-V1-NEXT: if r5 s>= r8 goto +0x2 <br32+0x100>
; OBJ-V1-NEXT: r1 = 0x7
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r5 = -0x3
; OBJ-V1-NEXT: if r5 s> r8 goto +0x2 <br32+0x120>
; OBJ-V1-NEXT: r1 = 0x8
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r5 = r6
; OBJ-V1-NEXT: r5 <<= 0x20
; OBJ-V1-NEXT: r5 s>>= 0x20
; OBJ-V1-NEXT: r8 = r7
; OBJ-V1-NEXT: r8 <<= 0x20
; OBJ-V1-NEXT: r8 s>>= 0x20
; OBJ-V1-NEXT: if r8 s>= r5 goto +0x2 <br32+0x168>
; OBJ-V1-NEXT: r1 = 0x9
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r8 s> 0xb goto +0x2 <br32+0x180>
; OBJ-V1-NEXT: r1 = 0xa
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r5 = r7
; OBJ-V1-NEXT: r5 &= 0x10
; OBJ-V1-NEXT: if r5 == 0x0 goto +0x2 <br32+0x1a8>
; OBJ-V1-NEXT: r1 = 0xb
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r7 &= r6
; OBJ-V1-NEXT: w5 = w7
; OBJ-V1-NEXT: if r5 == 0x0 goto +0x2 <br32+0x1d0>
; OBJ-V1-NEXT: r1 = 0xc
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: exit

; OBJ-V2-LABEL: <br32>:
; OBJ-V2-NEXT: r6 = r2
; OBJ-V2-NEXT: r7 = r1
; OBJ-V2-NEXT: w9 = w2
; OBJ-V2-NEXT: w8 = w1
; OBJ-V2-NEXT: if r8 != r9 goto +0x2 <br32+0x38>
; OBJ-V2-NEXT: r1 = 0x1
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: if r8 == 0x5 goto +0x2 <br32+0x50>
; OBJ-V2-NEXT: r1 = 0x2
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: if r8 <= r9 goto +0x2 <br32+0x68>
; OBJ-V2-NEXT: r1 = 0x3
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: if r8 < 0x7 goto +0x2 <br32+0x80>
; OBJ-V2-NEXT: r1 = 0x4
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: if r8 >= r9 goto +0x2 <br32+0x98>
; OBJ-V2-NEXT: r1 = 0x5
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: if r8 > 0x9 goto +0x2 <br32+0xb0>
; OBJ-V2-NEXT: r1 = 0x6
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: r5 = r6
; OBJ-V2-NEXT: r5 <<= 0x20
; OBJ-V2-NEXT: r5 s>>= 0x20
; OBJ-V2-NEXT: r8 = r7
; OBJ-V2-NEXT: r8 <<= 0x20
; OBJ-V2-NEXT: r8 s>>= 0x20
; OBJ-V2-NEXT: if r8 s<= r5 goto +0x2 <br32+0xf8>
; OBJ-V2-NEXT: r1 = 0x7
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: if r8 s< -0x3 goto +0x2 <br32+0x110>
; OBJ-V2-NEXT: r1 = 0x8
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: r5 = r6
; OBJ-V2-NEXT: r5 <<= 0x20
; OBJ-V2-NEXT: r5 s>>= 0x20
; OBJ-V2-NEXT: r8 = r7
; OBJ-V2-NEXT: r8 <<= 0x20
; OBJ-V2-NEXT: r8 s>>= 0x20
; OBJ-V2-NEXT: if r8 s>= r5 goto +0x2 <br32+0x158>
; OBJ-V2-NEXT: r1 = 0x9
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: if r8 s> 0xb goto +0x2 <br32+0x170>
; OBJ-V2-NEXT: r1 = 0xa
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: r5 = r7
; OBJ-V2-NEXT: r5 &= 0x10
; OBJ-V2-NEXT: if r5 == 0x0 goto +0x2 <br32+0x198>
; OBJ-V2-NEXT: r1 = 0xb
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: r7 &= r6
; OBJ-V2-NEXT: w5 = w7
; OBJ-V2-NEXT: if r5 == 0x0 goto +0x2 <br32+0x1c0>
; OBJ-V2-NEXT: r1 = 0xc
; OBJ-V2-NEXT: call -0x1
; OBJ-V2-NEXT: exit

; OBJ-V3-LABEL: <br32>:
; OBJ-V3-NEXT: w6 = w2
; OBJ-V3-NEXT: w7 = w1
; OBJ-V3-NEXT: if w1 != w2 goto +0x2 <br32+0x28>
; OBJ-V3-NEXT: r1 = 0x1
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: if w7 == 0x5 goto +0x2 <br32+0x40>
; OBJ-V3-NEXT: r1 = 0x2
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: if w7 <= w6 goto +0x2 <br32+0x58>
; OBJ-V3-NEXT: r1 = 0x3
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: if w7 < 0x7 goto +0x2 <br32+0x70>
; OBJ-V3-NEXT: r1 = 0x4
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: if w7 >= w6 goto +0x2 <br32+0x88>
; OBJ-V3-NEXT: r1 = 0x5
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: if w7 > 0x9 goto +0x2 <br32+0xa0>
; OBJ-V3-NEXT: r1 = 0x6
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: if w7 s<= w6 goto +0x2 <br32+0xb8>
; OBJ-V3-NEXT: r1 = 0x7
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: if w7 s< -0x3 goto +0x2 <br32+0xd0>
; OBJ-V3-NEXT: r1 = 0x8
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: if w7 s>= w6 goto +0x2 <br32+0xe8>
; OBJ-V3-NEXT: r1 = 0x9
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: if w7 s> 0xb goto +0x2 <br32+0x100>
; OBJ-V3-NEXT: r1 = 0xa
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: w5 = w7
; OBJ-V3-NEXT: w5 &= 0x10
; OBJ-V3-NEXT: if w5 == 0x0 goto +0x2 <br32+0x128>
; OBJ-V3-NEXT: r1 = 0xb
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: w7 &= w6
; OBJ-V3-NEXT: if w7 == 0x0 goto +0x2 <br32+0x148>
; OBJ-V3-NEXT: r1 = 0xc
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: exit
