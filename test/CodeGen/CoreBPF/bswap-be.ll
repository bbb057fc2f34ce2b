; Byte swaps on a big-endian target (bpfeb): "le16/32/64" swaps before cpu
; v4, "bswap16/32/64" from v4 on. See bswap.ll. The raw bytes
; of the object check the big-endian encoding: register nibbles dst:src,
; offset and immediate most significant byte first.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=V1,V13
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ-V1,OBJ-V13
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=V13,V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ-V13,OBJ-V3
; RUN: %corecc-llc -mcpu=v4 %s -o - | FileCheck %s --check-prefixes=V4
; RUN: %corecc-llc -mcpu=v4 -filetype=obj %s -o %t.v4.o
; RUN: %objdump -d --no-leading-addr --mattr=+alu32 %t.v4.o | FileCheck %s --check-prefixes=OBJ-V4

target datalayout = "E-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfeb"
define i64 @bs64(i64 %a) { %r = call i64 @llvm.bswap.i64(i64 %a) ret i64 %r }
define i32 @bs32(i32 %a) { %r = call i32 @llvm.bswap.i32(i32 %a) ret i32 %r }
define i16 @bs16(i16 %a) { %r = call i16 @llvm.bswap.i16(i16 %a) ret i16 %r }
define i64 @bs16z(i16 %a) { %r = call i16 @llvm.bswap.i16(i16 %a) %z = zext i16 %r to i64 ret i64 %z }
define i64 @bs32z(i32 %a) { %r = call i32 @llvm.bswap.i32(i32 %a) %z = zext i32 %r to i64 ret i64 %z }
define i64 @ld_bs16(ptr %p) { %v = load i16, ptr %p %r = call i16 @llvm.bswap.i16(i16 %v) %z = zext i16 %r to i64 ret i64 %z }
declare i64 @llvm.bswap.i64(i64)
declare i32 @llvm.bswap.i32(i32)
declare i16 @llvm.bswap.i16(i16)

; V13-LABEL: bs64:
; V13-NEXT: # %bb.0:
; V13-NEXT: r0 = r1
; V13-NEXT: r0 = le64 r0
; V13-NEXT: exit

; V4-LABEL: bs64:
; V4-NEXT: # %bb.0:
; V4-NEXT: r0 = r1
; V4-NEXT: r0 = bswap64 r0
; V4-NEXT: exit

; OBJ-V13-LABEL: <bs64>:
; OBJ-V13-NEXT: bf 01 00 00 00 00 00 00 r0 = r1
; OBJ-V13-NEXT: d4 00 00 00 00 00 00 40 r0 = le64 r0
; OBJ-V13-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V4-LABEL: <bs64>:
; OBJ-V4-NEXT: bf 01 00 00 00 00 00 00 r0 = r1
; OBJ-V4-NEXT: d7 00 00 00 00 00 00 40 r0 = bswap64 r0
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: bs32:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: r0 = le32 r0
; V1-NEXT: exit

; V3-LABEL: bs32:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w1
; V3-NEXT: r0 = le32 r0
; V3-NEXT: # kill: def $w0 killed $w0 killed $r0
; V3-NEXT: exit

; V4-LABEL: bs32:
; V4-NEXT: # %bb.0:
; V4-NEXT: w0 = w1
; V4-NEXT: r0 = bswap32 r0
; V4-NEXT: # kill: def $w0 killed $w0 killed $r0
; V4-NEXT: exit

; OBJ-V1-LABEL: <bs32>:
; OBJ-V1-NEXT: bf 01 00 00 00 00 00 00 r0 = r1
; OBJ-V1-NEXT: d4 00 00 00 00 00 00 20 r0 = le32 r0
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V3-LABEL: <bs32>:
; OBJ-V3-NEXT: bc 01 00 00 00 00 00 00 w0 = w1
; OBJ-V3-NEXT: d4 00 00 00 00 00 00 20 r0 = le32 r0
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V4-LABEL: <bs32>:
; OBJ-V4-NEXT: bc 01 00 00 00 00 00 00 w0 = w1
; OBJ-V4-NEXT: d7 00 00 00 00 00 00 20 r0 = bswap32 r0
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: bs16:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: r0 = le16 r0
; V1-NEXT: exit

; V3-LABEL: bs16:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w1
; V3-NEXT: r0 = le16 r0
; V3-NEXT: # kill: def $w0 killed $w0 killed $r0
; V3-NEXT: exit

; V4-LABEL: bs16:
; V4-NEXT: # %bb.0:
; V4-NEXT: w0 = w1
; V4-NEXT: r0 = bswap16 r0
; V4-NEXT: # kill: def $w0 killed $w0 killed $r0
; V4-NEXT: exit

; OBJ-V1-LABEL: <bs16>:
; OBJ-V1-NEXT: bf 01 00 00 00 00 00 00 r0 = r1
; OBJ-V1-NEXT: d4 00 00 00 00 00 00 10 r0 = le16 r0
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V3-LABEL: <bs16>:
; OBJ-V3-NEXT: bc 01 00 00 00 00 00 00 w0 = w1
; OBJ-V3-NEXT: d4 00 00 00 00 00 00 10 r0 = le16 r0
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V4-LABEL: <bs16>:
; OBJ-V4-NEXT: bc 01 00 00 00 00 00 00 w0 = w1
; OBJ-V4-NEXT: d7 00 00 00 00 00 00 10 r0 = bswap16 r0
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: bs16z:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: r0 = le16 r0
; V1-NEXT: exit

; V3-LABEL: bs16z:
; V3-NEXT: # %bb.0:
; V3-NEXT: # kill: def $w1 killed $w1 def $r1
; V3-NEXT: r1 = le16 r1
; V3-NEXT: w0 = w1
; V3-NEXT: exit

; V4-LABEL: bs16z:
; V4-NEXT: # %bb.0:
; V4-NEXT: # kill: def $w1 killed $w1 def $r1
; V4-NEXT: r1 = bswap16 r1
; V4-NEXT: w0 = w1
; V4-NEXT: exit

; OBJ-V1-LABEL: <bs16z>:
; OBJ-V1-NEXT: bf 01 00 00 00 00 00 00 r0 = r1
; OBJ-V1-NEXT: d4 00 00 00 00 00 00 10 r0 = le16 r0
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V3-LABEL: <bs16z>:
; OBJ-V3-NEXT: d4 10 00 00 00 00 00 10 r1 = le16 r1
; OBJ-V3-NEXT: bc 01 00 00 00 00 00 00 w0 = w1
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V4-LABEL: <bs16z>:
; OBJ-V4-NEXT: d7 10 00 00 00 00 00 10 r1 = bswap16 r1
; OBJ-V4-NEXT: bc 01 00 00 00 00 00 00 w0 = w1
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: bs32z:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: r0 = le32 r0
; V1-NEXT: exit

; V3-LABEL: bs32z:
; V3-NEXT: # %bb.0:
; V3-NEXT: # kill: def $w1 killed $w1 def $r1
; V3-NEXT: r1 = le32 r1
; V3-NEXT: w0 = w1
; V3-NEXT: exit

; V4-LABEL: bs32z:
; V4-NEXT: # %bb.0:
; V4-NEXT: # kill: def $w1 killed $w1 def $r1
; V4-NEXT: r1 = bswap32 r1
; V4-NEXT: w0 = w1
; V4-NEXT: exit

; OBJ-V1-LABEL: <bs32z>:
; OBJ-V1-NEXT: bf 01 00 00 00 00 00 00 r0 = r1
; OBJ-V1-NEXT: d4 00 00 00 00 00 00 20 r0 = le32 r0
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V3-LABEL: <bs32z>:
; OBJ-V3-NEXT: d4 10 00 00 00 00 00 20 r1 = le32 r1
; OBJ-V3-NEXT: bc 01 00 00 00 00 00 00 w0 = w1
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V4-LABEL: <bs32z>:
; OBJ-V4-NEXT: d7 10 00 00 00 00 00 20 r1 = bswap32 r1
; OBJ-V4-NEXT: bc 01 00 00 00 00 00 00 w0 = w1
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: ld_bs16:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = *(u16 *)(r1 + 0)
; V1-NEXT: r0 = le16 r0
; V1-NEXT: exit

; V3-LABEL: ld_bs16:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = *(u16 *)(r1 + 0)
; V3-NEXT: r0 = le16 r0
; V3-NEXT: w0 = w0
; V3-NEXT: exit

; V4-LABEL: ld_bs16:
; V4-NEXT: # %bb.0:
; V4-NEXT: w0 = *(u16 *)(r1 + 0)
; V4-NEXT: r0 = bswap16 r0
; V4-NEXT: w0 = w0
; V4-NEXT: exit

; OBJ-V1-LABEL: <ld_bs16>:
; OBJ-V1-NEXT: 69 01 00 00 00 00 00 00 r0 = *(u16 *)(r1 + 0x0)
; OBJ-V1-NEXT: d4 00 00 00 00 00 00 10 r0 = le16 r0
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V3-LABEL: <ld_bs16>:
; OBJ-V3-NEXT: 69 01 00 00 00 00 00 00 w0 = *(u16 *)(r1 + 0x0)
; OBJ-V3-NEXT: d4 00 00 00 00 00 00 10 r0 = le16 r0
; OBJ-V3-NEXT: bc 00 00 00 00 00 00 00 w0 = w0
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V4-LABEL: <ld_bs16>:
; OBJ-V4-NEXT: 69 01 00 00 00 00 00 00 w0 = *(u16 *)(r1 + 0x0)
; OBJ-V4-NEXT: d7 00 00 00 00 00 00 10 r0 = bswap16 r0
; OBJ-V4-NEXT: bc 00 00 00 00 00 00 00 w0 = w0
; OBJ-V4-NEXT: 95 00 00 00 00 00 00 00 exit
