// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- RelocKinds.cpp - The CO-RE access string syntax --------------------===//
//
// Part of corecc. See docs/core.md.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/RelocKinds.h"

using namespace llvm;

namespace corecc {
namespace btf {

bool parseAccessString(StringRef Access, SmallVectorImpl<uint32_t> &Indexes,
                       std::string &Why) {
  Indexes.clear();
  for (StringRef Rest = Access; !Rest.empty();) {
    unsigned long long V;
    if (consumeUnsignedInteger(Rest, 10, V)) {
      Why = "spec string is not a number";
      return false;
    }
    if (V > UINT32_MAX) {
      Why = "spec string index " + std::to_string(V) + " is too large";
      return false;
    }
    Indexes.push_back(static_cast<uint32_t>(V));
    if (Rest.empty())
      break;
    if (Rest[0] != ':') {
      Why = std::string("unexpected spec string delimiter: '") + Rest[0] + "'";
      return false;
    }
    Rest = Rest.drop_front();
    if (Rest.empty()) {
      Why = "spec string is not a number";
      return false;
    }
  }
  return true;
}

} // namespace btf
} // namespace corecc
