// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Reachability.h - Dead code after CO-RE relocation --------*- C++ -*-===//
//
// Which instructions of a relocated object can run. After CO-RE relocation a
// guard such as
//
//   if (bpf_core_field_exists(t->tail))      r1 = 0          (was 1)
//     x = t->tail;                            if r1 == 0 goto +2
//                                             call 0xbad2310  (poisoned)
//
// branches on a constant, and the verifier never visits the poisoned
// instruction. This pass propagates constants (and pointers into the stack,
// so that spilled constants survive) through each loaded program and
// follows only the branch a known condition takes, as the verifier does.
// It knows less than the verifier (no map values, no path sensitivity
// beyond constants), so "reachable" means "reachable as far as we can
// tell".
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_CORE_REACHABILITY_H
#define CORECC_LIB_CORE_REACHABILITY_H

#include "corecc/CORE/Object.h"
#include <vector>

namespace corecc {
namespace core {

/// For each section of \p Obj (same order), which instructions are
/// reachable from the entries of the programs \p Loaded marks (indexes into
/// Obj.Programs), given the section bytes \p Code after relocation.
/// Subprograms (".text") count as entries once any reachable instruction
/// calls a subprogram or takes a function's address.
std::vector<std::vector<bool>>
reachableInsns(const BPFObject &Obj,
               const std::vector<std::vector<uint8_t>> &Code,
               const std::vector<bool> &Loaded);

} // namespace core
} // namespace corecc

#endif
