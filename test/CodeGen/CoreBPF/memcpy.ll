; memcpy, memset and memmove of a constant size are expanded inline into
; loads and stores of the widest width the alignment allows (BPF has no
; library to call); memmove loads everything before storing.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ,OBJ-V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ,OBJ-V3

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"
define void @cpy16a8(ptr %d, ptr %s) { call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d, ptr align 8 %s, i64 16, i1 false) ret void }
define void @cpy7a1(ptr %d, ptr %s) { call void @llvm.memcpy.p0.p0.i64(ptr align 1 %d, ptr align 1 %s, i64 7, i1 false) ret void }
define void @cpy12a4(ptr %d, ptr %s) { call void @llvm.memcpy.p0.p0.i64(ptr align 4 %d, ptr align 4 %s, i64 12, i1 false) ret void }
define void @set24a8(ptr %d) { call void @llvm.memset.p0.i64(ptr align 8 %d, i8 0, i64 24, i1 false) ret void }
define void @set6a2(ptr %d, i8 %v) { call void @llvm.memset.p0.i64(ptr align 2 %d, i8 %v, i64 6, i1 false) ret void }
define void @move16a8(ptr %d, ptr %s) { call void @llvm.memmove.p0.p0.i64(ptr align 8 %d, ptr align 8 %s, i64 16, i1 false) ret void }
define void @cpy256a8(ptr %d, ptr %s) { call void @llvm.memcpy.p0.p0.i64(ptr align 8 %d, ptr align 8 %s, i64 256, i1 false) ret void }
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

; CHECK-LABEL: cpy16a8:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r5 = *(u64 *)(r2 + 8)
; CHECK-NEXT: *(u64 *)(r1 + 8) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 0)
; CHECK-NEXT: *(u64 *)(r1 + 0) = r5
; CHECK-NEXT: exit

; OBJ-LABEL: <cpy16a8>:
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x8)
; OBJ-NEXT: *(u64 *)(r1 + 0x8) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x0)
; OBJ-NEXT: *(u64 *)(r1 + 0x0) = r5
; OBJ-NEXT: exit

; V1-LABEL: cpy7a1:
; V1-NEXT: # %bb.0:
; V1-NEXT: r5 = *(u8 *)(r2 + 6)
; V1-NEXT: *(u8 *)(r1 + 6) = r5
; V1-NEXT: r5 = *(u8 *)(r2 + 5)
; V1-NEXT: *(u8 *)(r1 + 5) = r5
; V1-NEXT: r5 = *(u8 *)(r2 + 4)
; V1-NEXT: *(u8 *)(r1 + 4) = r5
; V1-NEXT: r5 = *(u8 *)(r2 + 3)
; V1-NEXT: *(u8 *)(r1 + 3) = r5
; V1-NEXT: r5 = *(u8 *)(r2 + 2)
; V1-NEXT: *(u8 *)(r1 + 2) = r5
; V1-NEXT: r5 = *(u8 *)(r2 + 1)
; V1-NEXT: *(u8 *)(r1 + 1) = r5
; V1-NEXT: r5 = *(u8 *)(r2 + 0)
; V1-NEXT: *(u8 *)(r1 + 0) = r5
; V1-NEXT: exit

; V3-LABEL: cpy7a1:
; V3-NEXT: # %bb.0:
; V3-NEXT: w5 = *(u8 *)(r2 + 6)
; V3-NEXT: *(u8 *)(r1 + 6) = w5
; V3-NEXT: w5 = *(u8 *)(r2 + 5)
; V3-NEXT: *(u8 *)(r1 + 5) = w5
; V3-NEXT: w5 = *(u8 *)(r2 + 4)
; V3-NEXT: *(u8 *)(r1 + 4) = w5
; V3-NEXT: w5 = *(u8 *)(r2 + 3)
; V3-NEXT: *(u8 *)(r1 + 3) = w5
; V3-NEXT: w5 = *(u8 *)(r2 + 2)
; V3-NEXT: *(u8 *)(r1 + 2) = w5
; V3-NEXT: w5 = *(u8 *)(r2 + 1)
; V3-NEXT: *(u8 *)(r1 + 1) = w5
; V3-NEXT: w5 = *(u8 *)(r2 + 0)
; V3-NEXT: *(u8 *)(r1 + 0) = w5
; V3-NEXT: exit

; OBJ-V1-LABEL: <cpy7a1>:
; OBJ-V1-NEXT: r5 = *(u8 *)(r2 + 0x6)
; OBJ-V1-NEXT: *(u8 *)(r1 + 0x6) = r5
; OBJ-V1-NEXT: r5 = *(u8 *)(r2 + 0x5)
; OBJ-V1-NEXT: *(u8 *)(r1 + 0x5) = r5
; OBJ-V1-NEXT: r5 = *(u8 *)(r2 + 0x4)
; OBJ-V1-NEXT: *(u8 *)(r1 + 0x4) = r5
; OBJ-V1-NEXT: r5 = *(u8 *)(r2 + 0x3)
; OBJ-V1-NEXT: *(u8 *)(r1 + 0x3) = r5
; OBJ-V1-NEXT: r5 = *(u8 *)(r2 + 0x2)
; OBJ-V1-NEXT: *(u8 *)(r1 + 0x2) = r5
; OBJ-V1-NEXT: r5 = *(u8 *)(r2 + 0x1)
; OBJ-V1-NEXT: *(u8 *)(r1 + 0x1) = r5
; OBJ-V1-NEXT: r5 = *(u8 *)(r2 + 0x0)
; OBJ-V1-NEXT: *(u8 *)(r1 + 0x0) = r5
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <cpy7a1>:
; OBJ-V3-NEXT: w5 = *(u8 *)(r2 + 0x6)
; OBJ-V3-NEXT: *(u8 *)(r1 + 0x6) = w5
; OBJ-V3-NEXT: w5 = *(u8 *)(r2 + 0x5)
; OBJ-V3-NEXT: *(u8 *)(r1 + 0x5) = w5
; OBJ-V3-NEXT: w5 = *(u8 *)(r2 + 0x4)
; OBJ-V3-NEXT: *(u8 *)(r1 + 0x4) = w5
; OBJ-V3-NEXT: w5 = *(u8 *)(r2 + 0x3)
; OBJ-V3-NEXT: *(u8 *)(r1 + 0x3) = w5
; OBJ-V3-NEXT: w5 = *(u8 *)(r2 + 0x2)
; OBJ-V3-NEXT: *(u8 *)(r1 + 0x2) = w5
; OBJ-V3-NEXT: w5 = *(u8 *)(r2 + 0x1)
; OBJ-V3-NEXT: *(u8 *)(r1 + 0x1) = w5
; OBJ-V3-NEXT: w5 = *(u8 *)(r2 + 0x0)
; OBJ-V3-NEXT: *(u8 *)(r1 + 0x0) = w5
; OBJ-V3-NEXT: exit

; V1-LABEL: cpy12a4:
; V1-NEXT: # %bb.0:
; V1-NEXT: r5 = *(u32 *)(r2 + 8)
; V1-NEXT: *(u32 *)(r1 + 8) = r5
; V1-NEXT: r5 = *(u32 *)(r2 + 4)
; V1-NEXT: *(u32 *)(r1 + 4) = r5
; V1-NEXT: r5 = *(u32 *)(r2 + 0)
; V1-NEXT: *(u32 *)(r1 + 0) = r5
; V1-NEXT: exit

; V3-LABEL: cpy12a4:
; V3-NEXT: # %bb.0:
; V3-NEXT: w5 = *(u32 *)(r2 + 8)
; V3-NEXT: *(u32 *)(r1 + 8) = w5
; V3-NEXT: w5 = *(u32 *)(r2 + 4)
; V3-NEXT: *(u32 *)(r1 + 4) = w5
; V3-NEXT: w5 = *(u32 *)(r2 + 0)
; V3-NEXT: *(u32 *)(r1 + 0) = w5
; V3-NEXT: exit

; OBJ-V1-LABEL: <cpy12a4>:
; OBJ-V1-NEXT: r5 = *(u32 *)(r2 + 0x8)
; OBJ-V1-NEXT: *(u32 *)(r1 + 0x8) = r5
; OBJ-V1-NEXT: r5 = *(u32 *)(r2 + 0x4)
; OBJ-V1-NEXT: *(u32 *)(r1 + 0x4) = r5
; OBJ-V1-NEXT: r5 = *(u32 *)(r2 + 0x0)
; OBJ-V1-NEXT: *(u32 *)(r1 + 0x0) = r5
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <cpy12a4>:
; OBJ-V3-NEXT: w5 = *(u32 *)(r2 + 0x8)
; OBJ-V3-NEXT: *(u32 *)(r1 + 0x8) = w5
; OBJ-V3-NEXT: w5 = *(u32 *)(r2 + 0x4)
; OBJ-V3-NEXT: *(u32 *)(r1 + 0x4) = w5
; OBJ-V3-NEXT: w5 = *(u32 *)(r2 + 0x0)
; OBJ-V3-NEXT: *(u32 *)(r1 + 0x0) = w5
; OBJ-V3-NEXT: exit

; CHECK-LABEL: set24a8:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r5 = 0
; CHECK-NEXT: *(u64 *)(r1 + 16) = r5
; CHECK-NEXT: *(u64 *)(r1 + 8) = r5
; CHECK-NEXT: *(u64 *)(r1 + 0) = r5
; CHECK-NEXT: exit

; OBJ-LABEL: <set24a8>:
; OBJ-NEXT: r5 = 0x0
; OBJ-NEXT: *(u64 *)(r1 + 0x10) = r5
; OBJ-NEXT: *(u64 *)(r1 + 0x8) = r5
; OBJ-NEXT: *(u64 *)(r1 + 0x0) = r5
; OBJ-NEXT: exit

; V1-LABEL: set6a2:
; V1-NEXT: # %bb.0:
; V1-NEXT: r2 &= 255
; V1-NEXT: r2 *= 257
; V1-NEXT: *(u16 *)(r1 + 4) = r2
; V1-NEXT: *(u16 *)(r1 + 2) = r2
; V1-NEXT: *(u16 *)(r1 + 0) = r2
; V1-NEXT: exit

; V3-LABEL: set6a2:
; V3-NEXT: # %bb.0:
; V3-NEXT: w2 &= 255
; V3-NEXT: w2 *= 257
; V3-NEXT: *(u16 *)(r1 + 4) = w2
; V3-NEXT: *(u16 *)(r1 + 2) = w2
; V3-NEXT: *(u16 *)(r1 + 0) = w2
; V3-NEXT: exit

; OBJ-V1-LABEL: <set6a2>:
; OBJ-V1-NEXT: r2 &= 0xff
; OBJ-V1-NEXT: r2 *= 0x101
; OBJ-V1-NEXT: *(u16 *)(r1 + 0x4) = r2
; OBJ-V1-NEXT: *(u16 *)(r1 + 0x2) = r2
; OBJ-V1-NEXT: *(u16 *)(r1 + 0x0) = r2
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <set6a2>:
; OBJ-V3-NEXT: w2 &= 0xff
; OBJ-V3-NEXT: w2 *= 0x101
; OBJ-V3-NEXT: *(u16 *)(r1 + 0x4) = w2
; OBJ-V3-NEXT: *(u16 *)(r1 + 0x2) = w2
; OBJ-V3-NEXT: *(u16 *)(r1 + 0x0) = w2
; OBJ-V3-NEXT: exit

; CHECK-LABEL: move16a8:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r5 = *(u64 *)(r2 + 0)
; CHECK-NEXT: r4 = *(u64 *)(r2 + 8)
; CHECK-NEXT: *(u64 *)(r1 + 8) = r4
; CHECK-NEXT: *(u64 *)(r1 + 0) = r5
; CHECK-NEXT: exit

; OBJ-LABEL: <move16a8>:
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x0)
; OBJ-NEXT: r4 = *(u64 *)(r2 + 0x8)
; OBJ-NEXT: *(u64 *)(r1 + 0x8) = r4
; OBJ-NEXT: *(u64 *)(r1 + 0x0) = r5
; OBJ-NEXT: exit

; CHECK-LABEL: cpy256a8:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r5 = *(u64 *)(r2 + 248)
; CHECK-NEXT: *(u64 *)(r1 + 248) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 240)
; CHECK-NEXT: *(u64 *)(r1 + 240) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 232)
; CHECK-NEXT: *(u64 *)(r1 + 232) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 224)
; CHECK-NEXT: *(u64 *)(r1 + 224) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 216)
; CHECK-NEXT: *(u64 *)(r1 + 216) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 208)
; CHECK-NEXT: *(u64 *)(r1 + 208) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 200)
; CHECK-NEXT: *(u64 *)(r1 + 200) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 192)
; CHECK-NEXT: *(u64 *)(r1 + 192) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 184)
; CHECK-NEXT: *(u64 *)(r1 + 184) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 176)
; CHECK-NEXT: *(u64 *)(r1 + 176) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 168)
; CHECK-NEXT: *(u64 *)(r1 + 168) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 160)
; CHECK-NEXT: *(u64 *)(r1 + 160) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 152)
; CHECK-NEXT: *(u64 *)(r1 + 152) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 144)
; CHECK-NEXT: *(u64 *)(r1 + 144) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 136)
; CHECK-NEXT: *(u64 *)(r1 + 136) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 128)
; CHECK-NEXT: *(u64 *)(r1 + 128) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 120)
; CHECK-NEXT: *(u64 *)(r1 + 120) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 112)
; CHECK-NEXT: *(u64 *)(r1 + 112) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 104)
; CHECK-NEXT: *(u64 *)(r1 + 104) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 96)
; CHECK-NEXT: *(u64 *)(r1 + 96) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 88)
; CHECK-NEXT: *(u64 *)(r1 + 88) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 80)
; CHECK-NEXT: *(u64 *)(r1 + 80) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 72)
; CHECK-NEXT: *(u64 *)(r1 + 72) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 64)
; CHECK-NEXT: *(u64 *)(r1 + 64) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 56)
; CHECK-NEXT: *(u64 *)(r1 + 56) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 48)
; CHECK-NEXT: *(u64 *)(r1 + 48) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 40)
; CHECK-NEXT: *(u64 *)(r1 + 40) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 32)
; CHECK-NEXT: *(u64 *)(r1 + 32) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 24)
; CHECK-NEXT: *(u64 *)(r1 + 24) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 16)
; CHECK-NEXT: *(u64 *)(r1 + 16) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 8)
; CHECK-NEXT: *(u64 *)(r1 + 8) = r5
; CHECK-NEXT: r5 = *(u64 *)(r2 + 0)
; CHECK-NEXT: *(u64 *)(r1 + 0) = r5
; CHECK-NEXT: exit

; OBJ-LABEL: <cpy256a8>:
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xf8)
; OBJ-NEXT: *(u64 *)(r1 + 0xf8) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xf0)
; OBJ-NEXT: *(u64 *)(r1 + 0xf0) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xe8)
; OBJ-NEXT: *(u64 *)(r1 + 0xe8) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xe0)
; OBJ-NEXT: *(u64 *)(r1 + 0xe0) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xd8)
; OBJ-NEXT: *(u64 *)(r1 + 0xd8) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xd0)
; OBJ-NEXT: *(u64 *)(r1 + 0xd0) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xc8)
; OBJ-NEXT: *(u64 *)(r1 + 0xc8) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xc0)
; OBJ-NEXT: *(u64 *)(r1 + 0xc0) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xb8)
; OBJ-NEXT: *(u64 *)(r1 + 0xb8) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xb0)
; OBJ-NEXT: *(u64 *)(r1 + 0xb0) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xa8)
; OBJ-NEXT: *(u64 *)(r1 + 0xa8) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0xa0)
; OBJ-NEXT: *(u64 *)(r1 + 0xa0) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x98)
; OBJ-NEXT: *(u64 *)(r1 + 0x98) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x90)
; OBJ-NEXT: *(u64 *)(r1 + 0x90) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x88)
; OBJ-NEXT: *(u64 *)(r1 + 0x88) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x80)
; OBJ-NEXT: *(u64 *)(r1 + 0x80) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x78)
; OBJ-NEXT: *(u64 *)(r1 + 0x78) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x70)
; OBJ-NEXT: *(u64 *)(r1 + 0x70) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x68)
; OBJ-NEXT: *(u64 *)(r1 + 0x68) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x60)
; OBJ-NEXT: *(u64 *)(r1 + 0x60) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x58)
; OBJ-NEXT: *(u64 *)(r1 + 0x58) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x50)
; OBJ-NEXT: *(u64 *)(r1 + 0x50) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x48)
; OBJ-NEXT: *(u64 *)(r1 + 0x48) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x40)
; OBJ-NEXT: *(u64 *)(r1 + 0x40) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x38)
; OBJ-NEXT: *(u64 *)(r1 + 0x38) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x30)
; OBJ-NEXT: *(u64 *)(r1 + 0x30) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x28)
; OBJ-NEXT: *(u64 *)(r1 + 0x28) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x20)
; OBJ-NEXT: *(u64 *)(r1 + 0x20) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x18)
; OBJ-NEXT: *(u64 *)(r1 + 0x18) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x10)
; OBJ-NEXT: *(u64 *)(r1 + 0x10) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x8)
; OBJ-NEXT: *(u64 *)(r1 + 0x8) = r5
; OBJ-NEXT: r5 = *(u64 *)(r2 + 0x0)
; OBJ-NEXT: *(u64 *)(r1 + 0x0) = r5
; OBJ-NEXT: exit
