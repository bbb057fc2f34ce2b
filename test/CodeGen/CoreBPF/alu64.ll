; 64-bit arithmetic (ALU64 class) with a register and with an immediate
; operand, negation, and constants that do and do not fit the 32-bit
; immediate field (LD_IMM64 for those that do not). The same on every cpu.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i64 @add_rr(i64 %a, i64 %b) { %r = add i64 %a, %b  ret i64 %r }
define i64 @add_ri(i64 %a) { %r = add i64 %a, 7  ret i64 %r }
define i64 @add_imax(i64 %a) { %r = add i64 %a, 2147483647  ret i64 %r }
define i64 @add_big(i64 %a) { %r = add i64 %a, 2147483648  ret i64 %r }
define i64 @sub_rr(i64 %a, i64 %b) { %r = sub i64 %a, %b  ret i64 %r }
define i64 @sub_ri(i64 %a) { %r = sub i64 %a, 7  ret i64 %r }
define i64 @mul_rr(i64 %a, i64 %b) { %r = mul i64 %a, %b  ret i64 %r }
define i64 @mul_ri(i64 %a) { %r = mul i64 %a, 1000  ret i64 %r }
define i64 @udiv_rr(i64 %a, i64 %b) { %r = udiv i64 %a, %b  ret i64 %r }
define i64 @udiv_ri(i64 %a) { %r = udiv i64 %a, 10  ret i64 %r }
define i64 @urem_rr(i64 %a, i64 %b) { %r = urem i64 %a, %b  ret i64 %r }
define i64 @urem_ri(i64 %a) { %r = urem i64 %a, 10  ret i64 %r }
define i64 @or_rr(i64 %a, i64 %b) { %r = or i64 %a, %b  ret i64 %r }
define i64 @or_ri(i64 %a) { %r = or i64 %a, 256  ret i64 %r }
define i64 @and_rr(i64 %a, i64 %b) { %r = and i64 %a, %b  ret i64 %r }
define i64 @and_ri(i64 %a) { %r = and i64 %a, -16  ret i64 %r }
define i64 @and_low32(i64 %a) { %r = and i64 %a, 4294967295  ret i64 %r }
define i64 @xor_rr(i64 %a, i64 %b) { %r = xor i64 %a, %b  ret i64 %r }
define i64 @xor_ri(i64 %a) { %r = xor i64 %a, -1  ret i64 %r }
define i64 @shl_rr(i64 %a, i64 %b) { %r = shl i64 %a, %b  ret i64 %r }
define i64 @shl_ri(i64 %a) { %r = shl i64 %a, 3  ret i64 %r }
define i64 @lshr_rr(i64 %a, i64 %b) { %r = lshr i64 %a, %b  ret i64 %r }
define i64 @lshr_ri(i64 %a) { %r = lshr i64 %a, 63  ret i64 %r }
define i64 @ashr_rr(i64 %a, i64 %b) { %r = ashr i64 %a, %b  ret i64 %r }
define i64 @ashr_ri(i64 %a) { %r = ashr i64 %a, 5  ret i64 %r }
define i64 @neg(i64 %a) { %r = sub i64 0, %a  ret i64 %r }
define i64 @imm_min32() { ret i64 -2147483648 }
define i64 @imm_u32max() { ret i64 4294967295 }
define i64 @imm64() { ret i64 81985529216486895 }

; CHECK-LABEL: add_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 += r2
; CHECK-NEXT: exit

; OBJ-LABEL: <add_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 += r2
; OBJ-NEXT: exit

; CHECK-LABEL: add_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 += 7
; CHECK-NEXT: exit

; OBJ-LABEL: <add_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 += 0x7
; OBJ-NEXT: exit

; CHECK-LABEL: add_imax:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 += 2147483647
; CHECK-NEXT: exit

; OBJ-LABEL: <add_imax>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 += 0x7fffffff
; OBJ-NEXT: exit

; CHECK-LABEL: add_big:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: w5 = -2147483648
; CHECK-NEXT: r0 += r5
; CHECK-NEXT: exit

; OBJ-LABEL: <add_big>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: w5 = -0x80000000
; OBJ-NEXT: r0 += r5
; OBJ-NEXT: exit

; CHECK-LABEL: sub_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 -= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <sub_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 -= r2
; OBJ-NEXT: exit

; CHECK-LABEL: sub_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 += -7
; CHECK-NEXT: exit

; OBJ-LABEL: <sub_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 += -0x7
; OBJ-NEXT: exit

; CHECK-LABEL: mul_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 *= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <mul_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 *= r2
; OBJ-NEXT: exit

; CHECK-LABEL: mul_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 *= 1000
; CHECK-NEXT: exit

; OBJ-LABEL: <mul_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 *= 0x3e8
; OBJ-NEXT: exit

; CHECK-LABEL: udiv_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 /= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <udiv_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 /= r2
; OBJ-NEXT: exit

; CHECK-LABEL: udiv_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 /= 10
; CHECK-NEXT: exit

; OBJ-LABEL: <udiv_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 /= 0xa
; OBJ-NEXT: exit

; CHECK-LABEL: urem_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 %= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <urem_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 %= r2
; OBJ-NEXT: exit

; CHECK-LABEL: urem_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 %= 10
; CHECK-NEXT: exit

; OBJ-LABEL: <urem_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 %= 0xa
; OBJ-NEXT: exit

; CHECK-LABEL: or_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 |= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <or_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 |= r2
; OBJ-NEXT: exit

; CHECK-LABEL: or_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 |= 256
; CHECK-NEXT: exit

; OBJ-LABEL: <or_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 |= 0x100
; OBJ-NEXT: exit

; CHECK-LABEL: and_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 &= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <and_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 &= r2
; OBJ-NEXT: exit

; CHECK-LABEL: and_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 &= -16
; CHECK-NEXT: exit

; OBJ-LABEL: <and_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 &= -0x10
; OBJ-NEXT: exit

; CHECK-LABEL: and_low32:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: w0 = w1
; CHECK-NEXT: exit

; OBJ-LABEL: <and_low32>:
; OBJ-NEXT: w0 = w1
; OBJ-NEXT: exit

; CHECK-LABEL: xor_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 ^= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <xor_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 ^= r2
; OBJ-NEXT: exit

; CHECK-LABEL: xor_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 ^= -1
; CHECK-NEXT: exit

; OBJ-LABEL: <xor_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 ^= -0x1
; OBJ-NEXT: exit

; CHECK-LABEL: shl_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 <<= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <shl_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 <<= r2
; OBJ-NEXT: exit

; CHECK-LABEL: shl_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 <<= 3
; CHECK-NEXT: exit

; OBJ-LABEL: <shl_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 <<= 0x3
; OBJ-NEXT: exit

; CHECK-LABEL: lshr_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 >>= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <lshr_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 >>= r2
; OBJ-NEXT: exit

; CHECK-LABEL: lshr_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 >>= 63
; CHECK-NEXT: exit

; OBJ-LABEL: <lshr_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 >>= 0x3f
; OBJ-NEXT: exit

; CHECK-LABEL: ashr_rr:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 s>>= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <ashr_rr>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 s>>= r2
; OBJ-NEXT: exit

; CHECK-LABEL: ashr_ri:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 s>>= 5
; CHECK-NEXT: exit

; OBJ-LABEL: <ashr_ri>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 s>>= 0x5
; OBJ-NEXT: exit

; CHECK-LABEL: neg:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 = -r0
; CHECK-NEXT: exit

; OBJ-LABEL: <neg>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 = -r0
; OBJ-NEXT: exit

; CHECK-LABEL: imm_min32:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = -2147483648
; CHECK-NEXT: exit

; OBJ-LABEL: <imm_min32>:
; OBJ-NEXT: r0 = -0x80000000
; OBJ-NEXT: exit

; CHECK-LABEL: imm_u32max:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: w0 = -1
; CHECK-NEXT: exit

; OBJ-LABEL: <imm_u32max>:
; OBJ-NEXT: w0 = -0x1
; OBJ-NEXT: exit

; CHECK-LABEL: imm64:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 81985529216486895 ll
; CHECK-NEXT: exit

; OBJ-LABEL: <imm64>:
; OBJ-NEXT: r0 = 0x123456789abcdef ll
; OBJ-NEXT: exit
