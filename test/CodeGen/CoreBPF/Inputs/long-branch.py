#!/usr/bin/env python3
"""IR with branches farther than 32767 instructions (see long-branch.test):
a conditional branch over 33000 stores, and a loop whose body is as big
(long conditional exit, long backward goto)."""
N = 33000
body = "\n".join("  store volatile i64 %%a, ptr %%p, align 8" for _ in range(N))
print('''target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i64 @over(i64 %%a, ptr %%p) {
entry:
  %%c = icmp eq i64 %%a, 0
  br i1 %%c, label %%out, label %%body
body:
%s
  br label %%out
out:
  %%r = phi i64 [ 1, %%entry ], [ 2, %%body ]
  ret i64 %%r
}

define void @loop(i64 %%a, i64 %%n, ptr %%p) {
entry:
  br label %%head
head:
  %%i = phi i64 [ 0, %%entry ], [ %%next, %%body ]
  %%c = icmp ult i64 %%i, %%n
  br i1 %%c, label %%body, label %%exit
body:
%s
  %%next = add i64 %%i, 1
  br label %%head
exit:
  ret void
}''' % (body.replace("%%", "%"), body.replace("%%", "%")))
