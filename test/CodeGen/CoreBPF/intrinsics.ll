; IR that clang-19's own BPF pipeline produced may carry llvm.bpf.compare
; and llvm.bpf.passthrough: they are lowered to what they stand for.
; Target intrinsics the backend has no instruction for are errors.
;
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.o | FileCheck %s --check-prefix=OBJ
; RUN: sed -e 's/^;IRBAD //' %s > %t.bad.ll
; RUN: not %corecc-llc -mcpu=v3 %t.bad.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD --implicit-check-not="Stack dump"

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

; Predicate 36 is "ult" (CmpInst::ICMP_ULT), 38 "sgt".
define i32 @compare(i32 %a, i32 %b) {
  %c = call i1 @llvm.bpf.compare.i32.i32(i32 36, i32 %a, i32 %b)
  br i1 %c, label %yes, label %no
yes:
  ret i32 1
no:
  %d = call i1 @llvm.bpf.compare.i64.i64(i32 38, i64 5, i64 7)
  %r = zext i1 %d to i32
  ret i32 %r
}

define i64 @passthrough(i64 %a) {
  %p = call i64 @llvm.bpf.passthrough.i64.i64(i32 3, i64 %a)
  %r = add i64 %p, 1
  ret i64 %r
}

; CHECK-LABEL: compare:
; CHECK: if w1 >= w2 goto .LBB0_2
; 5 s> 7 folds to false.
; CHECK: w0 = 0
; CHECK-LABEL: passthrough:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 += 1
; CHECK-NEXT: exit

; OBJ-LABEL: <compare>:
; OBJ: if w1 >= w2 goto +0x2
; OBJ-LABEL: <passthrough>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 += 0x1
; OBJ-NEXT: exit

;IRBAD define i64 @ld_abs(ptr %skb) {
;IRBAD   %v = call i64 @llvm.bpf.load.byte(ptr %skb, i64 14)
;IRBAD   ret i64 %v
;IRBAD }
;IRBAD define i32 @other_target(i32 %a) {
;IRBAD   %v = call i32 @llvm.x86.bmi.bzhi.32(i32 %a, i32 3)
;IRBAD   ret i32 %v
;IRBAD }
;IRBAD declare i64 @llvm.bpf.load.byte(ptr, i64)
;IRBAD declare i32 @llvm.x86.bmi.bzhi.32(i32, i32)

; BAD: error: legacy packet loads (llvm.bpf.load.byte, BPF_LD_ABS/BPF_LD_IND) are not supported by corecc; use direct packet access or bpf_skb_load_bytes
; BAD: error: intrinsic 'llvm.x86.bmi.bzhi.32' is not supported by corecc's BPF backend

declare i1 @llvm.bpf.compare.i32.i32(i32, i32, i32)
declare i1 @llvm.bpf.compare.i64.i64(i32, i64, i64)
declare i64 @llvm.bpf.passthrough.i64.i64(i32, i64)
