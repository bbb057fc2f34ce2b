; cpu v1 has only atomic add without a result ("lock *(u64 *)(r1 + 0) +=
; r2", and the 32-bit form); sub is add of the negation. Everything else is
; an error (see errors-atomics.c).
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ
; RUN: %corecc-llc -mcpu=v2 %s -o - | FileCheck %s --check-prefixes=CHECK
; RUN: %corecc-llc -mcpu=v2 -filetype=obj %s -o %t.v2.o
; RUN: %objdump -d --no-leading-addr %t.v2.o | FileCheck %s --check-prefixes=OBJ

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define void @add64(ptr %p, i64 %v) { %r = atomicrmw add ptr %p, i64 %v seq_cst  ret void }
define void @add32(ptr %p, i32 %v) { %r = atomicrmw add ptr %p, i32 %v seq_cst  ret void }
define void @sub64(ptr %p, i64 %v) { %r = atomicrmw sub ptr %p, i64 %v monotonic  ret void }
define void @sub32_imm(ptr %p) { %r = atomicrmw sub ptr %p, i32 5 monotonic  ret void }
define void @add64_off(ptr %p, i64 %v) { %q = getelementptr i8, ptr %p, i64 -16 %r = atomicrmw add ptr %q, i64 %v seq_cst  ret void }
define i64 @load_relaxed(ptr %p) { %r = load atomic i64, ptr %p monotonic, align 8  ret i64 %r }
define void @store_relaxed(ptr %p, i32 %v) { store atomic i32 %v, ptr %p monotonic, align 4  ret void }

; CHECK-LABEL: add64:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: lock *(u64 *)(r1 + 0) += r2
; CHECK-NEXT: exit

; OBJ-LABEL: <add64>:
; OBJ-NEXT: db 21 00 00 00 00 00 00 lock *(u64 *)(r1 + 0x0) += r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: add32:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: lock *(u32 *)(r1 + 0) += r2
; CHECK-NEXT: exit

; OBJ-LABEL: <add32>:
; OBJ-NEXT: c3 21 00 00 00 00 00 00 lock *(u32 *)(r1 + 0x0) += r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: sub64:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r2 = -r2
; CHECK-NEXT: lock *(u64 *)(r1 + 0) += r2
; CHECK-NEXT: exit

; OBJ-LABEL: <sub64>:
; OBJ-NEXT: 87 02 00 00 00 00 00 00 r2 = -r2
; OBJ-NEXT: db 21 00 00 00 00 00 00 lock *(u64 *)(r1 + 0x0) += r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: sub32_imm:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r5 = 5
; CHECK-NEXT: r5 = -r5
; CHECK-NEXT: lock *(u32 *)(r1 + 0) += r5
; CHECK-NEXT: exit

; OBJ-LABEL: <sub32_imm>:
; OBJ-NEXT: b7 05 00 00 05 00 00 00 r5 = 0x5
; OBJ-NEXT: 87 05 00 00 00 00 00 00 r5 = -r5
; OBJ-NEXT: c3 51 00 00 00 00 00 00 lock *(u32 *)(r1 + 0x0) += r5
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: add64_off:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: lock *(u64 *)(r1 - 16) += r2
; CHECK-NEXT: exit

; OBJ-LABEL: <add64_off>:
; OBJ-NEXT: db 21 f0 ff 00 00 00 00 lock *(u64 *)(r1 - 0x10) += r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: load_relaxed:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = *(u64 *)(r1 + 0)
; CHECK-NEXT: exit

; OBJ-LABEL: <load_relaxed>:
; OBJ-NEXT: 79 10 00 00 00 00 00 00 r0 = *(u64 *)(r1 + 0x0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: store_relaxed:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: *(u32 *)(r1 + 0) = r2
; CHECK-NEXT: exit

; OBJ-LABEL: <store_relaxed>:
; OBJ-NEXT: 63 21 00 00 00 00 00 00 *(u32 *)(r1 + 0x0) = r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit
