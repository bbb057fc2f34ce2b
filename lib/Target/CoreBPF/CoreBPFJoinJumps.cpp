// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFJoinJumps.cpp - Joins entered by a jump ---------------------===//
//
// Part of corecc. See docs/verifier.md.
//
//===----------------------------------------------------------------------===//
//
// The verifier cuts a walk short only at a state it kept at a pruning point,
// and it keeps one there only once it has processed two jumps (calls count)
// and eight instructions since the last state it kept (is_state_visited() in
// kernel/bpf/verifier.c). A path that reaches a join by falling through may
// have too few jumps since its last state, leaves none at the join, and every
// later path through the join is walked on instead of pruned. A goto into
// the join is one more jump on that path. After verification the kernel
// drops `goto +0` from a privileged program (opt_remove_nops()), so what runs
// is unchanged.
//
// Two places, where it was measured to pay (docs/verifier.md):
//
//  - the latch of a loop (the block that counts and jumps back) when it
//    joins paths: the loop's other paths are walked again every iteration
//    (the selftests' pyperf600_nounroll: 693,946 processed instructions
//    before, 519,162 after; clang-19 530,704);
//  - other joins of a long function, reached from a block without calls:
//    unrolled checks and arithmetic (test_verif_scale2: 773,446 before,
//    523,837 after; test_cls_redirect 63,401 and 45,654). In a short
//    function the verifier walks little anyway, and each goto is one more
//    instruction on every path through it (the examples' programs came out
//    up to 10 % dearer); a block with a call already gives the verifier its
//    jump (pyperf50, an unrolled loop of probe reads and map lookups, came
//    out a third dearer with gotos there).
//
// Only blocks that really fall through get the goto: one that ends with
// "if (...) goto join; goto elsewhere" already jumps, and a goto after it
// would be an instruction no path reaches, which the verifier refuses.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFInstrInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineLoopInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/InitializePasses.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-join-jumps"

namespace {

/// Functions with at least this many instructions get gotos at joins
/// outside loops too (the selftests' long programs have thousands; the
/// examples' longest, a few hundred).
constexpr unsigned LongFunction = 512;

class CoreBPFJoinJumps : public MachineFunctionPass {
public:
  static char ID;
  CoreBPFJoinJumps() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF joins entered by a jump";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.addRequired<MachineLoopInfoWrapperPass>();
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  /// Ends the block that falls through into \p Join with a goto to it;
  /// false if no block does.
  bool jumpInto(MachineBasicBlock &Join, const TargetInstrInfo &TII,
                bool UnlessCall);
};

} // namespace

char CoreBPFJoinJumps::ID = 0;
INITIALIZE_PASS_BEGIN(CoreBPFJoinJumps, DEBUG_TYPE,
                      "CoreBPF joins entered by a jump", false, false)
INITIALIZE_PASS_DEPENDENCY(MachineLoopInfoWrapperPass)
INITIALIZE_PASS_END(CoreBPFJoinJumps, DEBUG_TYPE,
                    "CoreBPF joins entered by a jump", false, false)

FunctionPass *llvm::createCoreBPFJoinJumpsPass() {
  return new CoreBPFJoinJumps();
}

bool CoreBPFJoinJumps::jumpInto(MachineBasicBlock &Join,
                                const TargetInstrInfo &TII, bool UnlessCall) {
  MachineBasicBlock *Prev = Join.getPrevNode();
  if (!Prev || Prev->getFallThrough(/*JumpToFallThrough=*/false) != &Join)
    return false;
  if (UnlessCall &&
      llvm::any_of(*Prev, [](const MachineInstr &MI) { return MI.isCall(); }))
    return false;
  DebugLoc DL;
  if (!Prev->empty())
    DL = Prev->back().getDebugLoc();
  BuildMI(Prev, DL, TII.get(CoreBPF::JMP)).addMBB(&Join);
  return true;
}

bool CoreBPFJoinJumps::runOnMachineFunction(MachineFunction &MF) {
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  MachineLoopInfo &MLI = getAnalysis<MachineLoopInfoWrapperPass>().getLI();
  bool Changed = false;

  // Latches, in loops at any depth; only paths of the loop's own body (the
  // entry falls into the loop once, not once per iteration).
  SmallVector<MachineLoop *, 8> Work(MLI.begin(), MLI.end());
  while (!Work.empty()) {
    MachineLoop *L = Work.pop_back_val();
    Work.append(L->begin(), L->end());
    SmallVector<MachineBasicBlock *, 4> Latches;
    L->getLoopLatches(Latches);
    for (MachineBasicBlock *Latch : Latches)
      if (Latch->pred_size() >= 2 && Latch->getPrevNode() &&
          L->contains(Latch->getPrevNode()))
        Changed |= jumpInto(*Latch, TII, /*UnlessCall=*/false);
  }

  // Joins outside loops, in long functions.
  unsigned Size = 0;
  for (const MachineBasicBlock &B : MF)
    for (const MachineInstr &MI : B)
      Size += !MI.isMetaInstruction();
  if (Size < LongFunction)
    return Changed;
  for (MachineBasicBlock &B : MF)
    if (B.pred_size() >= 2 && !MLI.getLoopFor(&B))
      Changed |= jumpInto(B, TII, /*UnlessCall=*/true);
  return Changed;
}
