// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFMIChecks.cpp - Final instruction adjustments ----------------===//
//
// Right before emission:
//
// 1. An atomic fetch-and-op whose fetched value is never read becomes the
//    plain atomic op ("lock *(u64 *)(r1 + 0) += r2"), which every cpu
//    version and older kernels accept and which reads better.
//
// 2. Branches whose target is more than 32767 instructions away (the
//    16-bit offset field) are relaxed on cpu v4, which has "gotol" with a
//    32-bit offset in the immediate:
//      goto L                  ->  gotol L
//      if cond goto L          ->  if cond goto T
//                                  goto F        (F: the old fall-through)
//                              T:  gotol L
//    Sizes are exact at this point (8 bytes, 16 for LD_IMM64), so block
//    offsets are computed directly; relaxing one branch can push another
//    out of range, so the pass repeats until nothing changes. Before v4 an
//    out-of-range branch is an error at the branch (the first one only).
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

#define DEBUG_TYPE "corebpf-mi-checks"

namespace {

class CoreBPFMIChecks : public MachineFunctionPass {
public:
  static char ID;
  CoreBPFMIChecks() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override { return "CoreBPF pre-emit checks"; }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

} // namespace

char CoreBPFMIChecks::ID = 0;
INITIALIZE_PASS(CoreBPFMIChecks, DEBUG_TYPE, "CoreBPF pre-emit checks", false,
                false)

FunctionPass *llvm::createCoreBPFMIChecksPass() {
  return new CoreBPFMIChecks();
}

static unsigned nonFetchForm(unsigned Opc) {
  switch (Opc) {
  case CoreBPF::AADDFD:
    return CoreBPF::AADDD;
  case CoreBPF::AANDFD:
    return CoreBPF::AANDD;
  case CoreBPF::AORFD:
    return CoreBPF::AORD;
  case CoreBPF::AXORFD:
    return CoreBPF::AXORD;
  case CoreBPF::AADDFW:
    return CoreBPF::AADDW;
  case CoreBPF::AANDFW:
    return CoreBPF::AANDW;
  case CoreBPF::AORFW:
    return CoreBPF::AORW;
  case CoreBPF::AXORFW:
    return CoreBPF::AXORW;
  case CoreBPF::AADDFW32:
    return CoreBPF::AADDW32;
  case CoreBPF::AANDFW32:
    return CoreBPF::AANDW32;
  case CoreBPF::AORFW32:
    return CoreBPF::AORW32;
  case CoreBPF::AXORFW32:
    return CoreBPF::AXORW32;
  default:
    return 0;
  }
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

bool CoreBPFMIChecks::runOnMachineFunction(MachineFunction &MF) {
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  bool Changed = false;
  const auto &STI = MF.getSubtarget<CoreBPFSubtarget>();
  bool Reported = false;
  while (relaxBranches(MF, STI, Reported))
    Changed = true;
  for (MachineBasicBlock &MBB : MF) {
    for (MachineInstr &MI : MBB) {
      unsigned Plain = nonFetchForm(MI.getOpcode());
      if (!Plain || !MI.getOperand(0).isDead())
        continue;
      MI.setDesc(TII.get(Plain));
      Changed = true;
    }
  }
  return Changed;
}
