// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Distill.cpp - Distilled base BTF and relocation --------------------===//
//
// See corecc/CORE/Distill.h for the rules, taken from libbpf's
// btf__distill_base() and btf_relocate.c and written here from them.
// Both directions copy types word for word and then renumber every type
// reference through one id map; strings are added again by value, so the
// string tables come out deduplicated against the new base.
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Distill.h"
#include "corecc/CORE/Resolver.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"
#include <vector>

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

namespace {

Error coreError(CoreErrorCode Code, const Twine &Msg) {
  return make_error<CoreError>(Code, Msg.str());
}

/// Appends a copy of type \p Id of \p Src to \p Dst (references still in
/// Src's numbering) and returns its id in Dst.
uint32_t copyType(const btf::Spec &Src, uint32_t Id, btf::Spec &Dst) {
  Type T = Src.type(Id);
  std::vector<uint32_t> Words(T.words(), T.words() + T.wordCount());
  uint32_t New = Dst.addRawType(Words);
  Dst.forEachStringRef(
      New, [&](uint32_t &Off) { Off = Dst.addString(Src.string(Off)); });
  return New;
}

/// "[12] STRUCT 'foo' size=16".
std::string describe(const btf::Spec &S, uint32_t Id) {
  Type T = S.type(Id);
  std::string Out = "[" + std::to_string(Id) + "] " + kindName(T.kind()).str() +
                    " '" + T.name().str() + "'";
  if (T.hasSize())
    Out += " size=" + std::to_string(T.size());
  if (T.is(Kind::Fwd))
    Out += T.isFwdUnion() ? " (union)" : " (struct)";
  return Out;
}

bool distillable(Kind K) {
  switch (K) {
  case Kind::Int:
  case Kind::Float:
  case Kind::Fwd:
  case Kind::Array:
  case Kind::Struct:
  case Kind::Union:
  case Kind::Typedef:
  case Kind::Enum:
  case Kind::Enum64:
  case Kind::Ptr:
  case Kind::Const:
  case Kind::Volatile:
  case Kind::Restrict:
  case Kind::FuncProto:
  case Kind::TypeTag:
    return true;
  default:
    return false;
  }
}

/// Whether a needed base type goes into the distilled base (else into the
/// new split BTF).
bool goesToBase(const Type &T) {
  switch (T.kind()) {
  case Kind::Int:
  case Kind::Float:
  case Kind::Fwd:
    return true;
  case Kind::Struct:
  case Kind::Union:
  case Kind::Enum:
  case Kind::Enum64:
    return !T.name().empty();
  default:
    return false;
  }
}

} // namespace

Expected<Distilled> core::distillBase(const btf::Spec &Split) {
  const btf::Spec *Base = Split.base();
  if (!Base)
    return coreError(CoreErrorCode::InvalidRecord,
                     "distilling needs split BTF (give its base)");
  uint32_t SplitStart = Split.firstId();

  // 1. The needed base types.
  std::vector<bool> Needed(SplitStart, false);
  std::vector<uint32_t> Work;
  std::string Bad;
  auto Need = [&](uint32_t From, uint32_t Ref) {
    if (Ref == 0 || Ref >= SplitStart || Needed[Ref] || !Bad.empty())
      return;
    Type T = Base->type(Ref);
    if (!distillable(T.kind())) {
      Bad = "type [" + std::to_string(From) + "] refers to base type " +
            describe(*Base, Ref) + ", which a distilled base cannot describe";
      return;
    }
    Needed[Ref] = true;
    // Named structs and unions go memberless: what their members refer to
    // is not needed.
    if (!(T.isComposite() && !T.name().empty()))
      Work.push_back(Ref);
  };
  for (uint32_t Id : Split.ownIds())
    Split.forEachTypeRef(Id, [&](uint32_t Ref) { Need(Id, Ref); });
  while (!Work.empty() && Bad.empty()) {
    uint32_t Id = Work.back();
    Work.pop_back();
    Base->forEachTypeRef(Id, [&](uint32_t Ref) { Need(Id, Ref); });
  }
  if (!Bad.empty())
    return coreError(CoreErrorCode::InvalidRecord, Bad);

  // 2. The distilled base.
  auto D = std::make_shared<btf::Spec>();
  D->setEndianness(Split.endianness());
  std::vector<uint32_t> Map(SplitStart, 0);
  for (uint32_t Id = 1; Id < SplitStart; ++Id) {
    if (!Needed[Id])
      continue;
    Type T = Base->type(Id);
    if (!goesToBase(T))
      continue;
    switch (T.kind()) {
    case Kind::Struct:
      Map[Id] = D->addStruct(T.name(), T.size());
      break;
    case Kind::Union:
      Map[Id] = D->addUnion(T.name(), T.size());
      break;
    case Kind::Enum:
    case Kind::Enum64:
      // A sized forward enum: relocation matches it with an ENUM or an
      // ENUM64 of that name and size.
      Map[Id] = D->addEnum(T.name(), T.size(), /*IsSigned=*/false);
      break;
    default:
      Map[Id] = copyType(*Base, Id, *D);
      break;
    }
  }

  // 3. The new split BTF: the old split types, then the rest of the needed
  // base types.
  Distilled Out{D, btf::Spec(D)};
  btf::Spec &S = Out.Split;
  S.setEndianness(Split.endianness());
  uint32_t NewSplitStart = D->typeCount();
  for (uint32_t Id : Split.ownIds())
    copyType(Split, Id, S);
  for (uint32_t Id = 1; Id < SplitStart; ++Id)
    if (Needed[Id] && !Map[Id])
      Map[Id] = copyType(*Base, Id, S);
  S.remapTypeIds([&](uint32_t Ref) -> uint32_t {
    if (Ref == 0)
      return 0;
    if (Ref < SplitStart)
      return Map[Ref];
    return Ref - SplitStart + NewSplitStart;
  });
  return std::move(Out);
}

Expected<btf::Spec>
core::relocateSplit(const btf::Spec &Split,
                    std::shared_ptr<const btf::Spec> NewBase) {
  const btf::Spec *D = Split.base();
  if (!D)
    return coreError(CoreErrorCode::InvalidRecord,
                     "relocating needs split BTF on a distilled base");
  if (!NewBase || NewBase->base())
    return coreError(CoreErrorCode::InvalidRecord,
                     "the new base must be base BTF, not split BTF");
  uint32_t DCount = D->typeCount();

  // 1. A distilled base has named INT, FLOAT, ENUM, STRUCT, UNION, FWD only.
  for (uint32_t Id = 1; Id < DCount; ++Id) {
    Type T = D->type(Id);
    switch (T.kind()) {
    case Kind::Int:
    case Kind::Float:
    case Kind::Enum:
    case Kind::Struct:
    case Kind::Union:
    case Kind::Fwd:
      if (!T.name().empty())
        break;
      return coreError(CoreErrorCode::InvalidRecord,
                       "not a distilled base: type " + describe(*D, Id) +
                           " is anonymous");
    default:
      return coreError(CoreErrorCode::InvalidRecord,
                       "not a distilled base: type " + describe(*D, Id) +
                           " is of a kind a distilled base does not have");
    }
  }

  // Distilled structs and unions that split types embed (not through a
  // pointer) must keep their size.
  std::vector<bool> Embedded(DCount, false);
  for (uint32_t Id : Split.ownIds()) {
    Type T = Split.type(Id);
    if (!T.isComposite())
      continue;
    for (Member M : T.members()) {
      uint32_t Next = M.Type;
      for (unsigned Depth = 0; Next && Depth < 64; ++Depth) {
        Type N = Split.type(Next);
        if (N.isModifier() || N.is(Kind::Typedef)) {
          Next = N.refType();
        } else if (N.is(Kind::Array)) {
          Next = N.array().ElemType;
        } else {
          if (N.isComposite() && Next < DCount)
            Embedded[Next] = true;
          break;
        }
      }
    }
  }

  // How many composites of each name the new base has.
  StringMap<unsigned> CompositeNames;
  for (uint32_t Id : NewBase->ownIds()) {
    Type T = NewBase->type(Id);
    if (T.isComposite() && !T.name().empty())
      ++CompositeNames[T.name()];
  }

  // 2.-3. One match per distilled type.
  std::vector<uint32_t> Match(DCount, 0);
  for (uint32_t Id = 1; Id < DCount; ++Id) {
    Type DT = D->type(Id);
    std::vector<uint32_t> Found;
    std::vector<uint32_t> SameName;
    for (uint32_t BId : NewBase->findByName(DT.name())) {
      Type BT = NewBase->type(BId);
      SameName.push_back(BId);
      bool Ok = false;
      switch (DT.kind()) {
      case Kind::Int:
        Ok = BT.is(Kind::Int) && BT.size() == DT.size() &&
             BT.intEncoding() == DT.intEncoding();
        break;
      case Kind::Float:
        Ok = BT.is(Kind::Float) && BT.size() == DT.size();
        break;
      case Kind::Enum:
        Ok = BT.isEnumLike() && BT.size() == DT.size();
        break;
      case Kind::Fwd:
        Ok = (BT.is(Kind::Fwd) && BT.isFwdUnion() == DT.isFwdUnion()) ||
             (BT.is(Kind::Struct) && !DT.isFwdUnion()) ||
             (BT.is(Kind::Union) && DT.isFwdUnion());
        break;
      case Kind::Struct:
      case Kind::Union:
        Ok = BT.kind() == DT.kind();
        if (Ok && (Embedded[Id] || CompositeNames.lookup(DT.name()) > 1))
          Ok = BT.size() == DT.size();
        break;
      default:
        break;
      }
      if (Ok)
        Found.push_back(BId);
    }
    if (Found.size() == 1) {
      Match[Id] = Found[0];
      continue;
    }
    std::string What = "distilled base type " + describe(*D, Id);
    if (Embedded[Id])
      What += " (embedded in the split BTF, so its size must match)";
    if (Found.empty()) {
      std::string Msg = What + " has no match in the new base";
      for (size_t I = 0; I < SameName.size() && I < 4; ++I)
        Msg += (I ? ", " : "; it has ") + describe(*NewBase, SameName[I]);
      return coreError(CoreErrorCode::NotFound, Msg);
    }
    std::string Msg = What + " matches " + std::to_string(Found.size()) +
                      " types of the new base:";
    for (size_t I = 0; I < Found.size() && I < 4; ++I)
      Msg += (I ? ", " : " ") + describe(*NewBase, Found[I]);
    return coreError(CoreErrorCode::Ambiguous, Msg);
  }

  // 4. The split types on the new base.
  btf::Spec Out(NewBase);
  Out.setEndianness(Split.endianness());
  uint32_t NewStart = NewBase->typeCount();
  for (uint32_t Id : Split.ownIds())
    copyType(Split, Id, Out);
  Out.remapTypeIds([&](uint32_t Ref) -> uint32_t {
    if (Ref == 0)
      return 0;
    if (Ref < DCount)
      return Match[Ref];
    return Ref - DCount + NewStart;
  });
  return std::move(Out);
}
