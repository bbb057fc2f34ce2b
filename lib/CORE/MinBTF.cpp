// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- MinBTF.cpp - The smallest BTF that still relocates -----------------===//
//
// See corecc/CORE/MinBTF.h for the rules. Marking works on the target's own
// types (a map from (Spec, id) to what of the type is needed); build()
// then copies the marked types in id order into a new base BTF, with
// members and enumerators cut to the marked ones and references renumbered
// (an unmarked pointee becomes void).
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/MinBTF.h"
#include "TypeRelations.h"
#include "corecc/BTF/RelocKinds.h"
#include "llvm/ADT/DenseMap.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

static constexpr unsigned MaxDepth = 64;

MinBTFBuilder::MinBTFBuilder(const TargetBTF &Target) : Target(Target) {}

MinBTFBuilder::Key MinBTFBuilder::key(const btf::Spec &S, uint32_t Id) const {
  // Module types refer to vmlinux types by vmlinux ids.
  if (Target.Vmlinux && &S != Target.Vmlinux.get() &&
      Id < Target.Vmlinux->typeCount())
    return {Target.Vmlinux.get(), Id};
  return {&S, Id};
}

MinBTFBuilder::Marks &MinBTFBuilder::keep(const btf::Spec &S, uint32_t Id) {
  return Kept[key(S, Id)];
}

void MinBTFBuilder::keepShallow(const btf::Spec &S, uint32_t Id,
                                unsigned Depth) {
  if (Id == 0 || !S.isValidId(Id) || Depth > MaxDepth)
    return;
  bool Seen = Kept.count(key(S, Id));
  keep(S, Id);
  if (Seen)
    return; // whatever it refers to is kept already (or being kept)
  Type T = S.type(Id);
  switch (T.kind()) {
  case Kind::Typedef:
  case Kind::Const:
  case Kind::Volatile:
  case Kind::Restrict:
  case Kind::TypeTag:
    keepShallow(S, T.refType(), Depth + 1);
    break;
  case Kind::Array:
    keepShallow(S, T.array().ElemType, Depth + 1);
    keepShallow(S, T.array().IndexType, Depth + 1);
    break;
  case Kind::Ptr:
    HasPointer = true;
    break;
  case Kind::FuncProto:
    keepShallow(S, T.refType(), Depth + 1);
    for (Param P : T.params())
      keepShallow(S, P.Type, Depth + 1);
    break;
  case Kind::Func:
  case Kind::Var:
  case Kind::DeclTag:
    // Only odd BTF reaches these (an array indexed by a FUNC), but what is
    // kept must stay valid: a FUNC needs its FUNC_PROTO, a VAR its type.
    keepShallow(S, T.refType(), Depth + 1);
    break;
  case Kind::Datasec:
    // Likewise (fuzzed BTF): a DATASEC is copied whole, so its VARs are too.
    for (VarSecInfo E : T.secInfos())
      keepShallow(S, E.Type, Depth + 1);
    break;
  default:
    break;
  }
}

void MinBTFBuilder::keepDeep(const btf::Spec &S, uint32_t Id, unsigned Depth) {
  if (Id == 0 || !S.isValidId(Id) || Depth > MaxDepth)
    return;
  // Once per type (or again from a shallower depth), as in keepMatch.
  auto [It, New] = DeepDepth.try_emplace(key(S, Id), Depth);
  if (!New) {
    if (It->second <= Depth)
      return;
    It->second = Depth;
  }
  Type T = S.type(Id);
  if (T.is(Kind::Ptr)) {
    HasPointer = true;
    // A pointer kept by a field relocation may not have its pointee yet.
    bool Seen = Kept.count(key(S, Id));
    keep(S, Id);
    uint32_t Pointee = T.refType();
    if (!Seen || (Pointee && !Kept.count(key(S, Pointee))))
      keepDeep(S, Pointee, Depth + 1);
    return;
  }
  bool Seen = Kept.count(key(S, Id));
  keep(S, Id);
  switch (T.kind()) {
  case Kind::Typedef:
  case Kind::Const:
  case Kind::Volatile:
  case Kind::Restrict:
  case Kind::TypeTag:
    if (!Seen || !Kept.count(key(S, T.refType())))
      keepDeep(S, T.refType(), Depth + 1);
    break;
  case Kind::Array:
    keepDeep(S, T.array().ElemType, Depth + 1);
    keepShallow(S, T.array().IndexType, Depth + 1);
    break;
  case Kind::FuncProto:
    keepDeep(S, T.refType(), Depth + 1);
    for (Param P : T.params())
      keepDeep(S, P.Type, Depth + 1);
    break;
  case Kind::Func:
  case Kind::Var:
  case Kind::DeclTag:
    keepDeep(S, T.refType(), Depth + 1);
    break;
  case Kind::Datasec:
    for (VarSecInfo E : T.secInfos())
      keepDeep(S, E.Type, Depth + 1);
    break;
  default:
    break;
  }
}

void MinBTFBuilder::keepField(const AccessSpec &TS) {
  const btf::Spec &S = *TS.BTF;
  uint32_t Id = TS.RootTypeId;
  keepShallow(S, Id);
  for (size_t I = 1; I < TS.Raw.size(); ++I) {
    // Typedefs and modifiers on the way were kept by keepShallow.
    Id = S.skipModifiersAndTypedefs(Id);
    if (!S.isValidId(Id))
      return;
    Type T = S.type(Id);
    if (T.isComposite()) {
      unsigned Index = TS.Raw[I];
      if (Index >= T.vlen())
        return;
      keep(S, Id).Members.insert(Index);
      uint32_t MemberType = T.member(Index).Type;
      keepShallow(S, MemberType);
      // libbpf lets an index go past a zero-length array only when the
      // array is its struct's last member: with members cut, another
      // zero-length array must not become the last one.
      uint32_t MT = S.skipModifiersAndTypedefs(MemberType);
      if (S.isValidId(MT) && S.type(MT).is(Kind::Array) &&
          S.type(MT).array().NumElements == 0 && Index + 1 < T.vlen()) {
        keep(S, Id).Members.insert(T.vlen() - 1);
        keepShallow(S, T.member(T.vlen() - 1).Type);
      }
      Id = MemberType;
    } else if (T.is(Kind::Array)) {
      Id = T.array().ElemType;
    } else {
      return;
    }
  }
}

void MinBTFBuilder::keepMatch(const btf::Spec &L, uint32_t LId,
                              const btf::Spec &T, uint32_t TId, bool BehindPtr,
                              unsigned Depth) {
  if (Depth > MaxDepth)
    return;
  // What a pair needs is kept once: a type that refers twice to the same
  // type at each level would otherwise be walked 2^depth times. A walk
  // from a shallower depth goes further, so it is done again.
  auto [It, New] = MatchDepth.try_emplace({&L, LId, &T, TId, BehindPtr}, Depth);
  if (!New) {
    if (It->second <= Depth)
      return;
    It->second = Depth;
  }
  // The typedefs and modifiers of the target side are kept as they are.
  keepShallow(T, TId);
  LId = L.skipModifiersAndTypedefs(LId);
  TId = T.skipModifiersAndTypedefs(TId);
  if (!L.isValidId(LId) || !T.isValidId(TId) || TId == 0)
    return;
  keepShallow(T, TId);
  Type LT = L.type(LId), TT = T.type(TId);
  switch (LT.kind()) {
  case Kind::Enum:
  case Kind::Enum64: {
    if (!TT.isEnumLike())
      return;
    Marks &M = keep(T, TId);
    for (EnumValue LV : LT.enumValues())
      for (unsigned I = 0; I < TT.vlen(); ++I)
        if (namesMatch(L.string(LV.NameOff),
                       T.string(TT.enumValue(I).NameOff))) {
          M.Enumerators.insert(I);
          break;
        }
    M.MinVlen = std::max(M.MinVlen, LT.vlen());
    return;
  }
  case Kind::Struct:
  case Kind::Union: {
    if (BehindPtr || !TT.isComposite())
      return;
    keep(T, TId);
    for (Member LM : LT.members()) {
      for (unsigned I = 0; I < TT.vlen(); ++I) {
        Member TM = TT.member(I);
        if (!namesMatch(L.string(LM.NameOff), T.string(TM.NameOff)))
          continue;
        if (typesMatch(L, LM.Type, T, TM.Type, BehindPtr, 32) <= 0)
          continue;
        keep(T, TId).Members.insert(I);
        keepMatch(L, LM.Type, T, TM.Type, BehindPtr, Depth + 1);
        break;
      }
    }
    // libbpf wants the target to have at least as many members as the
    // program's type (two program members may have matched one).
    for (unsigned I = 0; I < TT.vlen(); ++I) {
      if (keep(T, TId).Members.size() >= LT.vlen())
        break;
      if (keep(T, TId).Members.insert(I).second)
        keepShallow(T, TT.member(I).Type);
    }
    return;
  }
  case Kind::Ptr:
    if (!TT.is(Kind::Ptr))
      return;
    HasPointer = true;
    keepMatch(L, LT.refType(), T, TT.refType(), true, Depth + 1);
    return;
  case Kind::Array:
    if (!TT.is(Kind::Array))
      return;
    keepMatch(L, LT.array().ElemType, T, TT.array().ElemType, BehindPtr,
              Depth + 1);
    return;
  case Kind::FuncProto:
    if (!TT.is(Kind::FuncProto) || TT.vlen() != LT.vlen())
      return;
    for (unsigned I = 0; I < LT.vlen(); ++I)
      keepMatch(L, LT.param(I).Type, T, TT.param(I).Type, BehindPtr, Depth + 1);
    keepMatch(L, LT.refType(), T, TT.refType(), BehindPtr, Depth + 1);
    return;
  default:
    return;
  }
}

void MinBTFBuilder::add(const BPFObject &Obj, const ObjectReloc &R,
                        const RelocOutcome &O) {
  // A failed relocation keeps its candidates too: with the same types,
  // the min BTF fails the same way (ambiguity, offset too big).
  if (O.Verdict == RelocOutcome::NotApplied)
    return;
  uint32_t Kind = R.Record.Kind;
  if (Kind == BTF::BTF_TYPE_ID_LOCAL)
    return;
  for (const Resolution::Tried &C : O.Res.Candidates) {
    if (!C.Matched)
      continue;
    // The target spec of this candidate (resolve() keeps the first one's).
    const btf::Spec *CS = nullptr;
    if (C.Origin == "vmlinux")
      CS = Target.Vmlinux.get();
    for (const auto &[Name, Mod] : Target.Modules)
      if (!CS && Name == C.Origin)
        CS = Mod.get();
    if (!CS)
      continue;
    Candidate One{CS, C.TypeId, C.Origin};
    Resolution Single =
        resolve(*Obj.BTF, R.Record.TypeId, R.Access, Kind, {One});
    if (!Single.Target)
      continue;
    const AccessSpec &TS = *Single.Target;
    if (isFieldKind(Kind)) {
      keepField(TS);
    } else if (isEnumKind(Kind)) {
      uint32_t EId = TS.BTF->skipModifiersAndTypedefs(TS.RootTypeId);
      keepShallow(*TS.BTF, TS.RootTypeId);
      if (!TS.Accessors.empty())
        keep(*TS.BTF, EId).Enumerators.insert(TS.Accessors[0].Index);
    } else if (Kind == BTF::TYPE_MATCH) {
      keepMatch(*Obj.BTF, R.Record.TypeId, *TS.BTF, TS.RootTypeId, false);
    } else {
      keepDeep(*TS.BTF, TS.RootTypeId);
    }
  }
}

btf::Spec MinBTFBuilder::build() const {
  btf::Spec Out;
  if (!Target.Vmlinux)
    return Out;
  // libbpf guesses the pointer size from a "long"; keep one if pointers are
  // kept, so that the guess is the kernel's and not the host's.
  std::map<Key, Marks> All = Kept;
  if (HasPointer)
    for (StringRef Name :
         {"long", "long int", "unsigned long", "long unsigned int"})
      if (std::optional<uint32_t> Id =
              Target.Vmlinux->findByName(Name, Kind::Int)) {
        All[{Target.Vmlinux.get(), *Id}];
        break;
      }

  // New ids, in the target's order: vmlinux, then the modules in turn.
  std::vector<const btf::Spec *> Order{Target.Vmlinux.get()};
  for (const auto &M : Target.Modules)
    Order.push_back(M.second.get());
  std::vector<Key> Ids;
  for (const btf::Spec *S : Order)
    for (const auto &[K, M] : All)
      if (K.first == S)
        Ids.push_back(K);
  std::map<Key, uint32_t> NewId;
  for (size_t I = 0; I < Ids.size(); ++I)
    NewId[Ids[I]] = static_cast<uint32_t>(I + 1);
  auto Remap = [&](const btf::Spec &S, uint32_t Id) -> uint32_t {
    if (Id == 0)
      return 0;
    auto It = NewId.find(key(S, Id));
    return It == NewId.end() ? 0 : It->second;
  };

  for (const Key &K : Ids) {
    const btf::Spec &S = *K.first;
    Type T = S.type(K.second);
    const Marks &M = All.at(K);
    StringRef Name = T.name();
    switch (T.kind()) {
    case Kind::Struct:
    case Kind::Union: {
      std::vector<unsigned> Keep(M.Members.begin(), M.Members.end());
      std::vector<MemberSpec> Members;
      for (unsigned I : Keep) {
        Member TM = T.member(I);
        Members.push_back({S.string(TM.NameOff), Remap(S, TM.Type),
                           TM.BitOffset, TM.BitfieldSize});
      }
      uint32_t New = T.is(Kind::Struct) ? Out.addStruct(Name, T.size())
                                        : Out.addUnion(Name, T.size());
      Out.setMembers(New, Members);
      if (T.kindFlag() && !Out.type(New).kindFlag())
        Out.setKindFlag(New, true);
      break;
    }
    case Kind::Enum:
    case Kind::Enum64: {
      std::vector<unsigned> Keep(M.Enumerators.begin(), M.Enumerators.end());
      for (unsigned I = 0; I < T.vlen() && Keep.size() < M.MinVlen; ++I)
        if (!M.Enumerators.count(I))
          Keep.push_back(I);
      llvm::sort(Keep);
      std::vector<EnumValueSpec> Values;
      for (unsigned I : Keep) {
        EnumValue V = T.enumValue(I);
        Values.push_back({S.string(V.NameOff), V.Value});
      }
      if (T.is(Kind::Enum))
        Out.addEnum(Name, T.size(), T.isSignedEnum(), Values);
      else
        Out.addEnum64(Name, T.size(), T.isSignedEnum(), Values);
      break;
    }
    default: {
      // Everything else is copied whole, with its references renumbered.
      std::vector<uint32_t> Words(T.words(), T.words() + T.wordCount());
      uint32_t New = Out.addRawType(Words);
      Out.forEachStringRef(
          New, [&](uint32_t &Off) { Off = Out.addString(S.string(Off)); });
      Out.forEachTypeRef(New, [&](uint32_t &Ref) { Ref = Remap(S, Ref); });
      break;
    }
    }
  }
  Out.setEndianness(Target.Vmlinux->endianness());
  return Out;
}
