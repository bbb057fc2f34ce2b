; Atomic read-modify-write (STX | ATOMIC). cpu v3 and later: add, and, or,
; xor with and without fetching the old value (a fetch whose result is
; unused becomes the plain "lock" form), xchg, cmpxchg (compare with and
; result in R0), in 64- and 32-bit widths; sub is add of the negation;
; relaxed loads and stores are plain accesses. atomics-v1.ll has cpu v1.
;
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ
; RUN: %corecc-llc -mcpu=v4 %s -o - | FileCheck %s --check-prefixes=CHECK
; RUN: %corecc-llc -mcpu=v4 -filetype=obj %s -o %t.v4.o
; RUN: %objdump -d --no-leading-addr --mattr=+alu32 %t.v4.o | FileCheck %s --check-prefixes=OBJ

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"
define void @add64_nofetch(ptr %p, i64 %v) { %r = atomicrmw add ptr %p, i64 %v seq_cst  ret void }
define void @add32_nofetch(ptr %p, i32 %v) { %r = atomicrmw add ptr %p, i32 %v seq_cst  ret void }
define void @sub64_nofetch(ptr %p, i64 %v) { %r = atomicrmw sub ptr %p, i64 %v seq_cst  ret void }
define void @and64_nofetch(ptr %p, i64 %v) { %r = atomicrmw and ptr %p, i64 %v seq_cst  ret void }
define void @or32_nofetch(ptr %p, i32 %v) { %r = atomicrmw or ptr %p, i32 %v monotonic  ret void }
define void @xor64_nofetch(ptr %p, i64 %v) { %r = atomicrmw xor ptr %p, i64 %v monotonic  ret void }
define i64 @add64_fetch(ptr %p, i64 %v) { %r = atomicrmw add ptr %p, i64 %v seq_cst  ret i64 %r }
define i32 @add32_fetch(ptr %p, i32 %v) { %r = atomicrmw add ptr %p, i32 %v seq_cst  ret i32 %r }
define i64 @sub64_fetch(ptr %p, i64 %v) { %r = atomicrmw sub ptr %p, i64 %v seq_cst  ret i64 %r }
define i64 @and64_fetch(ptr %p, i64 %v) { %r = atomicrmw and ptr %p, i64 %v seq_cst  ret i64 %r }
define i32 @or32_fetch(ptr %p, i32 %v) { %r = atomicrmw or ptr %p, i32 %v seq_cst  ret i32 %r }
define i64 @xor64_fetch(ptr %p, i64 %v) { %r = atomicrmw xor ptr %p, i64 %v seq_cst  ret i64 %r }
define i64 @xchg64(ptr %p, i64 %v) { %r = atomicrmw xchg ptr %p, i64 %v seq_cst  ret i64 %r }
define i32 @xchg32(ptr %p, i32 %v) { %r = atomicrmw xchg ptr %p, i32 %v seq_cst  ret i32 %r }
define i64 @cmpxchg64(ptr %p, i64 %old, i64 %new) { %r = cmpxchg ptr %p, i64 %old, i64 %new seq_cst seq_cst  %v = extractvalue { i64, i1 } %r, 0  ret i64 %v }
define i32 @cmpxchg32(ptr %p, i32 %old, i32 %new) { %r = cmpxchg ptr %p, i32 %old, i32 %new seq_cst seq_cst  %v = extractvalue { i32, i1 } %r, 0  ret i32 %v }
define i1 @cmpxchg64_ok(ptr %p, i64 %old, i64 %new) { %r = cmpxchg ptr %p, i64 %old, i64 %new seq_cst seq_cst  %v = extractvalue { i64, i1 } %r, 1  ret i1 %v }
define void @add64_off(ptr %p, i64 %v) { %q = getelementptr i8, ptr %p, i64 24 %r = atomicrmw add ptr %q, i64 %v seq_cst  ret void }
define i64 @load_relaxed(ptr %p) { %r = load atomic i64, ptr %p monotonic, align 8  ret i64 %r }
define void @store_relaxed(ptr %p, i32 %v) { store atomic i32 %v, ptr %p monotonic, align 4  ret void }

; CHECK-LABEL: add64_nofetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: lock *(u64 *)(r1 + 0) += r2
; CHECK-NEXT: exit

; OBJ-LABEL: <add64_nofetch>:
; OBJ-NEXT: db 21 00 00 00 00 00 00 lock *(u64 *)(r1 + 0x0) += r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: add32_nofetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: lock *(u32 *)(r1 + 0) += w2
; CHECK-NEXT: exit

; OBJ-LABEL: <add32_nofetch>:
; OBJ-NEXT: c3 21 00 00 00 00 00 00 lock *(u32 *)(r1 + 0x0) += w2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: sub64_nofetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r2 = -r2
; CHECK-NEXT: lock *(u64 *)(r1 + 0) += r2
; CHECK-NEXT: exit

; OBJ-LABEL: <sub64_nofetch>:
; OBJ-NEXT: 87 02 00 00 00 00 00 00 r2 = -r2
; OBJ-NEXT: db 21 00 00 00 00 00 00 lock *(u64 *)(r1 + 0x0) += r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: and64_nofetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: lock *(u64 *)(r1 + 0) &= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <and64_nofetch>:
; OBJ-NEXT: db 21 00 00 50 00 00 00 lock *(u64 *)(r1 + 0x0) &= r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: or32_nofetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: lock *(u32 *)(r1 + 0) |= w2
; CHECK-NEXT: exit

; OBJ-LABEL: <or32_nofetch>:
; OBJ-NEXT: c3 21 00 00 40 00 00 00 lock *(u32 *)(r1 + 0x0) |= w2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: xor64_nofetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: lock *(u64 *)(r1 + 0) ^= r2
; CHECK-NEXT: exit

; OBJ-LABEL: <xor64_nofetch>:
; OBJ-NEXT: db 21 00 00 a0 00 00 00 lock *(u64 *)(r1 + 0x0) ^= r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: add64_fetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: r0 = atomic_fetch_add((u64 *)(r1 + 0), r0)
; CHECK-NEXT: exit

; OBJ-LABEL: <add64_fetch>:
; OBJ-NEXT: bf 20 00 00 00 00 00 00 r0 = r2
; OBJ-NEXT: db 01 00 00 01 00 00 00 r0 = atomic_fetch_add((u64 *)(r1 + 0x0), r0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: add32_fetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: w0 = w2
; CHECK-NEXT: w0 = atomic_fetch_add((u32 *)(r1 + 0), w0)
; CHECK-NEXT: exit

; OBJ-LABEL: <add32_fetch>:
; OBJ-NEXT: bc 20 00 00 00 00 00 00 w0 = w2
; OBJ-NEXT: c3 01 00 00 01 00 00 00 w0 = atomic_fetch_add((u32 *)(r1 + 0x0), w0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: sub64_fetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: r0 = -r0
; CHECK-NEXT: r0 = atomic_fetch_add((u64 *)(r1 + 0), r0)
; CHECK-NEXT: exit

; OBJ-LABEL: <sub64_fetch>:
; OBJ-NEXT: bf 20 00 00 00 00 00 00 r0 = r2
; OBJ-NEXT: 87 00 00 00 00 00 00 00 r0 = -r0
; OBJ-NEXT: db 01 00 00 01 00 00 00 r0 = atomic_fetch_add((u64 *)(r1 + 0x0), r0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: and64_fetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: r0 = atomic_fetch_and((u64 *)(r1 + 0), r0)
; CHECK-NEXT: exit

; OBJ-LABEL: <and64_fetch>:
; OBJ-NEXT: bf 20 00 00 00 00 00 00 r0 = r2
; OBJ-NEXT: db 01 00 00 51 00 00 00 r0 = atomic_fetch_and((u64 *)(r1 + 0x0), r0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: or32_fetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: w0 = w2
; CHECK-NEXT: w0 = atomic_fetch_or((u32 *)(r1 + 0), w0)
; CHECK-NEXT: exit

; OBJ-LABEL: <or32_fetch>:
; OBJ-NEXT: bc 20 00 00 00 00 00 00 w0 = w2
; OBJ-NEXT: c3 01 00 00 41 00 00 00 w0 = atomic_fetch_or((u32 *)(r1 + 0x0), w0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: xor64_fetch:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: r0 = atomic_fetch_xor((u64 *)(r1 + 0), r0)
; CHECK-NEXT: exit

; OBJ-LABEL: <xor64_fetch>:
; OBJ-NEXT: bf 20 00 00 00 00 00 00 r0 = r2
; OBJ-NEXT: db 01 00 00 a1 00 00 00 r0 = atomic_fetch_xor((u64 *)(r1 + 0x0), r0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: xchg64:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: r0 = xchg_64(r1 + 0, r0)
; CHECK-NEXT: exit

; OBJ-LABEL: <xchg64>:
; OBJ-NEXT: bf 20 00 00 00 00 00 00 r0 = r2
; OBJ-NEXT: db 01 00 00 e1 00 00 00 r0 = xchg_64(r1 + 0x0, r0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: xchg32:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: w0 = w2
; CHECK-NEXT: w0 = xchg32_32(r1 + 0, w0)
; CHECK-NEXT: exit

; OBJ-LABEL: <xchg32>:
; OBJ-NEXT: bc 20 00 00 00 00 00 00 w0 = w2
; OBJ-NEXT: c3 01 00 00 e1 00 00 00 w0 = xchg32_32(r1 + 0x0, w0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: cmpxchg64:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: r0 = cmpxchg_64(r1 + 0, r0, r3)
; CHECK-NEXT: exit

; OBJ-LABEL: <cmpxchg64>:
; OBJ-NEXT: bf 20 00 00 00 00 00 00 r0 = r2
; OBJ-NEXT: db 31 00 00 f1 00 00 00 r0 = cmpxchg_64(r1 + 0x0, r0, r3)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: cmpxchg32:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: w0 = w2
; CHECK-NEXT: w0 = cmpxchg32_32(r1 + 0, w0, w3)
; CHECK-NEXT: exit

; OBJ-LABEL: <cmpxchg32>:
; OBJ-NEXT: bc 20 00 00 00 00 00 00 w0 = w2
; OBJ-NEXT: c3 31 00 00 f1 00 00 00 w0 = cmpxchg32_32(r1 + 0x0, w0, w3)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: cmpxchg64_ok:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r2
; CHECK-NEXT: r0 = cmpxchg_64(r1 + 0, r0, r3)
; CHECK-NEXT: r5 = r0
; CHECK-NEXT: w0 = 1
; CHECK-NEXT: if r5 == r2 goto .LBB16_2
; CHECK-NEXT: # %bb.1:
; CHECK-NEXT: w0 = 0
; CHECK-NEXT: .LBB16_2:
; CHECK-NEXT: exit

; OBJ-LABEL: <cmpxchg64_ok>:
; OBJ-NEXT: bf 20 00 00 00 00 00 00 r0 = r2
; OBJ-NEXT: db 31 00 00 f1 00 00 00 r0 = cmpxchg_64(r1 + 0x0, r0, r3)
; OBJ-NEXT: bf 05 00 00 00 00 00 00 r5 = r0
; OBJ-NEXT: b4 00 00 00 01 00 00 00 w0 = 0x1
; OBJ-NEXT: 1d 25 01 00 00 00 00 00 if r5 == r2 goto +0x1 <cmpxchg64_ok+0x30>
; OBJ-NEXT: b4 00 00 00 00 00 00 00 w0 = 0x0
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: add64_off:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: lock *(u64 *)(r1 + 24) += r2
; CHECK-NEXT: exit

; OBJ-LABEL: <add64_off>:
; OBJ-NEXT: db 21 18 00 00 00 00 00 lock *(u64 *)(r1 + 0x18) += r2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: load_relaxed:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = *(u64 *)(r1 + 0)
; CHECK-NEXT: exit

; OBJ-LABEL: <load_relaxed>:
; OBJ-NEXT: 79 10 00 00 00 00 00 00 r0 = *(u64 *)(r1 + 0x0)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: store_relaxed:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: *(u32 *)(r1 + 0) = w2
; CHECK-NEXT: exit

; OBJ-LABEL: <store_relaxed>:
; OBJ-NEXT: 63 21 00 00 00 00 00 00 *(u32 *)(r1 + 0x0) = w2
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit
