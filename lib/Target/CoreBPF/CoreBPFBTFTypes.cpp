// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
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
//   btf_decl_tag      DECL_TAG on the record, typedef, member, function,
//                     parameter or variable
//
// Every type that can take part in a cycle (records, pointers, typedefs,
// modifiers) gets its id before its referents are visited, so that
// "struct node { struct node *next; }" is one STRUCT and one PTR.
//
// Pointees of members are pruned as clang-19 prunes them: a named record
// reached from a struct/union member through a pointer ("struct task_struct
// { struct mm_struct *mm; }") is not visited for that; the pointer (or the
// typedef/modifier right above the record) waits until the end of the
// module, and then refers to the record if something else brought it in
// whole (a function's parameter, a variable, a CO-RE relocation, a map's
// key or value), else to a FWD. Without this, one task_struct pulls in most
// of the kernel's types.
//
//===----------------------------------------------------------------------===//

#include "CoreBPFBTFTypes.h"
#include "llvm/BinaryFormat/Dwarf.h"

using namespace llvm;
using namespace corecc;

/// A named struct or union with members: what a pruned pointer may refer
/// to by a FWD instead.
static bool isPrunable(const DIType *T) {
  auto *C = dyn_cast_or_null<DICompositeType>(T);
  return C &&
         (C->getTag() == dwarf::DW_TAG_structure_type ||
          C->getTag() == dwarf::DW_TAG_class_type ||
          C->getTag() == dwarf::DW_TAG_union_type) &&
         !C->getName().empty() && !C->isForwardDecl();
}

uint32_t CoreBPFBTFTypes::typeId(const DIType *T) {
  return visit(T, /*InMember=*/false, /*SeenPointer=*/false);
}

uint32_t CoreBPFBTFTypes::visit(const DIType *T, bool InMember,
                                bool SeenPointer) {
  if (!T)
    return 0;
  auto It = Ids.find(T);
  if (It == Ids.end())
    return add(T, InMember, SeenPointer);
  uint32_t Id = It->second;
  // Seen before, maybe only as a pruned pointer: reached now where nothing
  // is pruned, the chain below it must be complete (the first type on it
  // not yet visited is visited now).
  if (InMember && SeenPointer)
    return Id;
  for (auto *D = dyn_cast<DIDerivedType>(T); D;) {
    const DIType *Base = D->getBaseType();
    if (!Base)
      break;
    if (Ids.count(Base)) {
      D = dyn_cast<DIDerivedType>(Base);
      continue;
    }
    if (InMember && D->getTag() == dwarf::DW_TAG_pointer_type) {
      SeenPointer = true;
      if (isPrunable(Base))
        break;
    }
    visit(Base, InMember, SeenPointer);
    break;
  }
  return Id;
}

uint32_t CoreBPFBTFTypes::mapDefTypeId(const DIType *T) {
  // Through typedefs and qualifiers to the struct that __uint/__type build.
  const DIType *Def = T;
  while (auto *D = dyn_cast_or_null<DIDerivedType>(Def)) {
    unsigned Tag = D->getTag();
    if (Tag != dwarf::DW_TAG_typedef && Tag != dwarf::DW_TAG_const_type &&
        Tag != dwarf::DW_TAG_volatile_type &&
        Tag != dwarf::DW_TAG_restrict_type)
      break;
    Def = D->getBaseType();
  }
  // Its members are pointers to the key and value types: those come in
  // whole, as libbpf needs them to create the map.
  if (auto *C = dyn_cast_or_null<DICompositeType>(Def))
    if (C->getTag() == dwarf::DW_TAG_structure_type && !C->isForwardDecl())
      for (const DINode *E : C->getElements())
        if (auto *M = dyn_cast_or_null<DIDerivedType>(E))
          typeId(M->getBaseType());
  return typeId(T);
}

void CoreBPFBTFTypes::finish() {
  for (auto [D, Id] : Pruned) {
    auto *Base = cast<DICompositeType>(D->getBaseType());
    bool IsUnion = Base->getTag() == dwarf::DW_TAG_union_type;
    std::pair<std::string, bool> Key{Base->getName().str(), IsUnion};
    uint32_t Target = Ids.lookup(Base);
    if (!Target) {
      auto It = Records.find(Key);
      if (It != Records.end())
        Target = It->second;
    }
    if (!Target) {
      uint32_t &Fwd = Fwds[Key];
      if (!Fwd)
        Fwd = S.addFwd(Base->getName(), IsUnion);
      Target = Fwd;
    }
    if (D->getTag() == dwarf::DW_TAG_pointer_type)
      Target = addTypeTags(D, Target);
    S.setRefType(Id, Target);
  }
  Pruned.clear();
}

uint32_t CoreBPFBTFTypes::addTypeTags(const DIDerivedType *Ptr,
                                      uint32_t Target) {
  if (DINodeArray Annots = Ptr->getAnnotations()) {
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
  return Target;
}

uint32_t CoreBPFBTFTypes::add(const DIType *T, bool InMember,
                              bool SeenPointer) {
  if (auto *B = dyn_cast<DIBasicType>(T))
    return addBasic(B);
  if (auto *D = dyn_cast<DIDerivedType>(T))
    return addDerived(D, InMember, SeenPointer);
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

uint32_t CoreBPFBTFTypes::addDerived(const DIDerivedType *T, bool InMember,
                                     bool SeenPointer) {
  unsigned Tag = T->getTag();
  bool IsPointer = Tag == dwarf::DW_TAG_pointer_type ||
                   Tag == dwarf::DW_TAG_reference_type ||
                   Tag == dwarf::DW_TAG_rvalue_reference_type;
  if (InMember && IsPointer)
    SeenPointer = true;
  // Below a member's pointer, a named record is left for finish().
  bool Prune = InMember && SeenPointer && isPrunable(T->getBaseType());

  uint32_t Id;
  switch (Tag) {
  case dwarf::DW_TAG_pointer_type:
  case dwarf::DW_TAG_reference_type:
  case dwarf::DW_TAG_rvalue_reference_type:
    Id = S.addPtr(0);
    break;
  case dwarf::DW_TAG_typedef:
    Id = S.addTypedef(T->getName(), 0);
    break;
  case dwarf::DW_TAG_const_type:
    Id = S.addConst(0);
    break;
  case dwarf::DW_TAG_volatile_type:
    Id = S.addVolatile(0);
    break;
  case dwarf::DW_TAG_restrict_type:
    Id = S.addRestrict(0);
    break;
  default:
    // _Atomic and anything else without a BTF form: the underlying type.
    return Ids[T] = visit(T->getBaseType(), InMember, SeenPointer);
  }
  Ids[T] = Id;
  if (Tag == dwarf::DW_TAG_typedef)
    addDeclTags(T->getAnnotations(), Id, -1);
  if (Prune) {
    Pruned.push_back({T, Id});
    return Id;
  }
  uint32_t Target = visit(T->getBaseType(), InMember, SeenPointer);
  if (IsPointer)
    Target = addTypeTags(T, Target);
  S.setRefType(Id, Target);
  return Id;
}

uint32_t CoreBPFBTFTypes::addComposite(const DICompositeType *T) {
  // Records, arrays and enums are visited whole wherever they are reached:
  // an array's elements or a record's members start afresh.
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
  if (!T->getName().empty())
    Records.try_emplace({T->getName().str(), IsUnion}, Id);

  SmallVector<btf::MemberSpec, 16> Members;
  SmallVector<const DIDerivedType *, 16> MemberNodes;
  for (const DINode *E : T->getElements()) {
    auto *M = dyn_cast_or_null<DIDerivedType>(E);
    if (!M || M->getTag() != dwarf::DW_TAG_member || M->isStaticMember())
      continue;
    btf::MemberSpec MS;
    MS.Name = M->getName();
    MS.Type = visit(M->getBaseType(), /*InMember=*/true, /*SeenPointer=*/false);
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
    Bytes = 4; // a forward-declared enum (clang-19 writes 0, which the
               // kernel refuses: an ENUM size must be 1, 2, 4 or 8)

  // Signedness: the underlying type's if Clang recorded it, else that of
  // the enumerators; unsigned for a forward declaration (as clang-19).
  bool IsSigned = false;
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

uint32_t CoreBPFBTFTypes::varId(const DIGlobalVariable *GV, StringRef Name,
                                btf::VarLinkage Linkage) {
  auto It = Vars.find(GV);
  if (It != Vars.end())
    return It->second;
  uint32_t Id = S.addVar(Name, typeId(GV->getType()), Linkage);
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
