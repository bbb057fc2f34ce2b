// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- TypeRelations.h - CO-RE relations between types ----------*- C++ -*-===//
//
// The relations the resolver uses to accept a target type for a local one
// (see corecc/CORE/Resolver.h for what each means). Each returns 1 for yes,
// 0 for no, and a negative value for malformed BTF (a chain too deep),
// like libbpf's, so that callers can tell "no" from "broken".
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_CORE_TYPERELATIONS_H
#define CORECC_LIB_CORE_TYPERELATIONS_H

#include "corecc/BTF/Spec.h"
#include "corecc/CORE/Resolver.h"
#include <string>

namespace corecc {
namespace core {

/// Same kind, or both enums (ENUM and ENUM64 are interchangeable).
bool kindsCompatible(const btf::Type &A, const btf::Type &B);

/// Essential names equal (an empty target name only matches an empty one).
bool namesMatch(llvm::StringRef Local, llvm::StringRef Target);

/// Compatibility of a local field's type with a target field's type.
int fieldsCompatible(const btf::Spec &L, uint32_t LId, const btf::Spec &T,
                     uint32_t TId);

/// Compatibility of types for type-based relocations.
int typesCompatible(const btf::Spec &L, uint32_t LId, const btf::Spec &T,
                    uint32_t TId, int Level = 32);

/// The "matches" relation of type_matches relocations. If Why is given, it
/// receives the first difference found.
int typesMatch(const btf::Spec &L, uint32_t LId, const btf::Spec &T,
               uint32_t TId, bool BehindPtr, int Level,
               std::string *Why = nullptr);

/// Finds the target member for local named accessor LAcc inside target
/// composite TId, descending into anonymous members; extends Spec (raw
/// indices, accessors, bit offset) and sets NextId to the member's type.
int matchMember(const btf::Spec &L, const Accessor &LAcc, const btf::Spec &T,
                uint32_t TId, AccessSpec &Spec, uint32_t &NextId);

} // namespace core
} // namespace corecc

#endif
