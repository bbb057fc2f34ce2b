// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- AccessSpec.cpp - Parsing and printing CO-RE access specs -----------===//
//
// An access string lists raw indices: the first indexes the root pointer
// ("p[0]"), each next one a member of the current struct/union or an
// element of the current array. For
//
//   struct sample { int x; struct { int a; int b[7]; }; };   &s->b[3]
//
// the string is "0:1:1:3" (root, anonymous member 1, member b, element 3).
// The parsed spec keeps all four raw indices but only three accessors —
// root[0], .b, [3] — because the anonymous member has no name to match a
// target by. The bit offset accumulates along the way.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/RelocKinds.h"
#include "corecc/CORE/Resolver.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

static Error invalid(const Twine &Msg) {
  return make_error<CoreError>(CoreErrorCode::InvalidRecord, Msg.str());
}

/// A flexible array: zero elements, the last member of its struct.
static bool isFlexArray(const btf::Spec &S, const Accessor *Prev,
                        const ArrayInfo &A) {
  if (!Prev || Prev->Name.empty() || A.NumElements > 0)
    return false;
  return Prev->Index == S.type(Prev->TypeId).vlen() - 1;
}

Expected<AccessSpec> core::parseAccess(const btf::Spec &S, uint32_t TypeId,
                                       StringRef Access, uint32_t Kind) {
  AccessSpec Spec;
  Spec.BTF = &S;
  Spec.RootTypeId = TypeId;
  Spec.Kind = Kind;
  if (!S.isValidId(TypeId) || TypeId == 0)
    return invalid("relocation type id " + Twine(TypeId) + " is not a type");
  if (Access.empty() || Access.front() == ':')
    return invalid("empty access string");

  if (isTypeKind(Kind)) {
    if (Access != "0")
      return invalid("type relocation with access string '" + Access +
                     "' (expected \"0\")");
    return Spec;
  }

  SmallVector<uint32_t, 8> Indexes;
  std::string Why;
  if (!parseAccessString(Access, Indexes, Why))
    return invalid("malformed access string '" + Access + "': " + Why);
  if (Indexes.size() > 64)
    return invalid("access string too long");
  Spec.Raw.append(Indexes.begin(), Indexes.end());

  uint32_t Id = S.skipModifiersAndTypedefs(TypeId);
  if (!S.isValidId(Id))
    return invalid("relocation root type does not resolve");
  Type T = S.type(Id);
  Spec.Accessors.push_back({Id, Spec.Raw[0], StringRef()});

  if (isEnumKind(Kind)) {
    if (!T.isEnumLike() || Spec.Raw.size() > 1 || Spec.Raw[0] >= T.vlen())
      return invalid("enumerator relocation on a type that is not an enum "
                     "with that many enumerators");
    Spec.Accessors[0].Name = S.string(T.enumValue(Spec.Raw[0]).NameOff);
    return Spec;
  }
  if (!isFieldKind(Kind))
    return invalid("unknown relocation kind " + Twine(Kind));

  Expected<uint64_t> RootSize = S.sizeOf(Id);
  if (!RootSize)
    return invalid("root type has no size: " + toString(RootSize.takeError()));
  Spec.BitOffset = uint64_t(Spec.Raw[0]) * *RootSize * 8;

  for (size_t I = 1; I < Spec.Raw.size(); ++I) {
    Id = S.skipModifiersAndTypedefs(Id);
    if (!S.isValidId(Id))
      return invalid("access leads to an invalid type");
    T = S.type(Id);
    uint32_t Idx = Spec.Raw[I];
    if (T.isComposite()) {
      if (Idx >= T.vlen())
        return invalid("member index " + Twine(Idx) + " past the " +
                       Twine(T.vlen()) + " members of " + T.name());
      Member M = T.member(Idx);
      Spec.BitOffset += M.BitOffset;
      StringRef Name = S.string(M.NameOff);
      if (M.NameOff) {
        if (Name.empty())
          return invalid("member with an empty name");
        Spec.Accessors.push_back({Id, Idx, Name});
      }
      Id = M.Type;
    } else if (T.is(Kind::Array)) {
      ArrayInfo A = T.array();
      uint32_t ElemId = S.skipModifiersAndTypedefs(A.ElemType);
      if (!S.isValidId(ElemId))
        return invalid("array of an invalid type");
      const Accessor *Prev = &Spec.Accessors.back();
      if (!isFlexArray(S, Prev, A) && Idx >= A.NumElements)
        return invalid("array index " + Twine(Idx) + " past the " +
                       Twine(A.NumElements) + " elements");
      Spec.Accessors.push_back({ElemId, Idx, StringRef()});
      Expected<uint64_t> Sz = S.sizeOf(ElemId);
      if (!Sz)
        return invalid("array element has no size");
      Spec.BitOffset += uint64_t(Idx) * *Sz * 8;
      Id = ElemId;
    } else {
      return invalid("access index " + Twine(I) + " applies to a " +
                     kindName(T.kind()) + ", not a struct, union or array");
    }
  }
  return Spec;
}

std::string AccessSpec::format() const {
  std::string Out;
  raw_string_ostream OS(Out);
  Type Root = BTF->type(RootTypeId);
  StringRef Name = Root.name();
  OS << "<" << relocKindName(Kind) << "> [" << RootTypeId << "] "
     << kindName(Root.kind()).lower() << " "
     << (Name.empty() ? "<anon>" : Name);
  if (isTypeKind(Kind))
    return Out;
  if (isEnumKind(Kind)) {
    Type E = BTF->type(BTF->skipModifiersAndTypedefs(RootTypeId));
    if (!Accessors.empty() && Accessors[0].Index < E.vlen()) {
      EnumValue V = E.enumValue(Accessors[0].Index);
      OS << "::" << Accessors[0].Name << " = ";
      if (E.isSignedEnum())
        OS << static_cast<int64_t>(V.Value);
      else
        OS << V.Value;
    }
    return Out;
  }
  for (size_t I = 0; I < Accessors.size(); ++I) {
    if (!Accessors[I].Name.empty())
      OS << "." << Accessors[I].Name;
    else if (I > 0 || Accessors[I].Index > 0)
      OS << "[" << Accessors[I].Index << "]";
  }
  OS << " (";
  for (size_t I = 0; I < Raw.size(); ++I)
    OS << (I ? ":" : "") << Raw[I];
  if (BitOffset % 8)
    OS << " @ offset " << BitOffset / 8 << "." << BitOffset % 8 << ")";
  else
    OS << " @ offset " << BitOffset / 8 << ")";
  return Out;
}
