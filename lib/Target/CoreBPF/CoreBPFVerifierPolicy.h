// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFVerifierPolicy.h - What corecc changes for the verifier -*- C++
//-*-===//
//
// Part of corecc. See docs/verifier.md.
//
//===----------------------------------------------------------------------===//
//
// Everything corecc does differently from LLVM's defaults because of the
// kernel's verifier, rather than for the machine, in one unit: LLVM options
// it sets, passes it turns off, and passes it adds. The reasons are next to
// each entry in CoreBPFVerifierPolicy.cpp. (Rules inside our own passes and
// lowering are described in docs/verifier.md.)
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFVERIFIERPOLICY_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFVERIFIERPOLICY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Pass.h"
#include "llvm/Support/Error.h"

namespace llvm {
class PassBuilder;
} // namespace llvm

namespace corecc {

/// Sets LLVM's options that defeat the verifier to corecc's values, unless
/// the user set them with -mllvm. Fails, naming them, if LLVM has no option
/// of one of those names: the policy would silently not apply.
llvm::Error applyVerifierPolicyOptions();

/// Machine passes that TargetPassConfig must not run.
llvm::ArrayRef<llvm::AnalysisID> verifierPolicyDisabledPasses();

/// IR passes added to the -O pipeline for the verifier.
void addVerifierPolicyPasses(llvm::PassBuilder &PB);

} // namespace corecc

#endif
