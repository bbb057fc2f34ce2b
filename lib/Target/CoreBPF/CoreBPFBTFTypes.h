// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFBTFTypes.h - Debug-info types to BTF --------------*- C++ -*-===//
//
// Translates DWARF-style debug types (DIType) into BTF types of a
// corecc::btf::Spec, one BTF type per debug type, reached on demand from the
// functions, variables and CO-RE relocations that need them.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFBTFTYPES_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFBTFTYPES_H

#include "corecc/BTF/Spec.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include <map>
#include <string>

namespace llvm {

class CoreBPFBTFTypes {
public:
  explicit CoreBPFBTFTypes(corecc::btf::Spec &S) : S(S) {}

  /// The BTF id of a debug type (0 for void), adding it and everything it
  /// refers to on first use (named records behind members' pointers only
  /// as far as the pointer; see finish()).
  uint32_t typeId(const DIType *T);

  /// The type of a map definition in .maps: as typeId(), and the types its
  /// members point to (the key and value of __type) are added whole.
  uint32_t mapDefTypeId(const DIType *T);

  /// Points every pruned member pointer at its record, or at a FWD when the
  /// record was never added whole. Call once all types have been added.
  void finish();

  /// A FUNC for a subprogram: its FUNC_PROTO carries parameter names, and
  /// btf_decl_tag annotations become DECL_TAGs. Linkage is the caller's.
  uint32_t funcId(const DISubprogram *SP, corecc::btf::FuncLinkage Linkage);

  /// A VAR for a global variable, with its DECL_TAGs. Name is the
  /// variable's symbol name, which libbpf and the static linker match VARs
  /// against ("f.counter" for a static local of f, not "counter").
  uint32_t varId(const DIGlobalVariable *GV, StringRef Name,
                 corecc::btf::VarLinkage Linkage);

  /// Records a parameter variable seen in a function's code, for parameter
  /// names the subprogram's retained nodes lack (-O0 code). Parameters of
  /// functions inlined into SP are not SP's.
  void noteArgument(const DISubprogram *SP, const DILocalVariable *V) {
    if (V && V->getArg() && V->getScope() &&
        V->getScope()->getSubprogram() == SP)
      ExtraArgs[SP].push_back(V);
  }

  corecc::btf::Spec &spec() { return S; }

private:
  corecc::btf::Spec &S;
  DenseMap<const DIType *, uint32_t> Ids;
  /// Pointers (or typedefs/modifiers) below a member's pointer whose
  /// referent, a named record, waits for finish().
  SmallVector<std::pair<const DIDerivedType *, uint32_t>, 16> Pruned;
  /// Named records added whole, and FWDs added, by (name, is union).
  std::map<std::pair<std::string, bool>, uint32_t> Records, Fwds;
  DenseMap<const DISubprogram *, uint32_t> Funcs;
  DenseMap<const DIGlobalVariable *, uint32_t> Vars;
  DenseMap<const DISubprogram *, SmallVector<const DILocalVariable *, 4>>
      ExtraArgs;
  uint32_t ArrayIndexType = 0;

  /// typeId() in context: InMember when T is (below) a struct/union
  /// member's type, SeenPointer when a pointer is on the way down from it.
  uint32_t visit(const DIType *T, bool InMember, bool SeenPointer);
  uint32_t add(const DIType *T, bool InMember, bool SeenPointer);
  uint32_t addBasic(const DIBasicType *T);
  uint32_t addDerived(const DIDerivedType *T, bool InMember, bool SeenPointer);
  /// TYPE_TAGs of a pointer's btf_type_tag annotations, on Target.
  uint32_t addTypeTags(const DIDerivedType *Ptr, uint32_t Target);
  uint32_t addComposite(const DICompositeType *T);
  uint32_t addRecord(const DICompositeType *T);
  uint32_t addEnum(const DICompositeType *T);
  uint32_t addArray(const DICompositeType *T);
  uint32_t addSubroutine(const DISubroutineType *T,
                         ArrayRef<StringRef> ParamNames = {});
  uint32_t arrayIndexType();

  /// DECL_TAGs for the "btf_decl_tag" annotations of a node.
  void addDeclTags(DINodeArray Annotations, uint32_t Target, int32_t Index);
};

} // namespace llvm

#endif
