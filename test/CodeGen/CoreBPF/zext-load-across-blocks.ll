; A value loaded in one block and compared in others: LDX of 1, 2 or 4
; bytes zero-extends, so the value leaves its block zero-extended and the
; compares need no mask (before, each successor cleared the upper bits
; again with "w1 &= 0xffff"). A sign-extending load (cpu v4) keeps its
; sign extension; a 16-bit value from an argument still needs its mask.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V3
; RUN: %corecc-llc -mcpu=v4 %s -o - | FileCheck %s --check-prefixes=V4

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

; CHECK-LABEL: port_class:
; V1: r{{[0-9]}} = *(u16 *)(r1 + 0)
; V3: w{{[0-9]}} = *(u16 *)(r1 + 0)
; CHECK-NOT: 65535
; CHECK-NOT: &=
; CHECK: exit
define i32 @port_class(ptr %p, i32 %proto) {
entry:
  %port = load i16, ptr %p, align 2
  %tcp = icmp eq i32 %proto, 6
  br i1 %tcp, label %is_tcp, label %other

is_tcp:
  %ssh = icmp eq i16 %port, 5632
  br i1 %ssh, label %hit, label %other

other:
  %dns = icmp eq i16 %port, 13568
  br i1 %dns, label %hit, label %miss

hit:
  ret i32 1

miss:
  ret i32 0
}

; CHECK-LABEL: byte_class:
; CHECK-NOT: &=
; CHECK: exit
define i32 @byte_class(ptr %p, i32 %sel) {
entry:
  %b = load i8, ptr %p, align 1
  %c = icmp eq i32 %sel, 0
  br i1 %c, label %a, label %b2

a:
  %x = icmp ult i8 %b, 17
  %r = zext i1 %x to i32
  ret i32 %r

b2:
  %y = icmp eq i8 %b, 200
  %s = zext i1 %y to i32
  ret i32 %s
}

; An argument's upper bits are unknown: the mask stays.
; CHECK-LABEL: arg_class:
; CHECK: 65535
; CHECK: exit
define i32 @arg_class(i16 %port, i32 %proto) {
entry:
  %tcp = icmp eq i32 %proto, 6
  br i1 %tcp, label %is_tcp, label %miss

is_tcp:
  %ssh = icmp eq i16 %port, 5632
  br i1 %ssh, label %hit, label %miss

hit:
  ret i32 1

miss:
  ret i32 0
}

; cpu v4: a sign-extending load compared as signed in another block.
; V4-LABEL: sload:
; V4: = *(s16 *)(r1 + 0)
; V4-NOT: <<=
; V4: exit
define i32 @sload(ptr %p, i32 %sel) {
entry:
  %v = load i16, ptr %p, align 2
  %w = sext i16 %v to i32
  %c = icmp eq i32 %sel, 0
  br i1 %c, label %a, label %b2

a:
  %x = icmp slt i32 %w, -5
  %r = zext i1 %x to i32
  ret i32 %r

b2:
  %y = icmp sgt i32 %w, 100
  %s = zext i1 %y to i32
  ret i32 %s
}
