; Raw little-endian encoding of one instruction of each kind: opcode byte,
; register byte (src << 4 | dst), 16-bit offset and 32-bit immediate in
; little-endian order; LD_IMM64's second slot carries the upper half. The
; decoded text next to the bytes comes from llvm-objdump, an independent
; decoder. bswap-be.ll has the big-endian layout.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ-V1
; RUN: %corecc-llc -mcpu=v4 %s -o - | FileCheck %s --check-prefixes=V4
; RUN: %corecc-llc -mcpu=v4 -filetype=obj %s -o %t.v4.o
; RUN: %objdump -d --no-leading-addr --mattr=+alu32 %t.v4.o | FileCheck %s --check-prefixes=OBJ-V4

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i64 @alu(i64 %a, i64 %b, i32 %c) {
  %1 = add i64 %a, -2
  %2 = mul i64 %1, %b
  %3 = sub i64 0, %2
  %t = trunc i64 %3 to i8
  %4 = sext i8 %t to i64
  %6 = udiv i32 %c, 3
  %7 = zext i32 %6 to i64
  %8 = add i64 %4, %7
  %9 = add i64 %8, 1311768467750121216
  ret i64 %9
}

define i32 @mem(ptr %p) {
  %q = getelementptr i8, ptr %p, i64 -8
  %v = load i16, ptr %q
  %s = sext i16 %v to i32
  store i32 -559038737, ptr %p
  %r = getelementptr i8, ptr %p, i64 300
  store i8 7, ptr %r
  ret i32 %s
}

define i32 @jumps(i32 %a, i64 %b) {
entry:
  %c1 = icmp slt i32 %a, -5
  br i1 %c1, label %one, label %next
next:
  %c2 = icmp ugt i64 %b, 1000
  br i1 %c2, label %two, label %three
one:
  ret i32 1
two:
  ret i32 2
three:
  ret i32 3
}

; V1-LABEL: alu:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: r0 += -2
; V1-NEXT: r0 *= r2
; V1-NEXT: r0 = -r0
; V1-NEXT: r0 <<= 56
; V1-NEXT: r0 s>>= 56
; V1-NEXT: w5 = w3
; V1-NEXT: r5 /= 3
; V1-NEXT: r0 += r5
; V1-NEXT: r5 = 1311768467750121216 ll
; V1-NEXT: r0 += r5
; V1-NEXT: exit

; V4-LABEL: alu:
; V4-NEXT: # %bb.0:
; V4-NEXT: w1 += -2
; V4-NEXT: w1 *= w2
; V4-NEXT: w1 = -w1
; V4-NEXT: r0 = (s8)r1
; V4-NEXT: w3 /= 3
; V4-NEXT: w5 = w3
; V4-NEXT: r0 += r5
; V4-NEXT: r5 = 1311768467750121216 ll
; V4-NEXT: r0 += r5
; V4-NEXT: exit

; OBJ-V1-LABEL: <alu>:
; OBJ-V1-NEXT: bf 10 00 00 00 00 00 00 r0 = r1
; OBJ-V1-NEXT: 07 00 00 00 fe ff ff ff r0 += -0x2
; OBJ-V1-NEXT: 2f 20 00 00 00 00 00 00 r0 *= r2
; OBJ-V1-NEXT: 87 00 00 00 00 00 00 00 r0 = -r0
; OBJ-V1-NEXT: 67 00 00 00 38 00 00 00 r0 <<= 0x38
; OBJ-V1-NEXT: c7 00 00 00 38 00 00 00 r0 s>>= 0x38
; OBJ-V1-NEXT: bc 35 00 00 00 00 00 00 w5 = w3
; OBJ-V1-NEXT: 37 05 00 00 03 00 00 00 r5 /= 0x3
; OBJ-V1-NEXT: 0f 50 00 00 00 00 00 00 r0 += r5
; OBJ-V1-NEXT: 18 05 00 00 00 ef cd ab 00 00 00 00 78 56 34 12 r5 = 0x12345678abcdef00 ll
; OBJ-V1-NEXT: 0f 50 00 00 00 00 00 00 r0 += r5
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V4-LABEL: <alu>:
; OBJ-V4-NEXT: 04 01 00 00 fe ff ff ff w1 += -0x2
; OBJ-V4-NEXT: 2c 21 00 00 00 00 00 00 w1 *= w2
; OBJ-V4-NEXT: 84 01 00 00 00 00 00 00 w1 = -w1
; OBJ-V4-NEXT: bf 10 08 00 00 00 00 00 r0 = (s8)r1
; OBJ-V4-NEXT: 34 03 00 00 03 00 00 00 w3 /= 0x3
; OBJ-V4-NEXT: bc 35 00 00 00 00 00 00 w5 = w3
; OBJ-V4-NEXT: 0f 50 00 00 00 00 00 00 r0 += r5
; OBJ-V4-NEXT: 18 05 00 00 00 ef cd ab 00 00 00 00 78 56 34 12 r5 = 0x12345678abcdef00 ll
; OBJ-V4-NEXT: 0f 50 00 00 00 00 00 00 r0 += r5
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: mem:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 7
; V1-NEXT: *(u8 *)(r1 + 300) = r0
; V1-NEXT: w0 = -559038737
; V1-NEXT: *(u32 *)(r1 + 0) = r0
; V1-NEXT: r0 = *(u16 *)(r1 - 8)
; V1-NEXT: r0 <<= 48
; V1-NEXT: r0 s>>= 48
; V1-NEXT: exit

; V4-LABEL: mem:
; V4-NEXT: # %bb.0:
; V4-NEXT: *(u8 *)(r1 + 300) = 7
; V4-NEXT: *(u32 *)(r1 + 0) = -559038737
; V4-NEXT: r0 = *(s16 *)(r1 - 8)
; V4-NEXT: # kill: def $w0 killed $w0 killed $r0
; V4-NEXT: exit

; OBJ-V1-LABEL: <mem>:
; OBJ-V1-NEXT: b7 00 00 00 07 00 00 00 r0 = 0x7
; OBJ-V1-NEXT: 73 01 2c 01 00 00 00 00 *(u8 *)(r1 + 0x12c) = r0
; OBJ-V1-NEXT: b4 00 00 00 ef be ad de w0 = -0x21524111
; OBJ-V1-NEXT: 63 01 00 00 00 00 00 00 *(u32 *)(r1 + 0x0) = r0
; OBJ-V1-NEXT: 69 10 f8 ff 00 00 00 00 r0 = *(u16 *)(r1 - 0x8)
; OBJ-V1-NEXT: 67 00 00 00 30 00 00 00 r0 <<= 0x30
; OBJ-V1-NEXT: c7 00 00 00 30 00 00 00 r0 s>>= 0x30
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V4-LABEL: <mem>:
; OBJ-V4-NEXT: 72 01 2c 01 07 00 00 00 *(u8 *)(r1 + 0x12c) = 0x7
; OBJ-V4-NEXT: 62 01 00 00 ef be ad de *(u32 *)(r1 + 0x0) = -0x21524111
; OBJ-V4-NEXT: 89 10 f8 ff 00 00 00 00 r0 = *(s16 *)(r1 - 0x8)
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: jumps:
; V1-NEXT: # %bb.0:
; V1-NEXT: r1 <<= 32
; V1-NEXT: r1 s>>= 32
; V1-NEXT: r0 = -5
; V1-NEXT: if r0 s> r1 goto .LBB2_4
; V1-NEXT: # %bb.1:
; V1-NEXT: if r2 > 1000 goto .LBB2_2
; V1-NEXT: goto .LBB2_3
; V1-NEXT: .LBB2_2:
; V1-NEXT: r0 = 2
; V1-NEXT: exit
; V1-NEXT: .LBB2_3:
; V1-NEXT: r0 = 3
; V1-NEXT: exit
; V1-NEXT: .LBB2_4:
; V1-NEXT: r0 = 1
; V1-NEXT: exit

; V4-LABEL: jumps:
; V4-NEXT: # %bb.0:
; V4-NEXT: if w1 s< -5 goto .LBB2_4
; V4-NEXT: # %bb.1:
; V4-NEXT: if r2 > 1000 goto .LBB2_2
; V4-NEXT: goto .LBB2_3
; V4-NEXT: .LBB2_2:
; V4-NEXT: w0 = 2
; V4-NEXT: exit
; V4-NEXT: .LBB2_3:
; V4-NEXT: w0 = 3
; V4-NEXT: exit
; V4-NEXT: .LBB2_4:
; V4-NEXT: w0 = 1
; V4-NEXT: exit

; OBJ-V1-LABEL: <jumps>:
; OBJ-V1-NEXT: 67 01 00 00 20 00 00 00 r1 <<= 0x20
; OBJ-V1-NEXT: c7 01 00 00 20 00 00 00 r1 s>>= 0x20
; OBJ-V1-NEXT: b7 00 00 00 fb ff ff ff r0 = -0x5
; OBJ-V1-NEXT: 6d 10 06 00 00 00 00 00 if r0 s> r1 goto +0x6 <jumps+0x50>
; OBJ-V1-NEXT: 25 02 01 00 e8 03 00 00 if r2 > 0x3e8 goto +0x1 <jumps+0x30>
; OBJ-V1-NEXT: 05 00 02 00 00 00 00 00 goto +0x2 <jumps+0x40>
; OBJ-V1-NEXT: b7 00 00 00 02 00 00 00 r0 = 0x2
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit
; OBJ-V1-NEXT: b7 00 00 00 03 00 00 00 r0 = 0x3
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit
; OBJ-V1-NEXT: b7 00 00 00 01 00 00 00 r0 = 0x1
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V4-LABEL: <jumps>:
; OBJ-V4-NEXT: c6 01 06 00 fb ff ff ff if w1 s< -0x5 goto +0x6 <jumps+0x38>
; OBJ-V4-NEXT: 25 02 01 00 e8 03 00 00 if r2 > 0x3e8 goto +0x1 <jumps+0x18>
; OBJ-V4-NEXT: 05 00 02 00 00 00 00 00 goto +0x2 <jumps+0x28>
; OBJ-V4-NEXT: b4 00 00 00 02 00 00 00 w0 = 0x2
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit
; OBJ-V4-NEXT: b4 00 00 00 03 00 00 00 w0 = 0x3
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit
; OBJ-V4-NEXT: b4 00 00 00 01 00 00 00 w0 = 0x1
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit
