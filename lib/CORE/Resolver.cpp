// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Resolver.cpp - Resolving CO-RE relocations -------------------------===//
//
// Outline (the order libbpf follows, and the one this file keeps so that the
// answers agree):
//
//   1. Parse the local record into a spec (AccessSpec.cpp).
//   2. A local type id needs nothing else: its value is the local id.
//   3. Anonymous root types cannot be looked up by name: failure.
//   4. For each candidate (types of the target with the same essential
//      name and a compatible kind), match the local spec: every named
//      member must exist (anonymous members are searched through), arrays
//      must be long enough, field types compatible; type relocations check
//      type compatibility or "matching"; enumerator relocations look the
//      enumerator up by essential name.
//   5. Compute the original value (from the local spec) and the new value
//      (from the candidate's) for each matching candidate. All must agree
//      on the field's bit offset and on the result, otherwise the load
//      fails as ambiguous.
//   6. No candidate matched: existence relocations become 0, the others
//      poison their instruction.
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Resolver.h"
#include "TypeRelations.h"
#include "corecc/BTF/RelocKinds.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/Twine.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

std::vector<Candidate> core::findCandidates(const btf::Spec &Local,
                                            uint32_t LocalTypeId,
                                            const TargetBTF &Target) {
  std::vector<Candidate> Out;
  if (!Local.isValidId(LocalTypeId) || !Target.Vmlinux)
    return Out;
  Type LT = Local.type(LocalTypeId);
  StringRef Essential = essentialName(LT.name());
  if (Essential.empty())
    return Out;
  auto AddFrom = [&](const btf::Spec &S, StringRef Origin) {
    for (uint32_t Id : S.findByEssentialName(Essential)) {
      if (!S.isOwnId(Id))
        continue; // a module's base types were searched as vmlinux's
      if (!kindsCompatible(S.type(Id), LT))
        continue;
      Out.push_back({&S, Id, Origin.str()});
    }
  };
  AddFrom(*Target.Vmlinux, "vmlinux");
  if (!Out.empty())
    return Out;
  for (const auto &[Name, Module] : Target.Modules)
    if (Module)
      AddFrom(*Module, Name);
  return Out;
}

namespace {

/// "struct task_struct" / "anonymous union".
std::string describeComposite(const Type &T) {
  std::string K = kindName(T.kind()).lower();
  return T.name().empty() ? "anonymous " + K : K + " " + T.name().str();
}

/// The type of the member named \p Name of composite \p Id, looking inside
/// anonymous members the way libbpf's member search does. \p NotFound
/// holds the (type, depth) pairs already searched in vain, so that
/// anonymous members of one type twice per level are not searched 2^depth
/// times.
std::optional<uint32_t>
findMemberDeep(const btf::Spec &T, uint32_t Id, StringRef Name,
               DenseSet<std::pair<uint32_t, int>> &NotFound, int Depth = 0) {
  Id = T.skipModifiersAndTypedefs(Id);
  if (Depth > 32 || !T.isValidId(Id) || !T.type(Id).isComposite() ||
      NotFound.count({Id, Depth}))
    return std::nullopt;
  for (Member M : T.type(Id).members()) {
    StringRef MN = T.string(M.NameOff);
    if (MN.empty()) {
      if (auto Found = findMemberDeep(T, M.Type, Name, NotFound, Depth + 1))
        return Found;
    } else if (MN == Name) {
      return M.Type;
    }
  }
  NotFound.insert({Id, Depth});
  return std::nullopt;
}

/// A short description of a field's type for messages: "int (4 bytes)",
/// "pointer", "struct foo".
std::string describeFieldType(const btf::Spec &S, uint32_t Id) {
  Id = S.skipModifiersAndTypedefs(Id);
  if (!S.isValidId(Id))
    return "an invalid type";
  Type T = S.type(Id);
  switch (T.kind()) {
  case Kind::Int:
    return "integer '" + T.name().str() + "'";
  case Kind::Ptr:
    return "a pointer";
  case Kind::Array:
    return "an array";
  case Kind::Struct:
  case Kind::Union:
    return describeComposite(T);
  case Kind::Enum:
  case Kind::Enum64:
    return "enum " +
           (T.name().empty() ? std::string("<anon>") : T.name().str());
  case Kind::Fwd:
    return "forward declaration " + T.name().str();
  default:
    return kindName(T.kind()).lower();
  }
}

/// Why local named accessor \p LA has no counterpart in target composite
/// \p TId: missing, or present with an incompatible type.
std::string explainMissingMember(const btf::Spec &L, const Accessor &LA,
                                 const btf::Spec &T, uint32_t TId) {
  Type TT = T.type(TId);
  if (!TT.isComposite())
    return ("member " + LA.Name + " is reached through " +
            describeFieldType(T, TId) + " in the target")
        .str();
  DenseSet<std::pair<uint32_t, int>> NotFound;
  std::optional<uint32_t> TMember = findMemberDeep(T, TId, LA.Name, NotFound);
  if (!TMember)
    return ("member " + LA.Name + " is missing from " + describeComposite(TT))
        .str();
  Type LT = L.type(LA.TypeId);
  uint32_t LMember = LT.member(LA.Index).Type;
  return ("member " + LA.Name + " of " + describeComposite(TT) + " is " +
          describeFieldType(T, *TMember) + " in the target but " +
          describeFieldType(L, LMember) + " in the program (incompatible)")
      .str();
}

/// Matches a local spec against one candidate (libbpf's spec_match).
int matchSpec(const AccessSpec &Local, const btf::Spec &T, uint32_t TId,
              AccessSpec &Out, std::string &Why) {
  Out = AccessSpec();
  Out.BTF = &T;
  Out.RootTypeId = TId;
  Out.Kind = Local.Kind;
  const btf::Spec &L = *Local.BTF;

  if (isTypeKind(Local.Kind)) {
    if (Local.Kind == BTF::TYPE_MATCH) {
      int R = typesMatch(L, Local.RootTypeId, T, TId, false, 32, &Why);
      return R;
    }
    int R = typesCompatible(L, Local.RootTypeId, T, TId, 32);
    if (R == 0)
      Why = "type [" + std::to_string(TId) +
            "] is not compatible (kinds differ along pointers, arrays or "
            "function prototypes)";
    return R;
  }

  if (isEnumKind(Local.Kind)) {
    uint32_t Id = T.skipModifiersAndTypedefs(TId);
    if (!T.isValidId(Id) || !T.type(Id).isEnumLike()) {
      Why = "target type is not an enum";
      return 0;
    }
    Type E = T.type(Id);
    StringRef Want = essentialName(Local.Accessors[0].Name);
    for (unsigned I = 0; I < E.vlen(); ++I) {
      StringRef N = T.string(E.enumValue(I).NameOff);
      if (essentialName(N) == Want) {
        Out.Accessors.push_back({Id, I, N});
        Out.Raw.push_back(I);
        return 1;
      }
    }
    Why = ("enumerator " + Local.Accessors[0].Name + " is missing").str();
    return 0;
  }

  uint32_t Id = TId;
  for (size_t I = 0; I < Local.Accessors.size(); ++I) {
    const Accessor &LA = Local.Accessors[I];
    Id = T.skipModifiersAndTypedefs(Id);
    if (!T.isValidId(Id))
      return -1;
    Type TT = T.type(Id);
    if (!LA.Name.empty()) {
      uint32_t Next = 0;
      int M = matchMember(L, LA, T, Id, Out, Next);
      if (M <= 0) {
        if (M == 0)
          Why = explainMissingMember(L, LA, T, Id);
        return M;
      }
      Id = Next;
      continue;
    }
    // An array index (or the root index).
    if (I > 0) {
      if (!TT.is(Kind::Array)) {
        Why = "an array in the program is not an array in the target";
        return 0;
      }
      ArrayInfo A = TT.array();
      const Accessor *Prev =
          Out.Accessors.empty() ? nullptr : &Out.Accessors.back();
      bool Flex = Prev && !Prev->Name.empty() && A.NumElements == 0 &&
                  Prev->Index == T.type(Prev->TypeId).vlen() - 1;
      if (!Flex && LA.Index >= A.NumElements) {
        Why = "index " + std::to_string(LA.Index) + " is past the " +
              std::to_string(A.NumElements) + " elements of the target array";
        return 0;
      }
      Id = T.skipModifiersAndTypedefs(A.ElemType);
      if (!T.isValidId(Id))
        return -1;
    }
    if (Out.Raw.size() == 64)
      return -1;
    Out.Accessors.push_back({Id, LA.Index, StringRef()});
    Out.Raw.push_back(LA.Index);
    Expected<uint64_t> Sz = T.sizeOf(Id);
    if (!Sz) {
      consumeError(Sz.takeError());
      return -1;
    }
    Out.BitOffset += uint64_t(LA.Index) * *Sz * 8;
  }
  return 1;
}

/// Value of a field relocation from a spec (null spec: no candidate).
struct FieldValue {
  uint64_t Value = 0;
  uint32_t FieldSize = 0;
  uint32_t TypeId = 0;
  bool Validate = true;
};

enum class CalcStatus { OK, Poison, Error };

CalcStatus calcField(const AccessSpec *S, uint32_t Kind, FieldValue &V,
                     std::string &Err) {
  V = FieldValue();
  if (Kind == BTF::FIELD_EXISTENCE) {
    V.Value = S ? 1 : 0;
    return CalcStatus::OK;
  }
  if (!S)
    return CalcStatus::Poison;
  const btf::Spec &B = *S->BTF;
  const Accessor &Acc = S->Accessors.back();

  if (Acc.Name.empty()) {
    if (Kind != BTF::FIELD_BYTE_OFFSET && Kind != BTF::FIELD_BYTE_SIZE) {
      Err = "relocation " + relocKindName(Kind).str() +
            " cannot be applied to an array element";
      return CalcStatus::Error;
    }
    Expected<uint64_t> Sz = B.sizeOf(Acc.TypeId);
    if (!Sz) {
      Err = toString(Sz.takeError());
      return CalcStatus::Error;
    }
    if (Kind == BTF::FIELD_BYTE_OFFSET) {
      V.Value = S->BitOffset / 8;
      V.FieldSize = static_cast<uint32_t>(*Sz);
      V.TypeId = Acc.TypeId;
    } else {
      V.Value = *Sz;
    }
    V.Validate = true;
    return CalcStatus::OK;
  }

  Type Container = B.type(Acc.TypeId);
  Member M = Container.member(Acc.Index);
  uint32_t FieldTypeId = B.skipModifiersAndTypedefs(M.Type);
  if (!B.isValidId(FieldTypeId)) {
    Err = "field type does not resolve";
    return CalcStatus::Error;
  }
  Type MT = B.type(FieldTypeId);
  uint64_t BitOff = S->BitOffset;
  uint64_t BitSize = M.BitfieldSize;
  bool Bitfield = BitSize > 0;
  uint64_t ByteSize, ByteOff;
  if (Bitfield) {
    ByteSize = MT.hasSize() ? MT.size() : 0;
    if (!ByteSize) {
      Err = "bitfield of a type without a size";
      return CalcStatus::Error;
    }
    ByteOff = BitOff / 8 / ByteSize * ByteSize;
    while (BitOff + BitSize - ByteOff * 8 > ByteSize * 8) {
      if (ByteSize >= 8) {
        Err = "bitfield cannot be read with a single 8-byte load";
        return CalcStatus::Error;
      }
      ByteSize *= 2;
      ByteOff = BitOff / 8 / ByteSize * ByteSize;
    }
  } else {
    Expected<uint64_t> Sz = B.sizeOf(FieldTypeId);
    if (!Sz) {
      Err = toString(Sz.takeError());
      return CalcStatus::Error;
    }
    ByteSize = *Sz;
    ByteOff = BitOff / 8;
    BitSize = ByteSize * 8;
  }
  V.Validate = !Bitfield;
  bool Little = B.endianness() == endianness::little;
  switch (Kind) {
  case BTF::FIELD_BYTE_OFFSET:
    V.Value = ByteOff;
    if (!Bitfield) {
      V.FieldSize = static_cast<uint32_t>(ByteSize);
      V.TypeId = FieldTypeId;
    }
    break;
  case BTF::FIELD_BYTE_SIZE:
    V.Value = ByteSize;
    break;
  case BTF::FIELD_SIGNEDNESS:
    V.Value = (MT.isEnumLike() && MT.isSignedEnum()) ||
              (MT.is(Kind::Int) && MT.isSignedInt());
    V.Validate = true;
    break;
  case BTF::FIELD_LSHIFT_U64:
    V.Value = Little ? 64 - (BitOff + BitSize - ByteOff * 8)
                     : (8 - ByteSize) * 8 + (BitOff - ByteOff * 8);
    break;
  case BTF::FIELD_RSHIFT_U64:
    V.Value = 64 - BitSize;
    V.Validate = true;
    break;
  default:
    Err = "not a field relocation kind";
    return CalcStatus::Error;
  }
  return CalcStatus::OK;
}

CalcStatus calcType(const AccessSpec *S, uint32_t Kind, uint64_t &V,
                    bool &Validate, std::string &Err) {
  Validate = true;
  if (!S) {
    V = 0;
    return CalcStatus::OK;
  }
  switch (Kind) {
  case BTF::BTF_TYPE_ID_REMOTE:
    V = S->RootTypeId;
    Validate = false;
    return CalcStatus::OK;
  case BTF::TYPE_EXISTENCE:
  case BTF::TYPE_MATCH:
    V = 1;
    return CalcStatus::OK;
  case BTF::TYPE_SIZE: {
    Expected<uint64_t> Sz = S->BTF->sizeOf(S->RootTypeId);
    if (!Sz) {
      Err = toString(Sz.takeError());
      return CalcStatus::Error;
    }
    V = *Sz;
    return CalcStatus::OK;
  }
  default:
    Err = "not a type relocation kind";
    return CalcStatus::Error;
  }
}

CalcStatus calcEnum(const AccessSpec *S, uint32_t Kind, uint64_t &V) {
  if (Kind == BTF::ENUM_VALUE_EXISTENCE) {
    V = S ? 1 : 0;
    return CalcStatus::OK;
  }
  if (!S)
    return CalcStatus::Poison;
  Type E = S->BTF->type(S->Accessors[0].TypeId);
  EnumValue EV = E.enumValue(S->Accessors[0].Index);
  // libbpf reads an ENUM's value as the s32 of struct btf_enum into a u64:
  // sign-extended, whatever the enum's signedness.
  V = E.is(Kind::Enum) ? uint64_t(int64_t(int32_t(uint32_t(EV.Value))))
                       : EV.Value;
  return CalcStatus::OK;
}

/// Computes original and new values (libbpf's calc_relo). Target may be
/// null (no candidate).
CalcStatus calcRelo(const AccessSpec &Local, const AccessSpec *Target,
                    Resolution &R, std::string &Err) {
  uint32_t Kind = Local.Kind;
  R.Validate = true;
  R.FailMemSizeAdjust = false;
  R.OrigSize = R.NewSize = 0;
  if (isFieldKind(Kind)) {
    FieldValue LV, TV;
    CalcStatus S = calcField(&Local, Kind, LV, Err);
    if (S != CalcStatus::OK)
      return S;
    S = calcField(Target, Kind, TV, Err);
    if (S != CalcStatus::OK)
      return S;
    R.OrigValue = LV.Value;
    R.NewValue = TV.Value;
    R.Validate = LV.Validate;
    R.OrigSize = LV.FieldSize;
    R.NewSize = TV.FieldSize;
    if (R.OrigSize != R.NewSize && Target) {
      Type OT = Local.BTF->type(LV.TypeId);
      Type NT = Target->BTF->type(TV.TypeId);
      bool Pointers = OT.is(Kind::Ptr) && NT.is(Kind::Ptr);
      bool UnsignedInts = OT.is(Kind::Int) && NT.is(Kind::Int) &&
                          OT.intEncoding() != IntSigned &&
                          NT.intEncoding() != IntSigned;
      if (!Pointers && !UnsignedInts)
        R.FailMemSizeAdjust = true;
    }
    return CalcStatus::OK;
  }
  if (isTypeKind(Kind)) {
    bool Unused;
    CalcStatus S = calcType(&Local, Kind, R.OrigValue, R.Validate, Err);
    if (S != CalcStatus::OK)
      return S;
    return calcType(Target, Kind, R.NewValue, Unused, Err);
  }
  if (isEnumKind(Kind)) {
    CalcStatus S = calcEnum(&Local, Kind, R.OrigValue);
    if (S != CalcStatus::OK)
      return S;
    return calcEnum(Target, Kind, R.NewValue);
  }
  Err = "unknown relocation kind " + std::to_string(Kind);
  return CalcStatus::Error;
}

} // namespace

Resolution core::resolve(const btf::Spec &Local, uint32_t LocalTypeId,
                         StringRef Access, uint32_t Kind,
                         ArrayRef<Candidate> Candidates) {
  Resolution R;
  auto Fail = [&](CoreErrorCode Code, const Twine &Msg) {
    R.Status = Resolution::Failed;
    R.ErrorCode = Code;
    R.Error = Msg.str();
    return R;
  };

  Expected<AccessSpec> LocalSpec =
      parseAccess(Local, LocalTypeId, Access, Kind);
  if (!LocalSpec)
    return Fail(CoreErrorCode::InvalidRecord,
                "parsing the relocation failed: " +
                    toString(LocalSpec.takeError()));
  R.LocalSpec = LocalSpec->format();

  if (Kind == BTF::BTF_TYPE_ID_LOCAL) {
    R.Status = Resolution::Patched;
    R.Validate = false;
    R.OrigValue = R.NewValue = LocalTypeId;
    return R;
  }

  if (Local.type(LocalTypeId).name().empty())
    return Fail(CoreErrorCode::Unsupported,
                "relocations of anonymous types are not supported by libbpf");

  bool Have = false;
  AccessSpec Chosen;
  Resolution Best;
  std::string BestName;
  for (unsigned CI = 0; CI < Candidates.size(); ++CI) {
    const Candidate &C = Candidates[CI];
    AccessSpec CandSpec;
    std::string Why;
    int M = matchSpec(*LocalSpec, *C.BTF, C.TypeId, CandSpec, Why);
    std::string CandName = "[" + std::to_string(C.TypeId) + "] " +
                           C.BTF->type(C.TypeId).name().str() + " in " +
                           C.Origin;
    if (M < 0)
      return Fail(CoreErrorCode::InvalidRecord,
                  "error matching candidate " + CandName);
    R.Candidates.push_back(
        {CI, C.TypeId, C.Origin, M > 0, CandSpec.format(), Why});
    if (M == 0) {
      R.Notes.push_back("candidate " + CandName + ": " +
                        (Why.empty() ? "does not match" : Why));
      continue;
    }
    Resolution CandRes;
    std::string Err;
    CalcStatus S = calcRelo(*LocalSpec, &CandSpec, CandRes, Err);
    if (S == CalcStatus::Error)
      return Fail(CoreErrorCode::Unsupported, Err);
    CandRes.Status =
        S == CalcStatus::Poison ? Resolution::Poisoned : Resolution::Patched;
    if (!Have) {
      Have = true;
      Best = CandRes;
      Chosen = CandSpec;
      Best.Origin = C.Origin;
      BestName = CandName;
      continue;
    }
    if (CandSpec.BitOffset != Chosen.BitOffset)
      return Fail(CoreErrorCode::Ambiguous,
                  "field offset ambiguity: candidates " + BestName + " and " +
                      CandName + " place the field at bit " +
                      Twine(Chosen.BitOffset) + " and " +
                      Twine(CandSpec.BitOffset));
    if (CandRes.Status != Best.Status || CandRes.NewValue != Best.NewValue)
      return Fail(CoreErrorCode::Ambiguous,
                  "relocation decision ambiguity: candidates " + BestName +
                      " and " + CandName + " give " + Twine(Best.NewValue) +
                      " and " + Twine(CandRes.NewValue));
  }

  if (Have) {
    Best.Target = Chosen;
    Best.Notes = std::move(R.Notes);
    Best.Candidates = std::move(R.Candidates);
    Best.LocalSpec = std::move(R.LocalSpec);
    return Best;
  }

  // No candidate: existence queries become 0, the rest poison.
  std::string Err;
  CalcStatus S = calcRelo(*LocalSpec, nullptr, R, Err);
  if (S == CalcStatus::Error)
    return Fail(CoreErrorCode::Unsupported, Err);
  R.Status =
      S == CalcStatus::Poison ? Resolution::Poisoned : Resolution::Patched;
  if (Candidates.empty())
    R.Notes.push_back("no " + kindName(Local.type(LocalTypeId).kind()).lower() +
                      " named " +
                      essentialName(Local.type(LocalTypeId).name()).str() +
                      " (or a flavor of it) in the target");
  return R;
}

Expected<uint64_t> core::localValue(const btf::Spec &Local,
                                    uint32_t LocalTypeId, StringRef Access,
                                    uint32_t Kind) {
  Expected<AccessSpec> LocalSpec =
      parseAccess(Local, LocalTypeId, Access, Kind);
  if (!LocalSpec)
    return LocalSpec.takeError();
  if (Kind == BTF::BTF_TYPE_ID_LOCAL)
    return LocalTypeId;
  Resolution R;
  std::string Err;
  if (calcRelo(*LocalSpec, &*LocalSpec, R, Err) != CalcStatus::OK)
    return make_error<CoreError>(CoreErrorCode::Unsupported, Err);
  return R.OrigValue;
}
