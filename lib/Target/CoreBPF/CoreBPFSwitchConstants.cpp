// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFSwitchConstants.cpp - Case values stay constants in PHIs ----===//
//
// Part of corecc. See docs/verifier.md.
//
//===----------------------------------------------------------------------===//
//
// CodeGenPrepare rewrites a PHI operand that equals its switch case's value
// into the switch condition (or an extension of it), to save materializing
// the constant:
//
//   switch i32 %err, label %other [ i32 0, label %ok ... ]
//   ok:    br label %join                 ; %err == 0 here
//   join:  %key = phi i32 [ 0, %ok ], ...  =>  [ %err, %ok ]
//
// The verifier cannot follow that. The compare it sees is "if w6 == 0" on
// the register holding %err, while the code after the join reads %key, or
// an offset derived from it, from another register: a copy of %err made
// before the compare, which the compare does not bound (a 32-bit move of an
// unbounded register shares no identity with it). xdp-tools' xdp_sample
// counted into "rec + (key ? 8 : 0)" and was refused ("R0 unbounded memory
// access") at cpu v3; at v1 the compare happened to be on the copy itself.
//
// This pass, run right after CodeGenPrepare, puts the constant back where an
// operand is the switch condition (or its zero or sign extension, or what
// it extends) on an edge where the condition has one known value. A
// constant is what the verifier tracks best; the cost is a move.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"
#include "llvm/InitializePasses.h"
#include "llvm/Pass.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-switch-constants"

namespace {

class CoreBPFSwitchConstants : public FunctionPass {
public:
  static char ID;
  CoreBPFSwitchConstants() : FunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF switch case values kept as constants";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesCFG();
  }
  bool runOnFunction(Function &F) override;
};

} // namespace

char CoreBPFSwitchConstants::ID = 0;
INITIALIZE_PASS(CoreBPFSwitchConstants, DEBUG_TYPE,
                "CoreBPF switch case values kept as constants", false, false)

FunctionPass *llvm::createCoreBPFSwitchConstantsPass() {
  return new CoreBPFSwitchConstants();
}

/// \p V as a constant, given that \p Cond equals \p Case: for the condition
/// itself, an extension or truncation of it, and the value the condition
/// extends. Null for anything else.
static Constant *valueGivenCase(Value *V, Value *Cond, const APInt &Case) {
  auto *IntTy = dyn_cast<IntegerType>(V->getType());
  if (!IntTy)
    return nullptr;
  const unsigned Bits = IntTy->getBitWidth();
  if (V == Cond)
    return ConstantInt::get(IntTy, Case);
  if (auto *Cast = dyn_cast<CastInst>(V); Cast && Cast->getOperand(0) == Cond) {
    switch (Cast->getOpcode()) {
    case Instruction::ZExt:
      return ConstantInt::get(IntTy, Case.zext(Bits));
    case Instruction::SExt:
      return ConstantInt::get(IntTy, Case.sext(Bits));
    case Instruction::Trunc:
      return ConstantInt::get(IntTy, Case.trunc(Bits));
    default:
      return nullptr;
    }
  }
  // A switch over an extended value (CodeGenPrepare widens switch
  // conditions): the narrow value is the case value, truncated.
  if (auto *Ext = dyn_cast<CastInst>(Cond);
      Ext && Ext->getOperand(0) == V &&
      (isa<ZExtInst>(Ext) || isa<SExtInst>(Ext)))
    return ConstantInt::get(IntTy, Case.trunc(Bits));
  return nullptr;
}

/// Replaces the operands of \p Phi that come from \p Pred and are the switch
/// condition in another form; \p Cond equals \p Case on that edge.
static bool restoreOperands(PHINode &Phi, BasicBlock *Pred, Value *Cond,
                            const APInt &Case) {
  bool Changed = false;
  for (unsigned I = 0, E = Phi.getNumIncomingValues(); I < E; ++I) {
    if (Phi.getIncomingBlock(I) != Pred)
      continue;
    if (Constant *C = valueGivenCase(Phi.getIncomingValue(I), Cond, Case)) {
      Value *Old = Phi.getIncomingValue(I);
      Phi.setIncomingValue(I, C);
      if (auto *OldI = dyn_cast<Instruction>(Old))
        RecursivelyDeleteTriviallyDeadInstructions(OldI);
      Changed = true;
    }
  }
  return Changed;
}

bool CoreBPFSwitchConstants::runOnFunction(Function &F) {
  bool Changed = false;
  SmallVector<SwitchInst *, 8> Switches;
  for (BasicBlock &BB : F)
    if (auto *SI = dyn_cast<SwitchInst>(BB.getTerminator()))
      if (!isa<Constant>(SI->getCondition()))
        Switches.push_back(SI);
  for (SwitchInst *SI : Switches) {
    BasicBlock *From = SI->getParent();
    Value *Cond = SI->getCondition();
    // The successors reached by exactly one case value (and not by default).
    DenseMap<BasicBlock *, unsigned> Edges;
    for (BasicBlock *Succ : successors(From))
      ++Edges[Succ];
    for (const auto &Case : SI->cases()) {
      BasicBlock *Dest = Case.getCaseSuccessor();
      if (Edges[Dest] != 1)
        continue;
      const APInt &Value = Case.getCaseValue()->getValue();
      // On the edge itself.
      for (PHINode &Phi : Dest->phis())
        Changed |= restoreOperands(Phi, From, Cond, Value);
      // On the edges out of a block entered only from that case.
      if (Dest->getSinglePredecessor() != From)
        continue;
      for (BasicBlock *Next : successors(Dest))
        for (PHINode &Phi : Next->phis())
          Changed |= restoreOperands(Phi, Dest, Cond, Value);
    }
  }
  return Changed;
}
