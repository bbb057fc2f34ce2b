; Stack frames: every slot is addressed from R10, the read-only frame
; pointer, at a negative offset; "&local" is "rX = r10; rX += -N". Objects
; are placed at their alignment, and the frame size is the sum; 512 bytes
; is the most BPF allows (see errors-stack.c). The address of a field is one
; add to r10 (never "|=", which the verifier rejects on pointers).
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ,OBJ-V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ,OBJ-V3

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

declare void @use(ptr)

define i64 @locals(i64 %a, i32 %b, i8 %c) {
  %x = alloca i64, align 8
  %y = alloca i32, align 4
  %z = alloca i8, align 1
  store volatile i64 %a, ptr %x
  store volatile i32 %b, ptr %y
  store volatile i8 %c, ptr %z
  %1 = load volatile i64, ptr %x
  %2 = load volatile i32, ptr %y
  %3 = load volatile i8, ptr %z
  %4 = zext i32 %2 to i64
  %5 = zext i8 %3 to i64
  %6 = add i64 %1, %4
  %7 = add i64 %6, %5
  ret i64 %7
}

define i64 @address_taken() {
  %buf = alloca [16 x i8], align 8
  %v = alloca i64, align 8
  call void @use(ptr %buf)
  call void @use(ptr %v)
  %p = getelementptr i8, ptr %buf, i64 8
  %r = load i64, ptr %p
  ret i64 %r
}

define i8 @full_frame(i64 %i) {
  %buf = alloca [512 x i8], align 8
  call void @use(ptr %buf)
  %m = and i64 %i, 511
  %p = getelementptr i8, ptr %buf, i64 %m
  %r = load i8, ptr %p
  ret i8 %r
}

; The address of a field at offset 4 of an 8-aligned stack object: the DAG
; sees "fi | 4" (the low bits are known zero), which must not become a
; bitwise operation on a pointer (the verifier rejects "r1 |= 4").
define void @field_address() {
  %s = alloca [16 x i8], align 8
  %p = getelementptr i8, ptr %s, i64 4
  call void @use(ptr %p)
  call void @use(ptr %s)
  ret void
}

; V1-LABEL: locals:
; V1-NEXT: # %bb.0:
; V1-NEXT: *(u64 *)(r10 - 8) = r1
; V1-NEXT: *(u32 *)(r10 - 12) = r2
; V1-NEXT: *(u8 *)(r10 - 13) = r3
; V1-NEXT: r0 = *(u64 *)(r10 - 8)
; V1-NEXT: r5 = *(u32 *)(r10 - 12)
; V1-NEXT: r0 += r5
; V1-NEXT: r5 = *(u8 *)(r10 - 13)
; V1-NEXT: r0 += r5
; V1-NEXT: exit

; V3-LABEL: locals:
; V3-NEXT: # %bb.0:
; V3-NEXT: *(u64 *)(r10 - 8) = r1
; V3-NEXT: *(u32 *)(r10 - 12) = w2
; V3-NEXT: *(u8 *)(r10 - 13) = w3
; V3-NEXT: r0 = *(u64 *)(r10 - 8)
; V3-NEXT: r5 = *(u32 *)(r10 - 12)
; V3-NEXT: r0 += r5
; V3-NEXT: r5 = *(u8 *)(r10 - 13)
; V3-NEXT: r0 += r5
; V3-NEXT: exit

; OBJ-V1-LABEL: <locals>:
; OBJ-V1-NEXT: *(u64 *)(r10 - 0x8) = r1
; OBJ-V1-NEXT: *(u32 *)(r10 - 0xc) = r2
; OBJ-V1-NEXT: *(u8 *)(r10 - 0xd) = r3
; OBJ-V1-NEXT: r0 = *(u64 *)(r10 - 0x8)
; OBJ-V1-NEXT: r5 = *(u32 *)(r10 - 0xc)
; OBJ-V1-NEXT: r0 += r5
; OBJ-V1-NEXT: r5 = *(u8 *)(r10 - 0xd)
; OBJ-V1-NEXT: r0 += r5
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <locals>:
; OBJ-V3-NEXT: *(u64 *)(r10 - 0x8) = r1
; OBJ-V3-NEXT: *(u32 *)(r10 - 0xc) = w2
; OBJ-V3-NEXT: *(u8 *)(r10 - 0xd) = w3
; OBJ-V3-NEXT: r0 = *(u64 *)(r10 - 0x8)
; OBJ-V3-NEXT: w5 = *(u32 *)(r10 - 0xc)
; OBJ-V3-NEXT: r0 += r5
; OBJ-V3-NEXT: w5 = *(u8 *)(r10 - 0xd)
; OBJ-V3-NEXT: r0 += r5
; OBJ-V3-NEXT: exit

; CHECK-LABEL: address_taken:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r1 = r10
; CHECK-NEXT: r1 += -16
; CHECK-NEXT: call use
; CHECK-NEXT: r1 = r10
; CHECK-NEXT: r1 += -24
; CHECK-NEXT: call use
; CHECK-NEXT: r0 = *(u64 *)(r10 - 8)
; CHECK-NEXT: exit

; OBJ-LABEL: <address_taken>:
; OBJ-NEXT: r1 = r10
; OBJ-NEXT: r1 += -0x10
; OBJ-NEXT: call -0x1
; OBJ-NEXT: r1 = r10
; OBJ-NEXT: r1 += -0x18
; OBJ-NEXT: call -0x1
; OBJ-NEXT: r0 = *(u64 *)(r10 - 0x8)
; OBJ-NEXT: exit

; V1-LABEL: full_frame:
; V1-NEXT: # %bb.0:
; V1-NEXT: r6 = r1
; V1-NEXT: r7 = r10
; V1-NEXT: r7 += -512
; V1-NEXT: r1 = r7
; V1-NEXT: call use
; V1-NEXT: r6 &= 511
; V1-NEXT: r7 += r6
; V1-NEXT: r0 = *(u8 *)(r7 + 0)
; V1-NEXT: exit

; V3-LABEL: full_frame:
; V3-NEXT: # %bb.0:
; V3-NEXT: r6 = r1
; V3-NEXT: r7 = r10
; V3-NEXT: r7 += -512
; V3-NEXT: r1 = r7
; V3-NEXT: call use
; V3-NEXT: r6 &= 511
; V3-NEXT: r7 += r6
; V3-NEXT: w0 = *(u8 *)(r7 + 0)
; V3-NEXT: exit

; OBJ-V1-LABEL: <full_frame>:
; OBJ-V1-NEXT: r6 = r1
; OBJ-V1-NEXT: r7 = r10
; OBJ-V1-NEXT: r7 += -0x200
; OBJ-V1-NEXT: r1 = r7
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r6 &= 0x1ff
; OBJ-V1-NEXT: r7 += r6
; OBJ-V1-NEXT: r0 = *(u8 *)(r7 + 0x0)
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <full_frame>:
; OBJ-V3-NEXT: r6 = r1
; OBJ-V3-NEXT: r7 = r10
; OBJ-V3-NEXT: r7 += -0x200
; OBJ-V3-NEXT: r1 = r7
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: r6 &= 0x1ff
; OBJ-V3-NEXT: r7 += r6
; OBJ-V3-NEXT: w0 = *(u8 *)(r7 + 0x0)
; OBJ-V3-NEXT: exit

; CHECK-LABEL: field_address:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r1 = r10
; CHECK-NEXT: r1 += -12
; CHECK-NEXT: call use
; CHECK-NEXT: r1 = r10
; CHECK-NEXT: r1 += -16
; CHECK-NEXT: call use
; CHECK-NEXT: exit

; OBJ-LABEL: <field_address>:
; OBJ-NEXT: r1 = r10
; OBJ-NEXT: r1 += -0xc
; OBJ-NEXT: call -0x1
; OBJ-NEXT: r1 = r10
; OBJ-NEXT: r1 += -0x10
; OBJ-NEXT: call -0x1
; OBJ-NEXT: exit
