// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/RelocKinds.h - The CO-RE relocation vocabulary -*- C++
//-*-===//
//
// Part of corecc. See docs/core.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The words of a .BTF.ext CO-RE relocation, in one place: the thirteen kinds
/// (their values are the wire values, llvm::BTF::PatchableRelocKind), their
/// names as llvm-objdump and libbpf print them, which group each belongs to
/// (what its access string means), which need a 64-bit immediate, and the
/// access string's syntax. The compiler, the offline resolver and the tools
/// all read this; see docs/design.md for adding a kind.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_RELOCKINDS_H
#define CORECC_BTF_RELOCKINDS_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include <cstdint>
#include <string>

namespace corecc {
namespace btf {

/// CO-RE relocation kinds: the wire values of llvm::BTF::PatchableRelocKind.
using CoreRelocKind = llvm::BTF::PatchableRelocKind;

/// What a kind's access string names.
enum class RelocGroup : uint8_t {
  Field,     ///< A field: "0:1:2" (the root's index, then member/element).
  Type,      ///< The root type itself: always "0".
  EnumValue, ///< An enumerator of the root: its index.
  Unknown,   ///< Not a kind this library knows.
};

/// One row per kind, indexed by the wire value.
struct RelocKindInfo {
  /// llvm-objdump's and libbpf's name: "byte_off", "type_size".
  const char *Name;
  RelocGroup Group;
  /// The value needs all 64 bits (patched into an LD_IMM64).
  bool Imm64;
};

inline constexpr RelocKindInfo RelocKindTable[] = {
    /*FIELD_BYTE_OFFSET*/ {"byte_off", RelocGroup::Field, false},
    /*FIELD_BYTE_SIZE*/ {"byte_sz", RelocGroup::Field, false},
    /*FIELD_EXISTENCE*/ {"field_exists", RelocGroup::Field, false},
    /*FIELD_SIGNEDNESS*/ {"signed", RelocGroup::Field, false},
    /*FIELD_LSHIFT_U64*/ {"lshift_u64", RelocGroup::Field, false},
    /*FIELD_RSHIFT_U64*/ {"rshift_u64", RelocGroup::Field, false},
    /*BTF_TYPE_ID_LOCAL*/ {"local_type_id", RelocGroup::Type, true},
    /*BTF_TYPE_ID_REMOTE*/ {"target_type_id", RelocGroup::Type, true},
    /*TYPE_EXISTENCE*/ {"type_exists", RelocGroup::Type, false},
    /*TYPE_SIZE*/ {"type_size", RelocGroup::Type, false},
    /*ENUM_VALUE_EXISTENCE*/ {"enumval_exists", RelocGroup::EnumValue, false},
    /*ENUM_VALUE*/ {"enumval_value", RelocGroup::EnumValue, true},
    /*TYPE_MATCH*/ {"type_matches", RelocGroup::Type, false},
};
static_assert(std::size(RelocKindTable) == llvm::BTF::MAX_FIELD_RELOC_KIND,
              "a relocation kind without a row");

/// The row of \p Kind, or nullptr for an unknown kind.
inline const RelocKindInfo *relocKindInfo(uint32_t Kind) {
  return Kind < std::size(RelocKindTable) ? &RelocKindTable[Kind] : nullptr;
}
/// The kind's name ("byte_off", "type_size"); "" if unknown.
inline llvm::StringRef relocKindName(uint32_t Kind) {
  const RelocKindInfo *I = relocKindInfo(Kind);
  return I ? I->Name : "";
}
inline RelocGroup relocGroup(uint32_t Kind) {
  const RelocKindInfo *I = relocKindInfo(Kind);
  return I ? I->Group : RelocGroup::Unknown;
}
inline bool isFieldKind(uint32_t K) {
  return relocGroup(K) == RelocGroup::Field;
}
inline bool isTypeKind(uint32_t K) { return relocGroup(K) == RelocGroup::Type; }
inline bool isEnumKind(uint32_t K) {
  return relocGroup(K) == RelocGroup::EnumValue;
}
inline bool needsImm64(uint32_t K) {
  const RelocKindInfo *I = relocKindInfo(K);
  return I && I->Imm64;
}

/// Splits an access string ("0:1:2") into its indexes. On failure returns
/// false and says why in \p Why, in llvm-objdump's words ("spec string is
/// not a number", "unexpected spec string delimiter: ';'").
bool parseAccessString(llvm::StringRef Access,
                       llvm::SmallVectorImpl<uint32_t> &Indexes,
                       std::string &Why);

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_RELOCKINDS_H
