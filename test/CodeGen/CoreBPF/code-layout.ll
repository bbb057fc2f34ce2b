; Code layout for size. Identical tails are merged (three early exits that
; each count a drop and return 1 share one copy: a packet parser's usual
; shape), while one-instruction condition blocks are not duplicated into
; their predecessors, and no critical edge is split just to sink an
; instruction into it (each such block would cost a goto).
;
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.o
; RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck %s --check-prefix=OBJ

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@drops = global i64 0, align 8
@passes = global i64 0, align 8

define i32 @parse(i64 %a, i64 %b, i64 %c) {
entry:
  %c1 = icmp ugt i64 %a, 100
  br i1 %c1, label %drop1, label %next1
drop1:
  %x1 = atomicrmw add ptr @drops, i64 1 monotonic
  ret i32 1
next1:
  %c2 = icmp eq i64 %b, 7
  br i1 %c2, label %drop2, label %next2
drop2:
  %x2 = atomicrmw add ptr @drops, i64 1 monotonic
  ret i32 1
next2:
  %c3 = icmp slt i64 %c, 0
  br i1 %c3, label %drop3, label %pass
drop3:
  %x3 = atomicrmw add ptr @drops, i64 1 monotonic
  ret i32 1
pass:
  %x4 = atomicrmw add ptr @passes, i64 1 monotonic
  ret i32 2
}

; One copy of the drop tail, reached from three places. Each conditional
; jump keeps the direction instruction selection gave it (the verifier
; walks a jump's fall-through first, docs/verifier.md), so the later two
; reach the tail through a goto, as in llc-19's output.
; CHECK-LABEL: parse:
; CHECK: if r1 < 101 goto [[NEXT1:.LBB0_[0-9]+]]
; CHECK-NEXT: [[DROP:.LBB0_[0-9]+]]:
; CHECK-NEXT: r0 = 1
; CHECK-NEXT: r5 = drops ll
; CHECK: [[NEXT1]]:
; CHECK-NEXT: if r2 != 7 goto [[NEXT2:.LBB0_[0-9]+]]
; CHECK-NEXT: goto [[DROP]]
; CHECK-NEXT: [[NEXT2]]:
; CHECK-NEXT: if r3 s> -1 goto [[PASS:.LBB0_[0-9]+]]
; CHECK-NEXT: goto [[DROP]]
; OBJ-LABEL: <parse>:
; OBJ-COUNT-2: lock
; OBJ-NOT: lock
