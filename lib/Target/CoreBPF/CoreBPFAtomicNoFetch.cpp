// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFAtomicNoFetch.cpp - Atomics whose old value is unused -------===//
//
// After register allocation, an atomic fetch-and-op whose fetched value is
// never read becomes the plain atomic op ("lock *(u64 *)(r1 + 0) += r2"),
// which every cpu version and older kernels accept and which reads better.
// Same size, so it may run before or after branch relaxation.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFInstrInfo.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/TargetSubtargetInfo.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-atomic-no-fetch"

namespace {

class CoreBPFAtomicNoFetch : public MachineFunctionPass {
public:
  static char ID;
  CoreBPFAtomicNoFetch() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF atomics without fetch";
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

} // namespace

char CoreBPFAtomicNoFetch::ID = 0;
INITIALIZE_PASS(CoreBPFAtomicNoFetch, DEBUG_TYPE,
                "CoreBPF atomics without fetch", false, false)

FunctionPass *llvm::createCoreBPFAtomicNoFetchPass() {
  return new CoreBPFAtomicNoFetch();
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

bool CoreBPFAtomicNoFetch::runOnMachineFunction(MachineFunction &MF) {
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  bool Changed = false;
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
