// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFVerifierAdjust.h - Keep range checks the verifier reads ----===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFVERIFIERADJUST_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFVERIFIERADJUST_H

#include "llvm/IR/PassManager.h"

namespace llvm {

/// Hides one of two range comparisons of a value from the optimizer so that
/// they are not merged into one the verifier cannot use (see the .cpp).
class CoreBPFVerifierAdjustPass
    : public PassInfoMixin<CoreBPFVerifierAdjustPass> {
public:
  PreservedAnalyses run(Function &F, FunctionAnalysisManager &AM);
};

} // namespace llvm

#endif
