//===- CoreBPFTargetTransformInfo.h - BPF cost model ------------*- C++ -*-===//
//
// Shapes the optimization pipeline for code the verifier must accept:
// selects are branches on BPF, so they are priced high enough that
// SimplifyCFG does not turn bounds-checked code into selects the verifier
// cannot follow; everything else is the generic model.
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFTARGETTRANSFORMINFO_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFTARGETTRANSFORMINFO_H

#include "CoreBPFTargetMachine.h"
#include "llvm/CodeGen/BasicTTIImpl.h"

namespace llvm {

class CoreBPFTTIImpl : public BasicTTIImplBase<CoreBPFTTIImpl> {
  using BaseT = BasicTTIImplBase<CoreBPFTTIImpl>;
  friend BaseT;

  const CoreBPFSubtarget *ST;
  const CoreBPFTargetLowering *TLI;

  const CoreBPFSubtarget *getST() const { return ST; }
  const CoreBPFTargetLowering *getTLI() const { return TLI; }

public:
  explicit CoreBPFTTIImpl(const CoreBPFTargetMachine *TM, const Function &F)
      : BaseT(TM, F.getDataLayout()), ST(TM->getSubtargetImpl(F)),
        TLI(ST->getTargetLowering()) {}

  InstructionCost
  getCmpSelInstrCost(unsigned Opcode, Type *ValTy, Type *CondTy,
                     CmpInst::Predicate VecPred,
                     TargetTransformInfo::TargetCostKind CostKind,
                     const Instruction *I = nullptr) {
    if (Opcode == Instruction::Select)
      return 4;
    return BaseT::getCmpSelInstrCost(Opcode, ValTy, CondTy, VecPred, CostKind,
                                     I);
  }
};

} // namespace llvm

#endif
