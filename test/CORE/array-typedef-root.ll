; A pointer to an array typedef indexed, then a member of the element the
; array decays to, with no GEP in between (as opt leaves it, and as LLVM's
; offset-reloc-typedef.ll has it): clang-19 -O2 -g -S -emit-llvm -Xclang
; -disable-llvm-passes of
;
;   struct s { int a; int b; };
;   typedef struct s __s;
;   union u { __s c; __s d; };
;   typedef union u __u;
;   typedef __u arr_t[7];
;   typedef arr_t __arr;
;   int get_value(const void *addr);
;   int test(__arr *arg) {
;     return get_value(__builtin_preserve_access_index(&arg[1]->d.b));
;   }
;
; with the zero GEP of the decay removed. arg[1] is one whole array further
; (7 unions), so the chain is rooted at union u with first index 7: access
; 7:1:1, offset 60, where C puts arg[1]->d.b.
;
; RUN: %corecc -target bpf -O2 -g -c %s -o %t.o
; RUN: %corecc-btf relocs %t.o | FileCheck %s
; CHECK: kind byte_off root {{.*}} union u access 7:1:1 path u[7].d.b value 60
source_filename = "td.c"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf"

%union.u = type { %struct.s }
%struct.s = type { i32, i32 }

; Function Attrs: nounwind
define dso_local i32 @test(ptr noundef %0) #0 !dbg !25 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8, !tbaa !30
    #dbg_declare(ptr %2, !29, !DIExpression(), !34)
  %3 = load ptr, ptr %2, align 8, !dbg !35, !tbaa !30
  %4 = call ptr @llvm.preserve.array.access.index.p0.p0(ptr elementtype([7 x %union.u]) %3, i32 0, i32 1), !dbg !35, !llvm.preserve.access.index !3
  %6 = call ptr @llvm.preserve.union.access.index.p0.p0(ptr %4, i32 1), !dbg !35, !llvm.preserve.access.index !7
  %7 = call ptr @llvm.preserve.struct.access.index.p0.p0(ptr elementtype(%struct.s) %6, i32 1, i32 1), !dbg !35, !llvm.preserve.access.index !11
  %8 = call i32 @get_value(ptr noundef %7), !dbg !36
  ret i32 %8, !dbg !37
}

declare !dbg !38 dso_local i32 @get_value(ptr noundef) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.preserve.array.access.index.p0.p0(ptr, i32 immarg, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.preserve.union.access.index.p0.p0(ptr, i32 immarg) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare ptr @llvm.preserve.struct.access.index.p0.p0(ptr, i32 immarg, i32 immarg) #2

attributes #0 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(none) }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!20, !21, !22, !23}
!llvm.ident = !{!24}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 19.1.7 (3~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !2, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "td.c", directory: "/tmp", checksumkind: CSK_MD5, checksum: "0a09ab51a626a8963e5085ba9d96c861")
!2 = !{!3}
!3 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !4, size: 64)
!4 = !DIDerivedType(tag: DW_TAG_typedef, name: "__arr", file: !1, line: 6, baseType: !5)
!5 = !DIDerivedType(tag: DW_TAG_typedef, name: "arr_t", file: !1, line: 5, baseType: !6)
!6 = !DICompositeType(tag: DW_TAG_array_type, baseType: !7, size: 448, elements: !18)
!7 = !DIDerivedType(tag: DW_TAG_typedef, name: "__u", file: !1, line: 4, baseType: !8)
!8 = distinct !DICompositeType(tag: DW_TAG_union_type, name: "u", file: !1, line: 3, size: 64, elements: !9)
!9 = !{!10, !17}
!10 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !8, file: !1, line: 3, baseType: !11, size: 64)
!11 = !DIDerivedType(tag: DW_TAG_typedef, name: "__s", file: !1, line: 2, baseType: !12)
!12 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "s", file: !1, line: 1, size: 64, elements: !13)
!13 = !{!14, !16}
!14 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !12, file: !1, line: 1, baseType: !15, size: 32)
!15 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!16 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !12, file: !1, line: 1, baseType: !15, size: 32, offset: 32)
!17 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !8, file: !1, line: 3, baseType: !11, size: 64)
!18 = !{!19}
!19 = !DISubrange(count: 7)
!20 = !{i32 7, !"Dwarf Version", i32 5}
!21 = !{i32 2, !"Debug Info Version", i32 3}
!22 = !{i32 1, !"wchar_size", i32 4}
!23 = !{i32 7, !"frame-pointer", i32 2}
!24 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!25 = distinct !DISubprogram(name: "test", scope: !1, file: !1, line: 9, type: !26, scopeLine: 9, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !28)
!26 = !DISubroutineType(types: !27)
!27 = !{!15, !3}
!28 = !{!29}
!29 = !DILocalVariable(name: "arg", arg: 1, scope: !25, file: !1, line: 9, type: !3)
!30 = !{!31, !31, i64 0}
!31 = !{!"any pointer", !32, i64 0}
!32 = !{!"omnipotent char", !33, i64 0}
!33 = !{!"Simple C/C++ TBAA"}
!34 = !DILocation(line: 9, column: 17, scope: !25)
!35 = !DILocation(line: 10, column: 20, scope: !25)
!36 = !DILocation(line: 10, column: 10, scope: !25)
!37 = !DILocation(line: 10, column: 3, scope: !25)
!38 = !DISubprogram(name: "get_value", scope: !1, file: !1, line: 8, type: !39, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized, retainedNodes: !43)
!39 = !DISubroutineType(types: !40)
!40 = !{!15, !41}
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64)
!42 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!43 = !{!44}
!44 = !DILocalVariable(name: "addr", arg: 1, scope: !38, file: !1, line: 8, type: !41)
