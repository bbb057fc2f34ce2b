// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFRegisterInfo.h - BPF registers --------------------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFREGISTERINFO_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFREGISTERINFO_H

#include "llvm/CodeGen/TargetRegisterInfo.h"

#define GET_REGINFO_HEADER
#include "CoreBPFGenRegisterInfo.inc"

namespace llvm {

struct CoreBPFRegisterInfo : public CoreBPFGenRegisterInfo {
  CoreBPFRegisterInfo();

  const MCPhysReg *getCalleeSavedRegs(const MachineFunction *MF) const override;
  const uint32_t *getCallPreservedMask(const MachineFunction &MF,
                                       CallingConv::ID CC) const override;
  BitVector getReservedRegs(const MachineFunction &MF) const override;

  bool eliminateFrameIndex(MachineBasicBlock::iterator MI, int SPAdj,
                           unsigned FIOperandNum,
                           RegScavenger *RS = nullptr) const override;

  Register getFrameRegister(const MachineFunction &MF) const override;
};

} // namespace llvm

#endif
