; IR from a front end for the host, given to corecc-llc as to llc -march=bpf
; (KubeArmor's "clang -emit-llvm | opt | llc -march=bpf -mcpu=probe", Katran,
; samples/bpf): the functions carry the host's "target-cpu" and
; "target-features", which are not BPF's. llc-19's BPF target never reads
; them; corecc-llc keeps the BPF features it knows and drops the rest
; without a warning per feature and function (it printed 7 per function:
; "'+sse2' is not a recognized feature for this target").
;
; RUN: %corecc-llc -march=bpf -filetype=obj %s -o %t.o 2>&1 | count 0
; RUN: %corecc-llc -march=bpf -mcpu=probe -filetype=obj %s -o %t.probe.o 2>&1 | count 0
; RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck %s
;
; The host's cpu is not BPF's either: the default (v3, 32-bit registers).
; CHECK-LABEL: <host>:
; CHECK: w0 += 0x1
; A BPF feature among the host's still applies: alu32 on a v1 function.
; CHECK-LABEL: <mixed>:
; CHECK: w0 += 0x1

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define i32 @host(ptr %p) #0 {
  %v = load i32, ptr %p
  %r = add i32 %v, 1
  ret i32 %r
}

define i32 @mixed(ptr %p) #1 {
  %v = load i32, ptr %p
  %r = add i32 %v, 1
  ret i32 %r
}

attributes #0 = { "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "target-cpu"="v1" "target-features"="+sse2,+alu32" }
