; A union member reached through its storage: older Clang (LLVM's
; offset-reloc-cast-union-2.ll) put a zero-index GEP on the union's struct
; type between the member access and the array index. The GEP is not a step:
; the chain is v3 0:1:4 (d[4]), then v1 0:1 after the cast, as llc-19
; relocates it. (corecc ended the chain at d, 0:1, and added 16.)
; clang-19 -O2 -g -S -emit-llvm -Xclang -disable-llvm-passes of
;
;   union v1 { int a; int b; };
;   typedef union v1 __v1;
;   typedef int __int;
;   union v3 { char c; __int d[40]; };
;   typedef union v3 __v3;
;   int get_value(const int *arg);
;   int test(__v3 *arg) {
;     return get_value(__builtin_preserve_access_index(&((__v1 *)(&arg->d[4]))->b));
;   }
;
; with the storage GEP %d.storage added.
;
; RUN: %corecc -target bpf -O2 -g -c %s -o %t.o
; RUN: %corecc-btf relocs %t.o | FileCheck %s
; CHECK: 2 CO-RE relocations
; CHECK: kind byte_off root {{.*}} union v3 access 0:1:4 path v3::d[4] value 16
; CHECK: kind byte_off root {{.*}} union v1 access 0:1 path v1::b value 0
source_filename = "union-storage-gep.c"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

; Function Attrs: nounwind
define dso_local i32 @test(ptr noundef %0) #0 !dbg !19 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !31
    #dbg_declare(ptr %2, !30, !DIExpression(), !35)
  %3 = load ptr, ptr %2, align 8, !dbg !36, !tbaa !31
  %4 = call ptr @llvm.preserve.union.access.index.p0.p0(ptr %3, i32 1), !dbg !37, !llvm.preserve.access.index !23
  %d.storage = getelementptr inbounds { [40 x i32] }, ptr %4, i64 0, i32 0
  %5 = call ptr @llvm.preserve.array.access.index.p0.p0(ptr elementtype([40 x i32]) %d.storage, i32 1, i32 4), !dbg !36, !llvm.preserve.access.index !10
  %6 = call ptr @llvm.preserve.union.access.index.p0.p0(ptr %5, i32 1), !dbg !38, !llvm.preserve.access.index !4
  %7 = call i32 @get_value(ptr noundef %6), !dbg !39
  ret i32 %7, !dbg !40
}

declare !dbg !41 dso_local i32 @get_value(ptr noundef) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.preserve.union.access.index.p0.p0(ptr, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.preserve.array.access.index.p0.p0(ptr, i32 immarg, i32 immarg) #2

attributes #0 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!14, !15, !16, !17}
!llvm.ident = !{!18}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "cu.c", directory: "/tmp", checksumkind: CSK_MD5, checksum: "fe19d3b83d58a345915ba4e2478f3353")
!2 = !{!3, !10}
!3 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!4 = !DIDerivedType(tag: DW_TAG_typedef, name: "__v1", file: !1, line: 2, baseType: !5)
!5 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "v1", file: !1, line: 1, size: 32, elements: !6)
!6 = !{!7, !9}
!7 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !5, file: !1, line: 1, baseType: !8, size: 32)
!8 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!9 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !5, file: !1, line: 1, baseType: !8, size: 32)
!10 = !DICompositeType(tag: DW_TAG_array_type, baseType: !11, size: 1280, elements: !12)
!11 = !DIDerivedType(tag: DW_TAG_typedef, name: "__int", file: !1, line: 3, baseType: !8)
!12 = !{!13}
!13 = !DISubrange(count: 40)
!14 = !{i32 7, !"Dwarf Version", i32 5}
!15 = !{i32 2, !"Debug Info Version", i32 3}
!16 = !{i32 1, !"wchar_size", i32 4}
!17 = !{i32 7, !"frame-pointer", i32 2}
!18 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!19 = distinct !DISubprogram(name: "test", scope: !1, file: !1, line: 7, type: !20, scopeLine: 7, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !29)
!20 = !DISubroutineType(types: !21)
!21 = !{!8, !22}
!22 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !23, size: 64)
!23 = !DIDerivedType(tag: DW_TAG_typedef, name: "__v3", file: !1, line: 5, baseType: !24)
!24 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "v3", file: !1, line: 4, size: 1280, elements: !25)
!25 = !{!26, !28}
!26 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !24, file: !1, line: 4, baseType: !27, size: 8)
!27 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!28 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !24, file: !1, line: 4, baseType: !10, size: 1280)
!29 = !{!30}
!30 = !DILocalVariable(name: "arg", arg: 1, scope: !19, file: !1, line: 7, type: !22)
!31 = !{!32, !32, i64 0}
!32 = !{!"any pointer", !33, i64 0}
!33 = !{!"omnipotent char", !34, i64 0}
!34 = !{!"Simple C/C++ TBAA"}
!35 = !DILocation(line: 7, column: 16, scope: !19)
!36 = !DILocation(line: 8, column: 64, scope: !19)
!37 = !DILocation(line: 8, column: 69, scope: !19)
!38 = !DILocation(line: 8, column: 77, scope: !19)
!39 = !DILocation(line: 8, column: 10, scope: !19)
!40 = !DILocation(line: 8, column: 3, scope: !19)
!41 = !DISubprogram(name: "get_value", scope: !1, file: !1, line: 6, type: !42, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !46)
!42 = !DISubroutineType(types: !43)
!43 = !{!8, !44}
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64)
!45 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!46 = !{!47}
!47 = !DILocalVariable(name: "arg", arg: 1, scope: !41, file: !1, line: 6, type: !44)
