//===- CoreBPFBTFTypes.cpp - Debug-info types to BTF ----------------------===//
//
// One BTF type per debug type, following the kernel's BTF rules and what
// libbpf and clang expect:
//
//   DIBasicType       INT (signed/bool/none encoding) or FLOAT
//   pointer           PTR, then one TYPE_TAG per btf_type_tag annotation:
//                       int __a __b *p   =>   PTR -> TYPE_TAG b -> TYPE_TAG a
//                       -> int
//   typedef, const, volatile, restrict   TYPEDEF, CONST, VOLATILE, RESTRICT
//   _Atomic           dropped (BTF has no such modifier)
//   struct, union     STRUCT/UNION with members (kind_flag when a member is a
//                     bitfield), or FWD when only declared
//   enum              ENUM, or ENUM64 when 8 bytes wide
//   array             nested ARRAYs, outermost dimension first, indexed by
//                     the INT "__ARRAY_SIZE_TYPE__"
//   subroutine        FUNC_PROTO; a trailing null type is "..."
//   btf_decl_tag      DECL_TAG on the type, member, function or parameter
//
// Every type that can take part in a cycle (records, pointers, typedefs,
// modifiers) gets its id before its referents are visited, so that
// "struct node { struct node *next; }" is one STRUCT and one PTR.
//
//===----------------------------------------------------------------------===//

#include "CoreBPFBTFTypes.h"
#include "llvm/BinaryFormat/Dwarf.h"

using namespace llvm;
using namespace corecc;

uint32_t CoreBPFBTFTypes::typeId(const DIType *T) {
  if (!T)
    return 0;
  auto It = Ids.find(T);
  if (It != Ids.end())
    return It->second;
  return add(T);
}

uint32_t CoreBPFBTFTypes::add(const DIType *T) {
  if (auto *B = dyn_cast<DIBasicType>(T))
    return addBasic(B);
  if (auto *D = dyn_cast<DIDerivedType>(T))
    return addDerived(D);
  if (auto *C = dyn_cast<DICompositeType>(T))
    return addComposite(C);
  if (auto *F = dyn_cast<DISubroutineType>(T))
    return Ids[T] = addSubroutine(F);
  // Anything else (string types, Fortran-isms) has no BTF form.
  return Ids[T] = 0;
}

uint32_t CoreBPFBTFTypes::addBasic(const DIBasicType *T) {
  uint32_t Bytes = static_cast<uint32_t>(T->getSizeInBits() / 8);
  if (T->getTag() == dwarf::DW_TAG_unspecified_type)
    return Ids[T] = 0;
  uint32_t Id;
  switch (T->getEncoding()) {
  case dwarf::DW_ATE_float:
    Id = S.addFloat(T->getName(), Bytes);
    break;
  case dwarf::DW_ATE_boolean:
    Id = S.addInt(T->getName(), Bytes, btf::IntBool);
    break;
  case dwarf::DW_ATE_signed:
  case dwarf::DW_ATE_signed_char:
    Id = S.addInt(T->getName(), Bytes, btf::IntSigned);
    break;
  default:
    Id = S.addInt(T->getName(), Bytes, btf::IntNone);
    break;
  }
  return Ids[T] = Id;
}

uint32_t CoreBPFBTFTypes::addDerived(const DIDerivedType *T) {
  switch (T->getTag()) {
  case dwarf::DW_TAG_pointer_type:
  case dwarf::DW_TAG_reference_type:
  case dwarf::DW_TAG_rvalue_reference_type: {
    uint32_t Id = S.addPtr(0);
    Ids[T] = Id;
    uint32_t Target = typeId(T->getBaseType());
    if (DINodeArray Annots = T->getAnnotations()) {
      for (const MDOperand &Op : Annots->operands()) {
        auto *Tuple = dyn_cast<MDTuple>(Op.get());
        if (!Tuple || Tuple->getNumOperands() != 2)
          continue;
        auto *Key = dyn_cast<MDString>(Tuple->getOperand(0));
        auto *Value = dyn_cast<MDString>(Tuple->getOperand(1));
        if (Key && Value && Key->getString() == "btf_type_tag")
          Target = S.addTypeTag(Value->getString(), Target);
      }
    }
    S.setRefType(Id, Target);
    return Id;
  }
  case dwarf::DW_TAG_typedef: {
    uint32_t Id = S.addTypedef(T->getName(), 0);
    Ids[T] = Id;
    S.setRefType(Id, typeId(T->getBaseType()));
    return Id;
  }
  case dwarf::DW_TAG_const_type:
  case dwarf::DW_TAG_volatile_type:
  case dwarf::DW_TAG_restrict_type: {
    uint32_t Id = T->getTag() == dwarf::DW_TAG_const_type ? S.addConst(0)
                  : T->getTag() == dwarf::DW_TAG_volatile_type
                      ? S.addVolatile(0)
                      : S.addRestrict(0);
    Ids[T] = Id;
    S.setRefType(Id, typeId(T->getBaseType()));
    return Id;
  }
  default:
    // _Atomic and anything else without a BTF form: the underlying type.
    return Ids[T] = typeId(T->getBaseType());
  }
}

uint32_t CoreBPFBTFTypes::addComposite(const DICompositeType *T) {
  switch (T->getTag()) {
  case dwarf::DW_TAG_structure_type:
  case dwarf::DW_TAG_class_type:
  case dwarf::DW_TAG_union_type:
    return addRecord(T);
  case dwarf::DW_TAG_enumeration_type:
    return addEnum(T);
  case dwarf::DW_TAG_array_type:
    return addArray(T);
  default:
    return Ids[T] = 0;
  }
}

uint32_t CoreBPFBTFTypes::addRecord(const DICompositeType *T) {
  bool IsUnion = T->getTag() == dwarf::DW_TAG_union_type;
  if (T->isForwardDecl())
    return Ids[T] = S.addFwd(T->getName(), IsUnion);

  uint32_t Bytes = static_cast<uint32_t>(T->getSizeInBits() / 8);
  uint32_t Id = IsUnion ? S.addUnion(T->getName(), Bytes)
                        : S.addStruct(T->getName(), Bytes);
  Ids[T] = Id;

  SmallVector<btf::MemberSpec, 16> Members;
  SmallVector<const DIDerivedType *, 16> MemberNodes;
  for (const DINode *E : T->getElements()) {
    auto *M = dyn_cast_or_null<DIDerivedType>(E);
    if (!M || M->getTag() != dwarf::DW_TAG_member || M->isStaticMember())
      continue;
    btf::MemberSpec MS;
    MS.Name = M->getName();
    MS.Type = typeId(M->getBaseType());
    MS.BitOffset = static_cast<uint32_t>(M->getOffsetInBits());
    if (M->isBitField())
      MS.BitfieldSize = static_cast<uint32_t>(M->getSizeInBits());
    Members.push_back(MS);
    MemberNodes.push_back(M);
  }
  S.setMembers(Id, Members);

  addDeclTags(T->getAnnotations(), Id, -1);
  for (unsigned I = 0; I < MemberNodes.size(); ++I)
    addDeclTags(MemberNodes[I]->getAnnotations(), Id, static_cast<int32_t>(I));
  return Id;
}

uint32_t CoreBPFBTFTypes::addEnum(const DICompositeType *T) {
  uint32_t Bytes = static_cast<uint32_t>(T->getSizeInBits() / 8);
  if (Bytes == 0)
    Bytes = 4; // a forward-declared enum

  // Signedness: the underlying type's if Clang recorded it, else signed
  // unless the enumerators are unsigned.
  bool IsSigned = true;
  SmallVector<btf::EnumValueSpec, 16> Values;
  bool SawEnumerator = false;
  for (const DINode *E : T->getElements()) {
    auto *En = dyn_cast_or_null<DIEnumerator>(E);
    if (!En)
      continue;
    if (!SawEnumerator)
      IsSigned = !En->isUnsigned();
    SawEnumerator = true;
    const APInt &V = En->getValue();
    uint64_t Bits = En->isUnsigned() ? V.getZExtValue()
                                     : static_cast<uint64_t>(V.getSExtValue());
    Values.push_back({En->getName(), Bits});
  }
  if (auto *Base = dyn_cast_or_null<DIBasicType>(T->getBaseType()))
    IsSigned = Base->getEncoding() == dwarf::DW_ATE_signed ||
               Base->getEncoding() == dwarf::DW_ATE_signed_char;

  uint32_t Id = Bytes > 4 ? S.addEnum64(T->getName(), Bytes, IsSigned, Values)
                          : S.addEnum(T->getName(), Bytes, IsSigned, Values);
  Ids[T] = Id;
  addDeclTags(T->getAnnotations(), Id, -1);
  return Id;
}

uint32_t CoreBPFBTFTypes::arrayIndexType() {
  if (!ArrayIndexType)
    ArrayIndexType = S.addInt("__ARRAY_SIZE_TYPE__", 4, btf::IntNone);
  return ArrayIndexType;
}

uint32_t CoreBPFBTFTypes::addArray(const DICompositeType *T) {
  uint32_t Elem = typeId(T->getBaseType());
  SmallVector<uint32_t, 4> Counts;
  for (const DINode *E : T->getElements()) {
    auto *SR = dyn_cast_or_null<DISubrange>(E);
    if (!SR)
      continue;
    uint32_t Count = 0;
    if (auto *C = dyn_cast_if_present<ConstantInt *>(SR->getCount()))
      Count =
          C->getSExtValue() > 0 ? static_cast<uint32_t>(C->getSExtValue()) : 0;
    Counts.push_back(Count);
  }
  if (Counts.empty())
    Counts.push_back(0);
  // Innermost dimension first: int a[2][3] is ARRAY(2) of ARRAY(3) of int.
  uint32_t Cur = Elem;
  for (uint32_t Count : llvm::reverse(Counts))
    Cur = S.addArray(Cur, arrayIndexType(), Count);
  return Ids[T] = Cur;
}

uint32_t CoreBPFBTFTypes::addSubroutine(const DISubroutineType *T,
                                        ArrayRef<StringRef> ParamNames) {
  DITypeRefArray Types = T->getTypeArray();
  uint32_t Ret = Types.size() ? typeId(Types[0]) : 0;
  SmallVector<btf::ParamSpec, 8> Params;
  bool Variadic = false;
  for (unsigned I = 1; I < Types.size(); ++I) {
    if (!Types[I]) {
      Variadic = true;
      break;
    }
    btf::ParamSpec P;
    P.Type = typeId(Types[I]);
    if (I - 1 < ParamNames.size())
      P.Name = ParamNames[I - 1];
    Params.push_back(P);
  }
  return S.addFuncProto(Ret, Params, Variadic);
}

uint32_t CoreBPFBTFTypes::funcId(const DISubprogram *SP,
                                 btf::FuncLinkage Linkage) {
  auto It = Funcs.find(SP);
  if (It != Funcs.end())
    return It->second;

  // Parameter names and annotations come from the argument variables.
  SmallVector<StringRef, 8> Names;
  SmallVector<const DILocalVariable *, 8> Args;
  auto Note = [&](const DILocalVariable *V) {
    if (!V || !V->getArg())
      return;
    unsigned Idx = V->getArg() - 1;
    if (Names.size() <= Idx) {
      Names.resize(Idx + 1);
      Args.resize(Idx + 1);
    }
    Names[Idx] = V->getName();
    Args[Idx] = V;
  };
  for (const DINode *N : SP->getRetainedNodes())
    Note(dyn_cast<DILocalVariable>(N));
  for (const DILocalVariable *V : ExtraArgs.lookup(SP))
    Note(V);

  uint32_t Proto = SP->getType() ? addSubroutine(SP->getType(), Names)
                                 : S.addFuncProto(0, {});
  uint32_t Id = S.addFunc(SP->getName(), Proto, Linkage);
  Funcs[SP] = Id;
  addDeclTags(SP->getAnnotations(), Id, -1);
  for (unsigned I = 0; I < Args.size(); ++I)
    if (Args[I])
      addDeclTags(Args[I]->getAnnotations(), Id, static_cast<int32_t>(I));
  return Id;
}

uint32_t CoreBPFBTFTypes::varId(const DIGlobalVariable *GV,
                                btf::VarLinkage Linkage) {
  auto It = Vars.find(GV);
  if (It != Vars.end())
    return It->second;
  uint32_t Id = S.addVar(GV->getName(), typeId(GV->getType()), Linkage);
  Vars[GV] = Id;
  addDeclTags(GV->getAnnotations(), Id, -1);
  return Id;
}

void CoreBPFBTFTypes::addDeclTags(DINodeArray Annotations, uint32_t Target,
                                  int32_t Index) {
  if (!Annotations)
    return;
  for (const MDOperand &Op : Annotations->operands()) {
    auto *Tuple = dyn_cast<MDTuple>(Op.get());
    if (!Tuple || Tuple->getNumOperands() != 2)
      continue;
    auto *Key = dyn_cast<MDString>(Tuple->getOperand(0));
    auto *Value = dyn_cast<MDString>(Tuple->getOperand(1));
    if (Key && Value && Key->getString() == "btf_decl_tag")
      S.addDeclTag(Value->getString(), Target, Index);
  }
}
