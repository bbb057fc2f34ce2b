; bpf_helper_defs.h of libbpf 1.1 declares each helper as a static
; function pointer initialised with the helper's number, without const. At
; -O0 every call loads the pointer first; corecc still calls the helper by
; number ("call 1") when the pointer is file-local and only ever read
; (clang-19 -O0 emits "callx", which the kernel rejects). A pointer that is
; written somewhere is a real indirect call, and an error.
;
; RUN: %corecc-llc -O0 -mcpu=v3 %s -o - | FileCheck %s
; RUN: %corecc-llc -O0 -mcpu=v3 -filetype=obj %s -o %t.o
; RUN: %objdump -dr --no-show-raw-insn %t.o | FileCheck %s --check-prefix=OBJ
; RUN: sed -e 's/^;STORE //' %s > %t.bad.ll
; RUN: not %corecc-llc -O0 -mcpu=v3 %t.bad.ll -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@bpf_map_lookup_elem = internal global ptr inttoptr (i64 1 to ptr), align 8
@bpf_get_prandom_u32 = internal global ptr inttoptr (i64 7 to ptr), align 8

define i64 @lookup(ptr %map, ptr %key) {
  %f = load ptr, ptr @bpf_map_lookup_elem, align 8
  %v = call ptr %f(ptr %map, ptr %key)
  %g = load ptr, ptr @bpf_get_prandom_u32, align 8
  %r = call i64 %g()
  %i = ptrtoint ptr %v to i64
  %s = add i64 %i, %r
  ret i64 %s
}

;STORE define void @retarget() {
;STORE   store ptr inttoptr (i64 8 to ptr), ptr @bpf_get_prandom_u32, align 8
;STORE   ret void
;STORE }

; CHECK-LABEL: lookup:
; CHECK: call 1
; CHECK: call 7
; OBJ-LABEL: <lookup>:
; OBJ: call 0x1
; OBJ: call 0x7
; OBJ-NOT: callx
; BAD: error: indirect call through a function pointer is not supported by BPF
