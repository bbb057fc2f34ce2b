// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/CORE/RelocKind.h - CO-RE relocation kinds ---------*- C++ -*-===//
//
// The thirteen CO-RE relocation kinds (their values are the .BTF.ext wire
// values, llvm::BTF::PatchableRelocKind) and their names in the forms the
// tools print: llvm-objdump's ("byte_off"), and the builtin-level words used
// in diagnostics.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_CORE_RELOCKIND_H
#define CORECC_CORE_RELOCKIND_H

#include "llvm/ADT/StringRef.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include <cstdint>

namespace corecc {
namespace core {

using RelocKind = llvm::BTF::PatchableRelocKind;

/// The short name llvm-objdump prints in "CO-RE <byte_off> ...".
llvm::StringRef relocKindName(uint32_t Kind);

/// Field-based kinds take a field access string ("0:1:2").
inline bool isFieldKind(uint32_t K) { return K <= llvm::BTF::FIELD_RSHIFT_U64; }
/// Type-based kinds: the access string is "0".
inline bool isTypeKind(uint32_t K) {
  return (K >= llvm::BTF::BTF_TYPE_ID_LOCAL && K <= llvm::BTF::TYPE_SIZE) ||
         K == llvm::BTF::TYPE_MATCH;
}
/// Enumerator-based kinds: the access string is the enumerator's index.
inline bool isEnumKind(uint32_t K) {
  return K == llvm::BTF::ENUM_VALUE_EXISTENCE || K == llvm::BTF::ENUM_VALUE;
}
/// Kinds whose value needs all 64 bits (patched into LD_IMM64).
inline bool needsImm64(uint32_t K) {
  return K == llvm::BTF::BTF_TYPE_ID_LOCAL ||
         K == llvm::BTF::BTF_TYPE_ID_REMOTE || K == llvm::BTF::ENUM_VALUE;
}

} // namespace core
} // namespace corecc

#endif
