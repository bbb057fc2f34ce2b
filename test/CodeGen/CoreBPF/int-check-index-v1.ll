; Without ALU32 (cpu v1, v2) an int lives in a 64-bit register, and each
; signed comparison and each sign extension for an index extends its own
; copy: the verifier bounds the compared copy, not the index. The int is
; also often truncated again in each block that uses it. CoreBPFNarrowChecks
; keeps one truncation, extends it to 64 bits once, and the comparisons
; test that value and the index is that value (Kernel/codegen-int-check-index.c
; loads the program this came from). With ALU32 nothing changes.
;
; RUN: %corecc -O2 -mcpu=v1 -S %s -o /dev/null -mllvm -print-after=corebpf-narrow-checks 2>&1 | FileCheck %s --check-prefix=V1
; RUN: %corecc -O2 -mcpu=v3 -S %s -o /dev/null -mllvm -print-after=corebpf-narrow-checks 2>&1 | FileCheck %s --check-prefix=V3
; RUN: %corecc -O2 -mcpu=v1 -S %s -o - | FileCheck %s --check-prefix=ASM
;
; V1-LABEL: define {{.*}}@find(
; V1: %[[T:[a-z0-9.]+]] = trunc i64 %off to i32
; V1-NEXT: %[[W:[a-z0-9.]+]] = sext i32 %[[T]] to i64
; V1: icmp sgt i64 %[[W]], -1
; V1: icmp slt i64 %[[W]], 4096
; V1: getelementptr inbounds [4096 x i8], ptr %p, i64 0, i64 %[[W]]
;
; V3-LABEL: define {{.*}}@find(
; V3: icmp sgt i32 %t1, -1
; V3: %ix = ashr exact i64 %sext, 32
;
; One sign extension, compared and added:
; ASM-LABEL: find:
; ASM: r[[R:[0-9]]] <<= 32
; ASM-NEXT: r[[R]] s>>= 32
; ASM-NOT: s>>= 32
; ASM: r{{[0-9]}} += r[[R]]

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i32 @find(ptr %p, i64 %len, i64 %i) {
entry:
  %off = sub i64 %len, %i
  %t1 = trunc i64 %off to i32
  %c1 = icmp sgt i32 %t1, -1
  %t2 = trunc i64 %off to i32
  %c2 = icmp slt i32 %t2, 4096
  %c = and i1 %c1, %c2
  br i1 %c, label %in, label %out

in:
  %t3 = trunc i64 %off to i32
  %ix = sext i32 %t3 to i64
  %a = getelementptr inbounds [4096 x i8], ptr %p, i64 0, i64 %ix
  %v = load i8, ptr %a, align 1
  %r = zext i8 %v to i32
  ret i32 %r

out:
  ret i32 -1
}
