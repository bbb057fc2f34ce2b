// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Dedup.h - Type graph deduplication -----------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Deduplication collapses equivalent types into one id.
///
/// Two types are equivalent when they have the same local content (kind,
/// name, size, encoding, member names and offsets, enumerators, linkage, ...)
/// and their references, in order, point to equivalent types. Because type
/// graphs have cycles (struct s { struct s *next; }), this is computed as the
/// coarsest partition that is stable under "same content, same referenced
/// classes" (partition refinement, as in DFA minimization):
///
///   1. Put types with equal local content into one class.
///   2. Split every class by the classes of the types its members refer to;
///      repeat until no class splits.
///   3. FWD resolution: a FWD 'foo' whose name has exactly one class of
///      STRUCT 'foo' (UNION for a union FWD) is replaced by it; then
///      refinement runs again so that pointers to the FWD and to the struct
///      become equal too.
///   4. Keep the smallest id of each class; renumber the kept types in their
///      old order and rewrite every reference.
///
/// A graph without duplicates comes out unchanged. The string table is kept
/// as is, so string offsets held by the caller (e.g. for .BTF.ext) stay
/// valid; only type ids change, and the result says how.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_DEDUP_H
#define CORECC_BTF_DEDUP_H

#include "corecc/BTF/Spec.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <vector>

namespace corecc {
namespace btf {

struct DedupOptions {
  /// Step 3 above.
  bool ResolveFwds = true;
};

struct DedupResult {
  /// Remap[OldId] is the new id of old type OldId, for every old id (void and
  /// base ids map to themselves).
  std::vector<uint32_t> Remap;
  /// Number of own types removed.
  uint32_t Removed = 0;
};

/// Deduplicates the own types of \p S in place. Types equal to a base type
/// are not merged into the base (see splitOnBase() for that).
DedupResult dedup(Spec &S, const DedupOptions &Opts = {});

/// Re-expresses base BTF \p Src as split BTF on \p Base, the way module BTF
/// is built: every type of Src equivalent to a type of Base is replaced by
/// the base's id, the rest is deduplicated and appended. If \p Remap is not
/// null it receives Src id -> new id.
llvm::Expected<Spec> splitOnBase(const Spec &Src,
                                 std::shared_ptr<const Spec> Base,
                                 std::vector<uint32_t> *Remap = nullptr,
                                 const DedupOptions &Opts = {});

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_DEDUP_H
