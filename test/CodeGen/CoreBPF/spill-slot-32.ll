; A 32-bit register spills into an 8-byte slot of its own, never sharing
; its 8 bytes with a 4-byte local. The verifier tracks a 4-byte spill only
; while nothing else is written to the rest of its 8-byte slot: a counter
; whose address a helper took, placed in the other half, made a spilled
; and bounded length unknown ("R2 unbounded memory access" when it was
; reloaded for bpf_probe_read; eunomia's bpf-developer-tutorial, 27-replace,
; loaded with clang-19's object only).
;
; Six ints live across a helper call, four callee-saved registers: two
; spill. With ALU32 they are 32-bit registers.
; RUN: %corecc -O2 -mcpu=v3 -S %s -o /dev/null -mllvm -print-after=prologepilog 2>&1 | FileCheck %s
;
; The local (4 bytes), and the spill slots (8 bytes each, 8-aligned):
; CHECK-LABEL: Frame Objects:
; CHECK-NEXT: fi#0: size=4, align=4
; CHECK-NEXT: fi#1: size=8, align=8
; CHECK-NEXT: fi#2: size=8, align=8
; CHECK-NOT: fi#

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i32 @f(ptr %p) {
  %c = alloca i32, align 4
  store i32 0, ptr %c, align 4
  %p1 = getelementptr i32, ptr %p, i64 1
  %p2 = getelementptr i32, ptr %p, i64 2
  %p3 = getelementptr i32, ptr %p, i64 3
  %p4 = getelementptr i32, ptr %p, i64 4
  %p5 = getelementptr i32, ptr %p, i64 5
  %v0 = load volatile i32, ptr %p, align 4
  %v1 = load volatile i32, ptr %p1, align 4
  %v2 = load volatile i32, ptr %p2, align 4
  %v3 = load volatile i32, ptr %p3, align 4
  %v4 = load volatile i32, ptr %p4, align 4
  %v5 = load volatile i32, ptr %p5, align 4
  %r = call i64 inttoptr (i64 1 to ptr)(ptr %p, ptr %c)
  %s0 = add i32 %v0, %v1
  %s1 = add i32 %s0, %v2
  %s2 = add i32 %s1, %v3
  %s3 = add i32 %s2, %v4
  %s4 = add i32 %s3, %v5
  %cv = load i32, ptr %c, align 4
  %s5 = add i32 %s4, %cv
  ret i32 %s5
}
