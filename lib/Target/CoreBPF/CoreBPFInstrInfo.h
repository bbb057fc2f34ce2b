// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFInstrInfo.h - BPF instruction hooks ---------------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFINSTRINFO_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFINSTRINFO_H

#include "CoreBPFRegisterInfo.h"
#include "llvm/CodeGen/TargetInstrInfo.h"

#define GET_INSTRINFO_HEADER
#include "CoreBPFGenInstrInfo.inc"

namespace llvm {

class CoreBPFInstrInfo : public CoreBPFGenInstrInfo {
  const CoreBPFRegisterInfo RI;

public:
  CoreBPFInstrInfo();

  const CoreBPFRegisterInfo &getRegisterInfo() const { return RI; }

  void copyPhysReg(MachineBasicBlock &MBB, MachineBasicBlock::iterator I,
                   const DebugLoc &DL, MCRegister DestReg, MCRegister SrcReg,
                   bool KillSrc) const override;

  void storeRegToStackSlot(MachineBasicBlock &MBB,
                           MachineBasicBlock::iterator MI, Register SrcReg,
                           bool IsKill, int FrameIndex,
                           const TargetRegisterClass *RC,
                           const TargetRegisterInfo *TRI,
                           Register VReg) const override;

  void loadRegFromStackSlot(MachineBasicBlock &MBB,
                            MachineBasicBlock::iterator MI, Register DestReg,
                            int FrameIndex, const TargetRegisterClass *RC,
                            const TargetRegisterInfo *TRI,
                            Register VReg) const override;

  bool analyzeBranch(MachineBasicBlock &MBB, MachineBasicBlock *&TBB,
                     MachineBasicBlock *&FBB,
                     SmallVectorImpl<MachineOperand> &Cond,
                     bool AllowModify) const override;
  unsigned removeBranch(MachineBasicBlock &MBB,
                        int *BytesRemoved = nullptr) const override;
  unsigned insertBranch(MachineBasicBlock &MBB, MachineBasicBlock *TBB,
                        MachineBasicBlock *FBB, ArrayRef<MachineOperand> Cond,
                        const DebugLoc &DL,
                        int *BytesAdded = nullptr) const override;
  bool
  reverseBranchCondition(SmallVectorImpl<MachineOperand> &Cond) const override;

  /// Whether Opcode is a conditional jump of ours.
  static bool isCondBranch(unsigned Opcode);

  /// The jump for an integer ISD::CondCode, register or immediate on the
  /// right, 64- or 32-bit (JMP32) comparison.
  static unsigned getCondBranchOpcode(unsigned CondCode, bool RHSIsImm,
                                      bool Is32);
};

} // namespace llvm

#endif
