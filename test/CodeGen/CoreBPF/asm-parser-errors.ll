; Malformed inline assembly is an error from the assembler, with the
; statement and a caret, never a crash.
;
; RUN: not %corecc-llc -mcpu=v3 %s -o /dev/null 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define void @errors(i64 %a) {
  ; CHECK: error: <inline asm>:1:2: expected a number
  call void asm sideeffect "r0 += ", ""()
  ; CHECK: error: <inline asm>:1:2: expected a register
  call void asm sideeffect "frobnicate r1", ""()
  ; CHECK: error: <inline asm>:1:9: expected u8 .. u64 or s8 .. s32
  call void asm sideeffect "r0 = *(u128 *)(r1 + 0)", ""()
  ; CHECK: error: <inline asm>:1:2: cmpxchg compares with and returns in r0 (w0)
  call void asm sideeffect "r2 = cmpxchg_64(r1 + 0, r2, r3)", ""()
  ; CHECK: error: <inline asm>:1:8: both operands have the same width
  call void asm sideeffect "r1 += w2", ""()
  ; CHECK: error: <inline asm>:1:10: unexpected 'r3'
  call void asm sideeffect "r1 = r2 r3", ""()
  ; CHECK: error: <inline asm>:1:21: offset does not fit 16 bits
  call void asm sideeffect "r1 = *(u64 *)(r2 + 40000)", ""()
  ; CHECK: error: <inline asm>:1:7: immediate does not fit 32 bits (use 'll')
  call void asm sideeffect "r1 = 4294967296", ""()
  ret void
}
