// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Types.h - BTF kinds and the type view --------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The vocabulary of BTF: kinds, the trailing records of each kind (members,
/// params, enum values, datasec entries) as plain value structs, and Type, a
/// read-only view of one type inside a Spec.
///
/// The format's constants and wire structs come from LLVM 19's
/// llvm/DebugInfo/BTF/BTF.h; this header gives them C++ types and names.
///
/// A Spec keeps its types in the wire layout (host byte order), so a Type is
/// a pointer to the type's first word plus its id. A Type stays valid until
/// the Spec is modified or moved.
///
/// Kinds themselves (names, layouts, rules) are data in KindInfo.h.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_TYPES_H
#define CORECC_BTF_TYPES_H

#include "corecc/BTF/KindInfo.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/Sequence.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include <cassert>
#include <cstdint>

namespace corecc {
namespace btf {

class Spec;

/// INT encoding bits (llvm::BTF::INT_SIGNED etc.); at most one is set.
enum IntEncoding : uint8_t {
  IntNone = 0,
  IntSigned = llvm::BTF::INT_SIGNED,
  IntChar = llvm::BTF::INT_CHAR,
  IntBool = llvm::BTF::INT_BOOL,
};

/// Linkage of a FUNC (stored in its vlen).
enum class FuncLinkage : uint8_t {
  Static = llvm::BTF::FUNC_STATIC,
  Global = llvm::BTF::FUNC_GLOBAL,
  Extern = llvm::BTF::FUNC_EXTERN,
};

/// Linkage of a VAR.
enum class VarLinkage : uint32_t {
  Static = llvm::BTF::VAR_STATIC,
  Global = llvm::BTF::VAR_GLOBAL_ALLOCATED,
  Extern = llvm::BTF::VAR_GLOBAL_EXTERNAL,
};

/// A STRUCT/UNION member. BitOffset is from the start of the containing
/// type; BitfieldSize is 0 for a member that is not a bitfield. On the wire a
/// struct with kind_flag set packs both into one word (size << 24 | offset);
/// Type::member() unpacks it.
struct Member {
  uint32_t NameOff = 0;
  uint32_t Type = 0;
  uint32_t BitOffset = 0;
  uint32_t BitfieldSize = 0;
};

/// A FUNC_PROTO parameter. A last parameter with Type 0 and no name marks a
/// variadic function ("...").
struct Param {
  uint32_t NameOff = 0;
  uint32_t Type = 0;
};

/// An ENUM/ENUM64 enumerator. Value holds the 64-bit value; for an ENUM (32
/// bits on the wire) it is sign-extended when the enum is signed (kind_flag)
/// and zero-extended otherwise, so int64_t(Value) is right for signed enums.
struct EnumValue {
  uint32_t NameOff = 0;
  uint64_t Value = 0;
};

/// A DATASEC entry: a VAR (or, in .ksyms, a FUNC) at Offset with Size bytes.
struct VarSecInfo {
  uint32_t Type = 0;
  uint32_t Offset = 0;
  uint32_t Size = 0;
};

/// The trailing record of an ARRAY.
struct ArrayInfo {
  uint32_t ElemType = 0;
  uint32_t IndexType = 0;
  uint32_t NumElements = 0;
};

/// A read-only view of one type of a Spec (id 0 is "void", kind Unknown).
/// Accessors that only make sense for some kinds assert the kind.
class Type {
public:
  Type(const Spec &S, const uint32_t *Words, uint32_t Id)
      : S(&S), W(Words), Id(Id) {}

  uint32_t id() const { return Id; }
  const Spec &spec() const { return *S; }
  /// The type's words in wire layout (host byte order).
  const uint32_t *words() const { return W; }

  Kind kind() const { return static_cast<Kind>((W[1] >> 24) & 0x1f); }
  bool kindFlag() const { return W[1] >> 31; }
  unsigned vlen() const { return W[1] & 0xffff; }
  uint32_t info() const { return W[1]; }
  uint32_t nameOffset() const { return W[0]; }
  /// The name; empty for anonymous types.
  llvm::StringRef name() const;
  /// Number of 4-byte words of this type on the wire.
  unsigned wordCount() const { return 3 + trailingWords(kind(), vlen()); }

  bool isVoid() const { return Id == 0; }
  bool is(Kind K) const { return kind() == K; }
  bool isComposite() const { return is(Kind::Struct) || is(Kind::Union); }
  bool isEnumLike() const { return is(Kind::Enum) || is(Kind::Enum64); }
  /// CONST, VOLATILE, RESTRICT or TYPE_TAG.
  bool isModifier() const {
    Kind K = kind();
    return K == Kind::Const || K == Kind::Volatile || K == Kind::Restrict ||
           K == Kind::TypeTag;
  }
  /// Kinds whose third word is a size: INT, STRUCT, UNION, ENUM, ENUM64,
  /// FLOAT, DATASEC.
  bool hasSize() const { return kindInfo(kind()).ThirdWord == Third::Size; }
  /// Kinds whose third word is a type id: PTR, TYPEDEF, VOLATILE, CONST,
  /// RESTRICT, FUNC, FUNC_PROTO (return type), VAR, DECL_TAG, TYPE_TAG.
  bool hasRefType() const { return kindInfo(kind()).ThirdWord == Third::Type; }

  /// Size in bytes (see hasSize()).
  uint32_t size() const {
    assert(hasSize() && "kind has no size");
    return W[2];
  }
  /// The referenced type (see hasRefType()); the return type of a FUNC_PROTO.
  uint32_t refType() const {
    assert(hasRefType() && "kind has no type reference");
    return W[2];
  }
  /// The raw third word (size or type), whatever the kind.
  uint32_t sizeOrType() const { return W[2]; }

  // INT.
  uint8_t intEncoding() const { return (intWord() >> 24) & 0x0f; }
  uint8_t intBitOffset() const { return (intWord() >> 16) & 0xff; }
  uint8_t intBits() const { return intWord() & 0xff; }
  uint32_t intWord() const {
    assert(is(Kind::Int));
    return W[3];
  }
  bool isSignedInt() const { return intEncoding() & IntSigned; }

  // ARRAY.
  ArrayInfo array() const {
    assert(is(Kind::Array));
    return {W[3], W[4], W[5]};
  }

  // STRUCT / UNION.
  Member member(unsigned I) const {
    assert(isComposite() && I < vlen());
    const uint32_t *M = W + 3 + 3 * I;
    if (kindFlag())
      return {M[0], M[1], M[2] & 0xffffff, M[2] >> 24};
    return {M[0], M[1], M[2], 0};
  }
  auto members() const {
    return llvm::map_range(llvm::seq(0u, vlen()),
                           [T = *this](unsigned I) { return T.member(I); });
  }

  // ENUM / ENUM64.
  bool isSignedEnum() const {
    assert(isEnumLike());
    return kindFlag();
  }
  EnumValue enumValue(unsigned I) const {
    assert(isEnumLike() && I < vlen());
    if (is(Kind::Enum)) {
      const uint32_t *E = W + 3 + 2 * I;
      uint64_t V = kindFlag() ? uint64_t(int64_t(int32_t(E[1]))) : E[1];
      return {E[0], V};
    }
    const uint32_t *E = W + 3 + 3 * I;
    return {E[0], (uint64_t(E[2]) << 32) | E[1]};
  }
  auto enumValues() const {
    return llvm::map_range(llvm::seq(0u, vlen()),
                           [T = *this](unsigned I) { return T.enumValue(I); });
  }

  // FWD.
  bool isFwdUnion() const {
    assert(is(Kind::Fwd));
    return kindFlag();
  }

  // FUNC.
  FuncLinkage funcLinkage() const {
    assert(is(Kind::Func));
    return static_cast<FuncLinkage>(vlen());
  }

  // FUNC_PROTO.
  Param param(unsigned I) const {
    assert(is(Kind::FuncProto) && I < vlen());
    return {W[3 + 2 * I], W[4 + 2 * I]};
  }
  auto params() const {
    return llvm::map_range(llvm::seq(0u, vlen()),
                           [T = *this](unsigned I) { return T.param(I); });
  }
  /// True if the last parameter is the "..." marker.
  bool isVariadic() const {
    assert(is(Kind::FuncProto));
    return vlen() && W[3 + 2 * (vlen() - 1)] == 0 &&
           W[4 + 2 * (vlen() - 1)] == 0;
  }

  // VAR.
  VarLinkage varLinkage() const {
    assert(is(Kind::Var));
    return static_cast<VarLinkage>(W[3]);
  }

  // DATASEC.
  VarSecInfo secInfo(unsigned I) const {
    assert(is(Kind::Datasec) && I < vlen());
    const uint32_t *E = W + 3 + 3 * I;
    return {E[0], E[1], E[2]};
  }
  auto secInfos() const {
    return llvm::map_range(llvm::seq(0u, vlen()),
                           [T = *this](unsigned I) { return T.secInfo(I); });
  }

  // DECL_TAG.
  /// -1 for the tagged type itself, else a member or parameter index.
  int32_t componentIdx() const {
    assert(is(Kind::DeclTag));
    return static_cast<int32_t>(W[3]);
  }

private:
  const Spec *S;
  const uint32_t *W;
  uint32_t Id;
};

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_TYPES_H
