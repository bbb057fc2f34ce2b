// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFFrameLowering.h - BPF stack frames ----------------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFFRAMELOWERING_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFFRAMELOWERING_H

#include "llvm/CodeGen/TargetFrameLowering.h"

namespace llvm {
class CoreBPFSubtarget;

/// The kernel gives each BPF frame up to 512 bytes below R10 and saves
/// R6-R9 across BPF-to-BPF calls itself, so functions need no prologue or
/// epilogue; this class only checks the size.
class CoreBPFFrameLowering : public TargetFrameLowering {
public:
  static constexpr unsigned MaxStackSize = 512;

  explicit CoreBPFFrameLowering(const CoreBPFSubtarget &STI)
      : TargetFrameLowering(TargetFrameLowering::StackGrowsDown, Align(8), 0) {}

  void emitPrologue(MachineFunction &MF, MachineBasicBlock &MBB) const override;
  void emitEpilogue(MachineFunction &MF,
                    MachineBasicBlock &MBB) const override {}
  bool hasFP(const MachineFunction &MF) const override { return true; }
  void determineCalleeSaves(MachineFunction &MF, BitVector &SavedRegs,
                            RegScavenger *RS) const override;
  MachineBasicBlock::iterator
  eliminateCallFramePseudoInstr(MachineFunction &MF, MachineBasicBlock &MBB,
                                MachineBasicBlock::iterator MI) const override {
    return MBB.erase(MI);
  }
};

} // namespace llvm

#endif
