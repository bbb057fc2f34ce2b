; IR that clang-19's own BPF pipeline produced may carry llvm.bpf.compare
; and llvm.bpf.passthrough: they are lowered to what they stand for. The
; legacy packet loads (llvm.bpf.load.*) become BPF_LD_ABS / BPF_LD_IND,
; with the context copied to r6 and the value taken from r0.
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

;IRBAD define i32 @other_target(i32 %a) {
;IRBAD   %v = call i32 @llvm.x86.bmi.bzhi.32(i32 %a, i32 3)
;IRBAD   ret i32 %v
;IRBAD }
;IRBAD declare i32 @llvm.x86.bmi.bzhi.32(i32, i32)

; BAD: error: intrinsic 'llvm.x86.bmi.bzhi.32' is not supported by corecc's BPF backend

define i64 @legacy_loads(ptr %skb, i64 %off) {
  %b = call i64 @llvm.bpf.load.byte(ptr %skb, i64 14)
  %h = call i64 @llvm.bpf.load.half(ptr %skb, i64 %off)
  %w = call i64 @llvm.bpf.load.word(ptr %skb, i64 -2097152)
  %s = add i64 %b, %h
  %r = add i64 %s, %w
  ret i64 %r
}
; CHECK-LABEL: legacy_loads:
; CHECK: r6 = r1
; CHECK-DAG: r0 = *(u8 *)skb[14]
; CHECK-DAG: r0 = *(u16 *)skb[r2]
; CHECK-DAG: r0 = *(u32 *)skb[-2097152]
; CHECK: exit
; OBJ-LABEL: <legacy_loads>:
; OBJ-DAG: r0 = *(u8 *)skb[0xe]
; OBJ-DAG: r0 = *(u16 *)skb[r2]
; OBJ-DAG: r0 = *(u32 *)skb[-0x200000]
; OBJ: exit

declare i64 @llvm.bpf.load.byte(ptr, i64)
declare i64 @llvm.bpf.load.half(ptr, i64)
declare i64 @llvm.bpf.load.word(ptr, i64)
declare i1 @llvm.bpf.compare.i32.i32(i32, i32, i32)
declare i1 @llvm.bpf.compare.i64.i64(i32, i64, i64)
declare i64 @llvm.bpf.passthrough.i64.i64(i32, i64)
