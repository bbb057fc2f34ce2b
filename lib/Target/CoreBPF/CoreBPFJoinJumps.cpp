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
// A third place is a join that conditional jumps enter by their taken edge
// (a hub): the verifier follows a conditional jump's fall-through and pushes
// the taken edge, which it walks later, starting at the join with no jump
// processed since. If the last path kept its state at most a jump before,
// the join keeps none, and so on for every later pushed edge into it:
// ptcpdump's tc programs return through one block that copies a 172-byte
// record, entered from 20 unrolled map lookups; it was walked 21 times
// (2,758 processed instructions against clang-19's 1,395). A hub gets a
// block of its own with a goto into its body, entered by every edge: one
// more jump on each path, before the body (1,313 processed instructions).
// Hubs are joins outside loops of at least HubEdges taken edges and HubSize
// instructions, in functions of any length: with hubs of 8 instructions
// (the selftests' cls_redirect, unrolled option parsing) and hubs inside
// loops (strobemeta) the verifier came out up to 12 % dearer, the states
// it kept at the new gotos standing in for ones that pruned more.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFInstrInfo.h"
#include "llvm/ADT/SmallPtrSet.h"
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

/// Joins entered by at least this many taken edges of conditional jumps
/// get a goto at their head.
constexpr unsigned HubEdges = 3;

/// ... and hold at least this many instructions: walking a short block
/// again costs less than the goto on every path into it.
constexpr unsigned HubSize = 16;

class CoreBPFJoinJumps : public MachineFunctionPass {
public:
  static char ID;
  CoreBPFJoinJumps() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF joins entered by a jump";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.addRequired<MachineLoopInfoWrapperPass>();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  /// Ends the block that falls through into \p Join with a goto to it;
  /// false if no block does.
  bool jumpInto(MachineBasicBlock &Join, const TargetInstrInfo &TII,
                bool UnlessCall);
  /// Puts a block holding only a goto to \p Hub before it and sends every
  /// edge into \p Hub there; returns that block.
  MachineBasicBlock *enterByJump(MachineBasicBlock &Hub,
                                 const TargetInstrInfo &TII);
};

unsigned instructionCount(const MachineBasicBlock &B) {
  return llvm::count_if(
      B, [](const MachineInstr &MI) { return !MI.isMetaInstruction(); });
}

/// Whether \p Pred's conditional jump has \p To as its target (the edge
/// the verifier pushes and walks later).
bool isTakenEdge(MachineBasicBlock &Pred, const MachineBasicBlock &To) {
  for (const MachineInstr &MI : Pred.terminators())
    if (MI.isConditionalBranch())
      for (const MachineOperand &MO : MI.operands())
        if (MO.isMBB() && MO.getMBB() == &To)
          return true;
  return false;
}

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

MachineBasicBlock *CoreBPFJoinJumps::enterByJump(MachineBasicBlock &Hub,
                                                 const TargetInstrInfo &TII) {
  MachineFunction &MF = *Hub.getParent();
  MachineBasicBlock *Head = MF.CreateMachineBasicBlock(Hub.getBasicBlock());
  MF.insert(Hub.getIterator(), Head);
  for (const MachineBasicBlock::RegisterMaskPair &LI : Hub.liveins())
    Head->addLiveIn(LI);
  SmallVector<MachineBasicBlock *, 8> Preds(Hub.predecessors());
  for (MachineBasicBlock *Pred : Preds)
    Pred->ReplaceUsesOfBlockWith(&Hub, Head);
  Head->addSuccessor(&Hub);
  DebugLoc DL;
  auto First = Hub.getFirstNonDebugInstr();
  if (First != Hub.end())
    DL = First->getDebugLoc();
  BuildMI(Head, DL, TII.get(CoreBPF::JMP)).addMBB(&Hub);
  return Head;
}

bool CoreBPFJoinJumps::runOnMachineFunction(MachineFunction &MF) {
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  MachineLoopInfo &MLI = getAnalysis<MachineLoopInfoWrapperPass>().getLI();
  bool Changed = false;

  // Hubs first: their new head blocks are joins entered by a jump already
  // (the rule for long functions below skips them), and the hubs
  // themselves have one predecessor left.
  SmallVector<MachineBasicBlock *, 4> Hubs;
  for (MachineBasicBlock &B : MF)
    if (B.pred_size() >= HubEdges && !MLI.getLoopFor(&B) &&
        instructionCount(B) >= HubSize &&
        llvm::count_if(B.predecessors(), [&](MachineBasicBlock *P) {
          return isTakenEdge(*P, B);
        }) >= HubEdges)
      Hubs.push_back(&B);
  SmallPtrSet<MachineBasicBlock *, 4> Heads;
  for (MachineBasicBlock *Hub : Hubs)
    Heads.insert(enterByJump(*Hub, TII));
  Changed |= !Hubs.empty();

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
    Size += instructionCount(B);
  if (Size < LongFunction)
    return Changed;
  for (MachineBasicBlock &B : MF)
    if (B.pred_size() >= 2 && !Heads.count(&B) && !MLI.getLoopFor(&B))
      Changed |= jumpInto(B, TII, /*UnlessCall=*/true);
  return Changed;
}
