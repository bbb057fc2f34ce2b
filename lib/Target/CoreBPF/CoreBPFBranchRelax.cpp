// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFBranchRelax.cpp - Long jumps for far branches ---------------===//
//
// Right before emission, branches whose target is more than 32767
// instructions away (the 16-bit offset field) are relaxed on cpu v4, which
// has "gotol" with a 32-bit offset in the immediate:
//   goto L                  ->  gotol L
//   if cond goto L          ->  if cond goto T
//                               goto F        (F: the old fall-through)
//                           T:  gotol L
// Sizes are exact at this point (8 bytes, 16 for LD_IMM64), so block
// offsets are computed directly; relaxing one branch can push another out
// of range, so the pass repeats until nothing changes. Before v4 an
// out-of-range branch is an error at the branch (the first one only).
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFInstrInfo.h"
#include "CoreBPFSubtarget.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-branch-relax"

namespace {

class CoreBPFBranchRelax : public MachineFunctionPass {
public:
  static char ID;
  CoreBPFBranchRelax() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override { return "CoreBPF branch relaxation"; }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

} // namespace

char CoreBPFBranchRelax::ID = 0;
INITIALIZE_PASS(CoreBPFBranchRelax, DEBUG_TYPE, "CoreBPF branch relaxation",
                false, false)

FunctionPass *llvm::createCoreBPFBranchRelaxPass() {
  return new CoreBPFBranchRelax();
}

/// Bytes of MI in the object.
static unsigned emittedSize(const MachineInstr &MI) {
  if (MI.isDebugInstr() || MI.isMetaInstruction() || MI.isInlineAsm())
    return 0; // inline asm that reaches emission has no instructions
  return MI.getDesc().getSize();
}

/// The block operand of a branch of ours, or null.
static MachineOperand *branchTarget(MachineInstr &MI) {
  if (!MI.isBranch())
    return nullptr;
  for (MachineOperand &MO : MI.operands())
    if (MO.isMBB())
      return &MO;
  return nullptr;
}

/// One pass over the function: relaxes (v4) or reports (earlier cpus) the
/// branches that do not reach. Returns whether anything changed.
static bool relaxBranches(MachineFunction &MF, const CoreBPFSubtarget &STI,
                          bool &Reported) {
  const TargetInstrInfo &TII = *STI.getInstrInfo();
  DenseMap<const MachineBasicBlock *, int64_t> Start;
  int64_t Offset = 0;
  for (MachineBasicBlock &MBB : MF) {
    Start[&MBB] = Offset;
    for (MachineInstr &MI : MBB)
      Offset += emittedSize(MI);
  }
  for (MachineBasicBlock &MBB : MF) {
    int64_t At = Start[&MBB];
    for (MachineInstr &MI : MBB) {
      int64_t Here = At;
      At += emittedSize(MI);
      MachineOperand *Target = branchTarget(MI);
      if (!Target || MI.getOpcode() == CoreBPF::JMPL)
        continue;
      int64_t Slots = (Start[Target->getMBB()] - Here - 8) / 8;
      if (isInt<16>(Slots))
        continue;
      if (!STI.hasCPUv4()) {
        if (!Reported) {
          const Function &F = MF.getFunction();
          F.getContext().diagnose(DiagnosticInfoUnsupported(
              F,
              "branch over " + Twine(Slots) +
                  " instructions does not fit BPF's 16-bit jump offset; "
                  "-mcpu=v4 has a long jump (gotol), or split the function",
              MI.getDebugLoc()));
          Reported = true;
        }
        // The output is discarded; dropping the branch keeps the assembler
        // from reporting it a second time, without a location.
        MI.eraseFromParent();
        return true;
      }
      if (MI.getOpcode() == CoreBPF::JMP) {
        MI.setDesc(TII.get(CoreBPF::JMPL));
        return true;
      }
      // A conditional branch: jump to a trampoline placed right after this
      // block, and reach the old fall-through with a short goto.
      MachineBasicBlock *Far = Target->getMBB();
      MachineFunction::iterator Next = std::next(MBB.getIterator());
      MachineBasicBlock *Tramp =
          MF.CreateMachineBasicBlock(MBB.getBasicBlock());
      MF.insert(Next, Tramp);
      DebugLoc DL = MI.getDebugLoc();
      if (MachineInstr *After = MI.getNextNode()) {
        // "if cond goto Far; goto F": the goto stays, the trampoline
        // comes after it.
        (void)After;
      } else if (Next != MF.end()) {
        BuildMI(&MBB, DL, TII.get(CoreBPF::JMP)).addMBB(&*Next);
      }
      BuildMI(Tramp, DL, TII.get(CoreBPF::JMPL)).addMBB(Far);
      Target->setMBB(Tramp);
      MBB.replaceSuccessor(Far, Tramp);
      Tramp->addSuccessor(Far);
      return true;
    }
  }
  return false;
}

bool CoreBPFBranchRelax::runOnMachineFunction(MachineFunction &MF) {
  const auto &STI = MF.getSubtarget<CoreBPFSubtarget>();
  bool Changed = false;
  bool Reported = false;
  while (relaxBranches(MF, STI, Reported))
    Changed = true;
  return Changed;
}
