//===- CoreBPFMIPeephole.cpp - Drop redundant zero extensions -------------===//
//
// With ALU32, zero-extending a 32-bit value to 64 bits is selected as
// "w1 = w1" (MOV_rr_32) inside SUBREG_TO_REG, because a 32-bit value that
// arrives through a copy or a PHI may carry garbage in the upper half. When
// the value comes straight from a 32-bit ALU operation or a 32-bit load, the
// hardware (and the verifier) already zeroed the upper half, and the move is
// redundant:
//
//   %1:gpr32 = ADD_ri_32 %0, 1
//   %2:gpr32 = MOV_rr_32 %1          <- removed
//   %3:gpr = SUBREG_TO_REG 0, %2, sub_32
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFInstrInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-mi-peephole"

namespace {

class CoreBPFMIPeephole : public MachineFunctionPass {
public:
  static char ID;
  CoreBPFMIPeephole() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF zero-extension peephole";
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

} // namespace

char CoreBPFMIPeephole::ID = 0;
INITIALIZE_PASS(CoreBPFMIPeephole, DEBUG_TYPE, "CoreBPF MI peephole", false,
                false)

FunctionPass *llvm::createCoreBPFMIPeepholePass() {
  return new CoreBPFMIPeephole();
}

/// Whether MI is one of our real instructions defining a 32-bit register;
/// all of those leave the upper half of the 64-bit register zero.
static bool zeroesUpperHalf(const MachineInstr &MI) {
  if (MI.isPseudo() || MI.isCopyLike() || MI.isPHI() || MI.isImplicitDef() ||
      MI.isInlineAsm() || MI.isCall() || MI.getNumDefs() != 1)
    return false;
  return MI.getOpcode() >= TargetOpcode::GENERIC_OP_END;
}

bool CoreBPFMIPeephole::runOnMachineFunction(MachineFunction &MF) {
  MachineRegisterInfo &MRI = MF.getRegInfo();
  bool Changed = false;
  for (MachineBasicBlock &MBB : MF) {
    for (MachineInstr &MI : llvm::make_early_inc_range(MBB)) {
      if (MI.getOpcode() != CoreBPF::MOV_rr_32)
        continue;
      Register Dst = MI.getOperand(0).getReg();
      Register Src = MI.getOperand(1).getReg();
      if (!Dst.isVirtual() || !Src.isVirtual())
        continue;
      // Only moves that feed zero extensions.
      bool OnlyZExt = !MRI.use_nodbg_empty(Dst);
      for (MachineInstr &Use : MRI.use_nodbg_instructions(Dst))
        OnlyZExt &= Use.isSubregToReg();
      if (!OnlyZExt)
        continue;
      MachineInstr *Def = MRI.getVRegDef(Src);
      if (!Def || !zeroesUpperHalf(*Def) ||
          MRI.getRegClass(Src) != MRI.getRegClass(Dst))
        continue;
      MRI.replaceRegWith(Dst, Src);
      MI.eraseFromParent();
      Changed = true;
    }
  }
  return Changed;
}
