// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreError.cpp - Resolver error category ----------------------------===//

#include "corecc/CORE/Resolver.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace corecc::core;

char CoreError::ID = 0;

void CoreError::log(raw_ostream &OS) const { OS << Msg; }

std::error_code CoreError::convertToErrorCode() const {
  return inconvertibleErrorCode();
}
