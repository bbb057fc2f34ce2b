; Calls. A helper is called through its number (bpf_helper_defs.h casts
; the number to a function pointer): "call N", source register 0, no
; relocation. A BPF function is called pc-relative with source register 1
; and an R_BPF_64_32 relocation: against the function's symbol with
; immediate -1 when it is global, against the section symbol with the
; callee's offset (in instructions, minus one) when it is static. Up to five
; arguments in R1-R5, the result in R0; R6-R9 survive calls. Taking a
; function's address (a callback for bpf_loop) is an LD_IMM64 with an
; R_BPF_64_64 relocation, against the section symbol for a static function.
;
; RUN: %corecc-llc -mcpu=v1 %s -o - | FileCheck %s --check-prefixes=CHECK,V1
; RUN: %corecc-llc -mcpu=v1 -filetype=obj %s -o %t.v1.o
; RUN: %objdump -dr --no-leading-addr %t.v1.o | FileCheck %s --check-prefixes=OBJ,OBJ-V1
; RUN: %corecc-llc -mcpu=v3 %s -o - | FileCheck %s --check-prefixes=CHECK,V3
; RUN: %corecc-llc -mcpu=v3 -filetype=obj %s -o %t.v3.o
; RUN: %objdump -dr --no-leading-addr --mattr=+alu32 %t.v3.o | FileCheck %s --check-prefixes=OBJ,OBJ-V3
; RUN: %readelf -s %t.v3.o | FileCheck %s --check-prefix=SYMBOLS

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

define internal i64 @static_callee(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e) noinline {
  %1 = add i64 %a, %b
  %2 = mul i64 %c, %d
  %3 = sub i64 %1, %2
  %4 = xor i64 %3, %e
  ret i64 %4
}

define i32 @global_callee(i32 %a) noinline {
  %r = mul i32 %a, 3
  ret i32 %r
}

define internal i64 @callback(i32 %idx, ptr %ctx) noinline {
  ret i64 0
}

define i64 @caller(ptr %map, i64 %x) {
  %key = alloca i32, align 4
  store i32 7, ptr %key
  ; bpf_map_lookup_elem is helper 1.
  %v = call ptr inttoptr (i64 1 to ptr)(ptr %map, ptr %key)
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %out, label %found
found:
  %y = call i64 @static_callee(i64 %x, i64 1, i64 2, i64 3, i64 4)
  %t = trunc i64 %y to i32
  %z = call i32 @global_callee(i32 %t)
  %zz = zext i32 %z to i64
  ; bpf_loop(nr, callback, ctx, flags) is helper 181.
  %l = call i64 inttoptr (i64 181 to ptr)(i32 10, ptr @callback, ptr null, i64 0)
  %s = add i64 %zz, %l
  ; R6-R9 keep values across calls.
  %w = add i64 %s, %x
  ret i64 %w
out:
  ret i64 0
}

; From another section: the static callee is reached through the .text
; section symbol, the immediate holding its offset in instructions minus one.
; An extern kfunc (__ksym: section ".ksyms") is a call with immediate -1 and
; an R_BPF_64_32 relocation against its name, resolved by libbpf.
define i32 @prog(ptr %ctx) section "xdp" {
  %k = call ptr @bpf_cast_to_kern_ctx(ptr %ctx)
  %i = ptrtoint ptr %k to i64
  %r = call i64 @static_callee(i64 %i, i64 5, i64 6, i64 7, i64 8)
  %c = call i64 @callback(i32 1, ptr %ctx)
  %s = add i64 %r, %c
  %t = trunc i64 %s to i32
  ret i32 %t
}

declare ptr @bpf_cast_to_kern_ctx(ptr) section ".ksyms"

; CHECK-LABEL: static_callee:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = r1
; CHECK-NEXT: r3 *= r4
; CHECK-NEXT: r0 += r2
; CHECK-NEXT: r0 -= r3
; CHECK-NEXT: r0 ^= r5
; CHECK-NEXT: exit

; OBJ-LABEL: <static_callee>:
; OBJ-NEXT: bf 10 00 00 00 00 00 00 r0 = r1
; OBJ-NEXT: 2f 43 00 00 00 00 00 00 r3 *= r4
; OBJ-NEXT: 0f 20 00 00 00 00 00 00 r0 += r2
; OBJ-NEXT: 1f 30 00 00 00 00 00 00 r0 -= r3
; OBJ-NEXT: af 50 00 00 00 00 00 00 r0 ^= r5
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: global_callee:
; V1-NEXT: # %bb.0:
; V1-NEXT: r0 = r1
; V1-NEXT: r0 *= 3
; V1-NEXT: exit

; V3-LABEL: global_callee:
; V3-NEXT: # %bb.0:
; V3-NEXT: w0 = w1
; V3-NEXT: w0 *= 3
; V3-NEXT: exit

; OBJ-V1-LABEL: <global_callee>:
; OBJ-V1-NEXT: bf 10 00 00 00 00 00 00 r0 = r1
; OBJ-V1-NEXT: 27 00 00 00 03 00 00 00 r0 *= 0x3
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V3-LABEL: <global_callee>:
; OBJ-V3-NEXT: bc 10 00 00 00 00 00 00 w0 = w1
; OBJ-V3-NEXT: 24 00 00 00 03 00 00 00 w0 *= 0x3
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit

; CHECK-LABEL: callback:
; CHECK-NEXT: # %bb.0:
; CHECK-NEXT: r0 = 0
; CHECK-NEXT: exit

; OBJ-LABEL: <callback>:
; OBJ-NEXT: b7 00 00 00 00 00 00 00 r0 = 0x0
; OBJ-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: caller:
; V1-NEXT: # %bb.0:
; V1-NEXT: r6 = r2
; V1-NEXT: r0 = 7
; V1-NEXT: *(u32 *)(r10 - 4) = r0
; V1-NEXT: r2 = r10
; V1-NEXT: r2 += -4
; V1-NEXT: call 1
; V1-NEXT: if r0 == 0 goto .LBB3_2
; V1-NEXT: # %bb.1:
; V1-NEXT: r1 = r6
; V1-NEXT: r2 = 1
; V1-NEXT: r3 = 2
; V1-NEXT: r4 = 3
; V1-NEXT: r5 = 4
; V1-NEXT: call static_callee
; V1-NEXT: r1 = r0
; V1-NEXT: call global_callee
; V1-NEXT: r7 = r0
; V1-NEXT: r7 <<= 32
; V1-NEXT: r7 >>= 32
; V1-NEXT: r1 = 10
; V1-NEXT: r2 = callback ll
; V1-NEXT: r3 = 0
; V1-NEXT: r4 = 0
; V1-NEXT: call 181
; V1-NEXT: r7 += r0
; V1-NEXT: r7 += r6
; V1-NEXT: r0 = r7
; V1-NEXT: exit
; V1-NEXT: .LBB3_2:
; V1-NEXT: r0 = 0
; V1-NEXT: exit

; V3-LABEL: caller:
; V3-NEXT: # %bb.0:
; V3-NEXT: r6 = r2
; V3-NEXT: w0 = 7
; V3-NEXT: *(u32 *)(r10 - 4) = w0
; V3-NEXT: r2 = r10
; V3-NEXT: r2 += -4
; V3-NEXT: call 1
; V3-NEXT: if r0 == 0 goto .LBB3_2
; V3-NEXT: # %bb.1:
; V3-NEXT: r1 = r6
; V3-NEXT: r2 = 1
; V3-NEXT: r3 = 2
; V3-NEXT: r4 = 3
; V3-NEXT: r5 = 4
; V3-NEXT: call static_callee
; V3-NEXT: w1 = w0
; V3-NEXT: call global_callee
; V3-NEXT: w7 = w0
; V3-NEXT: w1 = 10
; V3-NEXT: r2 = callback ll
; V3-NEXT: r3 = 0
; V3-NEXT: r4 = 0
; V3-NEXT: call 181
; V3-NEXT: r7 += r0
; V3-NEXT: r7 += r6
; V3-NEXT: r0 = r7
; V3-NEXT: exit
; V3-NEXT: .LBB3_2:
; V3-NEXT: r0 = 0
; V3-NEXT: exit

; OBJ-V1-LABEL: <caller>:
; OBJ-V1-NEXT: bf 26 00 00 00 00 00 00 r6 = r2
; OBJ-V1-NEXT: b7 00 00 00 07 00 00 00 r0 = 0x7
; OBJ-V1-NEXT: 63 0a fc ff 00 00 00 00 *(u32 *)(r10 - 0x4) = r0
; OBJ-V1-NEXT: bf a2 00 00 00 00 00 00 r2 = r10
; OBJ-V1-NEXT: 07 02 00 00 fc ff ff ff r2 += -0x4
; OBJ-V1-NEXT: 85 00 00 00 01 00 00 00 call 0x1
; OBJ-V1-NEXT: 15 00 15 00 00 00 00 00 if r0 == 0x0 goto +0x15 <caller+0xe0>
; OBJ-V1-NEXT: bf 61 00 00 00 00 00 00 r1 = r6
; OBJ-V1-NEXT: b7 02 00 00 01 00 00 00 r2 = 0x1
; OBJ-V1-NEXT: b7 03 00 00 02 00 00 00 r3 = 0x2
; OBJ-V1-NEXT: b7 04 00 00 03 00 00 00 r4 = 0x3
; OBJ-V1-NEXT: b7 05 00 00 04 00 00 00 r5 = 0x4
; OBJ-V1-NEXT: 85 10 00 00 e8 ff ff ff call -0x18
; OBJ-V1-NEXT: bf 01 00 00 00 00 00 00 r1 = r0
; OBJ-V1-NEXT: 85 10 00 00 ff ff ff ff call -0x1
; OBJ-V1-NEXT: R_BPF_64_32 global_callee
; OBJ-V1-NEXT: bf 07 00 00 00 00 00 00 r7 = r0
; OBJ-V1-NEXT: 67 07 00 00 20 00 00 00 r7 <<= 0x20
; OBJ-V1-NEXT: 77 07 00 00 20 00 00 00 r7 >>= 0x20
; OBJ-V1-NEXT: b7 01 00 00 0a 00 00 00 r1 = 0xa
; OBJ-V1-NEXT: 18 02 00 00 48 00 00 00 00 00 00 00 00 00 00 00 r2 = 0x48 ll
; OBJ-V1-NEXT: R_BPF_64_64 .text
; OBJ-V1-NEXT: b7 03 00 00 00 00 00 00 r3 = 0x0
; OBJ-V1-NEXT: b7 04 00 00 00 00 00 00 r4 = 0x0
; OBJ-V1-NEXT: 85 00 00 00 b5 00 00 00 call 0xb5
; OBJ-V1-NEXT: 0f 07 00 00 00 00 00 00 r7 += r0
; OBJ-V1-NEXT: 0f 67 00 00 00 00 00 00 r7 += r6
; OBJ-V1-NEXT: bf 70 00 00 00 00 00 00 r0 = r7
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit
; OBJ-V1-NEXT: b7 00 00 00 00 00 00 00 r0 = 0x0
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V3-LABEL: <caller>:
; OBJ-V3-NEXT: bf 26 00 00 00 00 00 00 r6 = r2
; OBJ-V3-NEXT: b4 00 00 00 07 00 00 00 w0 = 0x7
; OBJ-V3-NEXT: 63 0a fc ff 00 00 00 00 *(u32 *)(r10 - 0x4) = w0
; OBJ-V3-NEXT: bf a2 00 00 00 00 00 00 r2 = r10
; OBJ-V3-NEXT: 07 02 00 00 fc ff ff ff r2 += -0x4
; OBJ-V3-NEXT: 85 00 00 00 01 00 00 00 call 0x1
; OBJ-V3-NEXT: 15 00 13 00 00 00 00 00 if r0 == 0x0 goto +0x13 <caller+0xd0>
; OBJ-V3-NEXT: bf 61 00 00 00 00 00 00 r1 = r6
; OBJ-V3-NEXT: b7 02 00 00 01 00 00 00 r2 = 0x1
; OBJ-V3-NEXT: b7 03 00 00 02 00 00 00 r3 = 0x2
; OBJ-V3-NEXT: b7 04 00 00 03 00 00 00 r4 = 0x3
; OBJ-V3-NEXT: b7 05 00 00 04 00 00 00 r5 = 0x4
; OBJ-V3-NEXT: 85 10 00 00 e8 ff ff ff call -0x18
; OBJ-V3-NEXT: bc 01 00 00 00 00 00 00 w1 = w0
; OBJ-V3-NEXT: 85 10 00 00 ff ff ff ff call -0x1
; OBJ-V3-NEXT: R_BPF_64_32 global_callee
; OBJ-V3-NEXT: bc 07 00 00 00 00 00 00 w7 = w0
; OBJ-V3-NEXT: b4 01 00 00 0a 00 00 00 w1 = 0xa
; OBJ-V3-NEXT: 18 02 00 00 48 00 00 00 00 00 00 00 00 00 00 00 r2 = 0x48 ll
; OBJ-V3-NEXT: R_BPF_64_64 .text
; OBJ-V3-NEXT: b7 03 00 00 00 00 00 00 r3 = 0x0
; OBJ-V3-NEXT: b7 04 00 00 00 00 00 00 r4 = 0x0
; OBJ-V3-NEXT: 85 00 00 00 b5 00 00 00 call 0xb5
; OBJ-V3-NEXT: 0f 07 00 00 00 00 00 00 r7 += r0
; OBJ-V3-NEXT: 0f 67 00 00 00 00 00 00 r7 += r6
; OBJ-V3-NEXT: bf 70 00 00 00 00 00 00 r0 = r7
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit
; OBJ-V3-NEXT: b7 00 00 00 00 00 00 00 r0 = 0x0
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit

; V1-LABEL: prog:
; V1-NEXT: # %bb.0:
; V1-NEXT: r6 = r1
; V1-NEXT: call bpf_cast_to_kern_ctx
; V1-NEXT: r1 = r0
; V1-NEXT: r2 = 5
; V1-NEXT: r3 = 6
; V1-NEXT: r4 = 7
; V1-NEXT: r5 = 8
; V1-NEXT: call static_callee
; V1-NEXT: r7 = r0
; V1-NEXT: r1 = 1
; V1-NEXT: r2 = r6
; V1-NEXT: call callback
; V1-NEXT: r7 += r0
; V1-NEXT: r0 = r7
; V1-NEXT: exit

; V3-LABEL: prog:
; V3-NEXT: # %bb.0:
; V3-NEXT: r6 = r1
; V3-NEXT: call bpf_cast_to_kern_ctx
; V3-NEXT: r1 = r0
; V3-NEXT: r2 = 5
; V3-NEXT: r3 = 6
; V3-NEXT: r4 = 7
; V3-NEXT: r5 = 8
; V3-NEXT: call static_callee
; V3-NEXT: r7 = r0
; V3-NEXT: w1 = 1
; V3-NEXT: r2 = r6
; V3-NEXT: call callback
; V3-NEXT: w7 += w0
; V3-NEXT: w0 = w7
; V3-NEXT: exit

; OBJ-V1-LABEL: <prog>:
; OBJ-V1-NEXT: bf 16 00 00 00 00 00 00 r6 = r1
; OBJ-V1-NEXT: 85 10 00 00 ff ff ff ff call -0x1
; OBJ-V1-NEXT: R_BPF_64_32 bpf_cast_to_kern_ctx
; OBJ-V1-NEXT: bf 01 00 00 00 00 00 00 r1 = r0
; OBJ-V1-NEXT: b7 02 00 00 05 00 00 00 r2 = 0x5
; OBJ-V1-NEXT: b7 03 00 00 06 00 00 00 r3 = 0x6
; OBJ-V1-NEXT: b7 04 00 00 07 00 00 00 r4 = 0x7
; OBJ-V1-NEXT: b7 05 00 00 08 00 00 00 r5 = 0x8
; OBJ-V1-NEXT: 85 10 00 00 ff ff ff ff call -0x1
; OBJ-V1-NEXT: R_BPF_64_32 .text
; OBJ-V1-NEXT: bf 07 00 00 00 00 00 00 r7 = r0
; OBJ-V1-NEXT: b7 01 00 00 01 00 00 00 r1 = 0x1
; OBJ-V1-NEXT: bf 62 00 00 00 00 00 00 r2 = r6
; OBJ-V1-NEXT: 85 10 00 00 08 00 00 00 call 0x8
; OBJ-V1-NEXT: R_BPF_64_32 .text
; OBJ-V1-NEXT: 0f 07 00 00 00 00 00 00 r7 += r0
; OBJ-V1-NEXT: bf 70 00 00 00 00 00 00 r0 = r7
; OBJ-V1-NEXT: 95 00 00 00 00 00 00 00 exit

; OBJ-V3-LABEL: <prog>:
; OBJ-V3-NEXT: bf 16 00 00 00 00 00 00 r6 = r1
; OBJ-V3-NEXT: 85 10 00 00 ff ff ff ff call -0x1
; OBJ-V3-NEXT: R_BPF_64_32 bpf_cast_to_kern_ctx
; OBJ-V3-NEXT: bf 01 00 00 00 00 00 00 r1 = r0
; OBJ-V3-NEXT: b7 02 00 00 05 00 00 00 r2 = 0x5
; OBJ-V3-NEXT: b7 03 00 00 06 00 00 00 r3 = 0x6
; OBJ-V3-NEXT: b7 04 00 00 07 00 00 00 r4 = 0x7
; OBJ-V3-NEXT: b7 05 00 00 08 00 00 00 r5 = 0x8
; OBJ-V3-NEXT: 85 10 00 00 ff ff ff ff call -0x1
; OBJ-V3-NEXT: R_BPF_64_32 .text
; OBJ-V3-NEXT: bf 07 00 00 00 00 00 00 r7 = r0
; OBJ-V3-NEXT: b4 01 00 00 01 00 00 00 w1 = 0x1
; OBJ-V3-NEXT: bf 62 00 00 00 00 00 00 r2 = r6
; OBJ-V3-NEXT: 85 10 00 00 08 00 00 00 call 0x8
; OBJ-V3-NEXT: R_BPF_64_32 .text
; OBJ-V3-NEXT: 0c 07 00 00 00 00 00 00 w7 += w0
; OBJ-V3-NEXT: bc 70 00 00 00 00 00 00 w0 = w7
; OBJ-V3-NEXT: 95 00 00 00 00 00 00 00 exit

; Functions are STT_FUNC with their size; static ones local; the kfunc an
; undefined global for libbpf to resolve.
; SYMBOLS-DAG: 0000000000000000    48 FUNC    LOCAL  DEFAULT {{[0-9]+}} static_callee
; SYMBOLS-DAG: 0000000000000048    16 FUNC    LOCAL  DEFAULT {{[0-9]+}} callback
; SYMBOLS-DAG: 0000000000000030    24 FUNC    GLOBAL DEFAULT {{[0-9]+}} global_callee
; SYMBOLS-DAG: 0000000000000058   224 FUNC    GLOBAL DEFAULT {{[0-9]+}} caller
; SYMBOLS-DAG: 0000000000000000   120 FUNC    GLOBAL DEFAULT {{[0-9]+}} prog
; SYMBOLS-DAG: 0000000000000000     0 NOTYPE  GLOBAL DEFAULT   UND bpf_cast_to_kern_ctx
