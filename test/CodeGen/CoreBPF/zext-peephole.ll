; Zero extensions the code already has. A 32-bit value in a 64-bit
; register is zero-extended with "w1 = w2" (MOV_32_64 without ALU32, or the
; shift pair "r1 <<= 32; r1 >>= 32" when the result is added to a register,
; as a pointer offset can be; with ALU32 a 32-bit move before a
; subregister-to-register), unless every value
; reaching it is known to have a zero upper half, to the verifier too: a
; 32-bit move, load, add, sub or and, an or/xor/mul/shift by a constant, a
; one-slot constant, through PHIs and copies. A byte swap, division, or a
; value from a caller or a call keeps its extension.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ-V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ-V3

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

declare i32 @ext(i32)

; The loaded length is compared unsigned in another block.
define i32 @load_then_compare(ptr %p, i1 %c) {
entry:
  %len = load i32, ptr %p
  br i1 %c, label %check, label %out
check:
  %small = icmp ult i32 %len, 20
  br i1 %small, label %out, label %big
big:
  ret i32 1
out:
  ret i32 0
}

; A PHI of constants and of a 32-bit sum.
define i64 @phi_of_32bit(i32 %a, i1 %c) {
entry:
  br i1 %c, label %x, label %y
x:
  %s = add i32 %a, 1
  br label %join
y:
  br label %join
join:
  %v = phi i32 [ %s, %x ], [ 7, %y ]
  %z = zext i32 %v to i64
  ret i64 %z
}

; A byte swap of a loaded 16-bit value.
define i64 @swap_of_load(ptr %p) {
  %v = load i16, ptr %p
  %s = call i16 @llvm.bswap.i16(i16 %v)
  %z = zext i16 %s to i64
  ret i64 %z
}

; An argument and a call result are extended.
define i64 @arg_and_call(i32 %a) {
  %r = call i32 @ext(i32 %a)
  %za = zext i32 %a to i64
  %zr = zext i32 %r to i64
  %s = add i64 %za, %zr
  ret i64 %s
}

declare i16 @llvm.bswap.i16(i16)

; V1-LABEL: load_then_compare:
; V1-NEXT: # %bb.0:
; V1-NEXT: r2 &= 1
; V1-NEXT: if r2 == 0 goto .LBB0_3
; V1-NEXT: # %bb.1:
; V1-NEXT: r0 = *(u32 *)(r1 + 0)
; V1-NEXT: r5 = 20
; V1-NEXT: if r5 > r0 goto .LBB0_3
; V1-NEXT: # %bb.2:
; V1-NEXT: r0 = 1
; V1-NEXT: exit
; V1-NEXT: .LBB0_3:
; V1-NEXT: r0 = 0
; V1-NEXT: exit

; V3-LABEL: load_then_compare:
; V3-NEXT: # %bb.0:
; V3-NEXT: w2 &= 1
; V3-NEXT: if w2 == 0 goto .LBB0_3
; V3-NEXT: # %bb.1:
; V3-NEXT: w0 = *(u32 *)(r1 + 0)
; V3-NEXT: if w0 < 20 goto .LBB0_3
; V3-NEXT: # %bb.2:
; V3-NEXT: w0 = 1
; V3-NEXT: exit
; V3-NEXT: .LBB0_3:
; V3-NEXT: w0 = 0
; V3-NEXT: exit

; OBJ-V1-LABEL: <load_then_compare>:
; OBJ-V1-NEXT: r2 &= 0x1
; OBJ-V1-NEXT: if r2 == 0x0 goto +0x5 <load_then_compare+0x38>
; OBJ-V1-NEXT: r0 = *(u32 *)(r1 + 0x0)
; OBJ-V1-NEXT: r5 = 0x14
; OBJ-V1-NEXT: if r5 > r0 goto +0x2 <load_then_compare+0x38>
; OBJ-V1-NEXT: r0 = 0x1
; OBJ-V1-NEXT: exit
; OBJ-V1-NEXT: r0 = 0x0
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <load_then_compare>:
; OBJ-V3-NEXT: w2 &= 0x1
; OBJ-V3-NEXT: if w2 == 0x0 goto +0x4 <load_then_compare+0x30>
; OBJ-V3-NEXT: w0 = *(u32 *)(r1 + 0x0)
; OBJ-V3-NEXT: if w0 < 0x14 goto +0x2 <load_then_compare+0x30>
; OBJ-V3-NEXT: w0 = 0x1
; OBJ-V3-NEXT: exit
; OBJ-V3-NEXT: w0 = 0x0
; OBJ-V3-NEXT: exit

; V1-LABEL: phi_of_32bit:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: r2 &= 1
; V1-NEXT: if r2 == 0 goto .LBB1_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r1 += 1
; V1-NEXT: r0 = r1
; V1-NEXT: .LBB1_2:
; V1-NEXT: w0 = w0
; V1-NEXT: exit

; V3-LABEL: phi_of_32bit:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 7
; V3-NEXT: w2 &= 1
; V3-NEXT: if w2 == 0 goto .LBB1_2
; V3-NEXT: # %bb.1:
; V3-NEXT: w1 += 1
; V3-NEXT: w0 = w1
; V3-NEXT: .LBB1_2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <phi_of_32bit>:
; OBJ-V1-NEXT: r0 = 0x7
; OBJ-V1-NEXT: r2 &= 0x1
; OBJ-V1-NEXT: if r2 == 0x0 goto +0x2 <phi_of_32bit+0x28>
; OBJ-V1-NEXT: r1 += 0x1
; OBJ-V1-NEXT: r0 = r1
; OBJ-V1-NEXT: w0 = w0
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <phi_of_32bit>:
; OBJ-V3-NEXT: w0 = 0x7
; OBJ-V3-NEXT: w2 &= 0x1
; OBJ-V3-NEXT: if w2 == 0x0 goto +0x2 <phi_of_32bit+0x28>
; OBJ-V3-NEXT: w1 += 0x1
; OBJ-V3-NEXT: w0 = w1
; OBJ-V3-NEXT: exit

; V1-LABEL: swap_of_load:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = *(u16 *)(r1 + 0)
; V1-NEXT: r0 = be16 r0
; V1-NEXT: exit

; V3-LABEL: swap_of_load:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = *(u16 *)(r1 + 0)
; V3-NEXT: r0 = be16 r0
; V3-NEXT: w0 = w0
; V3-NEXT: exit

; OBJ-V1-LABEL: <swap_of_load>:
; OBJ-V1-NEXT: r0 = *(u16 *)(r1 + 0x0)
; OBJ-V1-NEXT: r0 = be16 r0
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <swap_of_load>:
; OBJ-V3-NEXT: w0 = *(u16 *)(r1 + 0x0)
; OBJ-V3-NEXT: r0 = be16 r0
; OBJ-V3-NEXT: w0 = w0
; OBJ-V3-NEXT: exit

; V1-LABEL: arg_and_call:
; V1-NEXT: # %bb.0:
; V1-NEXT: r6 = r1
; V1-NEXT: call ext
; V1-NEXT: r6 <<= 32
; V1-NEXT: r6 >>= 32
; V1-NEXT: r0 <<= 32
; V1-NEXT: r0 >>= 32
; V1-NEXT: r6 += r0
; V1-NEXT: r0 = r6
; V1-NEXT: exit

; V3-LABEL: arg_and_call:
; V3-NEXT: # %bb.0:
; V3-NEXT: w6 = w1
; V3-NEXT: call ext
; V3-NEXT: w5 = w6
; V3-NEXT: w0 = w0
; V3-NEXT: r5 += r0
; V3-NEXT: r0 = r5
; V3-NEXT: exit

; OBJ-V1-LABEL: <arg_and_call>:
; OBJ-V1-NEXT: r6 = r1
; OBJ-V1-NEXT: call -0x1
; OBJ-V1-NEXT: r6 <<= 0x20
; OBJ-V1-NEXT: r6 >>= 0x20
; OBJ-V1-NEXT: r0 <<= 0x20
; OBJ-V1-NEXT: r0 >>= 0x20
; OBJ-V1-NEXT: r6 += r0
; OBJ-V1-NEXT: r0 = r6
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <arg_and_call>:
; OBJ-V3-NEXT: w6 = w1
; OBJ-V3-NEXT: call -0x1
; OBJ-V3-NEXT: w5 = w6
; OBJ-V3-NEXT: w0 = w0
; OBJ-V3-NEXT: r5 += r0
; OBJ-V3-NEXT: r0 = r5
; OBJ-V3-NEXT: exit
