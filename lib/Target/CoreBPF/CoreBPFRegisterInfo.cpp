// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFRegisterInfo.cpp - BPF registers and frame indices ----------===//
//
// Every stack slot is addressed from R10, the read-only frame pointer, at a
// negative offset: "*(u64 *)(r10 - 8)". A frame index used as a value
// ("&local", FI_ADDR) becomes "rX = r10; rX += -8".
//
//===----------------------------------------------------------------------===//

#include "CoreBPFRegisterInfo.h"
#include "CoreBPF.h"
#include "CoreBPFSubtarget.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/TargetFrameLowering.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"

#define GET_REGINFO_TARGET_DESC
#include "CoreBPFGenRegisterInfo.inc"

using namespace llvm;

CoreBPFRegisterInfo::CoreBPFRegisterInfo()
    : CoreBPFGenRegisterInfo(CoreBPF::R0) {}

const MCPhysReg *
CoreBPFRegisterInfo::getCalleeSavedRegs(const MachineFunction *MF) const {
  return CSR_SaveList;
}

const uint32_t *
CoreBPFRegisterInfo::getCallPreservedMask(const MachineFunction &MF,
                                          CallingConv::ID CC) const {
  return CSR_RegMask;
}

BitVector
CoreBPFRegisterInfo::getReservedRegs(const MachineFunction &MF) const {
  BitVector Reserved(getNumRegs());
  markSuperRegs(Reserved, CoreBPF::W10);
  markSuperRegs(Reserved, CoreBPF::R10);
  return Reserved;
}

Register
CoreBPFRegisterInfo::getFrameRegister(const MachineFunction &MF) const {
  return CoreBPF::R10;
}

bool CoreBPFRegisterInfo::eliminateFrameIndex(MachineBasicBlock::iterator II,
                                              int SPAdj, unsigned FIOperandNum,
                                              RegScavenger *RS) const {
  MachineInstr &MI = *II;
  MachineBasicBlock &MBB = *MI.getParent();
  MachineFunction &MF = *MBB.getParent();
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  DebugLoc DL = MI.getDebugLoc();

  int FI = MI.getOperand(FIOperandNum).getIndex();
  int64_t Offset = MF.getFrameInfo().getObjectOffset(FI);

  if (MI.getOpcode() == CoreBPF::FI_ADDR) {
    // Address of a stack object, plus a constant: "rX = r10; rX += off".
    Register Dst = MI.getOperand(0).getReg();
    int64_t Total = Offset + MI.getOperand(2).getImm();
    BuildMI(MBB, II, DL, TII.get(CoreBPF::MOV_rr), Dst).addReg(CoreBPF::R10);
    if (Total)
      BuildMI(MBB, II, DL, TII.get(CoreBPF::ADD_ri), Dst)
          .addReg(Dst)
          .addImm(Total);
    MBB.erase(II);
    return true;
  }

  if (MI.isDebugValue()) {
    MI.getOperand(FIOperandNum).ChangeToRegister(CoreBPF::R10, false);
    return false;
  }

  // A memory operand: base register followed by a 16-bit offset.
  MachineOperand &OffOp = MI.getOperand(FIOperandNum + 1);
  int64_t NewOff = Offset + OffOp.getImm();
  if (!isInt<16>(NewOff)) {
    const Function &F = MF.getFunction();
    F.getContext().diagnose(DiagnosticInfoUnsupported(
        F, "stack offset " + Twine(NewOff) + " does not fit a BPF instruction",
        DL));
    NewOff = 0;
  }
  MI.getOperand(FIOperandNum).ChangeToRegister(CoreBPF::R10, false);
  OffOp.setImm(NewOff);
  return false;
}
