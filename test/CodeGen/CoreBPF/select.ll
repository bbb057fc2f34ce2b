; Selects: BPF has no conditional move, so the custom inserter builds a
; diamond ("rX = t; if cond goto L; rX = f; L:"). One pseudo per pair of
; (compared width, selected width), register or immediate on the right,
; min/max/abs, and the zero extension of a compare result.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ,OBJ-V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ,OBJ-V3

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"
define i64 @sel_rr(i64 %a, i64 %b, i64 %x, i64 %y) { %c = icmp ugt i64 %a, %b  %r = select i1 %c, i64 %x, i64 %y  ret i64 %r }
define i64 @sel_ri(i64 %a, i64 %x, i64 %y) { %c = icmp slt i64 %a, 10  %r = select i1 %c, i64 %x, i64 %y  ret i64 %r }
define i64 @sel_imm_vals(i64 %a) { %c = icmp eq i64 %a, 0  %r = select i1 %c, i64 3, i64 5  ret i64 %r }
define i32 @sel32(i32 %a, i32 %b, i32 %x, i32 %y) { %c = icmp sle i32 %a, %b  %r = select i1 %c, i32 %x, i32 %y  ret i32 %r }
define i64 @sel_cmp32_val64(i32 %a, i64 %x, i64 %y) { %c = icmp ult i32 %a, 100  %r = select i1 %c, i64 %x, i64 %y  ret i64 %r }
define i32 @sel_cmp64_val32(i64 %a, i32 %x, i32 %y) { %c = icmp sge i64 %a, -1  %r = select i1 %c, i32 %x, i32 %y  ret i32 %r }
define i64 @zext_cmp(i64 %a, i64 %b) { %c = icmp ne i64 %a, %b  %r = zext i1 %c to i64  ret i64 %r }
define i32 @smax(i32 %a, i32 %b) { %r = call i32 @llvm.smax.i32(i32 %a, i32 %b) ret i32 %r }
define i64 @umin(i64 %a, i64 %b) { %r = call i64 @llvm.umin.i64(i64 %a, i64 %b) ret i64 %r }
define i64 @abs(i64 %a) { %r = call i64 @llvm.abs.i64(i64 %a, i1 false) ret i64 %r }
define i64 @two_sel(i64 %a, i64 %b) {
  %c1 = icmp ugt i64 %a, 5
  %s1 = select i1 %c1, i64 %a, i64 5
  %c2 = icmp ult i64 %b, 9
  %s2 = select i1 %c2, i64 %b, i64 %s1
  ret i64 %s2
}
declare i32 @llvm.smax.i32(i32, i32)
declare i64 @llvm.umin.i64(i64, i64)
declare i64 @llvm.abs.i64(i64, i1)

; CHECK-LABEL: sel_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r3
; CHECK-NEXT: if r1 > r2 goto .LBB0_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r0 = r4
; CHECK-NEXT: .LBB0_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <sel_rr>:
; OBJ-NEXT: r0 = r3
; OBJ-NEXT: if r1 > r2 goto +0x1 <sel_rr+0x18>
; OBJ-NEXT: r0 = r4
; OBJ-NEXT: exit

; V1-LABEL: sel_ri:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r2
; V1-NEXT: r5 = 10
; V1-NEXT: if r5 s> r1 goto .LBB1_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r0 = r3
; V1-NEXT: .LBB1_2:
; V1-NEXT: exit

; V3-LABEL: sel_ri:
; V3-NEXT: # %bb.0:
; V3-NEXT: r0 = r2
; V3-NEXT: if r1 s< 10 goto .LBB1_2
; V3-NEXT: # %bb.1:
; V3-NEXT: r0 = r3
; V3-NEXT: .LBB1_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <sel_ri>:
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: r5 = 0xa
; OBJ-V1-NEXT: if r5 s> r1 goto +0x1 <sel_ri+0x20>
; OBJ-V1-NEXT: r0 = r3
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sel_ri>:
; OBJ-V3-NEXT: r0 = r2
; OBJ-V3-NEXT: if r1 s< 0xa goto +0x1 <sel_ri+0x18>
; OBJ-V3-NEXT: r0 = r3
; OBJ-V3-NEXT: exit

; CHECK-LABEL: sel_imm_vals:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 3
; CHECK-NEXT: if r1 == 0 goto .LBB2_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: r0 = 5
; CHECK-NEXT: .LBB2_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <sel_imm_vals>:
; OBJ-NEXT: r0 = 0x3
; OBJ-NEXT: if r1 == 0x0 goto +0x1 <sel_imm_vals+0x18>
; OBJ-NEXT: r0 = 0x5
; OBJ-NEXT: exit

; V1-LABEL: sel32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r3
; V1-NEXT: r1 <<= 32
; V1-NEXT: r1 s>>= 32
; V1-NEXT: r2 <<= 32
; V1-NEXT: r2 s>>= 32
; V1-NEXT: if r2 s>= r1 goto .LBB3_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r0 = r4
; V1-NEXT: .LBB3_2:
; V1-NEXT: exit

; V3-LABEL: sel32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w3
; V3-NEXT: if w1 s<= w2 goto .LBB3_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w0 = w4
; V3-NEXT: .LBB3_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <sel32>:
; OBJ-V1-NEXT: r0 = r3
; OBJ-V1-NEXT: r1 <<= 0x20
; OBJ-V1-NEXT: r1 s>>= 0x20
; OBJ-V1-NEXT: r2 <<= 0x20
; OBJ-V1-NEXT: r2 s>>= 0x20
; OBJ-V1-NEXT: if r2 s>= r1 goto +0x1 <sel32+0x38>
; OBJ-V1-NEXT: r0 = r4
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sel32>:
; OBJ-V3-NEXT: w0 = w3
; OBJ-V3-NEXT: if w1 s<= w2 goto +0x1 <sel32+0x18>
; OBJ-V3-NEXT: w0 = w4
; OBJ-V3-NEXT: exit

; V1-LABEL: sel_cmp32_val64:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r2
; V1-NEXT: w5 = w1
; V1-NEXT: r4 = 100
; V1-NEXT: if r4 > r5 goto .LBB4_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r0 = r3
; V1-NEXT: .LBB4_2:
; V1-NEXT: exit

; V3-LABEL: sel_cmp32_val64:
; V3-NEXT: # %bb.0:
; V3-NEXT: r0 = r2
; V3-NEXT: if w1 < 100 goto .LBB4_2
; V3-NEXT: # %bb.1:
; V3-NEXT: r0 = r3
; V3-NEXT: .LBB4_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <sel_cmp32_val64>:
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: w5 = w1
; OBJ-V1-NEXT: r4 = 0x64
; OBJ-V1-NEXT: if r4 > r5 goto +0x1 <sel_cmp32_val64+0x28>
; OBJ-V1-NEXT: r0 = r3
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sel_cmp32_val64>:
; OBJ-V3-NEXT: r0 = r2
; OBJ-V3-NEXT: if w1 < 0x64 goto +0x1 <sel_cmp32_val64+0x18>
; OBJ-V3-NEXT: r0 = r3
; OBJ-V3-NEXT: exit

; V1-LABEL: sel_cmp64_val32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r2
; V1-NEXT: if r1 s> -2 goto .LBB5_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r0 = r3
; V1-NEXT: .LBB5_2:
; V1-NEXT: exit

; V3-LABEL: sel_cmp64_val32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w2
; V3-NEXT: if r1 s> -2 goto .LBB5_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w0 = w3
; V3-NEXT: .LBB5_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <sel_cmp64_val32>:
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: if r1 s> -0x2 goto +0x1 <sel_cmp64_val32+0x18>
; OBJ-V1-NEXT: r0 = r3
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sel_cmp64_val32>:
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: if r1 s> -0x2 goto +0x1 <sel_cmp64_val32+0x18>
; OBJ-V3-NEXT: w0 = w3
; OBJ-V3-NEXT: exit

; V1-LABEL: zext_cmp:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 1
; V1-NEXT: if r1 != r2 goto .LBB6_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r0 = 0
; V1-NEXT: .LBB6_2:
; V1-NEXT: exit

; V3-LABEL: zext_cmp:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 1
; V3-NEXT: if r1 != r2 goto .LBB6_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w0 = 0
; V3-NEXT: .LBB6_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <zext_cmp>:
; OBJ-V1-NEXT: r0 = 0x1
; OBJ-V1-NEXT: if r1 != r2 goto +0x1 <zext_cmp+0x18>
; OBJ-V1-NEXT: r0 = 0x0
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <zext_cmp>:
; OBJ-V3-NEXT: w0 = 0x1
; OBJ-V3-NEXT: if r1 != r2 goto +0x1 <zext_cmp+0x18>
; OBJ-V3-NEXT: w0 = 0x0
; OBJ-V3-NEXT: exit

; V1-LABEL: smax:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: r2 <<= 32
; V1-NEXT: r2 s>>= 32
; V1-NEXT: r0 <<= 32
; V1-NEXT: r0 s>>= 32
; V1-NEXT: if r0 s> r2 goto .LBB7_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB7_2:
; V1-NEXT: exit

; V3-LABEL: smax:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w1
; V3-NEXT: if w1 s> w2 goto .LBB7_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w0 = w2
; V3-NEXT: .LBB7_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <smax>:
; OBJ-V1-NEXT: r0 = r1
; OBJ-V1-NEXT: r2 <<= 0x20
; OBJ-V1-NEXT: r2 s>>= 0x20
; OBJ-V1-NEXT: r0 <<= 0x20
; OBJ-V1-NEXT: r0 s>>= 0x20
; OBJ-V1-NEXT: if r0 s> r2 goto +0x1 <smax+0x38>
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <smax>:
; OBJ-V3-NEXT: w0 = w1
; OBJ-V3-NEXT: if w1 s> w2 goto +0x1 <smax+0x18>
; OBJ-V3-NEXT: w0 = w2
; OBJ-V3-NEXT: exit

; V1-LABEL: umin:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: if r2 > r1 goto .LBB8_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r0 = r2
; V1-NEXT: .LBB8_2:
; V1-NEXT: exit

; V3-LABEL: umin:
; V3-NEXT: # %bb.0:
; V3-NEXT: r0 = r1
; V3-NEXT: if r1 < r2 goto .LBB8_2
; V3-NEXT: # %bb.1:
; V3-NEXT: r0 = r2
; V3-NEXT: .LBB8_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <umin>:
; OBJ-V1-NEXT: r0 = r1
; OBJ-V1-NEXT: if r2 > r1 goto +0x1 <umin+0x18>
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <umin>:
; OBJ-V3-NEXT: r0 = r1
; OBJ-V3-NEXT: if r1 < r2 goto +0x1 <umin+0x18>
; OBJ-V3-NEXT: r0 = r2
; OBJ-V3-NEXT: exit

; CHECK-LABEL: abs:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r5 = r1
; CHECK-NEXT: r5 s>>= 63
; CHECK-NEXT: r0 ^= r5
; CHECK-NEXT: r0 -= r5
; CHECK-NEXT: exit

; OBJ-LABEL: <abs>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r5 = r1
; OBJ-NEXT: r5 s>>= 0x3f
; OBJ-NEXT: r0 ^= r5
; OBJ-NEXT: r0 -= r5
; OBJ-NEXT: exit

; V1-LABEL: two_sel:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r2
; V1-NEXT: if r1 > 5 goto .LBB10_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r1 = 5
; V1-NEXT: .LBB10_2:
; V1-NEXT: r5 = 9
; V1-NEXT: if r5 > r0 goto .LBB10_4
; V1-NEXT: # %bb.3:
; V1-NEXT: r0 = r1
; V1-NEXT: .LBB10_4:
; V1-NEXT: exit

; V3-LABEL: two_sel:
; V3-NEXT: # %bb.0:
; V3-NEXT: r0 = r2
; V3-NEXT: if r1 > 5 goto .LBB10_2
; V3-NEXT: # %bb.1:
; V3-NEXT: r1 = 5
; V3-NEXT: .LBB10_2:
; V3-NEXT: if r0 < 9 goto .LBB10_4
; V3-NEXT: # %bb.3:
; V3-NEXT: r0 = r1
; V3-NEXT: .LBB10_4:
; V3-NEXT: exit

; OBJ-V1-LABEL: <two_sel>:
; OBJ-V1-NEXT: r0 = r2
; OBJ-V1-NEXT: if r1 > 0x5 goto +0x1 <two_sel+0x18>
; OBJ-V1-NEXT: r1 = 0x5
; OBJ-V1-NEXT: r5 = 0x9
; OBJ-V1-NEXT: if r5 > r0 goto +0x1 <two_sel+0x30>
; OBJ-V1-NEXT: r0 = r1
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <two_sel>:
; OBJ-V3-NEXT: r0 = r2
; OBJ-V3-NEXT: if r1 > 0x5 goto +0x1 <two_sel+0x18>
; OBJ-V3-NEXT: r1 = 0x5
; OBJ-V3-NEXT: if r0 < 0x9 goto +0x1 <two_sel+0x28>
; OBJ-V3-NEXT: r0 = r1
; OBJ-V3-NEXT: exit
