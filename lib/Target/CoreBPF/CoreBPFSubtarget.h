// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFSubtarget.h - BPF cpu versions and features -------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFSUBTARGET_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFSUBTARGET_H

#include "CoreBPFFrameLowering.h"
#include "CoreBPFISelLowering.h"
#include "CoreBPFInstrInfo.h"
#include "llvm/CodeGen/SelectionDAGTargetInfo.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"
#include "llvm/IR/DataLayout.h"

#define GET_SUBTARGETINFO_HEADER
#include "CoreBPFGenSubtargetInfo.inc"

namespace llvm {

class CoreBPFSubtarget : public CoreBPFGenSubtargetInfo {
  // Set by ParseSubtargetFeatures from the cpu name and -mattr string.
  bool HasJmpExt = false;
  bool HasALU32 = false;
  bool HasAtomicFetch = false;
  bool HasCPUv4 = false;
  bool IsLittleEndian;

  CoreBPFFrameLowering FrameLowering;
  CoreBPFInstrInfo InstrInfo;
  CoreBPFTargetLowering TLInfo;
  SelectionDAGTargetInfo TSInfo;

  CoreBPFSubtarget &initialize(StringRef CPU, StringRef FS);

public:
  CoreBPFSubtarget(const Triple &TT, StringRef CPU, StringRef FS,
                   const TargetMachine &TM);

  void ParseSubtargetFeatures(StringRef CPU, StringRef TuneCPU, StringRef FS);

  bool hasJmpExt() const { return HasJmpExt; }
  bool hasALU32() const { return HasALU32; }
  bool hasAtomicFetch() const { return HasAtomicFetch; }
  bool hasCPUv4() const { return HasCPUv4; }
  bool isLittleEndian() const { return IsLittleEndian; }

  const CoreBPFInstrInfo *getInstrInfo() const override { return &InstrInfo; }
  const CoreBPFFrameLowering *getFrameLowering() const override {
    return &FrameLowering;
  }
  const CoreBPFTargetLowering *getTargetLowering() const override {
    return &TLInfo;
  }
  const SelectionDAGTargetInfo *getSelectionDAGInfo() const override {
    return &TSInfo;
  }
  const CoreBPFRegisterInfo *getRegisterInfo() const override {
    return &InstrInfo.getRegisterInfo();
  }
  bool ignoreCSRForAllocationOrder(const MachineFunction &MF,
                                   unsigned PhysReg) const override;
};

} // namespace llvm

#endif
