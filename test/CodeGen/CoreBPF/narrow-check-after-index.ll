; A u8 count checked, used as an index, then compared again after the index
; (a loop's "count + 1 == limit"): CoreBPFNarrowChecks widens it once for
; the check and the index (Kernel/codegen-narrow-check.c), and leaves the
; comparison that comes after every index alone. Widening that one too kept
; the 32-bit value alive across the helper calls in between: in
; OpenTelemetry Go instrumentation's attribute loop a pointer was spilled
; for it and the verifier walked 95,569 instructions instead of 86,498.
;
; RUN: %corecc -O2 -mcpu=v3 -S %s -o /dev/null -mllvm -print-after=corebpf-narrow-checks 2>&1 | FileCheck %s

target triple = "bpfel"

define i32 @fill(ptr %attrs, ptr %count) {
entry:
  %n = load i8, ptr %count, align 1
  %in = icmp ult i8 %n, 16
  br i1 %in, label %body, label %out

body:
  %ix = zext i8 %n to i64
  %slot = getelementptr inbounds [16 x i64], ptr %attrs, i64 0, i64 %ix
  store i64 7, ptr %slot, align 8
  %t = call i64 inttoptr (i64 5 to ptr)()
  store i64 %t, ptr %slot, align 8
  %full = icmp eq i8 %n, 15
  br i1 %full, label %out, label %more

more:
  %next = add i8 %n, 1
  store i8 %next, ptr %count, align 1
  br label %out

out:
  %r = phi i32 [ 0, %entry ], [ 1, %body ], [ 2, %more ]
  ret i32 %r
}

; CHECK-LABEL: define {{.*}}@fill(
; CHECK: %[[W:[a-z0-9.]+]] = zext i8 %n to i32
; CHECK: icmp ult i32 %[[W]], 16
; CHECK: zext{{.*}} i32 %[[W]] to i64
; CHECK: icmp eq i8 %n, 15
