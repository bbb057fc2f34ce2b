//===- CoreBPFVerifierAdjust.cpp - Keep range checks the verifier reads ---===//
//
// The verifier learns a register's bounds from the conditional jumps on it.
// InstCombine, seeing two comparisons of one value, rewrites them into one
// unsigned comparison of a shifted value:
//
//   if (len <= 0 || len > 64)        =>   if ((u32)(len - 65) < (u32)-64)
//     return;                                return;
//
// which is the same test for a CPU and no test at all for the verifier: it
// bounds "len - 65", not "len", and a later bpf_xdp_load_bytes(..., len)
// fails with "invalid zero-sized read" or "unbounded memory access".
//
// This pass, run before the optimizer combines anything, hides the first of
// two such comparisons behind an opaque identity call,
//
//   %c1 = icmp sle i32 %len, 0
//   %c1.keep = call i1 @llvm.bpf.passthrough.i1.i1(i32 N, i1 %c1)
//   %or = or i1 %c1.keep, %c2
//
// so that no transformation can see that both test %len. The call is
// removed before instruction selection (CoreBPFCheckIR.cpp), where the
// comparisons become two jumps. Two comparisons count as "of one value"
// when they compare the same value, or that value plus or minus a
// constant, with constants; they are paired within a block (and, or,
// logical select) and across a conditional branch and the block it leads
// to alone.
//
//===----------------------------------------------------------------------===//

#include "CoreBPFVerifierAdjust.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicsBPF.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PatternMatch.h"

using namespace llvm;
using namespace llvm::PatternMatch;

namespace {

/// The value an integer comparison with a constant tests, looking through
/// an added or subtracted constant; null for other comparisons.
Value *rangeSubject(Value *V) {
  auto *Cmp = dyn_cast<ICmpInst>(V);
  if (!Cmp || Cmp->isEquality() ||
      !Cmp->getOperand(0)->getType()->isIntegerTy())
    return nullptr;
  Value *Subject = nullptr;
  if (isa<ConstantInt>(Cmp->getOperand(1)))
    Subject = Cmp->getOperand(0);
  else if (isa<ConstantInt>(Cmp->getOperand(0)))
    Subject = Cmp->getOperand(1);
  if (!Subject)
    return nullptr;
  Value *Inner;
  if (match(Subject, m_Add(m_Value(Inner), m_ConstantInt())) ||
      match(Subject, m_Sub(m_Value(Inner), m_ConstantInt())))
    Subject = Inner;
  // A widened or narrowed copy is the same value for the verifier.
  if (match(Subject, m_ZExtOrSExt(m_Value(Inner))) ||
      match(Subject, m_Trunc(m_Value(Inner))))
    Subject = Inner;
  return Subject;
}

class Adjuster {
  Function &F;
  unsigned Seq = 0;
  bool Changed = false;

public:
  explicit Adjuster(Function &F) : F(F) {}

  bool run() {
    for (BasicBlock &BB : F) {
      for (Instruction &I : BB)
        pairInBlock(I);
      pairAcrossBranch(BB);
    }
    return Changed;
  }

private:
  /// Replaces the use U of a comparison by an opaque copy of it.
  void hide(Use &U) {
    auto *Cmp = cast<Instruction>(U.get());
    auto *User = cast<Instruction>(U.getUser());
    IRBuilder<> B(User);
    Module *M = F.getParent();
    Type *I1 = Cmp->getType();
    Function *Pass =
        Intrinsic::getDeclaration(M, Intrinsic::bpf_passthrough, {I1, I1});
    CallInst *C =
        B.CreateCall(Pass, {B.getInt32(Seq++), Cmp}, Cmp->getName() + ".keep");
    C->setDebugLoc(Cmp->getDebugLoc());
    U.set(C);
    Changed = true;
  }

  /// and/or (or their select forms) of two comparisons of one value.
  void pairInBlock(Instruction &I) {
    Value *A, *B;
    if (!match(&I, m_LogicalAnd(m_Value(A), m_Value(B))) &&
        !match(&I, m_LogicalOr(m_Value(A), m_Value(B))))
      return;
    Value *SA = rangeSubject(A);
    if (!SA || SA != rangeSubject(B))
      return;
    hide(I.getOperandUse(0));
  }

  /// "if (c1) ... else goto B2;  B2: if (c2)" on one value, where B2 is
  /// reached only from here: SimplifyCFG would merge the branches into an
  /// "or", and InstCombine the comparisons.
  void pairAcrossBranch(BasicBlock &BB) {
    auto *Br = dyn_cast<BranchInst>(BB.getTerminator());
    if (!Br || !Br->isConditional())
      return;
    Value *S1 = rangeSubject(Br->getCondition());
    if (!S1)
      return;
    for (BasicBlock *Succ : Br->successors()) {
      if (Succ == &BB || Succ->getSinglePredecessor() != &BB)
        continue;
      auto *Br2 = dyn_cast<BranchInst>(Succ->getTerminator());
      if (!Br2 || !Br2->isConditional() ||
          rangeSubject(Br2->getCondition()) != S1)
        continue;
      hide(Br->getOperandUse(0));
      return;
    }
  }
};

} // namespace

PreservedAnalyses CoreBPFVerifierAdjustPass::run(Function &F,
                                                 FunctionAnalysisManager &) {
  if (!Adjuster(F).run())
    return PreservedAnalyses::all();
  PreservedAnalyses PA;
  PA.preserveSet<CFGAnalyses>();
  return PA;
}
