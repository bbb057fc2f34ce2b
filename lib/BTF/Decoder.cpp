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
//   2. Pass one, in id order, builds the id -> word index and checks each
//      type's own rules: header, kind, reserved bits, length (so nothing is
//      read past the section), name offsets, and what the kind table
//      (corecc/BTF/KindInfo.h) says of the kind. The rules are written once,
//      in checkKind(); the fast pass folds them into one flag per type and
//      asks the same code again, with an Explainer, for the message of a
//      type that failed. Referenced ids are not range-checked one by one: the
//      pass keeps the largest and compares it with the type count at the
//      end. A FUNC whose FUNC_PROTO came before it has that checked here.
//   3. Pass two: the other rules on referenced kinds (VAR, DATASEC and
//      DECL_TAG targets, component indexes), then a depth-first search for
//      reference loops (PTRs aside) from the types that refer forwards: the
//      smallest id on a loop always does. Pass one records those forward
//      references and each type's largest reference, so the search reads
//      neither the types it starts from nor those it can tell lead nowhere.
//
// Spec::validate() runs the careful form of both passes over a built Spec.
//
// Where the rules come from: Linux Documentation/bpf/btf.rst and the checks
// the kernel's BTF verifier applies; libbpf's parser accepts a superset. We
// deliberately accept some things the kernel rejects but producers emit
// (kind_flag on DECL_TAG/TYPE_TAG, gaps between sections, GCC 12's anonymous
// FUNCs).
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Codec.h"
#include "corecc/BTF/Error.h"
#include "corecc/BTF/KindInfo.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/Format.h"
#include <algorithm>
#include <optional>
#include <string>
#include <type_traits>

using namespace llvm;

namespace corecc {
namespace btf {

namespace {
constexpr uint32_t InfoReservedMask = 0x60ff0000;
constexpr uint32_t IntReservedMask = 0xf000ff00;
/// libbpf's limit on string offsets.
constexpr uint64_t MaxStringOffset = 0x7fffffff;

/// "1, 2, 4, 8 or 16" from a KindInfo::Sizes mask.
std::string sizeList(uint32_t Mask) {
  std::string Out;
  for (unsigned S = 0; S < 32; ++S) {
    if (!((Mask >> S) & 1))
      continue;
    Mask &= ~(1u << S);
    if (!Out.empty())
      Out += Mask ? ", " : " or ";
    Out += std::to_string(S);
  }
  return Out;
}

/// "FUNC_PROTO", "VAR or FUNC", or "" for a mask of more than three kinds.
std::string kindList(KindMask Mask) {
  std::vector<StringRef> Names;
  for (unsigned K = 1; K <= MaxKind; ++K)
    if ((Mask >> K) & 1)
      Names.push_back(kindName(static_cast<Kind>(K)));
  if (Names.size() > 3)
    return "";
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I)
    Out += (I ? (I + 1 == Names.size() ? " or " : ", ") : "") + Names[I].str();
  return Out;
}

/// How the fast pass checks a type: every rule folds into one flag, and the
/// type is looked at again with an Explainer only when the flag is set.
struct FastChecker {
  /// The largest id this type refers to; at least its own id means it
  /// refers forwards (or to itself), and a loop may start here.
  uint32_t MaxRef = 0;
  bool Bad = false;

  template <typename MsgFn>
  LLVM_ATTRIBUTE_ALWAYS_INLINE void check(bool Broken, ErrorCode, MsgFn &&) {
    Bad |= Broken;
  }
  /// A rule whose failure leaves nothing readable after it.
  template <typename MsgFn>
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool stop(bool Broken, ErrorCode, MsgFn &&) {
    Bad |= Broken;
    return Broken;
  }
  LLVM_ATTRIBUTE_ALWAYS_INLINE void ref(uint32_t R) {
    MaxRef = R > MaxRef ? R : MaxRef;
  }
};

/// How the careful pass checks a type: the first broken rule becomes the
/// error, with its message.
struct Explainer {
  uint32_t MaxRef = 0;
  std::optional<std::pair<ErrorCode, std::string>> First;

  template <typename MsgFn>
  void check(bool Broken, ErrorCode Code, MsgFn &&Msg) {
    if (Broken && !First)
      First.emplace(Code, Msg());
  }
  template <typename MsgFn>
  bool stop(bool Broken, ErrorCode Code, MsgFn &&Msg) {
    check(Broken, Code, Msg);
    return Broken;
  }
  void ref(uint32_t R) { MaxRef = R > MaxRef ? R : MaxRef; }
};
} // namespace

/// What checkOwnRules() does after a type's own rules when the caller asks
/// for nothing more.
struct NoThen {
  template <typename KindConstant> void operator()(KindConstant) const {}
};

/// The validation passes; friend of Spec.
class Decoder {
public:
  Decoder(Spec &S, std::optional<uint64_t> TypeSectionOffset)
      : S(S), TypeSectionOffset(TypeSectionOffset) {}

  static Expected<Spec> decode(ArrayRef<uint8_t> Data,
                               std::shared_ptr<const Spec> Base,
                               std::shared_ptr<const void> Owner,
                               bool Careful = false);

  /// Pass one over the words of a decoded Spec, building S.Offsets: with a
  /// FastChecker as decoding does, or with an Explainer for every type (the
  /// reference the fuzzer compares the fast pass with).
  template <typename Checker> Error indexAndCheckTypes();
  /// Pass one over an already indexed (built) Spec.
  Error checkIndexedTypes();
  /// Pass two: the rules on referenced kinds that pass one left, then the
  /// search for reference loops.
  Error checkGraph();

private:
  template <typename Checker, typename ThenFn = NoThen>
  size_t checkOwnRules(const uint32_t *T, size_t Avail, Checker &C,
                       ThenFn &&Then = NoThen()) const;
  template <unsigned KV, typename Checker, typename ThenFn>
  size_t checkKind(const uint32_t *T, size_t Avail, Checker &C,
                   ThenFn &&Then) const;
  Error explain(const uint32_t *T, size_t Avail, uint32_t Id, size_t WordPos);
  Error checkRefKinds(uint32_t Id);
  Error findBadRef();
  Error search();
  void prepare(size_t MaxTypes);
  Error fail(ErrorCode C, const Twine &Msg, size_t WordPos, uint32_t Id) {
    return makeError(
        C, Msg, TypeSectionOffset ? *TypeSectionOffset + 4 * WordPos : 0, Id);
  }
  LLVM_ATTRIBUTE_ALWAYS_INLINE bool isEmptyName(uint32_t Off) const {
    if (LLVM_UNLIKELY(Off < StrBegin))
      return S.Base->string(Off).empty();
    return Str[Off - StrBegin] == '\0';
  }
  LLVM_ATTRIBUTE_ALWAYS_INLINE Kind kindOf(uint32_t Id) const {
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

  Spec &S;
  std::optional<uint64_t> TypeSectionOffset;
  const char *Str = nullptr;
  uint32_t StrBegin = 0, StrEnd = 0;
  /// The id -> word index: a buffer during pass one, S.Offsets after.
  const uint32_t *OffsetsPtr = nullptr;
  /// Kind of each own type: a compact copy for pass two.
  std::unique_ptr<uint8_t[]> Kinds;
  /// Types whose rules on referenced kinds wait for pass two.
  std::vector<uint32_t> Deferred;
  /// Types with a reference to themselves or a later type (PTRs aside).
  /// Ids only fall along a chain of earlier references, so every reference
  /// loop passes through one of these: the search starts from them alone.
  std::vector<uint32_t> LoopStarts;
  /// Those references, LoopStarts[I]'s from ForwardBegin[I] on: recorded
  /// while pass one has the type in cache, so that the search need not
  /// read the types it starts from (most of them lead nowhere).
  std::vector<uint32_t> ForwardRefs, ForwardBegin;
  /// Per id, the largest id a loop could go on to from the type: its
  /// largest reference, 0 for kinds no loop passes through. A type whose
  /// value is below the search's root is a dead end the search need not
  /// read.
  std::unique_ptr<uint32_t[]> UpRef;

  void noteLoopStart(uint32_t Id, const uint32_t *T) {
    LoopStarts.push_back(Id);
    ForwardBegin.push_back(ForwardRefs.size());
    visitTypeRefWords(T, [&](uint32_t R) {
      if (R >= Id)
        ForwardRefs.push_back(R);
    });
  }
  /// The same, with the kind's row a constant.
  template <unsigned KV>
  LLVM_ATTRIBUTE_ALWAYS_INLINE void noteLoopStart(uint32_t Id,
                                                  const uint32_t *T) {
    constexpr KindInfo KI = KindTable[KV];
    LoopStarts.push_back(Id);
    ForwardBegin.push_back(ForwardRefs.size());
    if constexpr (KI.ThirdWord == Third::Type)
      if (T[2] >= Id)
        ForwardRefs.push_back(T[2]);
    for (unsigned I = 0; KI.FixedTypes >> I; ++I)
      if (((KI.FixedTypes >> I) & 1) && T[3 + I] >= Id)
        ForwardRefs.push_back(T[3 + I]);
    if constexpr (KI.EntryType >= 0) {
      const uint32_t *E = T + 3 + KI.FixedWords + KI.EntryType;
      for (unsigned J = 0, N = T[1] & 0xffff; J < N; ++J, E += KI.EntryWords)
        if (*E >= Id)
          ForwardRefs.push_back(*E);
    }
  }
};

void Decoder::prepare(size_t MaxTypes) {
  Kinds.reset(new uint8_t[MaxTypes]);
  UpRef.reset(new uint32_t[S.FirstId + MaxTypes]);
  Str = S.stringData().data();
  StrBegin = S.StrBegin;
  StrEnd = S.stringsEnd();
  Deferred.clear();
  LoopStarts.clear();
  ForwardRefs.clear();
  ForwardBegin.clear();
}

/// The rules of one type that need nothing but the type (the kind table's
/// columns and its ExtraRule), and its references, reported to \p C. The
/// one statement of each rule: the fast pass and the careful pass differ
/// only in their Checker. Returns the type's word count, or 0 when its
/// header is too broken to read further.
template <typename Checker, typename ThenFn>
LLVM_ATTRIBUTE_ALWAYS_INLINE size_t Decoder::checkOwnRules(
    const uint32_t *T, size_t Avail, Checker &C, ThenFn &&Then) const {
  if (C.stop(Avail < 3, ErrorCode::VlenOverrun, [] {
        return std::string("type header runs past the end of the type section");
      }))
    return 0;
  // One instance of checkKind() per row of the table, each with its row as
  // a constant: the compiler drops the columns that do not apply, which
  // makes the table as fast as a hand-written switch over kinds.
  static_assert(MaxKind == 19, "a kind without a case below");
  switch ((T[1] >> 24) & 0x1f) {
#define CORECC_KIND_CASE(N)                                                    \
  case N:                                                                      \
    return checkKind<N>(T, Avail, C, Then);
    CORECC_KIND_CASE(1)
    CORECC_KIND_CASE(2)
    CORECC_KIND_CASE(3)
    CORECC_KIND_CASE(4)
    CORECC_KIND_CASE(5)
    CORECC_KIND_CASE(6)
    CORECC_KIND_CASE(7)
    CORECC_KIND_CASE(8)
    CORECC_KIND_CASE(9)
    CORECC_KIND_CASE(10)
    CORECC_KIND_CASE(11)
    CORECC_KIND_CASE(12)
    CORECC_KIND_CASE(13)
    CORECC_KIND_CASE(14)
    CORECC_KIND_CASE(15)
    CORECC_KIND_CASE(16)
    CORECC_KIND_CASE(17)
    CORECC_KIND_CASE(18)
    CORECC_KIND_CASE(19)
#undef CORECC_KIND_CASE
  default:
    return checkKind<0>(T, Avail, C, Then);
  }
}

template <unsigned KV, typename Checker, typename ThenFn>
LLVM_ATTRIBUTE_ALWAYS_INLINE size_t Decoder::checkKind(const uint32_t *T,
                                                       size_t Avail, Checker &C,
                                                       ThenFn &&Then) const {
  constexpr KindInfo KI = KindTable[KV];
  const uint32_t NameOff = T[0], Info = T[1], ST = T[2];
  const unsigned K = (Info >> 24) & 0x1f;
  const unsigned Vlen = Info & 0xffff;
  const bool KF = Info >> 31;
  if (C.stop(!KI.Valid, ErrorCode::UnknownKind,
             [&] { return "unknown kind " + std::to_string(K); }))
    return 0;
  if (C.stop(Info & InfoReservedMask, ErrorCode::InvalidType, [&] {
        return ("reserved bits set in info " + Twine::utohexstr(Info)).str();
      }))
    return 0;
  const size_t Count = 3 + KI.FixedWords + size_t(KI.EntryWords) * Vlen;
  if (C.stop(Count > Avail, ErrorCode::VlenOverrun, [&] {
        return std::string(KI.Name) + " with vlen " + std::to_string(Vlen) +
               " runs past the end of the type section";
      }))
    return 0;
  if (C.stop(NameOff >= StrEnd, ErrorCode::StringOffsetOutOfRange, [&] {
        return "name offset " + std::to_string(NameOff) + " out of range";
      }))
    return 0;

  auto Invalid = [&](bool Broken, auto &&Msg) {
    C.check(Broken, ErrorCode::InvalidType,
            [&] { return std::string(KI.Name) + ": " + Msg(); });
  };
  Invalid(Vlen > KI.MaxVlen, [&] {
    return KI.MaxVlen ? "vlen " + std::to_string(Vlen) + " not valid"
                      : std::string("vlen must be 0");
  });
  Invalid(KF && !KI.KindFlagAllowed,
          [] { return std::string("kind_flag must be 0"); });
  if (KI.NameRequired)
    Invalid(isEmptyName(NameOff),
            [] { return std::string("name is required"); });
  switch (KI.ThirdWord) {
  case Third::Size:
    Invalid(KI.Sizes && (ST > 31 || !((KI.Sizes >> ST) & 1)), [&] {
      return "size " + std::to_string(ST) + " not " + sizeList(KI.Sizes);
    });
    break;
  case Third::Type:
    Invalid(KI.ThirdNonVoid && !ST, [] { return std::string("type is void"); });
    C.ref(ST);
    break;
  case Third::Zero:
    Invalid(ST != 0, [] { return std::string("size must be 0"); });
    break;
  case Third::Unused:
    break;
  }
  for (unsigned I = 0; KI.FixedTypes >> I; ++I) {
    if (!((KI.FixedTypes >> I) & 1))
      continue;
    Invalid(((KI.FixedNonVoid >> I) & 1) && !T[3 + I], [&] {
      return "type in word " + std::to_string(3 + I) + " is void";
    });
    C.ref(T[3 + I]);
  }
  switch (KI.Extra) {
  case ExtraRule::IntWord: {
    const uint32_t IW = T[3];
    const unsigned Enc = (IW >> 24) & 0xf, Off = (IW >> 16) & 0xff,
                   Bits = IW & 0xff;
    Invalid(IW & IntReservedMask, [&] {
      return ("reserved bits set in " + Twine::utohexstr(IW)).str();
    });
    // The kernel wants at most one bit; GCC 12 writes SIGNED|CHAR for
    // 'char', which libbpf and bpftool ("UNKN") accept, and so do we.
    Invalid(Enc & ~unsigned(IntSigned | IntChar | IntBool),
            [&] { return "encoding " + std::to_string(Enc) + " not valid"; });
    Invalid(Bits == 0 || Bits > 128 || Off + Bits > ST * 8, [&] {
      return "bits_offset " + std::to_string(Off) + " nr_bits " +
             std::to_string(Bits) + " do not fit size " + std::to_string(ST);
    });
    break;
  }
  case ExtraRule::Linkage:
    Invalid(T[3] > static_cast<uint32_t>(VarLinkage::Extern),
            [&] { return "linkage " + std::to_string(T[3]) + " not valid"; });
    break;
  case ExtraRule::ComponentIndex:
    // The index itself is checked against the target in checkRefKinds().
    Invalid(static_cast<int32_t>(T[3]) < -1, [&] {
      return "component_idx " + std::to_string(static_cast<int32_t>(T[3])) +
             " not valid";
    });
    break;
  case ExtraRule::None:
    break;
  }
  if (Vlen && KI.EntryWords) {
    const uint32_t *E = T + 3 + KI.FixedWords;
    const unsigned Step = KI.EntryWords;
    auto NameInRange = [&](unsigned J, uint32_t Off) {
      C.check(Off >= StrEnd, ErrorCode::StringOffsetOutOfRange, [&] {
        return std::string(KI.Name) + ": " + KI.EntryNoun + " " +
               std::to_string(J) + " name offset " + std::to_string(Off) +
               " out of range";
      });
    };
    if (KI.EntryType >= 0) {
      const int NameW = KI.EntryName, TypeW = KI.EntryType;
      for (unsigned J = 0; J < Vlen; ++J, E += Step) {
        const uint32_t R = E[TypeW];
        if (NameW >= 0)
          NameInRange(J, E[NameW]);
        // The variadic marker is a last entry with no name and no type.
        Invalid(KI.EntryNonVoid && R == 0 &&
                    !(KI.VariadicMarker && J + 1 == Vlen && E[NameW] == 0),
                [&] {
                  return std::string(KI.EntryNoun) + " " + std::to_string(J) +
                         " has type void";
                });
        C.ref(R);
      }
    } else if (KI.EntryName >= 0) {
      for (unsigned J = 0; J < Vlen; ++J, E += Step)
        NameInRange(J, E[KI.EntryName]);
    }
  }
  Then(std::integral_constant<unsigned, KV>());
  return Count;
}

/// The careful pass over one type that the fast pass found broken.
Error Decoder::explain(const uint32_t *T, size_t Avail, uint32_t Id,
                       size_t WordPos) {
  Explainer C;
  checkOwnRules(T, Avail, C);
  if (!C.First)
    return fail(ErrorCode::InvalidType,
                "rejected by the fast check only (a decoder bug)", WordPos, Id);
  return fail(C.First->first, C.First->second, WordPos, Id);
}

template <typename Checker> Error Decoder::indexAndCheckTypes() {
  const uint32_t *W = S.wordData();
  const size_t N = S.wordDataSize();
  const uint32_t First = S.FirstId;
  // A type has at least 3 words.
  prepare(N / 3 + 1);
  // Offsets go to a raw buffer first (a push_back per type costs more than
  // the one copy at the end).
  std::unique_ptr<uint32_t[]> OffsetBuf(new uint32_t[N / 3 + 1]);
  uint32_t *OffOut = OffsetBuf.get();
  OffsetsPtr = OffOut;
  uint8_t *KindOut = Kinds.get();
  uint32_t MaxRef = 0;
  uint32_t Id = First;
  size_t I = 0;
  bool RefKindBroken = false;
  while (I < N) {
    const uint32_t *T = W + I;
    Checker C;
    // The bookkeeping, with the kind's row a constant as in checkKind().
    auto Index = [&](auto KindConstant) {
      constexpr KindInfo KI = KindTable[decltype(KindConstant)::value];
      OffOut[Id - First] = static_cast<uint32_t>(I);
      KindOut[Id - First] = static_cast<uint8_t>(KindConstant);
      if constexpr (KI.hasTypeRefs() && !KI.BreaksLoops) {
        UpRef[Id] = C.MaxRef;
        if (LLVM_UNLIKELY(C.MaxRef >= Id))
          noteLoopStart<decltype(KindConstant)::value>(Id, T);
      } else {
        UpRef[Id] = 0;
      }
      if constexpr (KI.hasRefKindRules()) {
        // A FUNC's FUNC_PROTO usually comes first: check it now, while the
        // type is in cache. Everything else waits for pass two.
        const uint32_t R = T[2];
        if constexpr (KI.EntryKinds == AnyKind && KI.Extra == ExtraRule::None) {
          if (R < Id)
            RefKindBroken |= !(KI.ThirdKinds & kindBit(kindOf(R)));
          else
            Deferred.push_back(Id);
        } else {
          Deferred.push_back(Id);
        }
      }
    };
    const size_t Count = checkOwnRules(T, N - I, C, Index);
    if constexpr (std::is_same_v<Checker, FastChecker>) {
      if (LLVM_UNLIKELY(C.Bad))
        return explain(T, N - I, Id, I);
    } else {
      if (C.First)
        return fail(C.First->first, C.First->second, I, Id);
    }
    if (LLVM_UNLIKELY(RefKindBroken))
      return checkRefKinds(Id);
    MaxRef = std::max(MaxRef, C.MaxRef);
    I += Count;
    if (LLVM_UNLIKELY(++Id >= 0x80000000u))
      return fail(ErrorCode::TypeIdOutOfRange, "too many types", I, Id);
  }
  S.Offsets.assign(OffOut, OffOut + (Id - First));
  OffsetsPtr = S.Offsets.data();
  if (MaxRef >= S.typeCount())
    return findBadRef();
  return Error::success();
}

Error Decoder::checkIndexedTypes() {
  const uint32_t Count = S.ownTypeCount();
  prepare(Count + 1);
  OffsetsPtr = S.Offsets.data();
  for (uint32_t Id : S.ownIds()) {
    size_t Pos = wordPos(Id);
    if (Pos >= S.wordDataSize())
      return fail(ErrorCode::VlenOverrun, "type outside the type storage", Pos,
                  Id);
    Kinds[Id - S.FirstId] = (S.wordData()[Pos + 1] >> 24) & 0x1f;
  }
  uint32_t MaxRef = 0;
  for (uint32_t Id : S.ownIds()) {
    const size_t Pos = wordPos(Id);
    const uint32_t *T = S.wordData() + Pos;
    Explainer C;
    checkOwnRules(T, S.wordDataSize() - Pos, C);
    if (C.First)
      return fail(C.First->first, C.First->second, Pos, Id);
    const KindInfo &KI = kindInfo(static_cast<Kind>(Kinds[Id - S.FirstId]));
    MaxRef = std::max(MaxRef, C.MaxRef);
    const bool Leaf = KI.BreaksLoops || !KI.hasTypeRefs();
    UpRef[Id] = Leaf ? 0 : C.MaxRef;
    if (C.MaxRef >= Id && !Leaf)
      noteLoopStart(Id, T);
    if (KI.hasRefKindRules())
      Deferred.push_back(Id);
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

/// The rules about the kinds of the types \p Id refers to (KindInfo's
/// ThirdKinds, EntryKinds and the DECL_TAG component index); every id is
/// in range and indexed.
Error Decoder::checkRefKinds(uint32_t Id) {
  const uint32_t *T = S.wordData() + wordPos(Id);
  const Kind K = static_cast<Kind>((T[1] >> 24) & 0x1f);
  const KindInfo &KI = kindInfo(K);
  auto Invalid = [&](const Twine &Msg) {
    return fail(ErrorCode::InvalidType, Twine(KI.Name) + ": " + Msg,
                wordPos(Id), Id);
  };
  auto Refused = [&](const Twine &What, Kind R, KindMask Allowed) {
    std::string Want = kindList(Allowed);
    return Invalid(What + " is a " + kindName(R) +
                   (Want.empty() ? "" : ", not a " + Want));
  };
  if (KI.ThirdWord == Third::Type) {
    Kind R = kindOf(T[2]);
    if (!(KI.ThirdKinds & kindBit(R)))
      return Refused("type " + Twine(T[2]), R, KI.ThirdKinds);
  }
  if (KI.EntryType >= 0 && KI.EntryKinds != AnyKind) {
    const uint32_t *E = T + 3 + KI.FixedWords + KI.EntryType;
    for (unsigned J = 0, N = T[1] & 0xffff; J < N; ++J, E += KI.EntryWords) {
      Kind R = kindOf(*E);
      if (!(KI.EntryKinds & kindBit(R)))
        return Refused(Twine(KI.EntryNoun) + " " + Twine(J), R, KI.EntryKinds);
    }
  }
  if (KI.Extra == ExtraRule::ComponentIndex) {
    int32_t Idx = static_cast<int32_t>(T[3]);
    if (Idx >= 0) {
      Kind R = kindOf(T[2]);
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
  }
  return Error::success();
}

/// Depth-first search from the types with forward references, over every
/// reference except those of PTRs, with explicit exit markers on the stack:
/// the types marked Active are exactly those on the current path, so a
/// reference to an Active type closes a loop, and a type is Done once all it
/// reaches is. Types of the base were checked when the base was decoded and
/// never refer to split types, so the search stays inside own types.
///
/// The smallest id on a loop refers forwards, so it is one of LoopStarts;
/// taken in increasing order, a search from Root has found every loop
/// through a smaller id already (there was none), and it skips them.
Error Decoder::search() {
  if (LoopStarts.empty())
    return Error::success();
  const uint32_t First = S.FirstId;
  const uint32_t *Offsets = S.Offsets.data();
  constexpr uint32_t ExitMark = 0x80000000u; // Ids stay below 2^31.
  const size_t Words = S.typeCount() / 64 + 1;
  std::vector<uint64_t> DoneBits(Words, 0), ActiveBits(Words, 0);
  std::vector<uint32_t> Stack;
  auto Done = [&](uint32_t X) { return X < First || testBit(DoneBits, X); };
  uint32_t Root = 0, Loop = 0;
  // Whether the search goes on to \p R; sets Loop when R closes one.
  auto Follow = [&](uint32_t R) {
    if (R < Root || UpRef[R] < Root || Done(R))
      return false;
    if (testBit(ActiveBits, R)) {
      if (!Loop)
        Loop = R;
      return false;
    }
    return true;
  };
  for (size_t L = 0; L < LoopStarts.size(); ++L) {
    Root = LoopStarts[L];
    if (Done(Root))
      continue;
    setBit(ActiveBits, Root);
    Stack.push_back(Root | ExitMark);
    const size_t End =
        L + 1 < LoopStarts.size() ? ForwardBegin[L + 1] : ForwardRefs.size();
    for (size_t E = ForwardBegin[L]; E < End; ++E)
      if (Follow(ForwardRefs[E]))
        Stack.push_back(ForwardRefs[E]);
    if (Loop)
      return fail(ErrorCode::ReferenceLoop,
                  "reference loop through type [" + Twine(Loop) + "]",
                  Offsets[Root - First], Root);
    while (!Stack.empty()) {
      const uint32_t X = Stack.back();
      Stack.pop_back();
      if (X & ExitMark) {
        setBit(DoneBits, X & ~ExitMark);
        continue;
      }
      if (Done(X) || testBit(ActiveBits, X))
        continue;
      setBit(ActiveBits, X);
      Stack.push_back(X | ExitMark);
      visitTypeRefWords(S.wordData() + Offsets[X - First], [&](uint32_t R) {
        if (Follow(R))
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
  for (uint32_t Id : Deferred)
    if (Error E = checkRefKinds(Id))
      return E;
  return search();
}

bool hasBTFMagic(ArrayRef<uint8_t> Data) {
  return Data.size() >= 2 && ((Data[0] == 0x9f && Data[1] == 0xeb) ||
                              (Data[0] == 0xeb && Data[1] == 0x9f));
}

Expected<Spec> Decoder::decode(ArrayRef<uint8_t> Data,
                               std::shared_ptr<const Spec> Base,
                               std::shared_ptr<const void> Owner,
                               bool Careful) {
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
  if (Error Err = Careful ? D.indexAndCheckTypes<Explainer>()
                          : D.indexAndCheckTypes<FastChecker>())
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

Expected<Spec> detail::decodeBTFCarefully(ArrayRef<uint8_t> Data,
                                          std::shared_ptr<const Spec> Base) {
  return Decoder::decode(Data, std::move(Base), nullptr, /*Careful=*/true);
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
