// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
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
// to alone. A pair the optimizer would merge into one unsigned comparison
// of the value itself, "x >= 0 && x < 1000" into "x u< 1000", is left
// alone: that one jump bounds x as well as the two do, and hiding the first
// comparison makes InstCombine rewrite each of them on its own instead (in
// a loop, "i - 1 >= 0" becomes "i > 0": the old index checked, the new one
// used).
//
// The same opaque copy keeps a checked index below its check. In
//
//   if (idx < 10) counts[idx]++; else counts[9]++;
//
// SimplifyCFG would compute both addresses before the branch and pick one
// with a select; the verifier then sees "counts + idx * 4" built from an
// index it has not yet bounded, and rejects the access as unbounded. A
// value that is loaded (or returned by a call), compared with a constant,
// and used in another block to build an address (a GEP index, or the
// extension that feeds one) gets an opaque copy at that use, which no pass
// moves above the branch.
//
//===----------------------------------------------------------------------===//

#include "CoreBPFVerifierAdjust.h"
#include "corecc/CoreIR/IRReloc.h"
#include "llvm/IR/ConstantRange.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
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

/// The values of its operand for which comparison V with a constant holds,
/// when the operand is Subject itself (not shifted or extended).
std::optional<ConstantRange> region(Value *V, Value *Subject) {
  auto *Cmp = dyn_cast<ICmpInst>(V);
  if (!Cmp)
    return std::nullopt;
  ICmpInst::Predicate Pred = Cmp->getPredicate();
  auto *C = dyn_cast<ConstantInt>(Cmp->getOperand(1));
  Value *Op = Cmp->getOperand(0);
  if (!C) {
    C = dyn_cast<ConstantInt>(Cmp->getOperand(0));
    Op = Cmp->getOperand(1);
    Pred = ICmpInst::getSwappedPredicate(Pred);
  }
  if (!C || Op != Subject)
    return std::nullopt;
  return ConstantRange::makeExactICmpRegion(Pred, C->getValue());
}

/// Whether the values in R, or those outside it, are [0, N): one unsigned
/// comparison of the value itself tests R.
bool isUnsignedBound(const std::optional<ConstantRange> &R) {
  if (!R || R->isFullSet() || R->isEmptySet())
    return false;
  return (!R->isWrappedSet() && R->getLower().isZero()) ||
         (!R->inverse().isWrappedSet() && R->inverse().getLower().isZero());
}

std::optional<ConstantRange> both(const std::optional<ConstantRange> &A,
                                  const std::optional<ConstantRange> &B,
                                  bool IsAnd) {
  if (!A || !B)
    return std::nullopt;
  return IsAnd ? A->exactIntersectWith(*B) : A->exactUnionWith(*B);
}

/// The operand a comparison with a constant tests; null for others.
Value *comparedValue(Value *V) {
  auto *Cmp = dyn_cast<ICmpInst>(V);
  if (!Cmp)
    return nullptr;
  if (isa<ConstantInt>(Cmp->getOperand(1)))
    return Cmp->getOperand(0);
  if (isa<ConstantInt>(Cmp->getOperand(0)))
    return Cmp->getOperand(1);
  return nullptr;
}

/// Whether two comparisons of one value together pass no value (and) or
/// every value (or), or send every value one way (across branches): the
/// pair is a constant. InstCombine folds it, and the
/// code it guards goes away, as in clang-19's pipeline; kept apart, both
/// tests stayed in the program and the verifier walked what they guard
/// (bpf_for(i, 0, 0): "i >= 0 && i < 0").
bool isConstant(const std::optional<ConstantRange> &R) {
  return R && (R->isEmptySet() || R->isFullSet());
}

bool isConstantPair(Value *A, Value *B, bool IsAnd) {
  Value *V = comparedValue(A);
  return V && V == comparedValue(B) &&
         isConstant(both(region(A, V), region(B, V), IsAnd));
}

class Adjuster {
  Function &F;
  unsigned Seq = 0;
  bool Changed = false;

public:
  explicit Adjuster(Function &F) : F(F) {}

  bool run() {
    for (BasicBlock &BB : F) {
      for (Instruction &I : BB) {
        pairInBlock(I);
        keepBelowCheck(I);
      }
      pairAcrossBranch(BB);
    }
    for (Use *U : Guarded)
      hide(*U);
    return Changed;
  }

private:
  /// Uses of checked values found by keepBelowCheck, hidden after the walk
  /// (hiding inserts instructions into the blocks being walked).
  SmallVector<Use *, 8> Guarded;

  /// Replaces the use U of a value by an opaque copy of it, made just
  /// before the user.
  void hide(Use &U) {
    auto *V = cast<Instruction>(U.get());
    auto *User = cast<Instruction>(U.getUser());
    IRBuilder<> B(User);
    Module *M = F.getParent();
    Type *Ty = V->getType();
    Function *Pass =
        Intrinsic::getDeclaration(M, Intrinsic::bpf_passthrough, {Ty, Ty});
    CallInst *C =
        B.CreateCall(Pass, {B.getInt32(Seq++), V}, V->getName() + ".keep");
    C->setDebugLoc(V->getDebugLoc());
    U.set(C);
    Changed = true;
  }

  /// A loaded or returned integer, compared with a constant, whose uses in
  /// other blocks build addresses: those uses are kept where they are.
  void keepBelowCheck(Instruction &I) {
    if (!I.getType()->isIntegerTy() ||
        (!isa<LoadInst>(I) && !isa<CallInst>(I)) || isa<IntrinsicInst>(I))
      return;
    // A CO-RE relocated value is a constant of the kernel, not an index.
    if (auto *LI = dyn_cast<LoadInst>(&I))
      if (auto *GV = dyn_cast<GlobalVariable>(LI->getPointerOperand()))
        if (corecc::core::readIRReloc(*GV))
          return;
    bool Checked = false;
    SmallVector<Use *, 4> AddressUses;
    for (Use &U : I.uses()) {
      auto *User = dyn_cast<Instruction>(U.getUser());
      if (!User)
        continue;
      if (auto *Cmp = dyn_cast<ICmpInst>(User)) {
        if (!isa<Constant>(Cmp->getOperand(1 - U.getOperandNo())))
          return; // compared with another variable: not a range check
        Checked = true;
        continue;
      }
      if (User->getParent() == I.getParent() || !buildsAddress(U) ||
          !hoistable(*User))
        continue;
      AddressUses.push_back(&U);
    }
    if (Checked)
      Guarded.append(AddressUses.begin(), AddressUses.end());
  }

  /// An index operand of a GEP, or the widening of a value for one.
  static bool buildsAddress(const Use &U) {
    const User *Usr = U.getUser();
    if (isa<ZExtInst>(Usr) || isa<SExtInst>(Usr))
      return true;
    return isa<GetElementPtrInst>(Usr) && U.getOperandNo() > 0;
  }

  /// Whether nothing before I in its block would stop a pass from moving I
  /// up into the block's predecessor: a call or a memory access would, and
  /// then the use needs no help.
  static bool hoistable(const Instruction &I) {
    for (const Instruction &Before : *I.getParent()) {
      if (&Before == &I)
        return true;
      if (isa<CallInst>(Before) || Before.mayReadOrWriteMemory())
        return false;
    }
    return true;
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
    bool IsAnd = match(&I, m_LogicalAnd(m_Value(), m_Value()));
    if (isConstantPair(A, B, IsAnd) ||
        isUnsignedBound(both(region(A, SA), region(B, SA), IsAnd)))
      return;
    hide(I.getOperandUse(0));
  }

  /// The values of Subject that take Br to its successor other than Succ,
  /// directly or through Br2 in Succ (the test SimplifyCFG would build
  /// when one of Br2's successors is that block too).
  static std::optional<ConstantRange> mergedRegion(BranchInst &Br,
                                                   BasicBlock *Succ,
                                                   BranchInst &Br2,
                                                   Value *Subject) {
    BasicBlock *Other = Br.getSuccessor(Br.getSuccessor(0) == Succ ? 1 : 0);
    std::optional<ConstantRange> R1 = region(Br.getCondition(), Subject);
    std::optional<ConstantRange> R2 = region(Br2.getCondition(), Subject);
    if (!R1 || !R2 || Other == Succ)
      return std::nullopt;
    ConstantRange ToSucc = Br.getSuccessor(0) == Succ ? *R1 : R1->inverse();
    ConstantRange Shared(R2->getBitWidth(), /*isFullSet=*/false);
    if (Br2.getSuccessor(0) == Other)
      Shared = *R2;
    else if (Br2.getSuccessor(1) == Other)
      Shared = R2->inverse();
    else
      return std::nullopt;
    std::optional<ConstantRange> Through = ToSucc.exactIntersectWith(Shared);
    if (!Through)
      return std::nullopt;
    return ToSucc.inverse().exactUnionWith(*Through);
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
      if (isUnsignedBound(mergedRegion(*Br, Succ, *Br2, S1)))
        return;
      if (Value *V = comparedValue(Br->getCondition());
          V && V == comparedValue(Br2->getCondition()) &&
          isConstant(mergedRegion(*Br, Succ, *Br2, V)))
        return;
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
