// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFLatchJump.cpp - Loop latches entered by a jump --------------===//
//
// Part of corecc. See docs/verifier.md.
//
//===----------------------------------------------------------------------===//
//
// The verifier walks a bounded loop once per iteration and can cut a walk
// short only at a state it kept at a join. It keeps a state at a pruning
// point only once it has processed two jumps and eight instructions since
// the last state it kept, so a path of the loop body that falls through
// into the latch (the block that counts and jumps back) usually leaves no
// state there: each of the next iteration's paths is then walked again for
// every such path. clang-19 lays these loops out with the latch first,
// reached by jumps. corecc keeps blocks in source order (docs/verifier.md)
// and instead ends the falling-through path with a goto into the latch:
// one instruction, executed once per iteration on that path, and the
// verifier's work on the selftests' pyperf600_nounroll went from 693,946
// to 519,162 processed instructions, strobemeta_subprogs from 60,449 to
// 41,598.
//
// Only latches that join paths, and only paths of the loop itself: the
// entry falls into the loop once.
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

#define DEBUG_TYPE "corebpf-latch-jump"

namespace {

class CoreBPFLatchJump : public MachineFunctionPass {
public:
  static char ID;
  CoreBPFLatchJump() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF loop latches entered by a jump";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.addRequired<MachineLoopInfoWrapperPass>();
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

} // namespace

char CoreBPFLatchJump::ID = 0;
INITIALIZE_PASS_BEGIN(CoreBPFLatchJump, DEBUG_TYPE,
                      "CoreBPF loop latches entered by a jump", false, false)
INITIALIZE_PASS_DEPENDENCY(MachineLoopInfoWrapperPass)
INITIALIZE_PASS_END(CoreBPFLatchJump, DEBUG_TYPE,
                    "CoreBPF loop latches entered by a jump", false, false)

FunctionPass *llvm::createCoreBPFLatchJumpPass() {
  return new CoreBPFLatchJump();
}

bool CoreBPFLatchJump::runOnMachineFunction(MachineFunction &MF) {
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  MachineLoopInfo &MLI = getAnalysis<MachineLoopInfoWrapperPass>().getLI();
  bool Changed = false;
  SmallVector<MachineLoop *, 8> Work(MLI.begin(), MLI.end());
  while (!Work.empty()) {
    MachineLoop *L = Work.pop_back_val();
    Work.append(L->begin(), L->end());
    SmallVector<MachineBasicBlock *, 4> Latches;
    L->getLoopLatches(Latches);
    for (MachineBasicBlock *Latch : Latches) {
      if (Latch->pred_size() < 2)
        continue;
      // Only a path of the loop's own body: falling in from outside happens
      // once, not once per iteration. And only a block that reaches its end:
      // one that ends "if (...) goto latch; goto elsewhere" already jumps
      // (canFallThrough() counts that jump as falling through, and a goto
      // after it would be an instruction no path reaches, which the
      // verifier refuses).
      MachineBasicBlock *Prev = Latch->getPrevNode();
      if (!Prev || !L->contains(Prev) ||
          Prev->getFallThrough(/*JumpToFallThrough=*/false) != Latch)
        continue;
      DebugLoc DL;
      if (!Prev->empty())
        DL = Prev->back().getDebugLoc();
      BuildMI(Prev, DL, TII.get(CoreBPF::JMP)).addMBB(Latch);
      Changed = true;
    }
  }
  return Changed;
}
