; Inline assembly without instructions: "+r" value barriers (the value is
; forced into a register of its width, w with ALU32) and memory clobbers.
; Assembly with instructions is an error (errors-misc.c).
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ,OBJ-V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ,OBJ-V3

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i64 @barrier64(i64 %x) {
  %y = call i64 asm sideeffect "", "=r,0"(i64 %x)
  %r = mul i64 %y, 3
  ret i64 %r
}

define i32 @barrier32(i32 %x) {
  %y = call i32 asm sideeffect "", "=r,0"(i32 %x)
  %r = add i32 %y, 1
  ret i32 %r
}

define i8 @barrier8(i8 %x) {
  %y = call i8 asm sideeffect "", "=r,0"(i8 %x)
  ret i8 %y
}

define void @memory(ptr %p) {
  store i32 1, ptr %p
  call void asm sideeffect "", "~{memory}"()
  store i32 2, ptr %p
  ret void
}

; CHECK-LABEL: barrier64:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: #APP
; CHECK-NEXT: #NO_APP
; CHECK-NEXT: r0 *= 3
; CHECK-NEXT: exit

; OBJ-LABEL: <barrier64>:
; OBJ-NEXT: r0 = r1
; OBJ-NEXT: r0 *= 0x3
; OBJ-NEXT: exit

; V1-LABEL: barrier32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: #APP
; V1-NEXT: #NO_APP
; V1-NEXT: r0 += 1
; V1-NEXT: exit

; V3-LABEL: barrier32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w1
; V3-NEXT: #APP
; V3-NEXT: #NO_APP
; V3-NEXT: w0 += 1
; V3-NEXT: # kill: def $w0 killed $w0 killed $r0
; V3-NEXT: exit

; OBJ-V1-LABEL: <barrier32>:
; OBJ-V1-NEXT: r0 = r1
; OBJ-V1-NEXT: r0 += 0x1
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <barrier32>:
; OBJ-V3-NEXT: w0 = w1
; OBJ-V3-NEXT: w0 += 0x1
; OBJ-V3-NEXT: exit

; V1-LABEL: barrier8:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: #APP
; V1-NEXT: #NO_APP
; V1-NEXT: exit

; V3-LABEL: barrier8:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w1
; V3-NEXT: #APP
; V3-NEXT: #NO_APP
; V3-NEXT: # kill: def $w0 killed $w0 killed $r0
; V3-NEXT: exit

; OBJ-V1-LABEL: <barrier8>:
; OBJ-V1-NEXT: r0 = r1
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <barrier8>:
; OBJ-V3-NEXT: w0 = w1
; OBJ-V3-NEXT: exit

; V1-LABEL: memory:
; V1-NEXT: # %bb.0:
; V1-NEXT: r5 = 1
; V1-NEXT: *(u32 *)(r1 + 0) = r5
; V1-NEXT: #APP
; V1-NEXT: #NO_APP
; V1-NEXT: r5 = 2
; V1-NEXT: *(u32 *)(r1 + 0) = r5
; V1-NEXT: exit

; V3-LABEL: memory:
; V3-NEXT: # %bb.0:
; V3-NEXT: w5 = 1
; V3-NEXT: *(u32 *)(r1 + 0) = w5
; V3-NEXT: #APP
; V3-NEXT: #NO_APP
; V3-NEXT: w5 = 2
; V3-NEXT: *(u32 *)(r1 + 0) = w5
; V3-NEXT: exit

; OBJ-V1-LABEL: <memory>:
; OBJ-V1-NEXT: r5 = 0x1
; OBJ-V1-NEXT: *(u32 *)(r1 + 0x0) = r5
; OBJ-V1-NEXT: r5 = 0x2
; OBJ-V1-NEXT: *(u32 *)(r1 + 0x0) = r5
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <memory>:
; OBJ-V3-NEXT: w5 = 0x1
; OBJ-V3-NEXT: *(u32 *)(r1 + 0x0) = w5
; OBJ-V3-NEXT: w5 = 0x2
; OBJ-V3-NEXT: *(u32 *)(r1 + 0x0) = w5
; OBJ-V3-NEXT: exit
