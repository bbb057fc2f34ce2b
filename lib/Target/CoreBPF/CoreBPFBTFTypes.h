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

namespace llvm {

class CoreBPFBTFTypes {
public:
  explicit CoreBPFBTFTypes(corecc::btf::Spec &S) : S(S) {}

  /// The BTF id of a debug type (0 for void), adding it and everything it
  /// refers to on first use.
  uint32_t typeId(const DIType *T);

  /// A FUNC for a subprogram: its FUNC_PROTO carries parameter names, and
  /// btf_decl_tag annotations become DECL_TAGs. Linkage is the caller's.
  uint32_t funcId(const DISubprogram *SP, corecc::btf::FuncLinkage Linkage);

  /// A VAR for a global variable, with its DECL_TAGs.
  uint32_t varId(const DIGlobalVariable *GV, corecc::btf::VarLinkage Linkage);

  /// Records a parameter variable seen in a function's code, for parameter
  /// names the subprogram's retained nodes lack (-O0 code).
  void noteArgument(const DISubprogram *SP, const DILocalVariable *V) {
    if (V && V->getArg())
      ExtraArgs[SP].push_back(V);
  }

  corecc::btf::Spec &spec() { return S; }

private:
  corecc::btf::Spec &S;
  DenseMap<const DIType *, uint32_t> Ids;
  DenseMap<const DISubprogram *, uint32_t> Funcs;
  DenseMap<const DIGlobalVariable *, uint32_t> Vars;
  DenseMap<const DISubprogram *, SmallVector<const DILocalVariable *, 4>>
      ExtraArgs;
  uint32_t ArrayIndexType = 0;

  uint32_t add(const DIType *T);
  uint32_t addBasic(const DIBasicType *T);
  uint32_t addDerived(const DIDerivedType *T);
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
