// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Decoder.cpp - Validating .BTF decoder ------------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
//
// Decoding is one copy and two passes:
//
//   1. Header. Magic (either byte order), version, flags, hdr_len, and the
//      two sections inside the data without overlap. Then the type section
//      is copied into the Spec's word vector (byte-swapped if the input is
//      foreign-endian) and the string section into its string buffer.
//   2. Pass one, in id order: each type's header, kind, reserved bits, length
//      (so nothing is read past the section), name offsets and the per-kind
//      rules that need only the type itself. Referenced ids are not checked
//      one by one: the pass keeps the largest id seen and compares it with
//      the type count at the end (a slow second look finds the culprit only
//      when that fails). This pass builds the id -> word index.
//   3. Pass two: rules that look at the kind of a referenced type (FUNC ->
//      FUNC_PROTO, DATASEC entries, DECL_TAG targets and component indexes),
//      then a depth-first search over every reference except those of PTRs,
//      which must find no cycle (a reference loop).
//
// Spec::validate() runs passes one and two over a built Spec.
//
// Where the rules come from: Linux Documentation/bpf/btf.rst and the checks
// the kernel's BTF verifier applies; libbpf's parser accepts a superset. We
// deliberately accept some things the kernel rejects but producers emit
// (kind_flag on DECL_TAG/TYPE_TAG, gaps between sections).
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Codec.h"
#include "corecc/BTF/Error.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/Format.h"
#include <algorithm>

using namespace llvm;

namespace corecc {
namespace btf {

namespace {
constexpr uint32_t InfoReservedMask = 0x60ff0000;
constexpr uint32_t IntReservedMask = 0xf000ff00;
/// libbpf's limit on string offsets.
constexpr uint64_t MaxStringOffset = 0x7fffffff;
} // namespace

/// The validation passes; friend of Spec.
class Decoder {
public:
  Decoder(Spec &S, std::optional<uint64_t> TypeSectionOffset)
      : S(S), TypeSectionOffset(TypeSectionOffset) {}

  static Expected<Spec> decode(ArrayRef<uint8_t> Data,
                               std::shared_ptr<const Spec> Base,
                               std::shared_ptr<const void> Owner);

  /// Pass one over the words of a decoded Spec, building S.Offsets.
  Error indexAndCheckTypes();
  /// Pass one over an already indexed (built) Spec.
  Error checkIndexedTypes();
  /// Pass two: sweeps, then the search for loops.
  Error checkGraph();

private:
  /// Marks a pending record whose references must all be looked at.
  static constexpr uint32_t AllRefs = ~0u;

  Error checkType(const uint32_t *T, size_t Avail, uint32_t Id, size_t WordPos,
                  uint32_t &MaxRef);
  Error checkKindRules(uint32_t Id);
  Error findBadRef();
  Error sweep();
  Error search();
  void prepare(size_t MaxTypes, size_t PendingWords);
  Error fail(ErrorCode C, const Twine &Msg, size_t WordPos, uint32_t Id) {
    return makeError(
        C, Msg, TypeSectionOffset ? *TypeSectionOffset + 4 * WordPos : 0, Id);
  }
  bool isEmptyName(uint32_t Off) const {
    if (Off < S.StrBegin)
      return S.Base->string(Off).empty();
    return S.stringData()[Off - S.StrBegin] == '\0';
  }
  Kind kindOf(uint32_t Id) const {
    if (Id >= S.FirstId)
      return static_cast<Kind>(Kinds[Id - S.FirstId]);
    return S.kindOf(Id);
  }
  size_t wordPos(uint32_t Id) const { return OffsetsPtr[Id - S.FirstId]; }
  /// S.type(), also while pass one builds the index.
  Type typeAt(uint32_t Id) const {
    if (Id < S.FirstId)
      return S.type(Id);
    return Type(S, S.wordData() + wordPos(Id), Id);
  }
  static bool testBit(const std::vector<uint64_t> &Bits, uint32_t I) {
    return (Bits[I >> 6] >> (I & 63)) & 1;
  }
  static void setBit(std::vector<uint64_t> &Bits, uint32_t I) {
    Bits[I >> 6] |= uint64_t(1) << (I & 63);
  }
  bool isDone(uint32_t Id) const { return testBit(DoneBits, Id); }
  void markDone(uint32_t Id) { setBit(DoneBits, Id); }

  Spec &S;
  std::optional<uint64_t> TypeSectionOffset;
  /// The id -> word index: a buffer during pass one, S.Offsets after.
  const uint32_t *OffsetsPtr = nullptr;
  /// Kind of each own type: a compact copy for pass two.
  std::unique_ptr<uint8_t[]> Kinds;
  /// Types known to be on no loop and to reach none ("Done"), as a bitset
  /// by id that stays in L1 cache. Void and base types are Done.
  std::vector<uint64_t> DoneBits;
  /// Types pass one could not mark Done, as records [id, n, the n references
  /// that were not Done] (n == AllRefs: look at all references), starting at
  /// the offsets in PendingStart.
  std::unique_ptr<uint32_t[]> Pending;
  std::vector<uint32_t> PendingStart;
};

/// Checks one type at \p T with \p Avail words left in the section. Only
/// rules that need nothing but this type.
Error Decoder::checkType(const uint32_t *T, size_t Avail, uint32_t Id,
                         size_t WordPos, uint32_t &MaxRef) {
  if (Avail < 3)
    return fail(ErrorCode::VlenOverrun,
                "type header runs past the end of the type section", WordPos,
                Id);
  const uint32_t NameOff = T[0], Info = T[1], SizeOrType = T[2];
  const unsigned K = (Info >> 24) & 0x1f;
  const unsigned Vlen = Info & 0xffff;
  const bool KF = Info >> 31;
  if (K == 0 || K > MaxKind)
    return fail(ErrorCode::UnknownKind, "unknown kind " + Twine(K), WordPos,
                Id);
  const Kind Kd = static_cast<Kind>(K);
  if (Info & InfoReservedMask)
    return fail(ErrorCode::InvalidType,
                "reserved bits set in info " + Twine::utohexstr(Info), WordPos,
                Id);
  const size_t Count = 3 + trailingWords(Kd, Vlen);
  if (Count > Avail)
    return fail(ErrorCode::VlenOverrun,
                Twine(kindName(Kd)) + " with vlen " + Twine(Vlen) +
                    " runs past the end of the type section",
                WordPos, Id);
  const uint32_t StrEnd = S.stringsEnd();
  if (NameOff >= StrEnd)
    return fail(ErrorCode::StringOffsetOutOfRange,
                "name offset " + Twine(NameOff) + " out of range", WordPos, Id);

  auto Invalid = [&](const Twine &Msg) {
    return fail(ErrorCode::InvalidType, Twine(kindName(Kd)) + ": " + Msg,
                WordPos, Id);
  };
  auto NoVlenNoFlag = [&]() -> Error {
    if (Vlen)
      return Invalid("vlen must be 0");
    if (KF)
      return Invalid("kind_flag must be 0");
    return Error::success();
  };
  auto NeedName = [&]() -> Error {
    if (isEmptyName(NameOff))
      return Invalid("name is required");
    return Error::success();
  };
  auto CheckNameOff = [&](uint32_t Off) -> Error {
    if (Off >= StrEnd)
      return fail(ErrorCode::StringOffsetOutOfRange,
                  "entry name offset " + Twine(Off) + " out of range", WordPos,
                  Id);
    return Error::success();
  };
  auto Ref = [&](uint32_t R) { MaxRef = R > MaxRef ? R : MaxRef; };

  switch (Kd) {
  case Kind::Int: {
    if (Error E = NoVlenNoFlag())
      return E;
    if (SizeOrType != 1 && SizeOrType != 2 && SizeOrType != 4 &&
        SizeOrType != 8 && SizeOrType != 16)
      return Invalid("size " + Twine(SizeOrType) + " not 1, 2, 4, 8 or 16");
    uint32_t IW = T[3];
    if (IW & IntReservedMask)
      return Invalid("reserved bits set in " + Twine::utohexstr(IW));
    unsigned Enc = (IW >> 24) & 0xf, Off = (IW >> 16) & 0xff, Bits = IW & 0xff;
    // The kernel wants at most one bit; GCC 12 writes SIGNED|CHAR for
    // 'char', which libbpf and bpftool ("UNKN") accept, and so do we.
    if (Enc & ~unsigned(IntSigned | IntChar | IntBool))
      return Invalid("encoding " + Twine(Enc) + " not valid");
    if (Bits == 0 || Bits > 128 || Off + Bits > SizeOrType * 8)
      return Invalid("bits_offset " + Twine(Off) + " nr_bits " + Twine(Bits) +
                     " do not fit size " + Twine(SizeOrType));
    break;
  }
  case Kind::Ptr:
  case Kind::Const:
  case Kind::Volatile:
  case Kind::Restrict:
    if (Error E = NoVlenNoFlag())
      return E;
    Ref(SizeOrType);
    break;
  case Kind::Typedef:
    if (Error E = NoVlenNoFlag())
      return E;
    if (Error E = NeedName())
      return E;
    Ref(SizeOrType);
    break;
  case Kind::TypeTag:
    // kind_flag marks an attribute rather than a tag (Linux 6.13+).
    if (Vlen)
      return Invalid("vlen must be 0");
    if (Error E = NeedName())
      return E;
    Ref(SizeOrType);
    break;
  case Kind::Array:
    if (Error E = NoVlenNoFlag())
      return E;
    if (SizeOrType)
      return Invalid("size must be 0");
    if (T[3] == 0)
      return Invalid("element type is void");
    Ref(T[3]);
    Ref(T[4]);
    break;
  case Kind::Struct:
  case Kind::Union:
    for (unsigned I = 0; I < Vlen; ++I) {
      const uint32_t *M = T + 3 + 3 * I;
      if (Error E = CheckNameOff(M[0]))
        return E;
      if (M[1] == 0)
        return Invalid("member " + Twine(I) + " has type void");
      Ref(M[1]);
    }
    break;
  case Kind::Enum:
  case Kind::Enum64:
    if (SizeOrType != 1 && SizeOrType != 2 && SizeOrType != 4 &&
        SizeOrType != 8)
      return Invalid("size " + Twine(SizeOrType) + " not 1, 2, 4 or 8");
    for (unsigned I = 0, Step = Kd == Kind::Enum ? 2 : 3; I < Vlen; ++I)
      if (Error E = CheckNameOff(T[3 + Step * I]))
        return E;
    break;
  case Kind::Fwd:
    if (Vlen)
      return Invalid("vlen must be 0");
    if (Error E = NeedName())
      return E;
    break;
  case Kind::Func:
    if (KF)
      return Invalid("kind_flag must be 0");
    if (Vlen > static_cast<unsigned>(FuncLinkage::Extern))
      return Invalid("linkage " + Twine(Vlen) + " not valid");
    if (Error E = NeedName())
      return E;
    Ref(SizeOrType);
    break;
  case Kind::FuncProto:
    if (KF)
      return Invalid("kind_flag must be 0");
    Ref(SizeOrType);
    for (unsigned I = 0; I < Vlen; ++I) {
      const uint32_t *P = T + 3 + 2 * I;
      if (Error E = CheckNameOff(P[0]))
        return E;
      if (P[1] == 0 && (I + 1 != Vlen || P[0] != 0))
        return Invalid("parameter " + Twine(I) + " has type void");
      Ref(P[1]);
    }
    break;
  case Kind::Var:
    if (Error E = NoVlenNoFlag())
      return E;
    if (Error E = NeedName())
      return E;
    if (T[3] > static_cast<uint32_t>(VarLinkage::Extern))
      return Invalid("linkage " + Twine(T[3]) + " not valid");
    if (SizeOrType == 0)
      return Invalid("type is void");
    Ref(SizeOrType);
    break;
  case Kind::Datasec:
    if (KF)
      return Invalid("kind_flag must be 0");
    if (Error E = NeedName())
      return E;
    for (unsigned I = 0; I < Vlen; ++I)
      Ref(T[3 + 3 * I]);
    break;
  case Kind::Float:
    if (Error E = NoVlenNoFlag())
      return E;
    if (SizeOrType != 2 && SizeOrType != 4 && SizeOrType != 8 &&
        SizeOrType != 12 && SizeOrType != 16)
      return Invalid("size " + Twine(SizeOrType) + " not 2, 4, 8, 12 or 16");
    break;
  case Kind::DeclTag:
    if (Vlen)
      return Invalid("vlen must be 0");
    if (Error E = NeedName())
      return E;
    if (SizeOrType == 0)
      return Invalid("tags void");
    if (static_cast<int32_t>(T[3]) < -1)
      return Invalid("component_idx " + Twine(static_cast<int32_t>(T[3])) +
                     " not valid");
    Ref(SizeOrType);
    break;
  case Kind::Unknown:
    break;
  }
  return Error::success();
}

namespace {
bool validIntSize(uint32_t Size) {
  return Size <= 16 && ((1u << Size) & 0x10116u); // 1, 2, 4, 8, 16
}
bool validIntWord(uint32_t IW, uint32_t Size) {
  unsigned Enc = (IW >> 24) & 0xf, Off = (IW >> 16) & 0xff, Bits = IW & 0xff;
  return !(IW & IntReservedMask) && Enc <= 7 && Bits && Bits <= 128 &&
         Off + Bits <= Size * 8;
}
bool validEnumSize(uint32_t Size) {
  return Size <= 8 && ((1u << Size) & 0x116u); // 1, 2, 4, 8
}
bool validFloatSize(uint32_t Size) {
  return Size <= 16 && ((1u << Size) & 0x11114u); // 2, 4, 8, 12, 16
}
} // namespace

void Decoder::prepare(size_t MaxTypes, size_t PendingWords) {
  Kinds.reset(new uint8_t[MaxTypes]);
  const uint32_t First = S.FirstId;
  DoneBits.assign((First + MaxTypes) / 64 + 1, 0);
  std::fill(DoneBits.begin(), DoneBits.begin() + First / 64, ~uint64_t(0));
  for (uint32_t Id = First / 64 * 64; Id < First; ++Id)
    setBit(DoneBits, Id);
  Pending.reset(new uint32_t[PendingWords]);
  PendingStart.clear();
}

// The fast form of checkType(): computes only "bad or not" with few
// branches, and lets checkType() find the words for the message when a type
// is bad. It also marks a type Done when everything it refers to is Done
// already (which means: it refers backwards), and records the others for
// the sweep.
Error Decoder::indexAndCheckTypes() {
  const uint32_t *W = S.wordData();
  const size_t N = S.wordDataSize();
  const uint32_t First = S.FirstId;
  const uint32_t StrEnd = S.stringsEnd();
  // A type has at least 3 words, and its pending record (2 words plus at
  // most one per reference) is never longer than the type.
  prepare(N / 3 + 1, N + 4);
  // Offsets go to a raw buffer first (a push_back per type costs more than
  // the one copy at the end).
  std::unique_ptr<uint32_t[]> OffsetBuf(new uint32_t[N / 3 + 1]);
  uint32_t *OffOut = OffsetBuf.get();
  OffsetsPtr = OffOut;
  uint8_t *KindOut = Kinds.get();
  uint64_t *Done = DoneBits.data();
  uint32_t *Pend = Pending.get();
  size_t PendN = 0;
  const char *Str = S.stringData().data();
  const uint32_t StrBegin = S.StrBegin;
  // Required names must not be empty.
  auto EmptyName = [&](uint32_t Off) {
    return Off >= StrBegin ? Str[Off - StrBegin] == '\0' : isEmptyName(Off);
  };
  uint32_t MaxRef = 0;
  uint32_t Id = First;
  size_t I = 0;
  while (I < N) {
    const uint32_t *T = W + I;
    const size_t Avail = N - I;
    if (LLVM_UNLIKELY(Avail < 3)) {
      uint32_t Ignored = 0;
      return checkType(T, Avail, Id, I, Ignored);
    }
    const uint32_t Info = T[1];
    const unsigned K = (Info >> 24) & 0x1f;
    const unsigned Vlen = Info & 0xffff;
    const size_t Count = 3 + trailingWords(static_cast<Kind>(K), Vlen);
    if (LLVM_UNLIKELY((K - 1 >= MaxKind) | ((Info & InfoReservedMask) != 0) |
                      (T[0] >= StrEnd) | (Count > Avail))) {
      uint32_t Ignored = 0;
      return checkType(T, Avail, Id, I, Ignored);
    }
    const uint32_t Own = Id - First;
    const bool VF = Vlen || (Info >> 31);
    const uint32_t ST = T[2];
    // The record header is written up front and dropped if nothing pends;
    // a reference is appended without a branch (and kept only if pending).
    const size_t Mark = PendN;
    Pend[PendN] = Id;
    PendN += 2;
    // Backward references are in range; forward ones are pending, and
    // pending references are range-checked after the pass.
    auto Ref = [&](uint32_t R) {
      bool Waits = R >= Id || !((Done[R >> 6] >> (R & 63)) & 1);
      Pend[PendN] = R;
      PendN += Waits;
    };
    bool Bad = false;
    switch (static_cast<Kind>(K)) {
    case Kind::Int:
      Bad = VF || !validIntSize(ST) || !validIntWord(T[3], ST);
      break;
    case Kind::Ptr:
      // A pointer never closes a loop: Done whatever it points to.
      Bad = VF;
      MaxRef = ST > MaxRef ? ST : MaxRef;
      break;
    case Kind::Const:
    case Kind::Volatile:
    case Kind::Restrict:
      Bad = VF;
      Ref(ST);
      break;
    case Kind::Typedef:
      Bad = VF || EmptyName(T[0]);
      Ref(ST);
      break;
    case Kind::TypeTag:
      Bad = Vlen || EmptyName(T[0]);
      Ref(ST);
      break;
    case Kind::Array:
      Bad = VF || ST || !T[3];
      Ref(T[3]);
      Ref(T[4]);
      break;
    case Kind::Struct:
    case Kind::Union:
      for (unsigned J = 0; J < Vlen; ++J) {
        const uint32_t *M = T + 3 + 3 * J;
        Bad |= (M[0] >= StrEnd) | (M[1] == 0);
        Ref(M[1]);
      }
      break;
    case Kind::Enum:
      Bad = !validEnumSize(ST);
      for (unsigned J = 0; J < Vlen; ++J)
        Bad |= T[3 + 2 * J] >= StrEnd;
      break;
    case Kind::Enum64:
      Bad = !validEnumSize(ST);
      for (unsigned J = 0; J < Vlen; ++J)
        Bad |= T[3 + 3 * J] >= StrEnd;
      break;
    case Kind::Fwd:
      Bad = Vlen || EmptyName(T[0]);
      break;
    case Kind::Func:
      Bad = (Info >> 31) || Vlen > 2 || EmptyName(T[0]);
      Ref(ST);
      break;
    case Kind::FuncProto:
      Bad = Info >> 31;
      Ref(ST);
      for (unsigned J = 0; J < Vlen; ++J) {
        const uint32_t *P = T + 3 + 2 * J;
        Bad |= (P[0] >= StrEnd) | (P[1] == 0 && (J + 1 != Vlen || P[0] != 0));
        Ref(P[1]);
      }
      break;
    case Kind::Var:
      Bad = VF || EmptyName(T[0]) || T[3] > 2 || !ST;
      Ref(ST);
      break;
    case Kind::Datasec:
      Bad = (Info >> 31) || EmptyName(T[0]);
      for (unsigned J = 0; J < Vlen; ++J)
        Ref(T[3 + 3 * J]);
      break;
    case Kind::Float:
      Bad = VF || !validFloatSize(ST);
      break;
    case Kind::DeclTag:
      Bad = Vlen || EmptyName(T[0]) || !ST || static_cast<int32_t>(T[3]) < -1;
      Ref(ST);
      break;
    case Kind::Unknown:
      break;
    }
    OffOut[Own] = static_cast<uint32_t>(I);
    KindOut[Own] = static_cast<uint8_t>(K);
    uint32_t NumPending = static_cast<uint32_t>(PendN - Mark - 2);
    if (LLVM_UNLIKELY(Bad)) {
      if (Error E = checkType(T, Avail, Id, I, MaxRef))
        return E;
      // The fast check was only cautious: let the sweep look at all of it.
      NumPending = AllRefs;
    }
    if (NumPending == 0) {
      // Rules about referenced kinds; FUNC inline, as there are many.
      switch (static_cast<Kind>(K)) {
      case Kind::Func:
        if (LLVM_UNLIKELY(kindOf(ST) != Kind::FuncProto))
          return checkKindRules(Id);
        break;
      case Kind::Var:
      case Kind::Datasec:
      case Kind::DeclTag:
        if (Error E = checkKindRules(Id))
          return E;
        break;
      default:
        break;
      }
      Done[Id >> 6] |= uint64_t(1) << (Id & 63);
      PendN = Mark;
    } else {
      if (NumPending == AllRefs)
        PendN = Mark + 2;
      Pend[Mark + 1] = NumPending;
      PendingStart.push_back(static_cast<uint32_t>(Mark));
    }
    I += Count;
    if (LLVM_UNLIKELY(++Id >= 0x80000000u))
      return fail(ErrorCode::TypeIdOutOfRange, "too many types", I, Id);
  }
  S.Offsets.assign(OffOut, OffOut + (Id - First));
  OffsetsPtr = S.Offsets.data();
  for (uint32_t Start : PendingStart) {
    const uint32_t *Rec = Pend + Start;
    if (Rec[1] != AllRefs)
      for (uint32_t J = 0; J < Rec[1]; ++J)
        MaxRef = std::max(MaxRef, Rec[2 + J]);
  }
  if (MaxRef >= S.typeCount())
    return findBadRef();
  return Error::success();
}

Error Decoder::checkIndexedTypes() {
  const uint32_t Count = S.ownTypeCount();
  prepare(Count + 1, 2 * size_t(Count) + 1);
  OffsetsPtr = S.Offsets.data();
  uint32_t MaxRef = 0;
  for (uint32_t Id : S.ownIds()) {
    size_t Pos = wordPos(Id);
    if (Pos >= S.wordDataSize())
      return fail(ErrorCode::VlenOverrun, "type outside the type storage", Pos,
                  Id);
    if (Error E = checkType(S.wordData() + Pos, S.wordDataSize() - Pos, Id, Pos,
                            MaxRef))
      return E;
    uint32_t Own = Id - S.FirstId;
    Kinds[Own] = (S.wordData()[Pos + 1] >> 24) & 0x1f;
    Pending[2 * Own] = Id;
    Pending[2 * Own + 1] = AllRefs;
    PendingStart.push_back(2 * Own);
  }
  if (MaxRef >= S.typeCount())
    return findBadRef();
  return Error::success();
}

Error Decoder::findBadRef() {
  const uint32_t Count = S.typeCount();
  for (uint32_t Id : S.ownIds()) {
    uint32_t Bad = 0;
    bool Found = false;
    static_cast<const Spec &>(S).forEachTypeRef(Id, [&](uint32_t R) {
      if (!Found && R >= Count) {
        Bad = R;
        Found = true;
      }
    });
    if (Found)
      return fail(ErrorCode::TypeIdOutOfRange,
                  "refers to type id " + Twine(Bad) + ", but there are only " +
                      Twine(Count) + " types",
                  wordPos(Id), Id);
  }
  llvm_unreachable("a reference out of range was seen in pass one");
}

/// Rules about the kinds of the types \p Id refers to; checked once per type,
/// when everything it refers to is indexed.
Error Decoder::checkKindRules(uint32_t Id) {
  const uint32_t *T = S.wordData() + wordPos(Id);
  const Kind K = static_cast<Kind>((T[1] >> 24) & 0x1f);
  auto Invalid = [&](const Twine &Msg) {
    return fail(ErrorCode::InvalidType, Twine(kindName(K)) + ": " + Msg,
                wordPos(Id), Id);
  };
  switch (K) {
  case Kind::Func:
    if (kindOf(T[2]) != Kind::FuncProto)
      return Invalid("type " + Twine(T[2]) + " is not a FUNC_PROTO");
    break;
  case Kind::Var: {
    Kind R = kindOf(T[2]);
    if (R == Kind::Func || R == Kind::FuncProto || R == Kind::Var ||
        R == Kind::Datasec || R == Kind::DeclTag)
      return Invalid("type " + Twine(T[2]) + " is a " + kindName(R));
    break;
  }
  case Kind::Datasec:
    for (unsigned I = 0, E = T[1] & 0xffff; I < E; ++I) {
      Kind R = kindOf(T[3 + 3 * I]);
      if (R != Kind::Var && R != Kind::Func)
        return Invalid("entry " + Twine(I) + " is not a VAR or FUNC");
    }
    break;
  case Kind::DeclTag: {
    int32_t Idx = static_cast<int32_t>(T[3]);
    Kind R = kindOf(T[2]);
    if (R == Kind::DeclTag || R == Kind::Datasec)
      return Invalid("tags a " + kindName(R));
    if (Idx >= 0) {
      Type Target = typeAt(T[2]);
      unsigned Limit = 0;
      if (Target.isComposite())
        Limit = Target.vlen();
      else if (R == Kind::Func && kindOf(Target.refType()) == Kind::FuncProto)
        Limit = typeAt(Target.refType()).vlen();
      else
        return Invalid("component_idx on a " + kindName(R));
      if (static_cast<unsigned>(Idx) >= Limit)
        return Invalid("component_idx " + Twine(Idx) + " out of range");
    }
    break;
  }
  default:
    break;
  }
  return Error::success();
}

/// Sweeps over the types pass one could not mark Done (they refer forwards),
/// alternating direction: a type whose pending references are all Done
/// becomes Done. The pending references sit in one compact array, so a sweep
/// barely touches the type section. On vmlinux one forward sweep leaves under
/// 2% of those types for the search.
Error Decoder::sweep() {
  const uint32_t First = S.FirstId;
  const uint32_t *Words = S.wordData();
  auto Resolve = [&](uint32_t Start, bool &Resolved) -> Error {
    uint32_t *Rec = Pending.get() + Start;
    const uint32_t Id = Rec[0];
    const Kind K = static_cast<Kind>(Kinds[Id - First]);
    // A FUNC's only reference is its FUNC_PROTO: remember it before the
    // record is compacted (reading it from the type would be a cache miss).
    const uint32_t FuncRef = Rec[1] != AllRefs && Rec[1] ? Rec[2] : 0;
    if (Rec[1] == AllRefs) {
      bool All = true;
      if (K != Kind::Ptr)
        static_cast<const Spec &>(S).forEachTypeRef(
            Id, [&](uint32_t R) { All &= isDone(R); });
      Resolved = All;
    } else {
      // Drop the references that are Done by now.
      uint32_t N = Rec[1], Kept = 0;
      for (uint32_t J = 0; J < N; ++J)
        if (!isDone(Rec[2 + J]))
          Rec[2 + Kept++] = Rec[2 + J];
      Rec[1] = Kept;
      Resolved = Kept == 0;
    }
    if (!Resolved)
      return Error::success();
    if (K == Kind::Func) {
      uint32_t Proto = FuncRef ? FuncRef : Words[S.Offsets[Id - First] + 2];
      if (kindOf(Proto) != Kind::FuncProto)
        return checkKindRules(Id);
    } else if (K == Kind::Var || K == Kind::Datasec || K == Kind::DeclTag) {
      if (Error E = checkKindRules(Id))
        return E;
    }
    markDone(Id);
    return Error::success();
  };
  for (unsigned Round = 0; Round < 4 && !PendingStart.empty(); ++Round) {
    // Survivors are compacted towards the end a round starts from: the
    // front going forwards, the back going backwards.
    const bool Forward = Round % 2 == 0;
    const size_t E = PendingStart.size();
    size_t Kept = 0;
    for (size_t I = 0; I < E; ++I) {
      uint32_t Start = PendingStart[Forward ? I : E - 1 - I];
      bool Resolved;
      if (Error Err = Resolve(Start, Resolved))
        return Err;
      if (!Resolved) {
        PendingStart[Forward ? Kept : E - 1 - Kept] = Start;
        ++Kept;
      }
    }
    if (!Forward)
      PendingStart.erase(PendingStart.begin(), PendingStart.end() - Kept);
    PendingStart.resize(Kept);
  }
  return Error::success();
}

/// Depth-first search from the types the sweeps left, over every reference
/// except those of PTRs, with explicit exit markers on the stack: the types
/// marked Active are exactly those on the current path, so a reference to an
/// Active type closes a loop. Types of the base were checked when the base
/// was decoded and never refer to split types, so the search stays inside
/// own types.
Error Decoder::search() {
  const uint32_t First = S.FirstId;
  const uint32_t *Offsets = S.Offsets.data();
  constexpr uint32_t ExitMark = 0x80000000u;            // Ids stay below 2^31.
  std::vector<uint64_t> ActiveBits(DoneBits.size(), 0); // By id.
  std::vector<uint32_t> Stack;
  for (uint32_t Start : PendingStart) {
    uint32_t Root = Pending[Start];
    if (isDone(Root))
      continue;
    Stack.push_back(Root);
    while (!Stack.empty()) {
      const uint32_t X = Stack.back();
      Stack.pop_back();
      if (X & ExitMark) {
        markDone(X & ~ExitMark);
        continue;
      }
      if (isDone(X) || testBit(ActiveBits, X))
        continue;
      const Kind K = static_cast<Kind>(Kinds[X - First]);
      if (K == Kind::Int || K == Kind::Ptr || K == Kind::Enum ||
          K == Kind::Enum64 || K == Kind::Fwd || K == Kind::Float) {
        markDone(X);
        continue;
      }
      if (Error E = checkKindRules(X))
        return E;
      setBit(ActiveBits, X);
      Stack.push_back(X | ExitMark);
      uint32_t Loop = 0;
      static_cast<const Spec &>(S).forEachTypeRef(X, [&](uint32_t R) {
        if (isDone(R))
          return;
        if (testBit(ActiveBits, R)) {
          if (!Loop)
            Loop = R;
          return;
        }
        Stack.push_back(R);
      });
      if (Loop)
        return fail(ErrorCode::ReferenceLoop,
                    "reference loop through type [" + Twine(Loop) + "]",
                    Offsets[X - First], X);
    }
  }
  return Error::success();
}

Error Decoder::checkGraph() {
  if (Error E = sweep())
    return E;
  return search();
}

bool hasBTFMagic(ArrayRef<uint8_t> Data) {
  return Data.size() >= 2 && ((Data[0] == 0x9f && Data[1] == 0xeb) ||
                              (Data[0] == 0xeb && Data[1] == 0x9f));
}

Expected<Spec> Decoder::decode(ArrayRef<uint8_t> Data,
                               std::shared_ptr<const Spec> Base,
                               std::shared_ptr<const void> Owner) {
  using namespace llvm::support;
  if (Data.size() < 2)
    return makeError(ErrorCode::Truncated, "BTF data is " + Twine(Data.size()) +
                                               " bytes, too short for magic");
  endianness E;
  if (Data[0] == 0x9f && Data[1] == 0xeb)
    E = endianness::little;
  else if (Data[0] == 0xeb && Data[1] == 0x9f)
    E = endianness::big;
  else
    return makeError(ErrorCode::BadMagic, "bad BTF magic " +
                                              Twine::utohexstr(Data[0]) + " " +
                                              Twine::utohexstr(Data[1]));
  if (Data.size() < llvm::BTF::HeaderSize)
    return makeError(ErrorCode::Truncated,
                     "BTF data is " + Twine(Data.size()) +
                         " bytes, shorter than the header");
  if (Data[2] != llvm::BTF::VERSION)
    return makeError(ErrorCode::BadVersion,
                     "BTF version " + Twine(Data[2]) + ", expected 1", 2);
  if (Data[3] != 0)
    return makeError(ErrorCode::BadFlags,
                     "BTF header flags " + Twine(Data[3]) + ", expected 0", 3);
  auto Read32 = [&](size_t Off) {
    return endian::read32(Data.data() + Off, E);
  };
  uint64_t HdrLen = Read32(4);
  if (HdrLen < llvm::BTF::HeaderSize || HdrLen > Data.size())
    return makeError(ErrorCode::BadHeaderLength,
                     "BTF header length " + Twine(HdrLen) + " not valid for " +
                         Twine(Data.size()) + " bytes of data",
                     4);
  for (size_t I = llvm::BTF::HeaderSize; I < HdrLen; ++I)
    if (Data[I])
      return makeError(ErrorCode::BadHeaderLength,
                       "unknown BTF header fields are not zero", I);
  uint64_t TypeOff = Read32(8), TypeLen = Read32(12);
  uint64_t StrOff = Read32(16), StrLen = Read32(20);
  uint64_t Avail = Data.size() - HdrLen;
  if (TypeOff + TypeLen > Avail)
    return makeError(ErrorCode::SectionOutOfBounds,
                     "type section [" + Twine(TypeOff) + ", +" +
                         Twine(TypeLen) + ") outside " + Twine(Avail) +
                         " bytes of data",
                     8);
  if (StrOff + StrLen > Avail)
    return makeError(ErrorCode::SectionOutOfBounds,
                     "string section [" + Twine(StrOff) + ", +" +
                         Twine(StrLen) + ") outside " + Twine(Avail) +
                         " bytes of data",
                     16);
  if (TypeOff % 4 || TypeLen % 4)
    return makeError(ErrorCode::SectionOutOfBounds,
                     "type section offset/length not a multiple of 4", 8);
  if (TypeLen && StrLen && TypeOff < StrOff + StrLen &&
      StrOff < TypeOff + TypeLen)
    return makeError(ErrorCode::SectionOutOfBounds,
                     "type and string sections overlap", 8);

  Spec S(std::move(Base));
  S.Endian = E;
  // Strings.
  const char *Str =
      reinterpret_cast<const char *>(Data.data() + HdrLen + StrOff);
  if (StrLen == 0) {
    if (!S.Base)
      return makeError(ErrorCode::BadStringSection, "string section is empty",
                       20);
  } else {
    if (Str[StrLen - 1] != '\0')
      return makeError(ErrorCode::BadStringSection,
                       "string section does not end with NUL",
                       HdrLen + StrOff + StrLen - 1);
    if (!S.Base && Str[0] != '\0')
      return makeError(ErrorCode::BadStringSection,
                       "string section does not start with the empty "
                       "string (split BTF needs its base)",
                       HdrLen + StrOff);
    if (S.StrBegin + StrLen - 1 > MaxStringOffset)
      return makeError(ErrorCode::BadStringSection, "string section too large",
                       20);
  }
  // Types, as host-order words: borrowed in place when possible.
  const uint8_t *TypeBytes = Data.data() + HdrLen + TypeOff;
  size_t NumWords = TypeLen / 4;
  bool Aligned =
      reinterpret_cast<uintptr_t>(TypeBytes) % alignof(uint32_t) == 0;
  if (Owner && Aligned && E == endianness::native) {
    S.Borrowed = true;
    S.BorrowedWords = reinterpret_cast<const uint32_t *>(TypeBytes);
    S.NumBorrowedWords = NumWords;
    S.BorrowedStrings = StringRef(Str, StrLen);
    S.Backing = std::move(Owner);
  } else {
    S.Strings.assign(Str, StrLen);
    if (Aligned && E == endianness::native) {
      const uint32_t *P = reinterpret_cast<const uint32_t *>(TypeBytes);
      S.Words.assign(P, P + NumWords); // memmove
    } else if (E == endianness::native) {
      using W32 = support::detail::packed_endian_specific_integral<
          uint32_t, endianness::native, support::unaligned>;
      const W32 *P = reinterpret_cast<const W32 *>(TypeBytes);
      S.Words.assign(P, P + NumWords);
    } else {
      S.Words.resize(NumWords);
      for (size_t I = 0; I < NumWords; ++I)
        S.Words[I] = endian::read32(TypeBytes + 4 * I, E);
    }
  }

  Decoder D(S, HdrLen + TypeOff);
  if (Error Err = D.indexAndCheckTypes())
    return std::move(Err);
  if (Error Err = D.checkGraph())
    return std::move(Err);
  return std::move(S);
}

Expected<Spec> decodeBTF(ArrayRef<uint8_t> Data,
                         std::shared_ptr<const Spec> Base) {
  return Decoder::decode(Data, std::move(Base), nullptr);
}

Expected<Spec> decodeBTF(std::shared_ptr<const void> Owner,
                         ArrayRef<uint8_t> Data,
                         std::shared_ptr<const Spec> Base) {
  return Decoder::decode(Data, std::move(Base), std::move(Owner));
}

Error Spec::validate() const {
  // The checker only reads, but its interface takes a mutable Spec so that
  // the decoder can build the index in the same pass.
  Decoder D(const_cast<Spec &>(*this), std::nullopt);
  if (Error E = D.checkIndexedTypes())
    return E;
  return D.checkGraph();
}

} // namespace btf
} // namespace corecc
