// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFTargetTransformInfo.h - BPF cost model ------------*- C++ -*-===//
//
// Shapes the optimization pipeline for code the verifier must accept. The
// generic model is right for most questions; the answers below change what
// the IR optimizers do, not only how they rank alternatives:
//
//   - Selects are branches on BPF. Priced at the SCEV expansion budget, they
//     keep SimplifyCFG from turning bounds-checked code into selects the
//     verifier cannot follow, and SCEV from expanding expressions that need
//     them.
//   - An add is priced just above that budget for throughput queries. The
//     one client that asks is SCEV expansion in IndVarSimplify's exit-test
//     rewriting (LFTR): it would replace a loop's "i < n" exit test by
//     "i != n'" with a freshly computed n'. The verifier proves a loop
//     bounded from the test the program wrote; it cannot from an
//     equality against an unrelated register, and gives up after a million
//     instructions. This is the same answer LLVM's BPF target gives.
//   - Immediates that fit the 32-bit instruction field are free.
//   - At most five arguments: argument promotion must not create a function
//     that BPF cannot call.
//   - memcmp of a small constant size is expanded into loads and compares
//     (there is no library routine to call).
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFTARGETTRANSFORMINFO_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFTARGETTRANSFORMINFO_H

#include "CoreBPFTargetMachine.h"
#include "llvm/CodeGen/BasicTTIImpl.h"
#include "llvm/Transforms/Utils/ScalarEvolutionExpander.h"

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

  InstructionCost getIntImmCost(const APInt &Imm, Type *Ty,
                                TargetTransformInfo::TargetCostKind CostKind) {
    if (Imm.getBitWidth() <= 64 && Imm.isSignedIntN(32))
      return TargetTransformInfo::TCC_Free;
    return TargetTransformInfo::TCC_Basic;
  }

  InstructionCost
  getCmpSelInstrCost(unsigned Opcode, Type *ValTy, Type *CondTy,
                     CmpInst::Predicate VecPred,
                     TargetTransformInfo::TargetCostKind CostKind,
                     const Instruction *I = nullptr) {
    if (Opcode == Instruction::Select)
      return SCEVCheapExpansionBudget.getValue();
    return BaseT::getCmpSelInstrCost(Opcode, ValTy, CondTy, VecPred, CostKind,
                                     I);
  }

  InstructionCost
  getArithmeticInstrCost(unsigned Opcode, Type *Ty,
                         TargetTransformInfo::TargetCostKind CostKind,
                         TargetTransformInfo::OperandValueInfo Op1Info = {},
                         TargetTransformInfo::OperandValueInfo Op2Info = {},
                         ArrayRef<const Value *> Args = std::nullopt,
                         const Instruction *CxtI = nullptr) {
    if (Opcode == Instruction::Add &&
        CostKind == TargetTransformInfo::TCK_RecipThroughput)
      return SCEVCheapExpansionBudget.getValue() + 1;
    return BaseT::getArithmeticInstrCost(Opcode, Ty, CostKind, Op1Info, Op2Info,
                                         Args, CxtI);
  }

  TargetTransformInfo::MemCmpExpansionOptions
  enableMemCmpExpansion(bool OptSize, bool IsZeroCmp) const {
    TargetTransformInfo::MemCmpExpansionOptions Options;
    Options.LoadSizes = {8, 4, 2, 1};
    Options.MaxNumLoads = TLI->getMaxExpandSizeMemcmp(OptSize);
    return Options;
  }

  unsigned getMaxNumArgs() const { return 5; }

  /// No switch becomes a load from a constant table. The verifier tracks
  /// map pointers, and the bounds of an index, only in registers: a table
  /// of map pointers in .rodata loads a scalar where bpf_map_lookup_elem
  /// needs a map ("R1 type=scalar expected=map_ptr"), and a table of
  /// values is indexed by a copy of the checked register. clang-19 builds
  /// none either: its BPF target has no jump tables, which is what LLVM's
  /// default asks.
  bool shouldBuildLookupTables() const { return false; }
};

} // namespace llvm

#endif
