; Blocks are laid out in source (IR) order, as clang-19 lays them out, not
; by branch probability: the verifier walks the fall-through first, and how
; much it can prune depends on that order (docs/performance.md). Here the
; unlikely arm stays first because it comes first.
;
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

; CHECK-LABEL: pick:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: if w1 == 0 goto .LBB0_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: w0 = 7
; CHECK-NEXT: exit
; CHECK-NEXT: .LBB0_2:
; CHECK-NEXT: w0 = 9
; CHECK-NEXT: exit
define i32 @pick(i32 %x) {
entry:
  %c = icmp ne i32 %x, 0
  br i1 %c, label %rare, label %common, !prof !0
rare:
  ret i32 7
common:
  ret i32 9
}

!0 = !{!"branch_weights", i32 1, i32 1000}
