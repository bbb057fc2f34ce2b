; The CO-RE IR pass on Clang's output (clang-19 -g -O2 -Xclang
; -disable-llvm-passes, trimmed) for
;
;   struct s { int a; struct s *next; int arr[4]; }
;       __attribute__((preserve_access_index));
;   int chain(struct s *p) { return p->next->arr[2]; }
;   unsigned size_a(struct s *p) { return __builtin_preserve_field_info(p->a, 1); }
;
; Each chain end becomes the value of a relocation global (one per distinct
; kind, root and access string) whose !corecc.core metadata is {kind, root,
; access string, value in this layout, C path}, named by an opaque
; llvm.bpf.passthrough(0, @global) call of the value's type, and the address
; a getelementptr i8 by that value. A builtin becomes the value itself. Under
; -mno-core the chains are plain getelementptrs and the builtin a constant.
; RUN: %corecc -O2 -mcore -S -emit-llvm %s -o - | FileCheck %s
; RUN: %corecc -O2 -mno-core -S -emit-llvm %s -o - | FileCheck --check-prefix=NOCORE %s
; RUN: %corecc -O2 -mcore -c %s -o %t.o
; RUN: %objdump -dr %t.o | FileCheck --check-prefix=OBJ %s

; CHECK: @[[NEXT:corecc.core[.0-9]*]] = external {{.*}}constant i64, !corecc.core ![[NEXTMD:[0-9]+]]
; CHECK: @[[ARR:corecc.core[.0-9]*]] = external {{.*}}constant i64, !corecc.core ![[ARRMD:[0-9]+]]
; CHECK: @[[SIZE:corecc.core[.0-9]*]] = external {{.*}}constant i64, !corecc.core ![[SIZEMD:[0-9]+]]

; CHECK-LABEL: define {{.*}}i32 @chain(
; CHECK: %[[OFF1:.*]] = {{.*}}call i64 @llvm.bpf.passthrough.i64.p0(i32 0, ptr nonnull @[[NEXT]])
; CHECK: %[[ADDR1:.*]] = getelementptr i8, ptr %0, i64 %[[OFF1]]
; CHECK: %[[P2:.*]] = load ptr, ptr %[[ADDR1]]
; CHECK: %[[OFF2:.*]] = {{.*}}call i64 @llvm.bpf.passthrough.i64.p0(i32 0, ptr nonnull @[[ARR]])
; CHECK: %[[ADDR2:.*]] = getelementptr i8, ptr %[[P2]], i64 %[[OFF2]]
; CHECK: load i32, ptr %[[ADDR2]]

; CHECK-LABEL: define {{.*}}i32 @size_a(
; CHECK: %[[V:.*]] = {{.*}}call i32 @llvm.bpf.passthrough.i32.p0(i32 0, ptr nonnull @[[SIZE]])
; CHECK: ret i32 %[[V]]

; CHECK-DAG: ![[NEXTMD]] = !{i32 0, ![[S:[0-9]+]], !"0:1", i64 8, !"s::next"}
; CHECK-DAG: ![[ARRMD]] = !{i32 0, ![[S]], !"0:2:2", i64 24, !"s::next->arr[2]"}
; CHECK-DAG: ![[SIZEMD]] = !{i32 1, ![[S]], !"0:0", i64 4, !"s::a"}
; CHECK-DAG: ![[S]] = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "s"

; NOCORE-NOT: corecc.core
; NOCORE-LABEL: define {{.*}}i32 @chain(
; NOCORE: %[[N:.*]] = getelementptr inbounds i8, ptr %0, i64 8
; NOCORE: %[[P:.*]] = load ptr, ptr %[[N]]
; NOCORE: getelementptr inbounds i8, ptr %[[P]], i64 24
; NOCORE-LABEL: define {{.*}}i32 @size_a(
; NOCORE: ret i32 4

; OBJ-LABEL: <chain>:
; OBJ-NEXT: r0 = *(u64 *)(r1 + 0x8)
; OBJ-NEXT: CO-RE <byte_off> [[[#S:]]] struct s::next (0:1)
; OBJ-NEXT: r0 = *(u32 *)(r0 + 0x18)
; OBJ-NEXT: CO-RE <byte_off> [[[#S]]] struct s::arr[2] (0:2:2)
; OBJ-LABEL: <size_a>:
; OBJ-NEXT: w0 = 0x4
; OBJ-NEXT: CO-RE <byte_sz> [[[#S]]] struct s::a (0:0)

target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.s = type { i32, ptr, [4 x i32] }

define dso_local i32 @chain(ptr noundef %0) !dbg !12 {
  %2 = call ptr @llvm.preserve.struct.access.index.p0.p0(ptr elementtype(%struct.s) %0, i32 1, i32 1), !dbg !29, !llvm.preserve.access.index !16
  %3 = load ptr, ptr %2, align 8, !dbg !29
  %4 = call ptr @llvm.preserve.struct.access.index.p0.p0(ptr elementtype(%struct.s) %3, i32 2, i32 2), !dbg !33, !llvm.preserve.access.index !16
  %5 = call ptr @llvm.preserve.array.access.index.p0.p0(ptr elementtype([4 x i32]) %4, i32 1, i32 2), !dbg !28, !llvm.preserve.access.index !3
  %6 = load i32, ptr %5, align 8, !dbg !28
  ret i32 %6, !dbg !35
}

define dso_local i32 @size_a(ptr noundef %0) !dbg !36 {
  %2 = call ptr @llvm.preserve.struct.access.index.p0.p0(ptr elementtype(%struct.s) %0, i32 0, i32 0), !dbg !44, !llvm.preserve.access.index !16
  %3 = call i32 @llvm.bpf.preserve.field.info.p0(ptr %2, i64 1), !dbg !45
  ret i32 %3, !dbg !46
}

declare ptr @llvm.preserve.struct.access.index.p0.p0(ptr, i32 immarg, i32 immarg)
declare ptr @llvm.preserve.array.access.index.p0.p0(ptr, i32 immarg, i32 immarg)
declare i32 @llvm.bpf.preserve.field.info.p0(ptr, i64 immarg)

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!7, !8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2)
!1 = !DIFile(filename: "ir-pass.c", directory: "/")
!2 = !{!3}
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !5)
!4 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!5 = !{!6}
!6 = !DISubrange(count: 4)
!7 = !{i32 7, !"Dwarf Version", i32 5}
!8 = !{i32 2, !"Debug Info Version", i32 3}
!12 = distinct !DISubprogram(name: "chain", scope: !1, file: !1, line: 2, type: !13, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!13 = !DISubroutineType(types: !14)
!14 = !{!4, !15}
!15 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !16, size: 64)
!16 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "s", file: !1, line: 1, size: 256, elements: !17)
!17 = !{!18, !19, !20}
!18 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !16, file: !1, line: 1, baseType: !4, size: 32)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "next", scope: !16, file: !1, line: 1, baseType: !15, size: 64, offset: 64)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "arr", scope: !16, file: !1, line: 1, baseType: !3, size: 128, offset: 128)
!28 = !DILocation(line: 2, column: 33, scope: !12)
!29 = !DILocation(line: 2, column: 36, scope: !12)
!33 = !DILocation(line: 2, column: 42, scope: !12)
!35 = !DILocation(line: 2, column: 26, scope: !12)
!36 = distinct !DISubprogram(name: "size_a", scope: !1, file: !1, line: 3, type: !37, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0)
!37 = !DISubroutineType(types: !38)
!38 = !{!39, !15}
!39 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!44 = !DILocation(line: 3, column: 72, scope: !36)
!45 = !DILocation(line: 3, column: 39, scope: !36)
!46 = !DILocation(line: 3, column: 32, scope: !36)
