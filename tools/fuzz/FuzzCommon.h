// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- FuzzCommon.h - Shared parts of corecc's libFuzzer targets -*- C++
//-*-===//
//
// Part of corecc. See docs/reliability.md.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_TOOLS_FUZZ_FUZZCOMMON_H
#define CORECC_TOOLS_FUZZ_FUZZCOMMON_H

#include "corecc/BTF/BTF.h"
#include <memory>

namespace corecc {
namespace fuzz {

/// A property every input must keep: a violation stops the fuzzer with
/// the input saved, like a crash.
inline void check(bool Cond) {
  if (!Cond)
    __builtin_trap();
}

/// A small fixed base BTF: inputs are also tried as split BTF on it, and
/// .BTF.ext inputs name its strings and functions.
inline const std::shared_ptr<const btf::Spec> &fixedBase() {
  static std::shared_ptr<const btf::Spec> Base = [] {
    auto S = std::make_shared<btf::Spec>();
    uint32_t Int = S->addInt("int", 4, btf::IntSigned);
    uint32_t Str = S->addStruct("base", 16);
    uint32_t Ptr = S->addPtr(Str);
    S->setMembers(Str, {{"v", Int, 0}, {"next", Ptr, 64}});
    uint32_t Proto = S->addFuncProto(Int, {{"b", Ptr}});
    S->addFunc("base_fn", Proto, btf::FuncLinkage::Global);
    S->addString("0:1");
    S->addString(".text");
    return std::shared_ptr<const btf::Spec>(std::move(S));
  }();
  return Base;
}

} // namespace fuzz
} // namespace corecc

#endif
