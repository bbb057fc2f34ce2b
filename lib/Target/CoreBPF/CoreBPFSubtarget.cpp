// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFSubtarget.cpp - BPF cpu versions and features ---------------===//

#include "CoreBPFSubtarget.h"
#include "CoreBPF.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/IR/Function.h"
#include "llvm/MC/TargetRegistry.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-subtarget"

#define GET_SUBTARGETINFO_TARGET_DESC
#define GET_SUBTARGETINFO_CTOR
#include "CoreBPFGenSubtargetInfo.inc"

static StringRef defaultCPU(StringRef CPU) { return CPU.empty() ? "v3" : CPU; }

CoreBPFSubtarget &CoreBPFSubtarget::initialize(StringRef CPU, StringRef FS) {
  ParseSubtargetFeatures(defaultCPU(CPU), /*TuneCPU=*/defaultCPU(CPU), FS);
  return *this;
}

CoreBPFSubtarget::CoreBPFSubtarget(const Triple &TT, StringRef CPU,
                                   StringRef FS, const TargetMachine &TM)
    : CoreBPFGenSubtargetInfo(TT, defaultCPU(CPU), defaultCPU(CPU), FS),
      IsLittleEndian(TT.getArch() == Triple::bpfel),
      FrameLowering(initialize(CPU, FS)), InstrInfo(), TLInfo(TM, *this) {}

// Callee-saved registers come last in every allocation order as written, so
// the answer never changes an order. It only has to differ between
// functions that return a value and those that do not: the register
// allocators keep the orders of the previous function unless this answer,
// the reserved registers or the callee-saved list changed, and GPR's order
// depends on the return type (CoreBPFRegisterInfo.td: no r0 for values of
// a void function).
bool CoreBPFSubtarget::ignoreCSRForAllocationOrder(const MachineFunction &MF,
                                                   unsigned PhysReg) const {
  return MF.getFunction().getReturnType()->isVoidTy();
}
