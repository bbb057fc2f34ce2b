; What the CO-RE pass cannot relocate is an error at the user's line (the
; plugin reports the C-level causes first; these reach the pass from IR):
; a root type without a name, which libbpf cannot look up in the kernel, a
; field query on something that is not a member access, and a path that does
; not fit the debug type it claims.
; RUN: not %corecc -O2 -mcore -c %s -o %t.o 2>&1 | FileCheck %s
; Without CO-RE the same accesses are plain arithmetic, and a field query of
; a chain is its value; only the field query without a chain still fails.
; RUN: not %corecc -O2 -g -mno-core -c %s -o %t.o 2>&1 | FileCheck --check-prefix=NOCORE %s

; CHECK: ir-errors.c:2:5: error: CO-RE byte_off relocation on <anon>::b: the root type is anonymous, and libbpf only matches named types against the kernel; give the type a name or access it through a named struct
; CHECK-NEXT: ir-errors.c:2:5: note: in function 'anon'
; CHECK: ir-errors.c:3:5: error: __builtin_preserve_field_info needs a member access of a struct or union with preserve_access_index
; CHECK: ir-errors.c:4:5: error: cannot follow CO-RE access s: member index 7 out of range
; NOCORE-NOT: anonymous
; NOCORE: ir-errors.c:3:5: error: __builtin_preserve_field_info needs a member access
; NOCORE-NOT: error:

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%anon = type { i32, i32 }
%struct.s = type { i32, i32 }

define i32 @anon(ptr %p) !dbg !10 {
  %b = call ptr @llvm.preserve.struct.access.index.p0.p0(ptr elementtype(%anon) %p, i32 1, i32 1), !dbg !20, !llvm.preserve.access.index !5
  %v = load i32, ptr %b, align 4
  ret i32 %v
}

define i32 @not_a_member(ptr %p) !dbg !11 {
  %v = call i32 @llvm.bpf.preserve.field.info.p0(ptr %p, i64 0), !dbg !21
  ret i32 %v
}

define i32 @bad_index(ptr %p) !dbg !12 {
  %x = call ptr @llvm.preserve.struct.access.index.p0.p0(ptr elementtype(%struct.s) %p, i32 1, i32 7), !dbg !22, !llvm.preserve.access.index !6
  %v = load i32, ptr %x, align 4
  ret i32 %v
}

declare ptr @llvm.preserve.struct.access.index.p0.p0(ptr, i32 immarg, i32 immarg)
declare i32 @llvm.bpf.preserve.field.info.p0(ptr, i64 immarg)

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !{i32 2, !"Debug Info Version", i32 3}
!2 = !DIFile(filename: "ir-errors.c", directory: "/")
!3 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!4 = !{!7, !8}
!5 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !2, line: 1, size: 64, elements: !4)
!6 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "s", file: !2, line: 1, size: 64, elements: !9)
!7 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !5, file: !2, line: 1, baseType: !3, size: 32)
!8 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !5, file: !2, line: 1, baseType: !3, size: 32, offset: 32)
!9 = !{!13, !14}
!13 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !6, file: !2, line: 1, baseType: !3, size: 32)
!14 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !6, file: !2, line: 1, baseType: !3, size: 32, offset: 32)
!10 = distinct !DISubprogram(name: "anon", scope: !2, file: !2, line: 2, type: !15, spFlags: DISPFlagDefinition, unit: !0)
!11 = distinct !DISubprogram(name: "not_a_member", scope: !2, file: !2, line: 3, type: !15, spFlags: DISPFlagDefinition, unit: !0)
!12 = distinct !DISubprogram(name: "bad_index", scope: !2, file: !2, line: 4, type: !15, spFlags: DISPFlagDefinition, unit: !0)
!15 = !DISubroutineType(types: !16)
!16 = !{!3}
!20 = !DILocation(line: 2, column: 5, scope: !10)
!21 = !DILocation(line: 3, column: 5, scope: !11)
!22 = !DILocation(line: 4, column: 5, scope: !12)
