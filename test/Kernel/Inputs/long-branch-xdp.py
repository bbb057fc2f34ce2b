#!/usr/bin/env python3
"""An XDP program whose branch jumps over 33000 instructions (see
codegen-long-branch.test): packets longer than 100 bytes take the long
path and return XDP_DROP (1), others XDP_PASS (2)."""
N = 33000
body = "\n".join("  store volatile i64 %v, ptr %s, align 8" for _ in range(N))
print('''target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i32 @far(ptr %%ctx) section "xdp" {
entry:
  %%s = alloca i64, align 8
  %%d = load i32, ptr %%ctx
  %%e = getelementptr i8, ptr %%ctx, i64 4
  %%de = load i32, ptr %%e
  %%len = sub i32 %%de, %%d
  %%v = zext i32 %%len to i64
  %%c = icmp ugt i32 %%len, 100
  br i1 %%c, label %%big, label %%out
big:
%s
  br label %%out
out:
  %%r = phi i32 [ 2, %%entry ], [ 1, %%big ]
  ret i32 %%r
}

@LICENSE = global [4 x i8] c"GPL\\00", section "license"''' % body)
