// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/CORE/Distill.h - Distilled base BTF, relocation ---*- C++ -*-===//
//
// A kernel module's BTF is split BTF on the vmlinux BTF it was built
// against: its type ids continue vmlinux's and it refers to vmlinux types by
// id. On another kernel build those ids mean other types. The remedy (the
// kernel's .BTF.base section, libbpf's btf__distill_base() and
// btf__relocate()) is to keep, next to the module's split BTF, a small
// "distilled" base describing just the vmlinux types the module uses,
// enough to find them again by name in any vmlinux:
//
//   vmlinux (old)                distilled base           split (new ids)
//   [1] INT 'int' size=4   --->  [1] INT 'int' size=4     [4] PTR -> [2]
//   [7] STRUCT 'list_head'  -->  [2] STRUCT 'list_head'   [5] STRUCT 'mod_dev'
//       size=16 vlen=2               size=16 vlen=0           'link' type_id=2
//   [9] PTR -> [7]         --->  (moved into the split)       'owner' type_id=6
//   [12] ENUM 'state' ...   -->  [3] ENUM 'state' size=4  [6] PTR -> [2]
//                                    vlen=0 (a sized forward enum)
//
// distill() rules (libbpf's, which this code follows on purpose; see
// docs/core-tools.md):
//   1. The base types the split BTF refers to, and what those refer to,
//      except through named structs and unions, are "needed". Only INT,
//      FLOAT, FWD, ARRAY, STRUCT, UNION, TYPEDEF, ENUM, ENUM64, PTR, CONST,
//      VOLATILE, RESTRICT, TYPE_TAG and FUNC_PROTO may be referred to.
//   2. The distilled base gets, in base id order: INT, FLOAT and FWD whole;
//      named STRUCT and UNION as sized, memberless types; named ENUM and
//      ENUM64 as sized ENUMs without enumerators.
//   3. The new split BTF is the old split types, in order, then the other
//      needed types (anonymous structs, unions and enums whole, arrays,
//      typedefs, pointers, modifiers, function prototypes), in base id
//      order; every reference is renumbered.
//
// relocate() rules (libbpf's btf_relocate.c):
//   1. The distilled base may hold only named INT, FLOAT, ENUM, STRUCT,
//      UNION and FWD types.
//   2. Each distilled type is matched in the new base by name and kind: INT
//      with the same size and encoding; FLOAT with the same size; ENUM with
//      an ENUM or ENUM64 of the same size; FWD with a FWD of the same
//      flavor (struct/union) or with that STRUCT/UNION; STRUCT/UNION with a
//      STRUCT/UNION of the same kind, and of the same size if the new base
//      has more than one composite of that name, or if the split BTF embeds
//      it (as a member, through typedefs, modifiers and arrays, not
//      pointers).
//   3. No match, or more than one, is an error naming the type.
//   4. The split types are copied onto the new base, references to the
//      distilled base replaced by the matches.
// Where we differ from libbpf on purpose: libbpf accepts a distilled STRUCT
// for a UNION of the same name (and size); we require the same kind.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_CORE_DISTILL_H
#define CORECC_CORE_DISTILL_H

#include "corecc/BTF/Spec.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace corecc {
namespace core {

struct Distilled {
  /// The distilled base (a base BTF).
  std::shared_ptr<const btf::Spec> Base;
  /// The split BTF on it.
  btf::Spec Split;
};

/// Distills the base of split BTF \p Split (which must have a base).
/// Errors: CoreError InvalidRecord when the split BTF refers to a base type
/// of a kind that cannot be distilled (a FUNC, VAR, DATASEC, DECL_TAG).
llvm::Expected<Distilled> distillBase(const btf::Spec &Split);

/// Moves \p Split, split BTF on a distilled base, onto \p NewBase.
/// Errors (CoreError): InvalidRecord when Split's base is not a distilled
/// base, NotFound when a distilled type has no match in NewBase, Ambiguous
/// when it has several.
llvm::Expected<btf::Spec>
relocateSplit(const btf::Spec &Split, std::shared_ptr<const btf::Spec> NewBase);

} // namespace core
} // namespace corecc

#endif
