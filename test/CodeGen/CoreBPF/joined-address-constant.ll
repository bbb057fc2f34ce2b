; A PHI of two address computations that are constant (a global plus a
; constant offset, left as instructions): CoreBPFJoinedAddresses replaces it
; with the folded constant address. It once took the new address for an
; instruction and wrote a debug location into the constant: undefined
; behaviour that the release build survived by chance and the sanitizer
; build's run of this test would report.
;
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s

target triple = "bpfel"

@g = global [4 x i64] zeroinitializer

declare void @use(ptr)

; CHECK-LABEL: constant_base:
; CHECK: r{{[0-9]}} = g ll
; CHECK: r0 = *(u64 *)(r{{[0-9]}} + 16)
; CHECK: exit
define i64 @constant_base(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %p1 = getelementptr inbounds i8, ptr @g, i64 16
  call void @use(ptr null)
  br label %join
b:
  %p2 = getelementptr inbounds i8, ptr @g, i64 16
  br label %join
join:
  %p = phi ptr [ %p1, %a ], [ %p2, %b ]
  %v = load i64, ptr %p, align 8
  ret i64 %v
}
