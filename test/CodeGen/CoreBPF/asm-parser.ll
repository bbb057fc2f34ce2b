; Inline assembly with instructions goes through corecc's BPF assembler
; (AsmParser/), in the syntax corecc and llvm-objdump print: every kind of
; statement once, operands substituted by the compiler ("r" and "w"
; registers, "i" immediates), labels and relative jumps. The -S output
; prints the statements back; the object, disassembled by llvm-objdump,
; shows they were encoded as written. asm-parser-errors.ll has malformed
; statements.
;
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -d --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ
; RUN: %corecc-llc -mcpu=v4 %s -o - | FileCheck %s --check-prefixes=CHECK
; RUN: %corecc-llc -mcpu=v4 -filetype=obj %s -o %t.v4.o
; RUN: %objdump -d --no-leading-addr --mattr=+alu32 %t.v4.o | FileCheck %s --check-prefixes=OBJ

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define i64 @alu(i64 %a, i64 %b) {
  %r = call i64 asm "$0 = $1\0A\09$0 += $2\0A\09$0 -= 3\0A\09$0 *= $2\0A\09$0 /= 7\0A\09$0 %= $2\0A\09$0 |= 1\0A\09$0 &= -16\0A\09$0 ^= $2\0A\09$0 <<= 2\0A\09$0 >>= $2\0A\09$0 s>>= 1\0A\09$0 s/= 3\0A\09$0 s%= $2\0A\09$0 = -$0", "=&r,r,r"(i64 %a, i64 %b)
  ret i64 %r
}

define i32 @alu32(i32 %a, i32 %b) {
  %r = call i32 asm "$0 = $1\0A\09$0 += $2\0A\09$0 <<= 3\0A\09$0 s>>= $2\0A\09$0 = -$0\0A\09$0 = (s8)$0\0A\09$0 = 4294967295", "=&w,w,w"(i32 %a, i32 %b)
  ret i32 %r
}

define i64 @moves(i64 %a) {
  %r = call i64 asm "$0 = 42\0A\09$0 = -1\0A\09$0 = 81985529216486895 ll\0A\09$0 = (s32)$1\0A\09$0 = (s16)$0\0A\09$0 = be16 $0\0A\09$0 = le64 $0\0A\09$0 = bswap32 $0", "=&r,r"(i64 %a)
  ret i64 %r
}

define i64 @memory(ptr %p, i64 %v) {
  %r = call i64 asm sideeffect "*(u64 *)($1 + 8) = $2\0A\09*(u32 *)($1 - 4) = 7\0A\09*(u8 *)($1 + 0) = $2\0A\09$0 = *(u16 *)($1 + 2)\0A\09$0 = *(s32 *)($1 + 4)\0A\09$0 = *(u64 *)($1 + 32760)", "=&r,r,r,~{memory}"(ptr %p, i64 %v)
  ret i64 %r
}

define i64 @atomics(ptr %p, i64 %v) {
  %r = call i64 asm sideeffect "lock *(u64 *)($1 + 0) += $2\0A\09lock *(u32 *)($1 + 4) |= $2\0A\09$2 = atomic_fetch_xor((u64 *)($1 + 0), $2)\0A\09$2 = xchg_64($1 + 8, $2)\0A\09r0 = cmpxchg_64($1 + 16, r0, $2)\0A\09$0 = r0", "=&r,r,r,~{r0},~{memory}"(ptr %p, i64 %v)
  ret i64 %r
}

define i64 @jumps(i64 %a) {
  %r = call i64 asm "$0 = $1\0A\09if $0 == 0 goto +2\0A\09if $0 s> $1 goto 1f\0A\09goto +0\0A1:\0A\09if $0 & 8 goto +1\0A\09$0 += 1\0A\09call 7", "=&r,r,~{r0},~{r1},~{r2},~{r3},~{r4},~{r5}"(i64 %a)
  ret i64 %r
}

; CHECK-LABEL: alu:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: #APP
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r0 += r2
; CHECK-NEXT: r0 -= 3
; CHECK-NEXT: r0 *= r2
; CHECK-NEXT: r0 /= 7
; CHECK-NEXT: r0 %= r2
; CHECK-NEXT: r0 |= 1
; CHECK-NEXT: r0 &= -16
; CHECK-NEXT: r0 ^= r2
; CHECK-NEXT: r0 <<= 2
; CHECK-NEXT: r0 >>= r2
; CHECK-NEXT: r0 s>>= 1
; CHECK-NEXT: r0 s/= 3
; CHECK-NEXT: r0 s%= r2
; CHECK-NEXT: r0 = -r0
; CHECK-NEXT: #NO_APP
; CHECK-NEXT: exit

; OBJ-LABEL: <alu>:
; OBJ-NEXT: bf 10 00 00 00 00 00 00 r0 = r1
; OBJ-NEXT: 0f 20 00 00 00 00 00 00 r0 += r2
; OBJ-NEXT: 17 00 00 00 03 00 00 00 r0 -= 0x3
; OBJ-NEXT: 2f 20 00 00 00 00 00 00 r0 *= r2
; OBJ-NEXT: 37 00 00 00 07 00 00 00 r0 /= 0x7
; OBJ-NEXT: 9f 20 00 00 00 00 00 00 r0 %= r2
; OBJ-NEXT: 47 00 00 00 01 00 00 00 r0 |= 0x1
; OBJ-NEXT: 57 00 00 00 f0 ff ff ff r0 &= -0x10
; OBJ-NEXT: af 20 00 00 00 00 00 00 r0 ^= r2
; OBJ-NEXT: 67 00 00 00 02 00 00 00 r0 <<= 0x2
; OBJ-NEXT: 7f 20 00 00 00 00 00 00 r0 >>= r2
; OBJ-NEXT: c7 00 00 00 01 00 00 00 r0 s>>= 0x1
; OBJ-NEXT: 37 00 01 00 03 00 00 00 r0 s/= 0x3
; OBJ-NEXT: 9f 20 01 00 00 00 00 00 r0 s%= r2
; OBJ-NEXT: 87 00 00 00 00 00 00 00 r0 = -r0
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: alu32:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: #APP
; CHECK-NEXT: w0 = w1
; CHECK-NEXT: w0 += w2
; CHECK-NEXT: w0 <<= 3
; CHECK-NEXT: w0 s>>= w2
; CHECK-NEXT: w0 = -w0
; CHECK-NEXT: w0 = (s8)w0
; CHECK-NEXT: w0 = -1
; CHECK-NEXT: #NO_APP
; CHECK-NEXT: exit

; OBJ-LABEL: <alu32>:
; OBJ-NEXT: bc 10 00 00 00 00 00 00 w0 = w1
; OBJ-NEXT: 0c 20 00 00 00 00 00 00 w0 += w2
; OBJ-NEXT: 64 00 00 00 03 00 00 00 w0 <<= 0x3
; OBJ-NEXT: cc 20 00 00 00 00 00 00 w0 s>>= w2
; OBJ-NEXT: 84 00 00 00 00 00 00 00 w0 = -w0
; OBJ-NEXT: bc 00 08 00 00 00 00 00 w0 = (s8)w0
; OBJ-NEXT: b4 00 00 00 ff ff ff ff w0 = -0x1
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: moves:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: #APP
; CHECK-NEXT: r0 = 42
; CHECK-NEXT: r0 = -1
; CHECK-NEXT: r0 = 81985529216486895 ll
; CHECK-NEXT: r0 = (s32)r1
; CHECK-NEXT: r0 = (s16)r0
; CHECK-NEXT: r0 = be16 r0
; CHECK-NEXT: r0 = le64 r0
; CHECK-NEXT: r0 = bswap32 r0
; CHECK-NEXT: #NO_APP
; CHECK-NEXT: exit

; OBJ-LABEL: <moves>:
; OBJ-NEXT: b7 00 00 00 2a 00 00 00 r0 = 0x2a
; OBJ-NEXT: b7 00 00 00 ff ff ff ff r0 = -0x1
; OBJ-NEXT: 18 00 00 00 ef cd ab 89 00 00 00 00 67 45 23 01 r0 = 0x123456789abcdef ll
; OBJ-NEXT: bf 10 20 00 00 00 00 00 r0 = (s32)r1
; OBJ-NEXT: bf 00 10 00 00 00 00 00 r0 = (s16)r0
; OBJ-NEXT: dc 00 00 00 10 00 00 00 r0 = be16 r0
; OBJ-NEXT: d4 00 00 00 40 00 00 00 r0 = le64 r0
; OBJ-NEXT: d7 00 00 00 20 00 00 00 r0 = bswap32 r0
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: memory:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: #APP
; CHECK-NEXT: *(u64 *)(r1 + 8) = r2
; CHECK-NEXT: *(u32 *)(r1 - 4) = 7
; CHECK-NEXT: *(u8 *)(r1 + 0) = r2
; CHECK-NEXT: r0 = *(u16 *)(r1 + 2)
; CHECK-NEXT: r0 = *(s32 *)(r1 + 4)
; CHECK-NEXT: r0 = *(u64 *)(r1 + 32760)
; CHECK-NEXT: #NO_APP
; CHECK-NEXT: exit

; OBJ-LABEL: <memory>:
; OBJ-NEXT: 7b 21 08 00 00 00 00 00 *(u64 *)(r1 + 0x8) = r2
; OBJ-NEXT: 62 01 fc ff 07 00 00 00 *(u32 *)(r1 - 0x4) = 0x7
; OBJ-NEXT: 73 21 00 00 00 00 00 00 *(u8 *)(r1 + 0x0) = w2
; OBJ-NEXT: 69 10 02 00 00 00 00 00 w0 = *(u16 *)(r1 + 0x2)
; OBJ-NEXT: 81 10 04 00 00 00 00 00 r0 = *(s32 *)(r1 + 0x4)
; OBJ-NEXT: 79 10 f8 7f 00 00 00 00 r0 = *(u64 *)(r1 + 0x7ff8)
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: atomics:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: #APP
; CHECK-NEXT: lock *(u64 *)(r1 + 0) += r2
; CHECK-NEXT: lock *(u32 *)(r1 + 4) |= r2
; CHECK-NEXT: r2 = atomic_fetch_xor((u64 *)(r1 + 0), r2)
; CHECK-NEXT: r2 = xchg_64(r1 + 8, r2)
; CHECK-NEXT: r0 = cmpxchg_64(r1 + 16, r0, r2)
; CHECK-NEXT: r5 = r0
; CHECK-NEXT: #NO_APP
; CHECK-NEXT: r0 = r5
; CHECK-NEXT: exit

; OBJ-LABEL: <atomics>:
; OBJ-NEXT: db 21 00 00 00 00 00 00 lock *(u64 *)(r1 + 0x0) += r2
; OBJ-NEXT: c3 21 04 00 40 00 00 00 lock *(u32 *)(r1 + 0x4) |= w2
; OBJ-NEXT: db 21 00 00 a1 00 00 00 r2 = atomic_fetch_xor((u64 *)(r1 + 0x0), r2)
; OBJ-NEXT: db 21 08 00 e1 00 00 00 r2 = xchg_64(r1 + 0x8, r2)
; OBJ-NEXT: db 21 10 00 f1 00 00 00 r0 = cmpxchg_64(r1 + 0x10, r0, r2)
; OBJ-NEXT: bf 05 00 00 00 00 00 00 r5 = r0
; OBJ-NEXT: bf 50 00 00 00 00 00 00 r0 = r5
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: jumps:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r6 = r1
; CHECK-NEXT: #APP
; CHECK-NEXT: r7 = r6
; CHECK-NEXT: if r7 == 0 goto +2
; CHECK-NEXT: if r7 s> r6 goto .Ltmp0
; CHECK-NEXT: goto +0
; CHECK-NEXT: .Ltmp0:
; CHECK-NEXT: if r7 & 8 goto +1
; CHECK-NEXT: r7 += 1
; CHECK-NEXT: call 7
; CHECK-NEXT: #NO_APP
; CHECK-NEXT: r0 = r7
; CHECK-NEXT: exit

; OBJ-LABEL: <jumps>:
; OBJ-NEXT: bf 16 00 00 00 00 00 00 r6 = r1
; OBJ-NEXT: bf 67 00 00 00 00 00 00 r7 = r6
; OBJ-NEXT: 15 07 02 00 00 00 00 00 if r7 == 0x0 goto +0x2 <jumps+0x28>
; OBJ-NEXT: 6d 67 01 00 00 00 00 00 if r7 s> r6 goto +0x1 <jumps+0x28>
; OBJ-NEXT: 05 00 00 00 00 00 00 00 goto +0x0 <jumps+0x28>
; OBJ-NEXT: 45 07 01 00 08 00 00 00 if r7 & 0x8 goto +0x1 <jumps+0x38>
; OBJ-NEXT: 07 07 00 00 01 00 00 00 r7 += 0x1
; OBJ-NEXT: 85 00 00 00 07 00 00 00 call 0x7
; OBJ-NEXT: bf 70 00 00 00 00 00 00 r0 = r7
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit
