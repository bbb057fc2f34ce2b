; Loads and stores of 1, 2, 4 and 8 bytes with the offset folded into the
; instruction (the verifier rejects context accesses through a modified
; pointer), offsets at the edges of the 16-bit field, sign-extending loads
; (MEMSX, cpu v4; a shift pair before), stores of immediates (BPF_ST, cpu
; v4 only: older verifiers tracked stack constants stored that way poorly).
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V1,V13
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ,OBJ-V1,OBJ-V13
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V13,V3,V34
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ,OBJ-V13,OBJ-V3,OBJ-V34
; RUN: %corecc-llc -mcpu=v4 %s -o - | FileCheck %s --check-prefixes=CHECK,V34,V4
; RUN: %corecc-llc -mcpu=v4 -filetype=obj %s -o %t.v4.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v4.o | FileCheck %s --check-prefixes=OBJ,OBJ-V34,OBJ-V4

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"
define i64 @ld8(ptr %p) { %v = load i8, ptr %p  %r = zext i8 %v to i64  ret i64 %r }
define i64 @ld16(ptr %p) { %q = getelementptr i8, ptr %p, i64 2 %v = load i16, ptr %q  %r = zext i16 %v to i64  ret i64 %r }
define i64 @ld32(ptr %p) { %q = getelementptr i8, ptr %p, i64 -4 %v = load i32, ptr %q  %r = zext i32 %v to i64  ret i64 %r }
define i64 @ld64(ptr %p) { %q = getelementptr i8, ptr %p, i64 32760 %v = load i64, ptr %q  ret i64 %v }
define i64 @ld64_far(ptr %p) { %q = getelementptr i8, ptr %p, i64 32768 %v = load i64, ptr %q  ret i64 %v }
define i64 @ld64_neg(ptr %p) { %q = getelementptr i8, ptr %p, i64 -32768 %v = load i64, ptr %q  ret i64 %v }
define i64 @sld8(ptr %p) { %v = load i8, ptr %p  %r = sext i8 %v to i64  ret i64 %r }
define i64 @sld16(ptr %p) { %v = load i16, ptr %p  %r = sext i16 %v to i64  ret i64 %r }
define i64 @sld32(ptr %p) { %v = load i32, ptr %p  %r = sext i32 %v to i64  ret i64 %r }
define i32 @sld8_32(ptr %p) { %v = load i8, ptr %p  %r = sext i8 %v to i32  ret i32 %r }
define i32 @ld8_32(ptr %p) { %v = load i8, ptr %p  %r = zext i8 %v to i32  ret i32 %r }
define i32 @ld32_32(ptr %p) { %v = load i32, ptr %p  ret i32 %v }
define void @st8(ptr %p, i8 %v) { store i8 %v, ptr %p  ret void }
define void @st16(ptr %p, i16 %v) { %q = getelementptr i8, ptr %p, i64 6 store i16 %v, ptr %q  ret void }
define void @st32(ptr %p, i32 %v) { store i32 %v, ptr %p  ret void }
define void @st64(ptr %p, i64 %v) { store i64 %v, ptr %p  ret void }
define void @sti8(ptr %p) { store i8 -1, ptr %p  ret void }
define void @sti16(ptr %p) { store i16 4660, ptr %p  ret void }
define void @sti32(ptr %p) { store i32 -7, ptr %p  ret void }
define void @sti64(ptr %p) { store i64 -7, ptr %p  ret void }
define void @sti64_big(ptr %p) { store i64 4294967296, ptr %p  ret void }
define i64 @vol(ptr %p) { %v = load volatile i32, ptr %p %r = zext i32 %v to i64 ret i64 %r }

; CHECK-LABEL: ld8:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = *(u8 *)(r1 + 0)
; CHECK-NEXT: exit

; OBJ-V1-LABEL: <ld8>:
; OBJ-V1-NEXT: r0 = *(u8 *)(r1 + 0x0)
; OBJ-V1-NEXT: exit

; OBJ-V34-LABEL: <ld8>:
; OBJ-V34-NEXT: w0 = *(u8 *)(r1 + 0x0)
; OBJ-V34-NEXT: exit

; CHECK-LABEL: ld16:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = *(u16 *)(r1 + 2)
; CHECK-NEXT: exit

; OBJ-V1-LABEL: <ld16>:
; OBJ-V1-NEXT: r0 = *(u16 *)(r1 + 0x2)
; OBJ-V1-NEXT: exit

; OBJ-V34-LABEL: <ld16>:
; OBJ-V34-NEXT: w0 = *(u16 *)(r1 + 0x2)
; OBJ-V34-NEXT: exit

; CHECK-LABEL: ld32:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = *(u32 *)(r1 - 4)
; CHECK-NEXT: exit

; OBJ-V1-LABEL: <ld32>:
; OBJ-V1-NEXT: r0 = *(u32 *)(r1 - 0x4)
; OBJ-V1-NEXT: exit

; OBJ-V34-LABEL: <ld32>:
; OBJ-V34-NEXT: w0 = *(u32 *)(r1 - 0x4)
; OBJ-V34-NEXT: exit

; CHECK-LABEL: ld64:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = *(u64 *)(r1 + 32760)
; CHECK-NEXT: exit

; OBJ-LABEL: <ld64>:
; OBJ-NEXT: r0 = *(u64 *)(r1 + 0x7ff8)
; OBJ-NEXT: exit

; CHECK-LABEL: ld64_far:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r1 += 32768
; CHECK-NEXT: r0 = *(u64 *)(r1 + 0)
; CHECK-NEXT: exit

; OBJ-LABEL: <ld64_far>:
; OBJ-NEXT: r1 += 0x8000
; OBJ-NEXT: r0 = *(u64 *)(r1 + 0x0)
; OBJ-NEXT: exit

; CHECK-LABEL: ld64_neg:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = *(u64 *)(r1 - 32768)
; CHECK-NEXT: exit

; OBJ-LABEL: <ld64_neg>:
; OBJ-NEXT: r0 = *(u64 *)(r1 - 0x8000)
; OBJ-NEXT: exit

; V13-LABEL: sld8:
; V13-NEXT: # %bb.0:
; V13-NEXT: r0 = *(u8 *)(r1 + 0)
; V13-NEXT: r0 <<= 56
; V13-NEXT: r0 s>>= 56
; V13-NEXT: exit

; V4-LABEL: sld8:
; V4-NEXT: # %bb.0:
; V4-NEXT: r0 = *(s8 *)(r1 + 0)
; V4-NEXT: exit

; OBJ-V1-LABEL: <sld8>:
; OBJ-V1-NEXT: r0 = *(u8 *)(r1 + 0x0)
; OBJ-V1-NEXT: r0 <<= 0x38
; OBJ-V1-NEXT: r0 s>>= 0x38
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sld8>:
; OBJ-V3-NEXT: w0 = *(u8 *)(r1 + 0x0)
; OBJ-V3-NEXT: r0 <<= 0x38
; OBJ-V3-NEXT: r0 s>>= 0x38
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sld8>:
; OBJ-V4-NEXT: r0 = *(s8 *)(r1 + 0x0)
; OBJ-V4-NEXT: exit

; V13-LABEL: sld16:
; V13-NEXT: # %bb.0:
; V13-NEXT: r0 = *(u16 *)(r1 + 0)
; V13-NEXT: r0 <<= 48
; V13-NEXT: r0 s>>= 48
; V13-NEXT: exit

; V4-LABEL: sld16:
; V4-NEXT: # %bb.0:
; V4-NEXT: r0 = *(s16 *)(r1 + 0)
; V4-NEXT: exit

; OBJ-V1-LABEL: <sld16>:
; OBJ-V1-NEXT: r0 = *(u16 *)(r1 + 0x0)
; OBJ-V1-NEXT: r0 <<= 0x30
; OBJ-V1-NEXT: r0 s>>= 0x30
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sld16>:
; OBJ-V3-NEXT: w0 = *(u16 *)(r1 + 0x0)
; OBJ-V3-NEXT: r0 <<= 0x30
; OBJ-V3-NEXT: r0 s>>= 0x30
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sld16>:
; OBJ-V4-NEXT: r0 = *(s16 *)(r1 + 0x0)
; OBJ-V4-NEXT: exit

; V13-LABEL: sld32:
; V13-NEXT: # %bb.0:
; V13-NEXT: r0 = *(u32 *)(r1 + 0)
; V13-NEXT: r0 <<= 32
; V13-NEXT: r0 s>>= 32
; V13-NEXT: exit

; V4-LABEL: sld32:
; V4-NEXT: # %bb.0:
; V4-NEXT: r0 = *(s32 *)(r1 + 0)
; V4-NEXT: exit

; OBJ-V1-LABEL: <sld32>:
; OBJ-V1-NEXT: r0 = *(u32 *)(r1 + 0x0)
; OBJ-V1-NEXT: r0 <<= 0x20
; OBJ-V1-NEXT: r0 s>>= 0x20
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sld32>:
; OBJ-V3-NEXT: w0 = *(u32 *)(r1 + 0x0)
; OBJ-V3-NEXT: r0 <<= 0x20
; OBJ-V3-NEXT: r0 s>>= 0x20
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sld32>:
; OBJ-V4-NEXT: r0 = *(s32 *)(r1 + 0x0)
; OBJ-V4-NEXT: exit

; V1-LABEL: sld8_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = *(u8 *)(r1 + 0)
; V1-NEXT: r0 <<= 56
; V1-NEXT: r0 s>>= 56
; V1-NEXT: exit

; V3-LABEL: sld8_32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = *(u8 *)(r1 + 0)
; V3-NEXT: w0 <<= 24
; V3-NEXT: w0 s>>= 24
; V3-NEXT: exit

; V4-LABEL: sld8_32:
; V4-NEXT: # %bb.0:
; V4-NEXT: r0 = *(s8 *)(r1 + 0)
; V4-NEXT: # kill: def $w0 killed $w0 killed $r0
; V4-NEXT: exit

; OBJ-V1-LABEL: <sld8_32>:
; OBJ-V1-NEXT: r0 = *(u8 *)(r1 + 0x0)
; OBJ-V1-NEXT: r0 <<= 0x38
; OBJ-V1-NEXT: r0 s>>= 0x38
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sld8_32>:
; OBJ-V3-NEXT: w0 = *(u8 *)(r1 + 0x0)
; OBJ-V3-NEXT: w0 <<= 0x18
; OBJ-V3-NEXT: w0 s>>= 0x18
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sld8_32>:
; OBJ-V4-NEXT: r0 = *(s8 *)(r1 + 0x0)
; OBJ-V4-NEXT: exit

; V1-LABEL: ld8_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = *(u8 *)(r1 + 0)
; V1-NEXT: exit

; V34-LABEL: ld8_32:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = *(u8 *)(r1 + 0)
; V34-NEXT: exit

; OBJ-V1-LABEL: <ld8_32>:
; OBJ-V1-NEXT: r0 = *(u8 *)(r1 + 0x0)
; OBJ-V1-NEXT: exit

; OBJ-V34-LABEL: <ld8_32>:
; OBJ-V34-NEXT: w0 = *(u8 *)(r1 + 0x0)
; OBJ-V34-NEXT: exit

; V1-LABEL: ld32_32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = *(u32 *)(r1 + 0)
; V1-NEXT: exit

; V34-LABEL: ld32_32:
; V34-NEXT: # %bb.0:
; V34-NEXT: w0 = *(u32 *)(r1 + 0)
; V34-NEXT: exit

; OBJ-V1-LABEL: <ld32_32>:
; OBJ-V1-NEXT: r0 = *(u32 *)(r1 + 0x0)
; OBJ-V1-NEXT: exit

; OBJ-V34-LABEL: <ld32_32>:
; OBJ-V34-NEXT: w0 = *(u32 *)(r1 + 0x0)
; OBJ-V34-NEXT: exit

; V1-LABEL: st8:
; V1-NEXT: # %bb.0:
; V1-NEXT: *(u8 *)(r1 + 0) = r2
; V1-NEXT: exit

; V34-LABEL: st8:
; V34-NEXT: # %bb.0:
; V34-NEXT: *(u8 *)(r1 + 0) = w2
; V34-NEXT: exit

; OBJ-V1-LABEL: <st8>:
; OBJ-V1-NEXT: *(u8 *)(r1 + 0x0) = r2
; OBJ-V1-NEXT: exit

; OBJ-V34-LABEL: <st8>:
; OBJ-V34-NEXT: *(u8 *)(r1 + 0x0) = w2
; OBJ-V34-NEXT: exit

; V1-LABEL: st16:
; V1-NEXT: # %bb.0:
; V1-NEXT: *(u16 *)(r1 + 6) = r2
; V1-NEXT: exit

; V34-LABEL: st16:
; V34-NEXT: # %bb.0:
; V34-NEXT: *(u16 *)(r1 + 6) = w2
; V34-NEXT: exit

; OBJ-V1-LABEL: <st16>:
; OBJ-V1-NEXT: *(u16 *)(r1 + 0x6) = r2
; OBJ-V1-NEXT: exit

; OBJ-V34-LABEL: <st16>:
; OBJ-V34-NEXT: *(u16 *)(r1 + 0x6) = w2
; OBJ-V34-NEXT: exit

; V1-LABEL: st32:
; V1-NEXT: # %bb.0:
; V1-NEXT: *(u32 *)(r1 + 0) = r2
; V1-NEXT: exit

; V34-LABEL: st32:
; V34-NEXT: # %bb.0:
; V34-NEXT: *(u32 *)(r1 + 0) = w2
; V34-NEXT: exit

; OBJ-V1-LABEL: <st32>:
; OBJ-V1-NEXT: *(u32 *)(r1 + 0x0) = r2
; OBJ-V1-NEXT: exit

; OBJ-V34-LABEL: <st32>:
; OBJ-V34-NEXT: *(u32 *)(r1 + 0x0) = w2
; OBJ-V34-NEXT: exit

; CHECK-LABEL: st64:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: *(u64 *)(r1 + 0) = r2
; CHECK-NEXT: exit

; OBJ-LABEL: <st64>:
; OBJ-NEXT: *(u64 *)(r1 + 0x0) = r2
; OBJ-NEXT: exit

; V1-LABEL: sti8:
; V1-NEXT: # %bb.0:
; V1-NEXT: r5 = 255
; V1-NEXT: *(u8 *)(r1 + 0) = r5
; V1-NEXT: exit

; V3-LABEL: sti8:
; V3-NEXT: # %bb.0:
; V3-NEXT: w5 = 255
; V3-NEXT: *(u8 *)(r1 + 0) = w5
; V3-NEXT: exit

; V4-LABEL: sti8:
; V4-NEXT: # %bb.0:
; V4-NEXT: *(u8 *)(r1 + 0) = 255
; V4-NEXT: exit

; OBJ-V1-LABEL: <sti8>:
; OBJ-V1-NEXT: r5 = 0xff
; OBJ-V1-NEXT: *(u8 *)(r1 + 0x0) = r5
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sti8>:
; OBJ-V3-NEXT: w5 = 0xff
; OBJ-V3-NEXT: *(u8 *)(r1 + 0x0) = w5
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sti8>:
; OBJ-V4-NEXT: *(u8 *)(r1 + 0x0) = 0xff
; OBJ-V4-NEXT: exit

; V1-LABEL: sti16:
; V1-NEXT: # %bb.0:
; V1-NEXT: r5 = 4660
; V1-NEXT: *(u16 *)(r1 + 0) = r5
; V1-NEXT: exit

; V3-LABEL: sti16:
; V3-NEXT: # %bb.0:
; V3-NEXT: w5 = 4660
; V3-NEXT: *(u16 *)(r1 + 0) = w5
; V3-NEXT: exit

; V4-LABEL: sti16:
; V4-NEXT: # %bb.0:
; V4-NEXT: *(u16 *)(r1 + 0) = 4660
; V4-NEXT: exit

; OBJ-V1-LABEL: <sti16>:
; OBJ-V1-NEXT: r5 = 0x1234
; OBJ-V1-NEXT: *(u16 *)(r1 + 0x0) = r5
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sti16>:
; OBJ-V3-NEXT: w5 = 0x1234
; OBJ-V3-NEXT: *(u16 *)(r1 + 0x0) = w5
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sti16>:
; OBJ-V4-NEXT: *(u16 *)(r1 + 0x0) = 0x1234
; OBJ-V4-NEXT: exit

; V1-LABEL: sti32:
; V1-NEXT: # %bb.0:
; V1-NEXT: w5 = -7
; V1-NEXT: *(u32 *)(r1 + 0) = r5
; V1-NEXT: exit

; V3-LABEL: sti32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w5 = -7
; V3-NEXT: *(u32 *)(r1 + 0) = w5
; V3-NEXT: exit

; V4-LABEL: sti32:
; V4-NEXT: # %bb.0:
; V4-NEXT: *(u32 *)(r1 + 0) = -7
; V4-NEXT: exit

; OBJ-V1-LABEL: <sti32>:
; OBJ-V1-NEXT: w5 = -0x7
; OBJ-V1-NEXT: *(u32 *)(r1 + 0x0) = r5
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sti32>:
; OBJ-V3-NEXT: w5 = -0x7
; OBJ-V3-NEXT: *(u32 *)(r1 + 0x0) = w5
; OBJ-V3-NEXT: exit

; OBJ-V4-LABEL: <sti32>:
; OBJ-V4-NEXT: *(u32 *)(r1 + 0x0) = -0x7
; OBJ-V4-NEXT: exit

; V13-LABEL: sti64:
; V13-NEXT: # %bb.0:
; V13-NEXT: r5 = -7
; V13-NEXT: *(u64 *)(r1 + 0) = r5
; V13-NEXT: exit

; V4-LABEL: sti64:
; V4-NEXT: # %bb.0:
; V4-NEXT: *(u64 *)(r1 + 0) = -7
; V4-NEXT: exit

; OBJ-V13-LABEL: <sti64>:
; OBJ-V13-NEXT: r5 = -0x7
; OBJ-V13-NEXT: *(u64 *)(r1 + 0x0) = r5
; OBJ-V13-NEXT: exit

; OBJ-V4-LABEL: <sti64>:
; OBJ-V4-NEXT: *(u64 *)(r1 + 0x0) = -0x7
; OBJ-V4-NEXT: exit

; CHECK-LABEL: sti64_big:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r5 = 4294967296 ll
; CHECK-NEXT: *(u64 *)(r1 + 0) = r5
; CHECK-NEXT: exit

; OBJ-LABEL: <sti64_big>:
; OBJ-NEXT: r5 = 0x100000000 ll
; OBJ-NEXT: *(u64 *)(r1 + 0x0) = r5
; OBJ-NEXT: exit

; CHECK-LABEL: vol:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = *(u32 *)(r1 + 0)
; CHECK-NEXT: exit

; OBJ-V1-LABEL: <vol>:
; OBJ-V1-NEXT: r0 = *(u32 *)(r1 + 0x0)
; OBJ-V1-NEXT: exit

; OBJ-V34-LABEL: <vol>:
; OBJ-V34-NEXT: w0 = *(u32 *)(r1 + 0x0)
; OBJ-V34-NEXT: exit
