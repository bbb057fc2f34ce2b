// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- TypeRelations.cpp - CO-RE relations between types ------------------===//
//
// These follow libbpf's rules on purpose, so that corecc-btf check gives the
// answers libbpf gives at load time. Modifiers (const, volatile, restrict,
// type tags) and typedefs never matter; names are compared without their
// "___flavor" suffix.
//
//===----------------------------------------------------------------------===//

#include "TypeRelations.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <tuple>

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

static constexpr int MaxDepth = 32;

bool core::kindsCompatible(const Type &A, const Type &B) {
  return A.kind() == B.kind() || (A.isEnumLike() && B.isEnumLike());
}

bool core::namesMatch(StringRef Local, StringRef Target) {
  if (Target.empty())
    return Local.empty();
  return essentialName(Local) == essentialName(Target);
}

/// Resolves Id through modifiers and typedefs; false if it leaves the Spec.
static bool resolveId(const btf::Spec &S, uint32_t &Id) {
  Id = S.skipModifiersAndTypedefs(Id);
  return S.isValidId(Id);
}

int core::fieldsCompatible(const btf::Spec &L, uint32_t LId, const btf::Spec &T,
                           uint32_t TId) {
  for (int Depth = 0; Depth < MaxDepth; ++Depth) {
    if (!resolveId(L, LId) || !resolveId(T, TId))
      return -1;
    Type LT = L.type(LId), TT = T.type(TId);
    if (LT.isComposite() && TT.isComposite())
      return 1;
    if (!kindsCompatible(LT, TT))
      return 0;
    switch (LT.kind()) {
    case Kind::Ptr:
    case Kind::Float:
      return 1;
    case Kind::Fwd:
    case Kind::Enum:
    case Kind::Enum64: {
      StringRef LN = essentialName(LT.name()), TN = essentialName(TT.name());
      return LN.empty() || TN.empty() || LN == TN;
    }
    case Kind::Int:
      // Only the deprecated bitfield-style INT (with a bit offset) is
      // rejected; size and signedness may differ.
      return LT.intBitOffset() == 0 && TT.intBitOffset() == 0;
    case Kind::Array:
      LId = LT.array().ElemType;
      TId = TT.array().ElemType;
      continue;
    default:
      return 0;
    }
  }
  return -1;
}

namespace {
/// Answers already computed within one top-level comparison, by (local id,
/// target id, level, behind a pointer). libbpf's recursion compares a pair
/// again each time it is reached, 2^depth times on types that refer twice
/// to the same type at each level; with this memory the work is linear in
/// the pairs compared, and the answers are the same (the key holds
/// everything the answer depends on).
struct RelationMemo {
  struct Answer {
    int Result;
    std::string Why;
  };
  DenseMap<std::tuple<uint32_t, uint32_t, int>, Answer> Map;

  const Answer *find(uint32_t L, uint32_t T, int Level, bool BehindPtr) {
    auto It = Map.find({L, T, Level * 2 + BehindPtr});
    return It == Map.end() ? nullptr : &It->second;
  }
  void add(uint32_t L, uint32_t T, int Level, bool BehindPtr, int Result,
           const std::string *Why) {
    Map[{L, T, Level * 2 + BehindPtr}] = {Result, Why ? *Why : ""};
  }
};
} // namespace

static int typesCompatibleImpl(const btf::Spec &L, uint32_t LId,
                               const btf::Spec &T, uint32_t TId, int Level,
                               RelationMemo &Memo);

int core::typesCompatible(const btf::Spec &L, uint32_t LId, const btf::Spec &T,
                          uint32_t TId, int Level) {
  RelationMemo Memo;
  return typesCompatibleImpl(L, LId, T, TId, Level, Memo);
}

static int typesCompatibleUncached(const btf::Spec &L, uint32_t LId,
                                   const btf::Spec &T, uint32_t TId, int Level,
                                   RelationMemo &Memo) {
  if (!L.isValidId(LId) || !T.isValidId(TId))
    return -1;
  if (!kindsCompatible(L.type(LId), T.type(TId)))
    return 0;
  for (int Depth = 0; Depth < MaxDepth; ++Depth) {
    if (!resolveId(L, LId) || !resolveId(T, TId))
      return -1;
    Type LT = L.type(LId), TT = T.type(TId);
    if (!kindsCompatible(LT, TT))
      return 0;
    switch (LT.kind()) {
    case Kind::Unknown:
    case Kind::Struct:
    case Kind::Union:
    case Kind::Enum:
    case Kind::Enum64:
    case Kind::Fwd:
      return 1;
    case Kind::Int:
      return LT.intBitOffset() == 0 && TT.intBitOffset() == 0;
    case Kind::Ptr:
      LId = LT.refType();
      TId = TT.refType();
      continue;
    case Kind::Array:
      LId = LT.array().ElemType;
      TId = TT.array().ElemType;
      continue;
    case Kind::FuncProto: {
      if (LT.vlen() != TT.vlen())
        return 0;
      for (unsigned I = 0; I < LT.vlen(); ++I) {
        if (Level <= 0)
          return -1;
        int R = typesCompatibleImpl(
            L, L.skipModifiersAndTypedefs(LT.param(I).Type), T,
            T.skipModifiersAndTypedefs(TT.param(I).Type), Level - 1, Memo);
        if (R <= 0)
          return R;
      }
      LId = LT.refType();
      TId = TT.refType();
      continue;
    }
    default:
      return 0;
    }
  }
  return -1;
}

static int typesCompatibleImpl(const btf::Spec &L, uint32_t LId,
                               const btf::Spec &T, uint32_t TId, int Level,
                               RelationMemo &Memo) {
  if (const RelationMemo::Answer *A = Memo.find(LId, TId, Level, false))
    return A->Result;
  int R = typesCompatibleUncached(L, LId, T, TId, Level, Memo);
  Memo.add(LId, TId, Level, false, R, nullptr);
  return R;
}

static int enumsMatch(const Type &LT, const Type &TT, std::string *Why) {
  if (LT.size() != TT.size()) {
    if (Why)
      *Why = ("enum " + LT.name() + " is " + Twine(LT.size()) +
              " bytes locally and " + Twine(TT.size()) + " in the target")
                 .str();
    return 0;
  }
  if (LT.vlen() > TT.vlen()) {
    if (Why)
      *Why = ("enum " + LT.name() + " has " + Twine(LT.vlen()) +
              " enumerators locally and only " + Twine(TT.vlen()) +
              " in the target")
                 .str();
    return 0;
  }
  for (EnumValue LV : LT.enumValues()) {
    StringRef LN = LT.spec().string(LV.NameOff);
    bool Found = false;
    for (EnumValue TV : TT.enumValues())
      if (namesMatch(LN, TT.spec().string(TV.NameOff))) {
        Found = true;
        break;
      }
    if (!Found) {
      if (Why)
        *Why = ("enumerator " + LN + " of enum " + LT.name() +
                " is missing from the target")
                   .str();
      return 0;
    }
  }
  return 1;
}

static int typesMatchImpl(const btf::Spec &L, uint32_t LId, const btf::Spec &T,
                          uint32_t TId, bool BehindPtr, int Level,
                          std::string *Why, RelationMemo &Memo);

static int compositesMatch(const Type &LT, const Type &TT, bool BehindPtr,
                           int Level, std::string *Why, RelationMemo &Memo) {
  // libbpf gives up at once when the target has fewer members; with Why we
  // look for the member to name first, but the answer stays "no".
  bool TooFew = LT.vlen() > TT.vlen();
  if (TooFew && !Why)
    return 0;
  for (Member LM : LT.members()) {
    StringRef LN = LT.spec().string(LM.NameOff);
    bool Found = false;
    std::string Inner;
    for (Member TM : TT.members()) {
      if (!namesMatch(LN, TT.spec().string(TM.NameOff)))
        continue;
      int R = typesMatchImpl(LT.spec(), LM.Type, TT.spec(), TM.Type, BehindPtr,
                             Level - 1, Why ? &Inner : nullptr, Memo);
      if (R < 0)
        return TooFew ? 0 : R;
      if (R > 0) {
        Found = true;
        break;
      }
    }
    if (!Found) {
      if (Why) {
        std::string Name = LN.empty() ? "<anon>" : LN.str();
        *Why = Inner.empty() ? "member " + Name + " of " + LT.name().str() +
                                   " is missing from the target"
                             : "member " + Name + " of " + LT.name().str() +
                                   " differs: " + Inner;
      }
      return 0;
    }
  }
  if (TooFew) {
    *Why = (LT.name() + " has " + Twine(LT.vlen()) +
            " members locally and only " + Twine(TT.vlen()) + " in the target")
               .str();
    return 0;
  }
  return 1;
}

int core::typesMatch(const btf::Spec &L, uint32_t LId, const btf::Spec &T,
                     uint32_t TId, bool BehindPtr, int Level,
                     std::string *Why) {
  RelationMemo Memo;
  return typesMatchImpl(L, LId, T, TId, BehindPtr, Level, Why, Memo);
}

static int typesMatchUncached(const btf::Spec &L, uint32_t LId,
                              const btf::Spec &T, uint32_t TId, bool BehindPtr,
                              int Level, std::string *Why, RelationMemo &Memo) {
  if (Level <= 0)
    return -1;
  for (int Depth = 0; Depth < MaxDepth; ++Depth) {
    if (!resolveId(L, LId) || !resolveId(T, TId))
      return -1;
    Type LT = L.type(LId), TT = T.type(TId);
    auto Differ = [&](const Twine &Msg) {
      if (Why)
        *Why = Msg.str();
      return 0;
    };
    if (!namesMatch(LT.name(), TT.name())) {
      if (LT.is(Kind::Int) && TT.is(Kind::Int))
        return Differ("integer type '" + LT.name() + "' is named '" +
                      TT.name() +
                      "' in the target (type matching compares names, and "
                      "clang and GCC name some integers differently)");
      return Differ("type '" + LT.name() + "' is named '" + TT.name() +
                    "' in the target");
    }
    Kind LK = LT.kind(), TK = TT.kind();
    switch (LK) {
    case Kind::Unknown:
      return LK == TK;
    case Kind::Fwd: {
      bool LUnion = LT.isFwdUnion();
      if (BehindPtr) {
        if (LK == TK)
          return LUnion == TT.isFwdUnion();
        return (TK == Kind::Struct && !LUnion) || (TK == Kind::Union && LUnion);
      }
      if (LK != TK)
        return Differ("forward declaration " + LT.name() +
                      " is a complete type in the target");
      return LUnion == TT.isFwdUnion();
    }
    case Kind::Enum:
    case Kind::Enum64:
      if (!TT.isEnumLike())
        return Differ(LT.name() + " is not an enum in the target");
      return enumsMatch(LT, TT, Why);
    case Kind::Struct:
    case Kind::Union:
      if (BehindPtr) {
        if (LK == TK)
          return 1;
        if (TK != Kind::Fwd)
          return Differ(LT.name() + " has another kind in the target");
        return (LK == Kind::Union) == TT.isFwdUnion();
      }
      if (LK != TK)
        return Differ(LT.name() + " has another kind in the target");
      return compositesMatch(LT, TT, BehindPtr, Level, Why, Memo);
    case Kind::Int: {
      if (LK != TK)
        return Differ("integer " + LT.name() +
                      " is not an integer in the "
                      "target");
      if (LT.size() != TT.size() ||
          (LT.intEncoding() & IntSigned) != (TT.intEncoding() & IntSigned))
        return Differ("integer " + LT.name() + " (" + Twine(LT.size()) +
                      " bytes, " + (LT.isSignedInt() ? "signed" : "unsigned") +
                      ") is " + TT.name() + " (" + Twine(TT.size()) +
                      " bytes, " + (TT.isSignedInt() ? "signed" : "unsigned") +
                      ") in the target");
      return 1;
    }
    case Kind::Ptr:
      if (LK != TK)
        return Differ("a pointer is not a pointer in the target");
      BehindPtr = true;
      LId = LT.refType();
      TId = TT.refType();
      continue;
    case Kind::Array:
      if (LK != TK)
        return Differ("an array is not an array in the target");
      if (LT.array().NumElements != TT.array().NumElements)
        return Differ("array of " + Twine(LT.array().NumElements) +
                      " elements has " + Twine(TT.array().NumElements) +
                      " in the target");
      LId = LT.array().ElemType;
      TId = TT.array().ElemType;
      continue;
    case Kind::FuncProto: {
      if (LK != TK || LT.vlen() != TT.vlen())
        return Differ("function prototypes differ");
      for (unsigned I = 0; I < LT.vlen(); ++I) {
        int R = typesMatchImpl(L, LT.param(I).Type, T, TT.param(I).Type,
                               BehindPtr, Level - 1, Why, Memo);
        if (R <= 0)
          return R;
      }
      LId = LT.refType();
      TId = TT.refType();
      continue;
    }
    default:
      return Differ("unexpected kind " + kindName(LK) + " in a type match");
    }
  }
  return -1;
}

static int typesMatchImpl(const btf::Spec &L, uint32_t LId, const btf::Spec &T,
                          uint32_t TId, bool BehindPtr, int Level,
                          std::string *Why, RelationMemo &Memo) {
  if (const RelationMemo::Answer *A = Memo.find(LId, TId, Level, BehindPtr)) {
    if (Why)
      *Why = A->Why;
    return A->Result;
  }
  int R = typesMatchUncached(L, LId, T, TId, BehindPtr, Level, Why, Memo);
  Memo.add(LId, TId, Level, BehindPtr, R, Why);
  return R;
}

/// Target composites (and the depth of the spec there) already searched
/// for the member without finding it: a struct whose anonymous members are
/// twice the same type at each level would otherwise be searched 2^depth
/// times for a member it lacks.
using NotFoundSet = DenseSet<std::pair<uint32_t, size_t>>;

static int matchMemberImpl(const btf::Spec &L, const Accessor &LAcc,
                           const btf::Spec &T, uint32_t TId, AccessSpec &Spec,
                           uint32_t &NextId, NotFoundSet &NotFound) {
  if (!resolveId(T, TId))
    return -1;
  if (NotFound.count({TId, Spec.Raw.size()}))
    return 0;
  const size_t Start = Spec.Raw.size();
  Type TT = T.type(TId);
  if (!TT.isComposite())
    return 0;
  Type LT = L.type(LAcc.TypeId);
  Member LM = LT.member(LAcc.Index);
  StringRef LName = L.string(LM.NameOff);

  for (unsigned I = 0; I < TT.vlen(); ++I) {
    Member TM = TT.member(I);
    if (Spec.Raw.size() >= 64)
      return -1;
    Spec.BitOffset += TM.BitOffset;
    Spec.Raw.push_back(I);
    StringRef TName = T.string(TM.NameOff);
    if (TName.empty()) {
      // An anonymous struct/union member: look inside.
      int Found = matchMemberImpl(L, LAcc, T, TM.Type, Spec, NextId, NotFound);
      if (Found)
        return Found;
    } else if (TName == LName) {
      Spec.Accessors.push_back({TId, I, TName});
      NextId = TM.Type;
      int Compat = fieldsCompatible(L, LM.Type, T, TM.Type);
      if (Compat <= 0)
        Spec.Accessors.pop_back();
      return Compat;
    }
    Spec.BitOffset -= TM.BitOffset;
    Spec.Raw.pop_back();
  }
  NotFound.insert({TId, Start});
  return 0;
}

int core::matchMember(const btf::Spec &L, const Accessor &LAcc,
                      const btf::Spec &T, uint32_t TId, AccessSpec &Spec,
                      uint32_t &NextId) {
  NotFoundSet NotFound;
  return matchMemberImpl(L, LAcc, T, TId, Spec, NextId, NotFound);
}

std::string core::explainMismatch(const btf::Spec &L, uint32_t LId,
                                  const btf::Spec &T, uint32_t TId) {
  std::string Why;
  int R = typesMatch(L, LId, T, TId, /*BehindPtr=*/false, /*Level=*/32, &Why);
  if (R > 0)
    return "";
  if (R < 0)
    return "types nest too deeply to compare";
  return Why.empty() ? "types do not match" : Why;
}
