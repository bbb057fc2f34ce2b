// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFFrameLowering.cpp - BPF stack frames ------------------------===//

#include "CoreBPFFrameLowering.h"
#include "CoreBPF.h"
#include "CoreBPFDiagnostics.h"
#include "CoreBPFSubtarget.h"
#include "CoreBPFTargetMachine.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"

using namespace llvm;

void CoreBPFFrameLowering::emitPrologue(MachineFunction &MF,
                                        MachineBasicBlock &MBB) const {
  // Prologue insertion runs after the frame is laid out: the size is final.
  uint64_t Size = MF.getFrameInfo().getStackSize();
  if (Size <= MaxStackSize)
    return;
  const Function &F = MF.getFunction();
  F.getContext().diagnose(DiagnosticInfoUnsupported(
      F,
      "function '" + F.getName() + "' needs " + Twine(Size) +
          " bytes of stack; BPF allows at most " + Twine(MaxStackSize) +
          " (move large buffers into a per-CPU array map)",
      corebpf::functionLocation(
          F, static_cast<const CoreBPFTargetMachine &>(MF.getTarget())
                 .sourceFS())));
}

void CoreBPFFrameLowering::determineCalleeSaves(MachineFunction &MF,
                                                BitVector &SavedRegs,
                                                RegScavenger *RS) const {
  TargetFrameLowering::determineCalleeSaves(MF, SavedRegs, RS);
  // The kernel preserves R6-R9 for the caller across BPF-to-BPF calls.
  // R10 is the frame pointer the kernel sets up for every frame.
  for (unsigned Reg :
       {CoreBPF::R6, CoreBPF::R7, CoreBPF::R8, CoreBPF::R9, CoreBPF::R10})
    SavedRegs.reset(Reg);
}
