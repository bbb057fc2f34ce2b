; Loops keep the exit test the program wrote ("i < n"): the verifier proves
; a loop bounded from it. The counted loop and the do-while loop both end
; in a compare-and-jump backwards.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ-V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-show-raw-insn --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ-V3

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

; sum of p[i] for i < (n & 15)
define i64 @sum(ptr %p, i64 %n) {
entry:
  %lim = and i64 %n, 15
  %z = icmp eq i64 %lim, 0
  br i1 %z, label %done, label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  %q = getelementptr i64, ptr %p, i64 %i
  %v = load i64, ptr %q
  %acc.next = add i64 %acc, %v
  %i.next = add nuw nsw i64 %i, 1
  %c = icmp ult i64 %i.next, %lim
  br i1 %c, label %loop, label %done
done:
  %r = phi i64 [ 0, %entry ], [ %acc.next, %loop ]
  ret i64 %r
}

; i32 counter down to zero
define i32 @countdown(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ %n, %entry ], [ %i.next, %loop ]
  %acc = phi i32 [ 1, %entry ], [ %acc.next, %loop ]
  %acc.next = mul i32 %acc, 3
  %i.next = add i32 %i, -1
  %c = icmp sgt i32 %i.next, 0
  br i1 %c, label %loop, label %done
done:
  ret i32 %acc.next
}

; V1-LABEL: sum:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 0
; V1-NEXT: r2 &= 15
; V1-NEXT: if r2 == 0 goto .LBB0_3
; V1-NEXT: # %bb.1:
; V1-NEXT: r5 = 0
; V1-NEXT: .LBB0_2:
; V1-NEXT: # =>This Inner Loop Header: Depth=1
; V1-NEXT: r4 = *(u64 *)(r1 + 0)
; V1-NEXT: r0 += r4
; V1-NEXT: r1 += 8
; V1-NEXT: r5 += 1
; V1-NEXT: if r2 > r5 goto .LBB0_2
; V1-NEXT: .LBB0_3:
; V1-NEXT: exit

; V3-LABEL: sum:
; V3-NEXT: # %bb.0:
; V3-NEXT: r0 = 0
; V3-NEXT: r2 &= 15
; V3-NEXT: if r2 == 0 goto .LBB0_3
; V3-NEXT: # %bb.1:
; V3-NEXT: r5 = 0
; V3-NEXT: .LBB0_2:
; V3-NEXT: # =>This Inner Loop Header: Depth=1
; V3-NEXT: r4 = *(u64 *)(r1 + 0)
; V3-NEXT: r0 += r4
; V3-NEXT: r1 += 8
; V3-NEXT: r5 += 1
; V3-NEXT: if r5 < r2 goto .LBB0_2
; V3-NEXT: .LBB0_3:
; V3-NEXT: exit

; OBJ-V1-LABEL: <sum>:
; OBJ-V1-NEXT: r0 = 0x0
; OBJ-V1-NEXT: r2 &= 0xf
; OBJ-V1-NEXT: if r2 == 0x0 goto +0x6 <sum+0x48>
; OBJ-V1-NEXT: r5 = 0x0
; OBJ-V1-NEXT: r4 = *(u64 *)(r1 + 0x0)
; OBJ-V1-NEXT: r0 += r4
; OBJ-V1-NEXT: r1 += 0x8
; OBJ-V1-NEXT: r5 += 0x1
; OBJ-V1-NEXT: if r2 > r5 goto -0x5 <sum+0x20>
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <sum>:
; OBJ-V3-NEXT: r0 = 0x0
; OBJ-V3-NEXT: r2 &= 0xf
; OBJ-V3-NEXT: if r2 == 0x0 goto +0x6 <sum+0x48>
; OBJ-V3-NEXT: r5 = 0x0
; OBJ-V3-NEXT: r4 = *(u64 *)(r1 + 0x0)
; OBJ-V3-NEXT: r0 += r4
; OBJ-V3-NEXT: r1 += 0x8
; OBJ-V3-NEXT: r5 += 0x1
; OBJ-V3-NEXT: if r5 < r2 goto -0x5 <sum+0x20>
; OBJ-V3-NEXT: exit

; V1-LABEL: countdown:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = 1
; V1-NEXT: r5 = -4294967296 ll
; V1-NEXT: .LBB1_1:
; V1-NEXT: # =>This Inner Loop Header: Depth=1
; V1-NEXT: r1 <<= 32
; V1-NEXT: r1 += r5
; V1-NEXT: r0 *= 3
; V1-NEXT: r1 s>>= 32
; V1-NEXT: if r1 s> 0 goto .LBB1_1
; V1-NEXT: # %bb.2:
; V1-NEXT: exit

; V3-LABEL: countdown:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = 1
; V3-NEXT: .LBB1_1:
; V3-NEXT: # =>This Inner Loop Header: Depth=1
; V3-NEXT: w0 *= 3
; V3-NEXT: w1 += -1
; V3-NEXT: if w1 s> 0 goto .LBB1_1
; V3-NEXT: # %bb.2:
; V3-NEXT: exit

; OBJ-V1-LABEL: <countdown>:
; OBJ-V1-NEXT: r0 = 0x1
; OBJ-V1-NEXT: r5 = -0x100000000 ll
; OBJ-V1-NEXT: r1 <<= 0x20
; OBJ-V1-NEXT: r1 += r5
; OBJ-V1-NEXT: r0 *= 0x3
; OBJ-V1-NEXT: r1 s>>= 0x20
; OBJ-V1-NEXT: if r1 s> 0x0 goto -0x5 <countdown+0x18>
; OBJ-V1-NEXT: exit

; OBJ-V3-LABEL: <countdown>:
; OBJ-V3-NEXT: w0 = 0x1
; OBJ-V3-NEXT: w0 *= 0x3
; OBJ-V3-NEXT: w1 += -0x1
; OBJ-V3-NEXT: if w1 s> 0x0 goto -0x3 <countdown+0x8>
; OBJ-V3-NEXT: exit
