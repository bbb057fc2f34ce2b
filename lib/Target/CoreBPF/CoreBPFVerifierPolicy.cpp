// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFVerifierPolicy.cpp - What corecc changes for the verifier ---===//
//
// Part of corecc. See docs/verifier.md.
//
//===----------------------------------------------------------------------===//

#include "CoreBPFVerifierPolicy.h"
#include "CoreBPFVerifierAdjust.h"
#include "llvm/CodeGen/Passes.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Transforms/Scalar/SROA.h"

using namespace llvm;

namespace {
/// An LLVM option corecc sets (why: the comment above the table).
struct OptionDefault {
  const char *Name;
  const char *Value;
};

// LLVM transformations that are right for CPUs but defeat the verifier,
// turned off unless the user set them with -mllvm:
//
//   tail-dup-placement       copies one-instruction compare-and-jump
//       blocks into predecessors placed out of line (larger code; see
//       verifierPolicyDisabledPasses())
//   machine-sink-split       splits critical edges to sink instructions
//       into them: each such edge costs a goto, which BPF counts like any
//       instruction (loops and selects come out 2-3 instructions longer)
//   disable-phi-elim-edge-splitting (set to true)  PHI elimination splits
//       a critical edge to hold a PHI's copy when the value is live on the
//       other edge too (a constant shared by Machine CSE, a loop's running
//       count). The split block, one move and a goto, is laid out as the
//       branch's fall-through, and the verifier explores a fall-through
//       first: at "if (fp && read(fp)) {...}" in a loop it walked every
//       iteration's empty path before the body, whose general states then
//       never pruned against those specific ones (a 1000-iteration loop of
//       probe reads: over 1M processed instructions, 209k without the
//       split; the selftests' pyperf600_nounroll: "The sequence of 8193
//       jumps is too complex"). clang-19's BPF backend cannot split these
//       edges (its analyzeBranch gives up on conditional jumps), so the
//       copy goes before the branch there as well.
//   indvars-predicate-loops  rewrites a loop exit such as
//       "if (p + 1 > data_end) return" into one check of a trip count
//       computed before the loop; the verifier then sees packet loads
//       without a bounds check ("invalid access to packet").
constexpr OptionDefault OptionDefaults[] = {
    {"indvars-predicate-loops", "false"},
    {"disable-phi-elim-edge-splitting", "true"},
    // Code size (see verifierPolicyDisabledPasses()).
    {"tail-dup-placement", "false"},
    {"machine-sink-split", "false"},
};
} // namespace

Error corecc::applyVerifierPolicyOptions() {
  StringMap<cl::Option *> &Opts = cl::getRegisteredOptions();
  std::string Missing;
  for (const OptionDefault &D : OptionDefaults) {
    auto It = Opts.find(D.Name);
    if (It == Opts.end()) {
      Missing += (Missing.empty() ? "" : ", ") + std::string(D.Name);
      continue;
    }
    if (It->second->getNumOccurrences() == 0)
      It->second->addOccurrence(0, It->first(), D.Value);
  }
  if (!Missing.empty())
    return createStringError(
        inconvertibleErrorCode(),
        "this LLVM has no option " + Missing +
            ", which corecc sets for the verifier (see "
            "CoreBPFVerifierPolicy.cpp): corecc must be updated for it");
  return Error::success();
}

ArrayRef<AnalysisID> corecc::verifierPolicyDisabledPasses() {
  // No tail duplication after register allocation (nor in block
  // placement, nor critical-edge splitting in machine sinking: see
  // CoreBPFAPI.cpp). A BPF compare-and-jump is one instruction, so
  // duplication copies condition blocks into every out-of-line
  // predecessor: ten if-statements in a row took 52 instructions instead
  // of 42. Tail merging stays: it folds the identical "count and return"
  // tails of packet parsers (xdp_filter: 318 instructions without it, 257
  // with it; clang-19: 264). Over the examples: 4630 instructions against
  // clang-19's 4779 (cpu v3).
  // Blocks stay in source order (as with clang-19, whose BPF backend
  // cannot analyze conditional branches, so its block placement moves
  // nothing). Placement by branch probability made the likelier arm the
  // fall-through, which saves no instructions on BPF but changes the order
  // in which the verifier walks the branches, and so how much it can prune:
  // over the examples (cpu v3) 22785 verifier-processed instructions with
  // placement, 21284 without (clang-19 -mcpu=v3: 21319); 4501 and 4503
  // instructions. dnsfilter's label loop went from 8260 to 6931. The
  // price: an unconditional goto where placement would have laid the
  // target out next (xdp_filter's switch trees: 258 -> 270).
  static const AnalysisID Passes[] = {&TailDuplicateID,
                                      &MachineBlockPlacementID};
  return Passes;
}

void corecc::addVerifierPolicyPasses(PassBuilder &PB) {
  // Before the optimizer combines comparisons; SROA first, so that the
  // comparisons see values rather than loads of local variables. (The CO-RE
  // passes are registered by the driver, which owns the pipeline.)
  PB.registerPipelineEarlySimplificationEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        if (Level == OptimizationLevel::O0)
          return;
        FunctionPassManager FPM;
        FPM.addPass(SROAPass(SROAOptions::ModifyCFG));
        FPM.addPass(CoreBPFVerifierAdjustPass());
        MPM.addPass(createModuleToFunctionPassAdaptor(std::move(FPM)));
      });
}
