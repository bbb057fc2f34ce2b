; A constant-size memset/memcpy into a stack slot (or a local global) at an
; odd offset, as the optimizer leaves "char buf[448]; memset(buf, 0x5a,
; 448); buf[0] = 0": the few bytes up to an 8-byte boundary are split off
; and the rest uses 8-byte stores (the verifier rejects misaligned stack
; accesses, and 447 byte stores would be over the 128-store limit).
;
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

declare void @use(ptr)

define void @set_odd() {
  %buf = alloca [64 x i8], align 1
  %p = getelementptr i8, ptr %buf, i64 1
  call void @llvm.memset.p0.i64(ptr align 1 %p, i8 90, i64 63, i1 false)
  store i8 0, ptr %buf
  call void @use(ptr %buf)
  ret void
}

define void @copy_odd(ptr %out) {
  %a = alloca [40 x i8], align 4
  %b = alloca [40 x i8], align 4
  call void @use(ptr %a)
  %pa = getelementptr i8, ptr %a, i64 4
  %pb = getelementptr i8, ptr %b, i64 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %pb, ptr align 4 %pa, i64 36, i1 false)
  call void @use(ptr %b)
  ret void
}

declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

; CHECK-LABEL: set_odd:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r5 = 6510615555426900480 ll
; CHECK-NEXT: *(u64 *)(r10 - 64) = r5
; CHECK-NEXT: r5 = 6510615555426900570 ll
; CHECK-NEXT: *(u64 *)(r10 - 56) = r5
; CHECK-NEXT: *(u64 *)(r10 - 48) = r5
; CHECK-NEXT: *(u64 *)(r10 - 40) = r5
; CHECK-NEXT: *(u64 *)(r10 - 32) = r5
; CHECK-NEXT: *(u64 *)(r10 - 24) = r5
; CHECK-NEXT: *(u64 *)(r10 - 16) = r5
; CHECK-NEXT: *(u64 *)(r10 - 8) = r5
; CHECK-NEXT: r1 = r10
; CHECK-NEXT: r1 += -64
; CHECK-NEXT: call use
; CHECK-NEXT: exit

; OBJ-LABEL: <set_odd>:
; OBJ-NEXT: r5 = 0x5a5a5a5a5a5a5a00 ll
; OBJ-NEXT: *(u64 *)(r10 - 0x40) = r5
; OBJ-NEXT: r5 = 0x5a5a5a5a5a5a5a5a ll
; OBJ-NEXT: *(u64 *)(r10 - 0x38) = r5
; OBJ-NEXT: *(u64 *)(r10 - 0x30) = r5
; OBJ-NEXT: *(u64 *)(r10 - 0x28) = r5
; OBJ-NEXT: *(u64 *)(r10 - 0x20) = r5
; OBJ-NEXT: *(u64 *)(r10 - 0x18) = r5
; OBJ-NEXT: *(u64 *)(r10 - 0x10) = r5
; OBJ-NEXT: *(u64 *)(r10 - 0x8) = r5
; OBJ-NEXT: r1 = r10
; OBJ-NEXT: r1 += -0x40
; OBJ-NEXT: call -0x1
; OBJ-NEXT: exit

; CHECK-LABEL: copy_odd:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r1 = r10
; CHECK-NEXT: r1 += -40
; CHECK-NEXT: call use
; CHECK-NEXT: w5 = *(u32 *)(r10 - 36)
; CHECK-NEXT: *(u32 *)(r10 - 76) = w5
; CHECK-NEXT: r5 = *(u64 *)(r10 - 32)
; CHECK-NEXT: *(u64 *)(r10 - 72) = r5
; CHECK-NEXT: r5 = *(u64 *)(r10 - 24)
; CHECK-NEXT: *(u64 *)(r10 - 64) = r5
; CHECK-NEXT: r5 = *(u64 *)(r10 - 16)
; CHECK-NEXT: *(u64 *)(r10 - 56) = r5
; CHECK-NEXT: r5 = *(u64 *)(r10 - 8)
; CHECK-NEXT: *(u64 *)(r10 - 48) = r5
; CHECK-NEXT: r1 = r10
; CHECK-NEXT: r1 += -80
; CHECK-NEXT: call use
; CHECK-NEXT: exit

; OBJ-LABEL: <copy_odd>:
; OBJ-NEXT: r1 = r10
; OBJ-NEXT: r1 += -0x28
; OBJ-NEXT: call -0x1
; OBJ-NEXT: w5 = *(u32 *)(r10 - 0x24)
; OBJ-NEXT: *(u32 *)(r10 - 0x4c) = w5
; OBJ-NEXT: r5 = *(u64 *)(r10 - 0x20)
; OBJ-NEXT: *(u64 *)(r10 - 0x48) = r5
; OBJ-NEXT: r5 = *(u64 *)(r10 - 0x18)
; OBJ-NEXT: *(u64 *)(r10 - 0x40) = r5
; OBJ-NEXT: r5 = *(u64 *)(r10 - 0x10)
; OBJ-NEXT: *(u64 *)(r10 - 0x38) = r5
; OBJ-NEXT: r5 = *(u64 *)(r10 - 0x8)
; OBJ-NEXT: *(u64 *)(r10 - 0x30) = r5
; OBJ-NEXT: r1 = r10
; OBJ-NEXT: r1 += -0x50
; OBJ-NEXT: call -0x1
; OBJ-NEXT: exit
