; 32-bit arithmetic. With cpu v3 and later (ALU32) it uses the w registers
; and the ALU class; on v1 and v2 it is done in 64-bit registers, with the
; upper half cleared ("w1 = w2") or sign-filled (shift pair; MOVSX on v4)
; only where the result needs it. Also the conversions between 32 and 64
; bits and the zero extensions the peephole drops.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V12
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ,OBJ-V12
; RUN: %corecc-llc -mcpu=v2 %s -o - | FileCheck %s --check-prefixes=CHECK,V12
; RUN: %corecc-llc -mcpu=v2 -filetype=obj %s -o %t.v2.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v2.o | FileCheck %s --check-prefixes=OBJ,OBJ-V12
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V3,V34
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ,OBJ-V3,OBJ-V34
; RUN: %corecc-llc -mcpu=v4 %s -o - | FileCheck %s --check-prefixes=CHECK,V34,V4
; RUN: %corecc-llc -mcpu=v4 -filetype=obj %s -o %t.v4.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v4.o | FileCheck %s --check-prefixes=OBJ,OBJ-V34,OBJ-V4

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i32 @add_rr(i32 %a, i32 %b) { %r = add i32 %a, %b  ret i32 %r }
define i32 @add_ri(i32 %a) { %r = add i32 %a, 7  ret i32 %r }
define i32 @sub_rr(i32 %a, i32 %b) { %r = sub i32 %a, %b  ret i32 %r }
define i32 @mul_ri(i32 %a) { %r = mul i32 %a, 1000  ret i32 %r }
define i32 @udiv_rr(i32 %a, i32 %b) { %r = udiv i32 %a, %b  ret i32 %r }
define i32 @urem_ri(i32 %a) { %r = urem i32 %a, 10  ret i32 %r }
define i32 @or_rr(i32 %a, i32 %b) { %r = or i32 %a, %b  ret i32 %r }
define i32 @and_ri(i32 %a) { %r = and i32 %a, -16  ret i32 %r }
define i32 @xor_ri(i32 %a) { %r = xor i32 %a, -1  ret i32 %r }
define i32 @shl_rr(i32 %a, i32 %b) { %r = shl i32 %a, %b  ret i32 %r }
define i32 @lshr_rr(i32 %a, i32 %b) { %r = lshr i32 %a, %b  ret i32 %r }
define i32 @lshr_ri(i32 %a) { %r = lshr i32 %a, 31  ret i32 %r }
define i32 @ashr_rr(i32 %a, i32 %b) { %r = ashr i32 %a, %b  ret i32 %r }
define i32 @ashr_ri(i32 %a) { %r = ashr i32 %a, 5  ret i32 %r }
define i32 @neg(i32 %a) { %r = sub i32 0, %a  ret i32 %r }
define i32 @imm() { ret i32 -1 }
define i64 @zext(i32 %a) { %r = zext i32 %a to i64  ret i64 %r }
define i64 @zext_of_add(i32 %a) { %s = add i32 %a, 1  %r = zext i32 %s to i64  ret i64 %r }
define i64 @zext_of_load(ptr %p) { %v = load i32, ptr %p  %r = zext i32 %v to i64  ret i64 %r }
define i64 @zext_of_phi(i64 %a, i64 %b) {
  %c = icmp ne i64 %a, %b
  %z = zext i1 %c to i64
  ret i64 %z
}
define i64 @sext(i32 %a) { %r = sext i32 %a to i64  ret i64 %r }
define i32 @trunc(i64 %a) { %r = trunc i64 %a to i32  ret i32 %r }
define i64 @sext8(i8 %a) { %r = sext i8 %a to i64  ret i64 %r }
define i32 @sext16_32(i16 %a) { %r = sext i16 %a to i32  ret i32 %r }
define i64 @zext16(i16 %a) { %r = zext i16 %a to i64  ret i64 %r }
define i64 @mix(i64 %a, i32 %b) {
  %t = trunc i64 %a to i32
  %s = mul i32 %t, %b
  %z = zext i32 %s to i64
  %r = add i64 %z, %a
  ret i64 %r
}

; V12-LABEL: add_rr:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 += r2
; V12-NEXT: exit

; V34-LABEL: add_rr:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 += w2
; V34-NEXT: exit

; OBJ-V12-LABEL: <add_rr>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 += r2
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <add_rr>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 += w2
; OBJ-V34-NEXT: exit

; V12-LABEL: add_ri:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 += 7
; V12-NEXT: exit

; V34-LABEL: add_ri:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 += 7
; V34-NEXT: exit

; OBJ-V12-LABEL: <add_ri>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 += 0x7
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <add_ri>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 += 0x7
; OBJ-V34-NEXT: exit

; V12-LABEL: sub_rr:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 -= r2
; V12-NEXT: exit

; V34-LABEL: sub_rr:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 -= w2
; V34-NEXT: exit

; OBJ-V12-LABEL: <sub_rr>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 -= r2
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <sub_rr>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 -= w2
; OBJ-V34-NEXT: exit

; V12-LABEL: mul_ri:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 *= 1000
; V12-NEXT: exit

; V34-LABEL: mul_ri:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 *= 1000
; V34-NEXT: exit

; OBJ-V12-LABEL: <mul_ri>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 *= 0x3e8
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <mul_ri>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 *= 0x3e8
; OBJ-V34-NEXT: exit

; V12-LABEL: udiv_rr:
; V12-NEXT: # %bb.0:
; V12-NEXT: w5 = w2
; V12-NEXT: w0 = w1
; V12-NEXT: r0 /= r5
; V12-NEXT: exit

; V34-LABEL: udiv_rr:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 /= w2
; V34-NEXT: exit

; OBJ-V12-LABEL: <udiv_rr>:
; OBJ-V12-NEXT: w5 = w2
; OBJ-V12-NEXT: w0 = w1
; OBJ-V12-NEXT: r0 /= r5
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <udiv_rr>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 /= w2
; OBJ-V34-NEXT: exit

; V12-LABEL: urem_ri:
; V12-NEXT: # %bb.0:
; V12-NEXT: w0 = w1
; V12-NEXT: r0 %= 10
; V12-NEXT: exit

; V34-LABEL: urem_ri:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 %= 10
; V34-NEXT: exit

; OBJ-V12-LABEL: <urem_ri>:
; OBJ-V12-NEXT: w0 = w1
; OBJ-V12-NEXT: r0 %= 0xa
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <urem_ri>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 %= 0xa
; OBJ-V34-NEXT: exit

; V12-LABEL: or_rr:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 |= r2
; V12-NEXT: exit

; V34-LABEL: or_rr:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 |= w2
; V34-NEXT: exit

; OBJ-V12-LABEL: <or_rr>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 |= r2
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <or_rr>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 |= w2
; OBJ-V34-NEXT: exit

; V12-LABEL: and_ri:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 &= -16
; V12-NEXT: exit

; V34-LABEL: and_ri:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 &= -16
; V34-NEXT: exit

; OBJ-V12-LABEL: <and_ri>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 &= -0x10
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <and_ri>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 &= -0x10
; OBJ-V34-NEXT: exit

; V12-LABEL: xor_ri:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 ^= -1
; V12-NEXT: exit

; V34-LABEL: xor_ri:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 ^= -1
; V34-NEXT: exit

; OBJ-V12-LABEL: <xor_ri>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 ^= -0x1
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <xor_ri>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 ^= -0x1
; OBJ-V34-NEXT: exit

; V12-LABEL: shl_rr:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: w5 = w2
; V12-NEXT: r0 <<= r5
; V12-NEXT: exit

; V34-LABEL: shl_rr:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 <<= w2
; V34-NEXT: exit

; OBJ-V12-LABEL: <shl_rr>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: w5 = w2
; OBJ-V12-NEXT: r0 <<= r5
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <shl_rr>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 <<= w2
; OBJ-V34-NEXT: exit

; V12-LABEL: lshr_rr:
; V12-NEXT: # %bb.0:
; V12-NEXT: w5 = w2
; V12-NEXT: w0 = w1
; V12-NEXT: r0 >>= r5
; V12-NEXT: exit

; V34-LABEL: lshr_rr:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 >>= w2
; V34-NEXT: exit

; OBJ-V12-LABEL: <lshr_rr>:
; OBJ-V12-NEXT: w5 = w2
; OBJ-V12-NEXT: w0 = w1
; OBJ-V12-NEXT: r0 >>= r5
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <lshr_rr>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 >>= w2
; OBJ-V34-NEXT: exit

; V12-LABEL: lshr_ri:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: w5 = -2147483648
; V12-NEXT: r0 &= r5
; V12-NEXT: r0 >>= 31
; V12-NEXT: exit

; V34-LABEL: lshr_ri:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 >>= 31
; V34-NEXT: exit

; OBJ-V12-LABEL: <lshr_ri>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: w5 = -0x80000000
; OBJ-V12-NEXT: r0 &= r5
; OBJ-V12-NEXT: r0 >>= 0x1f
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <lshr_ri>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 >>= 0x1f
; OBJ-V34-NEXT: exit

; V12-LABEL: ashr_rr:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: w5 = w2
; V12-NEXT: r0 <<= 32
; V12-NEXT: r0 s>>= 32
; V12-NEXT: r0 s>>= r5
; V12-NEXT: exit

; V34-LABEL: ashr_rr:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 s>>= w2
; V34-NEXT: exit

; OBJ-V12-LABEL: <ashr_rr>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: w5 = w2
; OBJ-V12-NEXT: r0 <<= 0x20
; OBJ-V12-NEXT: r0 s>>= 0x20
; OBJ-V12-NEXT: r0 s>>= r5
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <ashr_rr>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 s>>= w2
; OBJ-V34-NEXT: exit

; V12-LABEL: ashr_ri:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 <<= 32
; V12-NEXT: r0 s>>= 37
; V12-NEXT: exit

; V34-LABEL: ashr_ri:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 s>>= 5
; V34-NEXT: exit

; OBJ-V12-LABEL: <ashr_ri>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 <<= 0x20
; OBJ-V12-NEXT: r0 s>>= 0x25
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <ashr_ri>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 s>>= 0x5
; OBJ-V34-NEXT: exit

; V12-LABEL: neg:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 = -r0
; V12-NEXT: exit

; V34-LABEL: neg:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 = -w0
; V34-NEXT: exit

; OBJ-V12-LABEL: <neg>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 = -r0
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <neg>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 = -w0
; OBJ-V34-NEXT: exit

; CHECK-LABEL: imm:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: w0 = -1
; CHECK-NEXT: exit

; OBJ-LABEL: <imm>:
; OBJ-NEXT: w0 = -0x1
; OBJ-NEXT: exit

; CHECK-LABEL: zext:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: w0 = w1
; CHECK-NEXT: exit

; OBJ-LABEL: <zext>:
; OBJ-NEXT: w0 = w1
; OBJ-NEXT: exit

; V12-LABEL: zext_of_add:
; V12-NEXT: # %bb.0:
; V12-NEXT: r1 += 1
; V12-NEXT: w0 = w1
; V12-NEXT: exit

; V34-LABEL: zext_of_add:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 += 1
; V34-NEXT: exit

; OBJ-V12-LABEL: <zext_of_add>:
; OBJ-V12-NEXT: r1 += 0x1
; OBJ-V12-NEXT: w0 = w1
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <zext_of_add>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 += 0x1
; OBJ-V34-NEXT: exit

; CHECK-LABEL: zext_of_load:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = *(u32 *)(r1 + 0)
; CHECK-NEXT: exit

; OBJ-V12-LABEL: <zext_of_load>:
; OBJ-V12-NEXT: r0 = *(u32 *)(r1 + 0x0)
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <zext_of_load>:
; OBJ-V34-NEXT: w0 = *(u32 *)(r1 + 0x0)
; OBJ-V34-NEXT: exit

; V12-LABEL: zext_of_phi:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = 1
; V12-NEXT: if r1 != r2 goto .LBB19_2
; V12-NEXT: # %bb.1:
; V12-NEXT: r0 = 0
; V12-NEXT: .LBB19_2:
; V12-NEXT: exit

; V34-LABEL: zext_of_phi:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = 1
; V34-NEXT: if r1 != r2 goto .LBB19_2
; V34-NEXT: # %bb.1:
; V34-NEXT: w0 = 0
; V34-NEXT: .LBB19_2:
; V34-NEXT: exit

; OBJ-V12-LABEL: <zext_of_phi>:
; OBJ-V12-NEXT: r0 = 0x1
; OBJ-V12-NEXT: if r1 != r2 goto +0x1 <zext_of_phi+0x18>
; OBJ-V12-NEXT: r0 = 0x0
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <zext_of_phi>:
; OBJ-V34-NEXT: w0 = 0x1
; OBJ-V34-NEXT: if r1 != r2 goto +0x1 <zext_of_phi+0x18>
; OBJ-V34-NEXT: w0 = 0x0
; OBJ-V34-NEXT: exit

; V12-LABEL: sext:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 <<= 32
; V12-NEXT: r0 s>>= 32
; V12-NEXT: exit

; V3-LABEL: sext:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w1
; V3-NEXT: r0 <<= 32
; V3-NEXT: r0 s>>= 32
; V3-NEXT: exit

; V4-LABEL: sext:
; V4-NEXT: # %bb.0:
; V4-NEXT: # kill: def $w1 killed $w1 def $r1
; V4-NEXT: r0 = (s32)r1
; V4-NEXT: exit

; OBJ-V12-LABEL: <sext>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 <<= 0x20
; OBJ-V12-NEXT: r0 s>>= 0x20
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <sext>:
; OBJ-V3-NEXT: w0 = w1
; OBJ-V3-NEXT: r0 <<= 0x20
; OBJ-V3-NEXT: r0 s>>= 0x20
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sext>:
; OBJ-V4-NEXT: r0 = (s32)r1
; OBJ-V4-NEXT: exit

; V12-LABEL: trunc:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: exit

; V34-LABEL: trunc:
; V34-NEXT: # %bb.0:
; V34-NEXT: r0 = r1
; V34-NEXT: # kill: def $w0 killed $w0 killed $r0
; V34-NEXT: exit

; OBJ-LABEL: <trunc>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: exit

; V12-LABEL: sext8:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 <<= 56
; V12-NEXT: r0 s>>= 56
; V12-NEXT: exit

; V3-LABEL: sext8:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w1
; V3-NEXT: r0 <<= 56
; V3-NEXT: r0 s>>= 56
; V3-NEXT: exit

; V4-LABEL: sext8:
; V4-NEXT: # %bb.0:
; V4-NEXT: # kill: def $w1 killed $w1 def $r1
; V4-NEXT: r0 = (s8)r1
; V4-NEXT: exit

; OBJ-V12-LABEL: <sext8>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 <<= 0x38
; OBJ-V12-NEXT: r0 s>>= 0x38
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <sext8>:
; OBJ-V3-NEXT: w0 = w1
; OBJ-V3-NEXT: r0 <<= 0x38
; OBJ-V3-NEXT: r0 s>>= 0x38
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sext8>:
; OBJ-V4-NEXT: r0 = (s8)r1
; OBJ-V4-NEXT: exit

; V12-LABEL: sext16_32:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 <<= 48
; V12-NEXT: r0 s>>= 48
; V12-NEXT: exit

; V3-LABEL: sext16_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w1
; V3-NEXT: w0 <<= 16
; V3-NEXT: w0 s>>= 16
; V3-NEXT: exit

; V4-LABEL: sext16_32:
; V4-NEXT: # %bb.0:
; V4-NEXT: w0 = (s16)w1
; V4-NEXT: exit

; OBJ-V12-LABEL: <sext16_32>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 <<= 0x30
; OBJ-V12-NEXT: r0 s>>= 0x30
; OBJ-V12-NEXT: exit

; OBJ-V3-LABEL: <sext16_32>:
; OBJ-V3-NEXT: w0 = w1
; OBJ-V3-NEXT: w0 <<= 0x10
; OBJ-V3-NEXT: w0 s>>= 0x10
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sext16_32>:
; OBJ-V4-NEXT: w0 = (s16)w1
; OBJ-V4-NEXT: exit

; V12-LABEL: zext16:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 &= 65535
; V12-NEXT: exit

; V34-LABEL: zext16:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: r0 &= 65535
; V34-NEXT: exit

; OBJ-V12-LABEL: <zext16>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 &= 0xffff
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <zext16>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: r0 &= 0xffff
; OBJ-V34-NEXT: exit

; Without ALU32, a zero extension that is added to a register is a shift
; pair (CoreBPFMIPeephole.cpp: the verifier's view of it is clang-19's).
; V12-LABEL: mix:
; V12-NEXT: # %bb.0:
; V12-NEXT: r0 = r1
; V12-NEXT: r0 *= r2
; V12-NEXT: r0 <<= 32
; V12-NEXT: r0 >>= 32
; V12-NEXT: r0 += r1
; V12-NEXT: exit

; V34-LABEL: mix:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = w1
; V34-NEXT: w0 *= w2
; V34-NEXT: w0 = w0
; V34-NEXT: r0 += r1
; V34-NEXT: exit

; OBJ-V12-LABEL: <mix>:
; OBJ-V12-NEXT: r0 = r1
; OBJ-V12-NEXT: r0 *= r2
; OBJ-V12-NEXT: r0 <<= 0x20
; OBJ-V12-NEXT: r0 >>= 0x20
; OBJ-V12-NEXT: r0 += r1
; OBJ-V12-NEXT: exit

; OBJ-V34-LABEL: <mix>:
; OBJ-V34-NEXT: w0 = w1
; OBJ-V34-NEXT: w0 *= w2
; OBJ-V34-NEXT: w0 = w0
; OBJ-V34-NEXT: r0 += r1
; OBJ-V34-NEXT: exit
