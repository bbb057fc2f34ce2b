; Malformed inline assembly is an error from the assembler (TableGen's
; matcher, CoreBPFAsmParser.cpp), with the statement and a caret at the
; operand that does not fit, never a crash.
;
; RUN: not %corecc-llc -mcpu=v3 %s -o /dev/null 2>&1 | FileCheck %s --implicit-check-not="Stack dump"

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define void @errors(i64 %a) {
  ; CHECK: error: <inline asm>:1:7: the statement ends early: an operand is missing
  call void asm sideeffect "r0 += ", ""()
  ; CHECK: error: <inline asm>:1:2: unknown instruction 'frobnicate'
  call void asm sideeffect "frobnicate r1", ""()
  ; CHECK: error: <inline asm>:1:9: unexpected 'u128'
  call void asm sideeffect "r0 = *(u128 *)(r1 + 0)", ""()
  ; CHECK: error: <inline asm>:1:2: cmpxchg compares with and returns in r0 (w0)
  call void asm sideeffect "r2 = cmpxchg_64(r1 + 0, r2, r3)", ""()
  ; CHECK: error: <inline asm>:1:8: both operands have the same width
  call void asm sideeffect "r1 += w2", ""()
  ; CHECK: error: <inline asm>:1:7: both operands have the same width
  call void asm sideeffect "r6 = w7", ""()
  ; CHECK: error: <inline asm>:1:10: unexpected register 'r3'
  call void asm sideeffect "r1 = r2 r3", ""()
  ; CHECK: error: <inline asm>:1:19: offset does not fit 16 bits
  call void asm sideeffect "r1 = *(u64 *)(r2 + 40000)", ""()
  ; CHECK: error: <inline asm>:1:7: immediate does not fit 32 bits (use 'll' for a 64-bit immediate)
  call void asm sideeffect "r1 = 4294967296", ""()
  ; CHECK: error: <inline asm>:1:10: immediate does not fit 32 bits
  call void asm sideeffect "if r1 > 0x100000000 goto +1", ""()
  ; CHECK: error: <inline asm>:1:12: this instruction works in place: the operand must be the destination register
  call void asm sideeffect "r1 = be16 r2", ""()
  ; CHECK: error: <inline asm>:1:8: this instruction works in place
  call void asm sideeffect "r1 = -r2", ""()
  ; CHECK: error: <inline asm>:1:41: this instruction works in place
  call void asm sideeffect "r2 = atomic_fetch_add((u64 *)(r1 + 8), r3)", ""()
  ; CHECK: error: <inline asm>:1:30: address spaces are 16-bit numbers
  call void asm sideeffect "r1 = addr_space_cast(r2, 1, 65536)", ""()
  ; CHECK: error: <inline asm>:1:2: legacy packet loads write r0
  call void asm sideeffect "r1 = *(u8 *)skb[4]", ""()
  ; CHECK: error: <inline asm>:1:18: unexpected ')'
  call void asm sideeffect "r1 = *(u32 *)(r2)", ""()
  ; CHECK: error: <inline asm>:1:29: unknown token in expression
  call void asm sideeffect "r1 = addr_space_cast(r2, 1,)", ""()
  ret void
}
