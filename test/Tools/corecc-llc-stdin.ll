; corecc-llc in llc's place in a build that links bitcode and pipes it to
; the code generator, as OpenTelemetry's eBPF profiler does
; (`llvm-link *.o -o - | llc -march=bpf -mcpu=v2 -filetype=obj -o out`):
; without an input file corecc-llc reads standard input, bitcode or text,
; and -march=bpf compiles IR written for the host's triple and data layout
; (the profiler compiles its C with -target x86_64-linux-gnu -emit-llvm).
; corecc-llc used to stop with "no input file".
;
; RUN: %llvm-as < %s | %corecc-llc -march=bpf -mcpu=v2 | FileCheck %s
; RUN: %corecc-llc -march=bpf -mcpu=v2 - < %s | FileCheck %s
; RUN: %llvm-as < %s | %corecc-llc -march=bpf -mcpu=v2 -filetype=obj -o %t.o
; RUN: %objdump -d --no-show-raw-insn %t.o | FileCheck --check-prefix=OBJ %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { i32, i64 }

define dso_local i64 @second(ptr %p) #0 section "kprobe/second" {
  %f = getelementptr inbounds %struct.pair, ptr %p, i32 0, i32 1
  %v = load i64, ptr %f, align 8
  %r = add i64 %v, 1
  ret i64 %r
}

attributes #0 = { nounwind }

; The i64 member is at offset 8 in BPF's layout as in x86-64's.
; CHECK:      second:
; CHECK:      r0 = *(u64 *)(r1 + 8)
; CHECK-NEXT: r0 += 1
; CHECK-NEXT: exit
; OBJ:        <second>:
; OBJ-NEXT:   r0 = *(u64 *)(r1 + 0x8)
