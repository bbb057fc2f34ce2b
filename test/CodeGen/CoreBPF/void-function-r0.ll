; A function that returns nothing never holds a value of its own in r0. It
; exits with whatever r0 last held, and the verifier refuses a subprogram
; that exits with a stack pointer in r0 ("cannot return stack pointer to the
; caller"), whatever the caller does with it. netobserv's fill_l4info loaded
; a pointer to the caller's stack from its argument into r0 and stored
; through it: the whole TC program was refused. (r0 is first in the usual
; order; a void function's order leaves it out.) Calls still return in r0.
;
; The functions alternate between returning a value and not, so that an
; order kept from the previous function would show: the register allocator
; reuses orders between functions unless something it checks changed
; (CoreBPFSubtarget::ignoreCSRForAllocationOrder).
;
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s
; RUN: %corecc-llc -mcpu=v3 -O0 %s -o - | FileCheck %s --check-prefix=O0

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%pkt = type { ptr, i16 }

; CHECK-LABEL: first:
; CHECK: {{[rw]}}0 = *(u32 *)(r1 + 0)
; CHECK: exit
define i32 @first(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}

; CHECK-LABEL: fill:
; CHECK-NOT: {{[rw]}}0
; CHECK: exit
; O0-LABEL: fill:
; O0-NOT: {{[rw]}}0 =
; O0: exit
define void @fill(ptr %pkt, i8 %proto, ptr %l4) noinline {
  %id = load ptr, ptr %pkt
  store i8 %proto, ptr %id
  %is.tcp = icmp eq i8 %proto, 6
  br i1 %is.tcp, label %tcp, label %done
tcp:
  %sport = load i16, ptr %l4
  store i16 %sport, ptr %id
  %f = getelementptr %pkt, ptr %pkt, i32 0, i32 1
  store i16 %sport, ptr %f
  br label %done
done:
  ret void
}

; A call's result is still read from r0.
; CHECK-LABEL: helper_user:
; CHECK: call 5
; CHECK: = r0
; CHECK-NOT: r0 =
; CHECK: exit
define void @helper_user(ptr %out) noinline {
  %t = call i64 inttoptr (i64 5 to ptr)()
  store i64 %t, ptr %out
  ret void
}

; CHECK-LABEL: last:
; CHECK: r0 = *(u64 *)(r1 + 0)
; CHECK: exit
define i64 @last(ptr %p) {
  %v = load i64, ptr %p
  ret i64 %v
}
