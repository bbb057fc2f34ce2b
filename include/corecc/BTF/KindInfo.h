// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/KindInfo.h - BTF kinds as data ---------------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Everything the library knows about each BTF kind, in one table: its name,
/// its layout on the wire, the rules a well-formed type of the kind follows
/// and where its references to other types and to strings sit. The decoder
/// validates and indexes from this table, and Spec, Type, the formatter, the
/// C header writer and the encoder read layouts, names and reference slots
/// from it; no other file lists what a kind looks like.
///
/// Adding a kind: a Kind enumerator, a row in KindTable (and, if the kind has
/// a rule no column states, an ExtraRule and its check in the decoder), the
/// kind's line in Format.cpp and, if C can spell it, CHeader.cpp. See the
/// worked example in docs/design.md.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_KINDINFO_H
#define CORECC_BTF_KINDINFO_H

#include "llvm/ADT/StringRef.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include <cstdint>
#include <initializer_list>

namespace corecc {
namespace btf {

/// BTF kinds; the values are the wire values of llvm::BTF::TypeKinds.
enum class Kind : uint8_t {
  Unknown = llvm::BTF::BTF_KIND_UNKN, ///< Only type 0, "void".
  Int = llvm::BTF::BTF_KIND_INT,
  Ptr = llvm::BTF::BTF_KIND_PTR,
  Array = llvm::BTF::BTF_KIND_ARRAY,
  Struct = llvm::BTF::BTF_KIND_STRUCT,
  Union = llvm::BTF::BTF_KIND_UNION,
  Enum = llvm::BTF::BTF_KIND_ENUM,
  Fwd = llvm::BTF::BTF_KIND_FWD,
  Typedef = llvm::BTF::BTF_KIND_TYPEDEF,
  Volatile = llvm::BTF::BTF_KIND_VOLATILE,
  Const = llvm::BTF::BTF_KIND_CONST,
  Restrict = llvm::BTF::BTF_KIND_RESTRICT,
  Func = llvm::BTF::BTF_KIND_FUNC,
  FuncProto = llvm::BTF::BTF_KIND_FUNC_PROTO,
  Var = llvm::BTF::BTF_KIND_VAR,
  Datasec = llvm::BTF::BTF_KIND_DATASEC,
  Float = llvm::BTF::BTF_KIND_FLOAT,
  DeclTag = llvm::BTF::BTF_KIND_DECL_TAG,
  TypeTag = llvm::BTF::BTF_KIND_TYPE_TAG,
  Enum64 = llvm::BTF::BTF_KIND_ENUM64,
};

/// The largest kind this library knows.
constexpr unsigned MaxKind = static_cast<unsigned>(Kind::Enum64);

/// A set of kinds, one bit per kind value.
using KindMask = uint32_t;
constexpr KindMask kindBit(Kind K) { return 1u << static_cast<unsigned>(K); }
constexpr KindMask AnyKind = ~KindMask(0);

/// What the third word of the common header (size_type) holds.
enum class Third : uint8_t {
  Unused, ///< Nothing (FWD): any value.
  Size,   ///< A size in bytes; KindInfo::Sizes limits it.
  Type,   ///< A type id.
  Zero,   ///< Nothing, and it must be 0 (ARRAY).
};

/// A rule of one kind that no column of the table states; the decoder checks
/// each by name.
enum class ExtraRule : uint8_t {
  None,
  IntWord,        ///< INT: the encoding/offset/bits word.
  Linkage,        ///< VAR: the linkage word is static, global or extern.
  ComponentIndex, ///< DECL_TAG: -1, or a member or parameter of its target.
};

/// One row of the table. Fields are set with the constexpr builders below,
/// so each row reads as a sentence.
struct KindInfo {
  /// The name bpftool prints: "INT", "FUNC_PROTO".
  const char *Name = "UNKNOWN";
  /// False for kind 0 and for values above MaxKind: no type may have them.
  bool Valid = false;
  /// Words after the 3-word header: FixedWords, then vlen entries of
  /// EntryWords each.
  uint8_t FixedWords = 0;
  uint8_t EntryWords = 0;

  /// The header.
  Third ThirdWord = Third::Unused;
  /// Third::Size: the valid sizes, bit N for N bytes; 0 means any size.
  uint32_t Sizes = 0;
  /// Third::Type: whether 0 (void) is refused, and the kinds it may name.
  bool ThirdNonVoid = false;
  KindMask ThirdKinds = AnyKind;
  /// The largest vlen (for FUNC it is the linkage).
  uint16_t MaxVlen = 0;
  bool KindFlagAllowed = false;
  bool NameRequired = false;

  /// Fixed words that hold type ids (bit I: word 3 + I), and those of them
  /// that may not be void.
  uint8_t FixedTypes = 0;
  uint8_t FixedNonVoid = 0;

  /// Entries: the word with a name offset and the word with a type id (-1:
  /// none), whether that type may be void, and the kinds it may name.
  int8_t EntryName = -1;
  int8_t EntryType = -1;
  /// What an entry is called in messages: "member", "parameter".
  const char *EntryNoun = "entry";
  bool EntryNonVoid = false;
  /// A last entry with name 0 and type 0 is the "..." of a variadic
  /// function, even where EntryNonVoid holds.
  bool VariadicMarker = false;
  KindMask EntryKinds = AnyKind;

  ExtraRule Extra = ExtraRule::None;
  /// A reference loop may not pass through this kind's references (PTR:
  /// `struct list { struct list *next; }` is fine).
  bool BreaksLoops = false;

  // Builders: each returns a copy with one more column set.
  template <typename Fn> constexpr KindInfo with(Fn Set) const {
    KindInfo K = *this;
    Set(K);
    return K;
  }
  constexpr KindInfo named(const char *N) const {
    return with([&](KindInfo &K) { K.Name = N, K.Valid = true; });
  }
  constexpr KindInfo fixed(uint8_t Words) const {
    return with([&](KindInfo &K) { K.FixedWords = Words; });
  }
  constexpr KindInfo entries(uint8_t Words, const char *Noun) const {
    return with([&](KindInfo &K) {
      K.EntryWords = Words, K.EntryNoun = Noun, K.MaxVlen = 0xffff;
    });
  }
  constexpr KindInfo size(uint32_t ValidSizes = 0) const {
    return with(
        [&](KindInfo &K) { K.ThirdWord = Third::Size, K.Sizes = ValidSizes; });
  }
  constexpr KindInfo zero() const {
    return with([](KindInfo &K) { K.ThirdWord = Third::Zero; });
  }
  constexpr KindInfo type(KindMask Kinds = AnyKind,
                          bool NonVoid = false) const {
    return with([&](KindInfo &K) {
      K.ThirdWord = Third::Type, K.ThirdKinds = Kinds, K.ThirdNonVoid = NonVoid;
    });
  }
  constexpr KindInfo maxVlen(uint16_t N) const {
    return with([&](KindInfo &K) { K.MaxVlen = N; });
  }
  constexpr KindInfo kindFlag() const {
    return with([](KindInfo &K) { K.KindFlagAllowed = true; });
  }
  constexpr KindInfo nameRequired() const {
    return with([](KindInfo &K) { K.NameRequired = true; });
  }
  constexpr KindInfo fixedTypes(uint8_t Words, uint8_t NonVoid) const {
    return with(
        [&](KindInfo &K) { K.FixedTypes = Words, K.FixedNonVoid = NonVoid; });
  }
  constexpr KindInfo entryName(int8_t Word) const {
    return with([&](KindInfo &K) { K.EntryName = Word; });
  }
  constexpr KindInfo entryType(int8_t Word, bool NonVoid = false,
                               KindMask Kinds = AnyKind) const {
    return with([&](KindInfo &K) {
      K.EntryType = Word, K.EntryNonVoid = NonVoid, K.EntryKinds = Kinds;
    });
  }
  constexpr KindInfo variadicMarker() const {
    return with([](KindInfo &K) { K.VariadicMarker = true; });
  }
  constexpr KindInfo extra(ExtraRule R) const {
    return with([&](KindInfo &K) { K.Extra = R; });
  }
  constexpr KindInfo breaksLoops() const {
    return with([](KindInfo &K) { K.BreaksLoops = true; });
  }

  /// Whether the type's validity depends on the kinds of the types it
  /// names (checked once those are known).
  constexpr bool hasRefKindRules() const {
    return ThirdKinds != AnyKind || EntryKinds != AnyKind ||
           Extra == ExtraRule::ComponentIndex;
  }
  /// Whether the kind refers to other types at all.
  constexpr bool hasTypeRefs() const {
    return ThirdWord == Third::Type || FixedTypes || EntryType >= 0;
  }
};

namespace detail {
constexpr uint32_t sizes(std::initializer_list<unsigned> L) {
  uint32_t M = 0;
  for (unsigned S : L)
    M |= 1u << S;
  return M;
}
constexpr KindInfo K{};
constexpr uint32_t IntSizes = sizes({1, 2, 4, 8, 16});
constexpr uint32_t EnumSizes = sizes({1, 2, 4, 8});
constexpr uint32_t FloatSizes = sizes({2, 4, 8, 12, 16});
/// What a VAR may have as its type: data, not code or BTF's own records.
constexpr KindMask VarTypes =
    AnyKind &
    ~(kindBit(Kind::Func) | kindBit(Kind::FuncProto) | kindBit(Kind::Var) |
      kindBit(Kind::Datasec) | kindBit(Kind::DeclTag));
constexpr KindMask TagTargets =
    AnyKind & ~(kindBit(Kind::DeclTag) | kindBit(Kind::Datasec));
} // namespace detail

/// The table, indexed by kind value; entries past MaxKind are invalid.
/// Sources: Linux Documentation/bpf/btf.rst and the kernel's BTF verifier.
/// Deliberately more lenient than the kernel where producers disagree:
/// kind_flag on DECL_TAG and TYPE_TAG (attributes, Linux 6.13+), INT
/// encodings with more than one bit (GCC 12 writes SIGNED|CHAR), and FUNCs
/// without a name (GCC 12 again).
inline constexpr KindInfo KindTable[32] = {
    /*0*/ detail::K,
    /*INT*/
    detail::K.named("INT")
        .fixed(1)
        .size(detail::IntSizes)
        .extra(ExtraRule::IntWord),
    /*PTR*/ detail::K.named("PTR").type().breaksLoops(),
    /*ARRAY: elem, index, nelems*/
    detail::K.named("ARRAY").fixed(3).zero().fixedTypes(0b011, 0b001),
    /*STRUCT: name, type, offset*/
    detail::K.named("STRUCT")
        .size()
        .entries(3, "member")
        .kindFlag()
        .entryName(0)
        .entryType(1, /*NonVoid=*/true),
    detail::K.named("UNION")
        .size()
        .entries(3, "member")
        .kindFlag()
        .entryName(0)
        .entryType(1, /*NonVoid=*/true),
    /*ENUM: name, value*/
    detail::K.named("ENUM")
        .size(detail::EnumSizes)
        .entries(2, "enumerator")
        .kindFlag()
        .entryName(0),
    /*FWD: kind_flag says union*/
    detail::K.named("FWD").kindFlag().nameRequired(),
    detail::K.named("TYPEDEF").type().nameRequired(),
    detail::K.named("VOLATILE").type(),
    detail::K.named("CONST").type(),
    detail::K.named("RESTRICT").type(),
    /*FUNC: vlen is the linkage. The kernel wants a name; GCC 12 writes an
      anonymous static FUNC for every call through a function pointer (each
      libbpf helper), which libbpf and bpftool read, and so do we.*/
    detail::K.named("FUNC")
        .type(kindBit(Kind::FuncProto))
        .maxVlen(static_cast<uint16_t>(llvm::BTF::FUNC_EXTERN)),
    /*FUNC_PROTO: type is the return type; entries name, type*/
    detail::K.named("FUNC_PROTO")
        .type()
        .entries(2, "parameter")
        .entryName(0)
        .entryType(1, /*NonVoid=*/true)
        .variadicMarker(),
    /*VAR: linkage*/
    detail::K.named("VAR")
        .fixed(1)
        .type(detail::VarTypes, /*NonVoid=*/true)
        .nameRequired()
        .extra(ExtraRule::Linkage),
    /*DATASEC: entries type, offset, size*/
    detail::K.named("DATASEC")
        .size()
        .entries(3, "entry")
        .nameRequired()
        .entryType(0, /*NonVoid=*/false,
                   kindBit(Kind::Var) | kindBit(Kind::Func)),
    detail::K.named("FLOAT").size(detail::FloatSizes),
    /*DECL_TAG: component_idx*/
    detail::K.named("DECL_TAG")
        .fixed(1)
        .type(detail::TagTargets, /*NonVoid=*/true)
        .kindFlag()
        .nameRequired()
        .extra(ExtraRule::ComponentIndex),
    detail::K.named("TYPE_TAG").type().kindFlag().nameRequired(),
    /*ENUM64: name, lo32, hi32*/
    detail::K.named("ENUM64")
        .size(detail::EnumSizes)
        .entries(3, "enumerator")
        .kindFlag()
        .entryName(0),
};

/// The row of kind \p K (any value; unknown ones get an invalid row).
inline const KindInfo &kindInfo(Kind K) {
  return KindTable[static_cast<unsigned>(K) & 31];
}

/// The kind's name as bpftool prints it: "INT", "FUNC_PROTO", "UNKNOWN"...
inline llvm::StringRef kindName(Kind K) { return kindInfo(K).Name; }

/// Words (4 bytes each) that follow the 12-byte common header of a type of
/// kind \p K with \p Vlen entries. Invalid kinds have no trailing words:
/// callers check the kind first.
inline unsigned trailingWords(Kind K, unsigned Vlen) {
  const KindInfo &KI = kindInfo(K);
  return KI.FixedWords + KI.EntryWords * Vlen;
}

/// Calls \p F on each type-id word of the type whose words start at \p W,
/// in word order; WordT is uint32_t or const uint32_t.
template <typename WordT, typename Fn>
inline void visitTypeRefWords(WordT *W, Fn &&F) {
  const KindInfo &KI = kindInfo(static_cast<Kind>((W[1] >> 24) & 0x1f));
  if (KI.ThirdWord == Third::Type)
    F(W[2]);
  for (unsigned I = 0; KI.FixedTypes >> I; ++I)
    if ((KI.FixedTypes >> I) & 1)
      F(W[3 + I]);
  if (KI.EntryType < 0)
    return;
  WordT *E = W + 3 + KI.FixedWords + KI.EntryType;
  for (unsigned I = 0, N = W[1] & 0xffff; I < N; ++I, E += KI.EntryWords)
    F(*E);
}

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_KINDINFO_H
