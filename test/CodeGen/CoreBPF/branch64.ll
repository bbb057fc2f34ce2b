; Conditional branches, 64-bit operands: every condition against a
; register and an immediate, taken to a block that is not the next one (so
; the condition is emitted as written), then a chain of ifs whose layout
; reverses them. cpu v1 has no JLT/JLE/JSLT/JSLE: "a < b" becomes "b > a"
; and a constant on the left goes to a register; reversal must respect the
; same limits. JSET ("if a & b") cannot be reversed.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ,OBJ-V1
; RUN: %corecc-llc -mcpu=v2 %s -o - | FileCheck %s --check-prefixes=CHECK,V23
; RUN: %corecc-llc -mcpu=v2 -filetype=obj %s -o %t.v2.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v2.o | FileCheck %s --check-prefixes=OBJ,OBJ-V23
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V23
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ,OBJ-V23

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i64 @eq_rr(i64 %a, i64 %b) {
entry:
  %c = icmp eq i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @eq_ri(i64 %a, i64 %b) {
entry:
  %c = icmp eq i64 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @ne_rr(i64 %a, i64 %b) {
entry:
  %c = icmp ne i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @ne_ri(i64 %a, i64 %b) {
entry:
  %c = icmp ne i64 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @ugt_rr(i64 %a, i64 %b) {
entry:
  %c = icmp ugt i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @ugt_ri(i64 %a, i64 %b) {
entry:
  %c = icmp ugt i64 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @uge_rr(i64 %a, i64 %b) {
entry:
  %c = icmp uge i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @uge_ri(i64 %a, i64 %b) {
entry:
  %c = icmp uge i64 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @ult_rr(i64 %a, i64 %b) {
entry:
  %c = icmp ult i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @ult_ri(i64 %a, i64 %b) {
entry:
  %c = icmp ult i64 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @ule_rr(i64 %a, i64 %b) {
entry:
  %c = icmp ule i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @ule_ri(i64 %a, i64 %b) {
entry:
  %c = icmp ule i64 %a, 9
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @sgt_rr(i64 %a, i64 %b) {
entry:
  %c = icmp sgt i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @sgt_ri(i64 %a, i64 %b) {
entry:
  %c = icmp sgt i64 %a, -3
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @sge_rr(i64 %a, i64 %b) {
entry:
  %c = icmp sge i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @sge_ri(i64 %a, i64 %b) {
entry:
  %c = icmp sge i64 %a, -3
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @slt_rr(i64 %a, i64 %b) {
entry:
  %c = icmp slt i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @slt_ri(i64 %a, i64 %b) {
entry:
  %c = icmp slt i64 %a, -3
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @sle_rr(i64 %a, i64 %b) {
entry:
  %c = icmp sle i64 %a, %b
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @sle_ri(i64 %a, i64 %b) {
entry:
  %c = icmp sle i64 %a, -3
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @jset_ri(i64 %a, i64 %b) {
entry:
  %m = and i64 %a, 16
  %c = icmp ne i64 %m, 0
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
define i64 @jset_rr(i64 %a, i64 %b) {
entry:
  %m = and i64 %a, %b
  %c = icmp ne i64 %m, 0
  br i1 %c, label %out, label %cont
cont:
  %x = mul i64 %b, %b
  br label %out
out:
  %r = phi i64 [ 7, %entry ], [ %x, %cont ]
  ret i64 %r
}
declare void @f(i64)
define void @br64(i64 %a, i64 %b) {
  %c1 = icmp eq i64 %a, %b
  br i1 %c1, label %t1, label %n1
t1: call void @f(i64 1) br label %n1
n1:
  %c2 = icmp ne i64 %a, 5
  br i1 %c2, label %t2, label %n2
t2: call void @f(i64 2) br label %n2
n2:
  %c3 = icmp ugt i64 %a, %b
  br i1 %c3, label %t3, label %n3
t3: call void @f(i64 3) br label %n3
n3:
  %c4 = icmp uge i64 %a, 7
  br i1 %c4, label %t4, label %n4
t4: call void @f(i64 4) br label %n4
n4:
  %c5 = icmp ult i64 %a, %b
  br i1 %c5, label %t5, label %n5
t5: call void @f(i64 5) br label %n5
n5:
  %c6 = icmp ule i64 %a, 9
  br i1 %c6, label %t6, label %n6
t6: call void @f(i64 6) br label %n6
n6:
  %c7 = icmp sgt i64 %a, %b
  br i1 %c7, label %t7, label %n7
t7: call void @f(i64 7) br label %n7
n7:
  %c8 = icmp sge i64 %a, -3
  br i1 %c8, label %t8, label %n8
t8: call void @f(i64 8) br label %n8
n8:
  %c9 = icmp slt i64 %a, %b
  br i1 %c9, label %t9, label %n9
t9: call void @f(i64 9) br label %n9
n9:
  %c10 = icmp sle i64 %a, 11
  br i1 %c10, label %t10, label %n10
t10: call void @f(i64 10) br label %n10
n10:
  %m = and i64 %a, 16
  %c11 = icmp ne i64 %m, 0
  br i1 %c11, label %t11, label %n11
t11: call void @f(i64 11) br label %n11
n11:
  %m2 = and i64 %a, %b
  %c12 = icmp eq i64 %m2, 0
  br i1 %c12, label %n12, label %t12
t12: call void @f(i64 12) br label %n12
n12:
  ret void
}

; CHECK-LABEL: eq_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 == r2 goto .LBB0_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB0_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <eq_rr>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 == r2 goto +0x2 <eq_rr+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: eq_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 == 9 goto .LBB1_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB1_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <eq_ri>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 == 0x9 goto +0x2 <eq_ri+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: ne_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 != r2 goto .LBB2_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB2_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <ne_rr>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 != r2 goto +0x2 <ne_rr+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: ne_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 != 9 goto .LBB3_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB3_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <ne_ri>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 != 0x9 goto +0x2 <ne_ri+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: ugt_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 > r2 goto .LBB4_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB4_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <ugt_rr>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 > r2 goto +0x2 <ugt_rr+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: ugt_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 > 9 goto .LBB5_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB5_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <ugt_ri>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 > 0x9 goto +0x2 <ugt_ri+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: uge_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 >= r2 goto .LBB6_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB6_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <uge_rr>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 >= r2 goto +0x2 <uge_rr+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: uge_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 > 8 goto .LBB7_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB7_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <uge_ri>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 > 0x8 goto +0x2 <uge_ri+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; V1-LABEL: ult_rr:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: if r2 > r1 goto .LBB8_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB8_2:
; V1-NEXT: exit

; V23-LABEL: ult_rr:
; V23-NEXT: # %bb.0:
; V23-NEXT: r0 = 7
; V23-NEXT: if r1 < r2 goto .LBB8_2
; V23-NEXT: # %bb.1:
; V23-NEXT: r2 *= r2
; V23-NEXT: r0 = r2
; V23-NEXT: .LBB8_2:
; V23-NEXT: exit

; OBJ-V1-LABEL: <ult_rr>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: if r2 > r1 goto +0x2 <ult_rr+0x20>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V23-LABEL: <ult_rr>:
; OBJ-V23-NEXT: r0 = 0x7
; OBJ-V23-NEXT: if r1 < r2 goto +0x2 <ult_rr+0x20>
; OBJ-V23-NEXT: r2 *= r2
; OBJ-V23-NEXT: r0 = r2
; OBJ-V23-NEXT: exit

; V1-LABEL: ult_ri:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: r5 = 9
; V1-NEXT: if r5 > r1 goto .LBB9_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB9_2:
; V1-NEXT: exit

; V23-LABEL: ult_ri:
; V23-NEXT: # %bb.0:
; V23-NEXT: r0 = 7
; V23-NEXT: if r1 < 9 goto .LBB9_2
; V23-NEXT: # %bb.1:
; V23-NEXT: r2 *= r2
; V23-NEXT: r0 = r2
; V23-NEXT: .LBB9_2:
; V23-NEXT: exit

; OBJ-V1-LABEL: <ult_ri>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: r5 = 0x9
; OBJ-V1-NEXT: if r5 > r1 goto +0x2 <ult_ri+0x28>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V23-LABEL: <ult_ri>:
; OBJ-V23-NEXT: r0 = 0x7
; OBJ-V23-NEXT: if r1 < 0x9 goto +0x2 <ult_ri+0x20>
; OBJ-V23-NEXT: r2 *= r2
; OBJ-V23-NEXT: r0 = r2
; OBJ-V23-NEXT: exit

; V1-LABEL: ule_rr:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: if r2 >= r1 goto .LBB10_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB10_2:
; V1-NEXT: exit

; V23-LABEL: ule_rr:
; V23-NEXT: # %bb.0:
; V23-NEXT: r0 = 7
; V23-NEXT: if r1 <= r2 goto .LBB10_2
; V23-NEXT: # %bb.1:
; V23-NEXT: r2 *= r2
; V23-NEXT: r0 = r2
; V23-NEXT: .LBB10_2:
; V23-NEXT: exit

; OBJ-V1-LABEL: <ule_rr>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: if r2 >= r1 goto +0x2 <ule_rr+0x20>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V23-LABEL: <ule_rr>:
; OBJ-V23-NEXT: r0 = 0x7
; OBJ-V23-NEXT: if r1 <= r2 goto +0x2 <ule_rr+0x20>
; OBJ-V23-NEXT: r2 *= r2
; OBJ-V23-NEXT: r0 = r2
; OBJ-V23-NEXT: exit

; V1-LABEL: ule_ri:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: r5 = 10
; V1-NEXT: if r5 > r1 goto .LBB11_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB11_2:
; V1-NEXT: exit

; V23-LABEL: ule_ri:
; V23-NEXT: # %bb.0:
; V23-NEXT: r0 = 7
; V23-NEXT: if r1 < 10 goto .LBB11_2
; V23-NEXT: # %bb.1:
; V23-NEXT: r2 *= r2
; V23-NEXT: r0 = r2
; V23-NEXT: .LBB11_2:
; V23-NEXT: exit

; OBJ-V1-LABEL: <ule_ri>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: r5 = 0xa
; OBJ-V1-NEXT: if r5 > r1 goto +0x2 <ule_ri+0x28>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V23-LABEL: <ule_ri>:
; OBJ-V23-NEXT: r0 = 0x7
; OBJ-V23-NEXT: if r1 < 0xa goto +0x2 <ule_ri+0x20>
; OBJ-V23-NEXT: r2 *= r2
; OBJ-V23-NEXT: r0 = r2
; OBJ-V23-NEXT: exit

; CHECK-LABEL: sgt_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 s> r2 goto .LBB12_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB12_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <sgt_rr>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 s> r2 goto +0x2 <sgt_rr+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: sgt_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 s> -3 goto .LBB13_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB13_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <sgt_ri>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 s> -0x3 goto +0x2 <sgt_ri+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: sge_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 s>= r2 goto .LBB14_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB14_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <sge_rr>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 s>= r2 goto +0x2 <sge_rr+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: sge_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 s> -4 goto .LBB15_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB15_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <sge_ri>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 s> -0x4 goto +0x2 <sge_ri+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; V1-LABEL: slt_rr:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: if r2 s> r1 goto .LBB16_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB16_2:
; V1-NEXT: exit

; V23-LABEL: slt_rr:
; V23-NEXT: # %bb.0:
; V23-NEXT: r0 = 7
; V23-NEXT: if r1 s< r2 goto .LBB16_2
; V23-NEXT: # %bb.1:
; V23-NEXT: r2 *= r2
; V23-NEXT: r0 = r2
; V23-NEXT: .LBB16_2:
; V23-NEXT: exit

; OBJ-V1-LABEL: <slt_rr>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: if r2 s> r1 goto +0x2 <slt_rr+0x20>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V23-LABEL: <slt_rr>:
; OBJ-V23-NEXT: r0 = 0x7
; OBJ-V23-NEXT: if r1 s< r2 goto +0x2 <slt_rr+0x20>
; OBJ-V23-NEXT: r2 *= r2
; OBJ-V23-NEXT: r0 = r2
; OBJ-V23-NEXT: exit

; V1-LABEL: slt_ri:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: r5 = -3
; V1-NEXT: if r5 s> r1 goto .LBB17_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB17_2:
; V1-NEXT: exit

; V23-LABEL: slt_ri:
; V23-NEXT: # %bb.0:
; V23-NEXT: r0 = 7
; V23-NEXT: if r1 s< -3 goto .LBB17_2
; V23-NEXT: # %bb.1:
; V23-NEXT: r2 *= r2
; V23-NEXT: r0 = r2
; V23-NEXT: .LBB17_2:
; V23-NEXT: exit

; OBJ-V1-LABEL: <slt_ri>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: r5 = -0x3
; OBJ-V1-NEXT: if r5 s> r1 goto +0x2 <slt_ri+0x28>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V23-LABEL: <slt_ri>:
; OBJ-V23-NEXT: r0 = 0x7
; OBJ-V23-NEXT: if r1 s< -0x3 goto +0x2 <slt_ri+0x20>
; OBJ-V23-NEXT: r2 *= r2
; OBJ-V23-NEXT: r0 = r2
; OBJ-V23-NEXT: exit

; V1-LABEL: sle_rr:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: if r2 s>= r1 goto .LBB18_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB18_2:
; V1-NEXT: exit

; V23-LABEL: sle_rr:
; V23-NEXT: # %bb.0:
; V23-NEXT: r0 = 7
; V23-NEXT: if r1 s<= r2 goto .LBB18_2
; V23-NEXT: # %bb.1:
; V23-NEXT: r2 *= r2
; V23-NEXT: r0 = r2
; V23-NEXT: .LBB18_2:
; V23-NEXT: exit

; OBJ-V1-LABEL: <sle_rr>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: if r2 s>= r1 goto +0x2 <sle_rr+0x20>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V23-LABEL: <sle_rr>:
; OBJ-V23-NEXT: r0 = 0x7
; OBJ-V23-NEXT: if r1 s<= r2 goto +0x2 <sle_rr+0x20>
; OBJ-V23-NEXT: r2 *= r2
; OBJ-V23-NEXT: r0 = r2
; OBJ-V23-NEXT: exit

; V1-LABEL: sle_ri:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: r5 = -2
; V1-NEXT: if r5 s> r1 goto .LBB19_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r2 *= r2
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB19_2:
; V1-NEXT: exit

; V23-LABEL: sle_ri:
; V23-NEXT: # %bb.0:
; V23-NEXT: r0 = 7
; V23-NEXT: if r1 s< -2 goto .LBB19_2
; V23-NEXT: # %bb.1:
; V23-NEXT: r2 *= r2
; V23-NEXT: r0 = r2
; V23-NEXT: .LBB19_2:
; V23-NEXT: exit

; OBJ-V1-LABEL: <sle_ri>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: r5 = -0x2
; OBJ-V1-NEXT: if r5 s> r1 goto +0x2 <sle_ri+0x28>
; OBJ-V1-NEXT: r2 *= r2
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V23-LABEL: <sle_ri>:
; OBJ-V23-NEXT: r0 = 0x7
; OBJ-V23-NEXT: if r1 s< -0x2 goto +0x2 <sle_ri+0x20>
; OBJ-V23-NEXT: r2 *= r2
; OBJ-V23-NEXT: r0 = r2
; OBJ-V23-NEXT: exit

; CHECK-LABEL: jset_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 & 16 goto .LBB20_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB20_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <jset_ri>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 & 0x10 goto +0x2 <jset_ri+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; CHECK-LABEL: jset_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 7
; CHECK-NEXT: if r1 & r2 goto .LBB21_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r2 *= r2
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: .LBB21_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <jset_rr>:
; OBJ-NEXT: r0 = 0x7
; OBJ-NEXT: if r1 & r2 goto +0x2 <jset_rr+0x20>
; OBJ-NEXT: r2 *= r2
; OBJ-NEXT: r0 = r2
; OBJ-NEXT: exit

; V1-LABEL: br64:
; V1-NEXT: # %bb.0:
; V1-NEXT: r6 = r2
; V1-NEXT: r7 = r1
; V1-NEXT: if r1 != r2 goto .LBB22_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r1 = 1
; V1-NEXT: call f
; V1-NEXT: .LBB22_2:
; V1-NEXT: if r7 == 5 goto .LBB22_4
; V1-NEXT: # %bb.3:
; V1-NEXT: r1 = 2
; V1-NEXT: call f
; V1-NEXT: .LBB22_4:
; V1-NEXT: if r6 >= r7 goto .LBB22_6
; V1-NEXT: # %bb.5:
; V1-NEXT: r1 = 3
; V1-NEXT: call f
; V1-NEXT: .LBB22_6:
; V1-NEXT: r5 = 7
; V1-NEXT: if r5 > r7 goto .LBB22_8
; V1-NEXT: # %bb.7:
; V1-NEXT: r1 = 4
; V1-NEXT: call f
; V1-NEXT: .LBB22_8:
; V1-NEXT: if r7 >= r6 goto .LBB22_10
; V1-NEXT: # %bb.9:
; V1-NEXT: r1 = 5
; V1-NEXT: call f
; V1-NEXT: .LBB22_10:
; V1-NEXT: if r7 > 9 goto .LBB22_12
; V1-NEXT: # %bb.11:
; V1-NEXT: r1 = 6
; V1-NEXT: call f
; V1-NEXT: .LBB22_12:
; V1-NEXT: if r6 s>= r7 goto .LBB22_14
; V1-NEXT: # %bb.13:
; V1-NEXT: r1 = 7
; V1-NEXT: call f
; V1-NEXT: .LBB22_14:
; V1-NEXT: r5 = -3
; V1-NEXT: if r5 s> r7 goto .LBB22_16
; V1-NEXT: # %bb.15:
; V1-NEXT: r1 = 8
; V1-NEXT: call f
; V1-NEXT: .LBB22_16:
; V1-NEXT: if r7 s>= r6 goto .LBB22_18
; V1-NEXT: # %bb.17:
; V1-NEXT: r1 = 9
; V1-NEXT: call f
; V1-NEXT: .LBB22_18:
; V1-NEXT: if r7 s> 11 goto .LBB22_20
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
; V1-NEXT: if r7 == 0 goto .LBB22_24
; V1-NEXT: # %bb.23:
; V1-NEXT: r1 = 12
; V1-NEXT: call f
; V1-NEXT: .LBB22_24:
; V1-NEXT: exit

; V23-LABEL: br64:
; V23-NEXT: # %bb.0:
; V23-NEXT: r6 = r2
; V23-NEXT: r7 = r1
; V23-NEXT: if r1 != r2 goto .LBB22_2
; V23-NEXT: # %bb.1:
; V23-NEXT: r1 = 1
; V23-NEXT: call f
; V23-NEXT: .LBB22_2:
; V23-NEXT: if r7 == 5 goto .LBB22_4
; V23-NEXT: # %bb.3:
; V23-NEXT: r1 = 2
; V23-NEXT: call f
; V23-NEXT: .LBB22_4:
; V23-NEXT: if r7 <= r6 goto .LBB22_6
; V23-NEXT: # %bb.5:
; V23-NEXT: r1 = 3
; V23-NEXT: call f
; V23-NEXT: .LBB22_6:
; V23-NEXT: if r7 < 7 goto .LBB22_8
; V23-NEXT: # %bb.7:
; V23-NEXT: r1 = 4
; V23-NEXT: call f
; V23-NEXT: .LBB22_8:
; V23-NEXT: if r7 >= r6 goto .LBB22_10
; V23-NEXT: # %bb.9:
; V23-NEXT: r1 = 5
; V23-NEXT: call f
; V23-NEXT: .LBB22_10:
; V23-NEXT: if r7 > 9 goto .LBB22_12
; V23-NEXT: # %bb.11:
; V23-NEXT: r1 = 6
; V23-NEXT: call f
; V23-NEXT: .LBB22_12:
; V23-NEXT: if r7 s<= r6 goto .LBB22_14
; V23-NEXT: # %bb.13:
; V23-NEXT: r1 = 7
; V23-NEXT: call f
; V23-NEXT: .LBB22_14:
; V23-NEXT: if r7 s< -3 goto .LBB22_16
; V23-NEXT: # %bb.15:
; V23-NEXT: r1 = 8
; V23-NEXT: call f
; V23-NEXT: .LBB22_16:
; V23-NEXT: if r7 s>= r6 goto .LBB22_18
; V23-NEXT: # %bb.17:
; V23-NEXT: r1 = 9
; V23-NEXT: call f
; V23-NEXT: .LBB22_18:
; V23-NEXT: if r7 s> 11 goto .LBB22_20
; V23-NEXT: # %bb.19:
; V23-NEXT: r1 = 10
; V23-NEXT: call f
; V23-NEXT: .LBB22_20:
; V23-NEXT: r5 = r7
; V23-NEXT: r5 &= 16
; V23-NEXT: if r5 == 0 goto .LBB22_22
; V23-NEXT: # %bb.21:
; V23-NEXT: r1 = 11
; V23-NEXT: call f
; V23-NEXT: .LBB22_22:
; V23-NEXT: r7 &= r6
; V23-NEXT: if r7 == 0 goto .LBB22_24
; V23-NEXT: # %bb.23:
; V23-NEXT: r1 = 12
; V23-NEXT: call f
; V23-NEXT: .LBB22_24:
; V23-NEXT: exit

; OBJ-V1-LABEL: <br64>:
; OBJ-V1-NEXT: r6 = r2
; OBJ-V1-NEXT: r7 = r1
; OBJ-V1-NEXT: if r1 != r2 goto +0x2 <br64+0x28>
; OBJ-V1-NEXT: r1 = 0x1
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r7 == 0x5 goto +0x2 <br64+0x40>
; OBJ-V1-NEXT: r1 = 0x2
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r6 >= r7 goto +0x2 <br64+0x58>
; OBJ-V1-NEXT: r1 = 0x3
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r5 = 0x7
; OBJ-V1-NEXT: if r5 > r7 goto +0x2 <br64+0x78>
; OBJ-V1-NEXT: r1 = 0x4
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r7 >= r6 goto +0x2 <br64+0x90>
; OBJ-V1-NEXT: r1 = 0x5
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r7 > 0x9 goto +0x2 <br64+0xa8>
; OBJ-V1-NEXT: r1 = 0x6
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r6 s>= r7 goto +0x2 <br64+0xc0>
; OBJ-V1-NEXT: r1 = 0x7
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r5 = -0x3
; OBJ-V1-NEXT: if r5 s> r7 goto +0x2 <br64+0xe0>
; OBJ-V1-NEXT: r1 = 0x8
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r7 s>= r6 goto +0x2 <br64+0xf8>
; OBJ-V1-NEXT: r1 = 0x9
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: if r7 s> 0xb goto +0x2 <br64+0x110>
; OBJ-V1-NEXT: r1 = 0xa
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r5 = r7
; OBJ-V1-NEXT: r5 &= 0x10
; OBJ-V1-NEXT: if r5 == 0x0 goto +0x2 <br64+0x138>
; OBJ-V1-NEXT: r1 = 0xb
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r7 &= r6
; OBJ-V1-NEXT: if r7 == 0x0 goto +0x2 <br64+0x158>
; OBJ-V1-NEXT: r1 = 0xc
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: exit

; OBJ-V23-LABEL: <br64>:
; OBJ-V23-NEXT: r6 = r2
; OBJ-V23-NEXT: r7 = r1
; OBJ-V23-NEXT: if r1 != r2 goto +0x2 <br64+0x28>
; OBJ-V23-NEXT: r1 = 0x1
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: if r7 == 0x5 goto +0x2 <br64+0x40>
; OBJ-V23-NEXT: r1 = 0x2
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: if r7 <= r6 goto +0x2 <br64+0x58>
; OBJ-V23-NEXT: r1 = 0x3
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: if r7 < 0x7 goto +0x2 <br64+0x70>
; OBJ-V23-NEXT: r1 = 0x4
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: if r7 >= r6 goto +0x2 <br64+0x88>
; OBJ-V23-NEXT: r1 = 0x5
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: if r7 > 0x9 goto +0x2 <br64+0xa0>
; OBJ-V23-NEXT: r1 = 0x6
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: if r7 s<= r6 goto +0x2 <br64+0xb8>
; OBJ-V23-NEXT: r1 = 0x7
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: if r7 s< -0x3 goto +0x2 <br64+0xd0>
; OBJ-V23-NEXT: r1 = 0x8
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: if r7 s>= r6 goto +0x2 <br64+0xe8>
; OBJ-V23-NEXT: r1 = 0x9
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: if r7 s> 0xb goto +0x2 <br64+0x100>
; OBJ-V23-NEXT: r1 = 0xa
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: r5 = r7
; OBJ-V23-NEXT: r5 &= 0x10
; OBJ-V23-NEXT: if r5 == 0x0 goto +0x2 <br64+0x128>
; OBJ-V23-NEXT: r1 = 0xb
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: r7 &= r6
; OBJ-V23-NEXT: if r7 == 0x0 goto +0x2 <br64+0x148>
; OBJ-V23-NEXT: r1 = 0xc
; OBJ-V23-NEXT: call -0x1
; OBJ-V23-NEXT: exit
