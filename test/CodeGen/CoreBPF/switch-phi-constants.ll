; PHI operands on a switch's case edges stay the case's constant: the
; optimizer (SimplifyCFG) and CodeGenPrepare both replace such a constant
; with the switch condition, or an extension of it, which is equal there.
; The verifier then sees a register, a copy made before the compare, where
; it had a constant (CoreBPFSwitchConstants.cpp; the kernel test
; Kernel/codegen-switch-phi-constants.c loads the program this came from).
;
; RUN: %corecc -O2 -S %s -o /dev/null -mllvm -print-after=codegenprepare \
; RUN:   -mllvm -print-after=corebpf-switch-constants 2>&1 | FileCheck %s --check-prefix=CGP
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefix=ASM
;
; What CodeGenPrepare leaves: the offset is the error code, extended.
; CGP-LABEL: IR Dump After CodeGen Prepare
; CGP: %off = phi i64 {{.*}}[ %{{[0-9a-z.]+}}, %entry ]
; CGP: %key = phi i32 {{.*}}[ %err, %entry ]
; CGP-LABEL: IR Dump After CoreBPF switch case values kept as constants
; CGP: %off = phi i64 [ 8, %other ], [ 8, %einval ], [ 0, %entry ]
; CGP: %key = phi i32 [ 1, %other ], [ 2, %einval ], [ 0, %entry ]
;
; The offset is the constant 0 on the case's edge, not a copy of the
; compared register.
; ASM-LABEL: prog:
; ASM-NOT: = w{{[0-9]}}{{$}}
; ASM: if w{{[0-9]}} == 0 goto
; ASM: exit

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@cnt = global [8 x [2 x i64]] zeroinitializer, align 8

define i32 @prog(ptr %ctx, i32 %slots) {
entry:
  %p = getelementptr inbounds i8, ptr %ctx, i64 8
  %a = load i64, ptr %p, align 8
  %err = trunc i64 %a to i32
  switch i32 %err, label %other [
    i32 0, label %join
    i32 -22, label %einval
  ]

einval:
  br label %join

other:
  br label %join

join:
  %off = phi i64 [ 8, %other ], [ 8, %einval ], [ 0, %entry ]
  %key = phi i32 [ 1, %other ], [ 2, %einval ], [ %err, %entry ]
  %idx = mul i32 %key, %slots
  %idx64 = zext i32 %idx to i64
  %rec = getelementptr inbounds [2 x i64], ptr @cnt, i64 %idx64
  %ctr = getelementptr inbounds i8, ptr %rec, i64 %off
  %v = load i64, ptr %ctr, align 8
  %n = add i64 %v, 1
  store i64 %n, ptr %ctr, align 8
  ret i32 0
}
