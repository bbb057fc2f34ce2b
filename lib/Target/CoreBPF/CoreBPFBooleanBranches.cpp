// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFBooleanBranches.cpp - Boolean values of compares as branches ===//
//
// Part of corecc. See docs/verifier.md.
//
//===----------------------------------------------------------------------===//
//
// SimplifyCFG turns short-circuit conditions into straight-line logic:
//
//   if (b[0] == 'P' && b[1] == 'R' && b[2] == 'I') return 1;  return 0;
//   =>  %r = select i1 %c0, i1 %c1, false ; select i1 %r, i1 %c2, false
//
// When such a value is the condition of a branch in its own block,
// instruction selection splits it back into one jump per compare. When it
// is a value (returned, stored, merged by a PHI into another block, as
// after inlining), it is computed: BPF has no instruction that sets a
// register from a comparison, so each compare becomes a small diamond
// ("r1 = 1; if r2 == 80 goto +1; r1 = 0") and the results are ANDed. The
// verifier walks both sides of every diamond, and once the result is tested
// the compares are precise, so no path prunes: 2^n paths for n compares.
// coroot's L7 protocol detection (`is_client_preface` inlined three times,
// then tested by its callers) walked that 5-compare chain 4,200 times
// against clang-19's 503.
//
// This pass, run after CodeGenPrepare, builds such a value with jumps
// instead: one conditional jump per compare into a block that sets true or
// one that sets false, then a PHI. n + 1 paths, and fewer instructions than
// the diamonds (4,200 visits of that line became 252). It takes trees of
// logical and/or whose leaves are all compares used nowhere else (each of
// which would cost a diamond; a compare shared with another condition is a
// diamond there anyway, and jumps on it add paths) and whose value only
// goes to PHIs, zero extensions and returns: a boolean an inlined function
// returns. Trees that are the condition of a branch in their own block are
// split by instruction selection already. Tried on every such value,
// including the ones combined into other conditions: coroot's memcached
// checks, whose conditions share compares, came out 10 % dearer, the whole
// agent too.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/InitializePasses.h"
#include "llvm/Pass.h"

using namespace llvm;
using namespace llvm::PatternMatch;

#define DEBUG_TYPE "corebpf-boolean-branches"

namespace {

/// At least this many compares in a tree: with two, the diamonds and the
/// branches cost about the same.
constexpr unsigned MinCompares = 2;

class CoreBPFBooleanBranches : public FunctionPass {
public:
  static char ID;
  CoreBPFBooleanBranches() : FunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF boolean values of compares as branches";
  }
  bool runOnFunction(Function &F) override;
};

/// The operands of \p V if it is a logical and (IsAnd) or or of two i1
/// values, as `and`/`or` or as the select forms SimplifyCFG makes.
bool matchLogic(Value *V, Value *&A, Value *&B, bool &IsAnd) {
  if (match(V, m_LogicalAnd(m_Value(A), m_Value(B)))) {
    IsAnd = true;
    return true;
  }
  if (match(V, m_LogicalOr(m_Value(A), m_Value(B)))) {
    IsAnd = false;
    return true;
  }
  return false;
}

/// An inner node of a tree: logic with one use, in \p BB (the tree is
/// rebuilt as jumps at its root, so it must not be needed anywhere else).
bool isInner(Value *V, const BasicBlock *BB) {
  auto *I = dyn_cast<Instruction>(V);
  Value *A, *B;
  bool IsAnd;
  return I && I->getParent() == BB && I->hasOneUse() &&
         matchLogic(I, A, B, IsAnd);
}

/// Counts the leaves of the tree under \p V (\p IsRoot: V itself);
/// false if one of them is not a compare used only there.
bool countCompares(Value *V, const BasicBlock *BB, bool IsRoot, unsigned &N) {
  Value *A, *B;
  bool IsAnd;
  if ((IsRoot || isInner(V, BB)) && matchLogic(V, A, B, IsAnd))
    return countCompares(A, BB, false, N) && countCompares(B, BB, false, N);
  ++N;
  // A compare used elsewhere too stays a value there (a diamond): jumps on
  // it would add paths rather than replace them.
  return isa<ICmpInst>(V) && V->hasOneUse();
}

/// Whether \p I is only the condition of its own block's branch (or
/// unused): instruction selection turns those into jumps itself.
bool onlyLocalBranch(const Instruction *I) {
  return llvm::all_of(I->users(), [I](const User *U) {
    const auto *Br = dyn_cast<BranchInst>(U);
    return Br && Br->getParent() == I->getParent();
  });
}

/// Ends \p At with the jumps that decide \p V (\p IsRoot: the tree's
/// root; inner nodes are in \p Home): to \p T when it is true, to \p F
/// when false. New blocks go before \p Before.
void emitJumps(Value *V, bool IsRoot, BasicBlock *At, BasicBlock *T,
               BasicBlock *F, BasicBlock *Before, const BasicBlock *Home,
               DebugLoc DL) {
  Value *A, *B;
  bool IsAnd;
  if ((IsRoot || isInner(V, Home)) && matchLogic(V, A, B, IsAnd)) {
    if (DebugLoc Here = cast<Instruction>(V)->getDebugLoc())
      DL = Here;
    // In the order the source evaluates: A's blocks, then B's.
    BasicBlock *Next = BasicBlock::Create(At->getContext(), "bool.next");
    if (IsAnd)
      emitJumps(A, false, At, Next, F, Before, Home, DL);
    else
      emitJumps(A, false, At, T, Next, Before, Home, DL);
    Next->insertInto(At->getParent(), Before);
    emitJumps(B, false, Next, T, F, Before, Home, DL);
    return;
  }
  // The compare goes right before its jump: instruction selection works a
  // block at a time, and a compare made in another block is a value again
  // (a diamond). In its own block too, since a later split (another root
  // before this one) may separate the two. Its operands stay where they are.
  cast<ICmpInst>(V)->moveBefore(*At, At->end());
  BranchInst::Create(T, F, V, At)->setDebugLoc(DL);
}

} // namespace

char CoreBPFBooleanBranches::ID = 0;
INITIALIZE_PASS(CoreBPFBooleanBranches, DEBUG_TYPE,
                "CoreBPF boolean values of compares as branches", false, false)

FunctionPass *llvm::createCoreBPFBooleanBranchesPass() {
  return new CoreBPFBooleanBranches();
}

bool CoreBPFBooleanBranches::runOnFunction(Function &F) {
  if (skipFunction(F))
    return false;
  // Roots: logic on compares that is not an inner node of a larger tree,
  // nor only the condition of its own block's branch.
  SmallVector<Instruction *, 8> Roots;
  for (BasicBlock &BB : F)
    for (Instruction &I : BB) {
      Value *A, *B;
      bool IsAnd;
      if (!I.getType()->isIntegerTy(1) || !matchLogic(&I, A, B, IsAnd) ||
          onlyLocalBranch(&I))
        continue;
      if (I.hasOneUse() && isInner(I.user_back(), &BB))
        continue;
      if (!llvm::all_of(I.users(), [](const User *U) {
            return isa<PHINode, ZExtInst, ReturnInst>(U);
          }))
        continue;
      unsigned N = 0;
      if (countCompares(&I, &BB, /*IsRoot=*/true, N) && N >= MinCompares)
        Roots.push_back(&I);
    }

  LLVMContext &Ctx = F.getContext();
  // Last first: a split moves a root and what follows it to a new block,
  // and the trees of earlier roots in the same block, whose inner nodes
  // may lie anywhere before their roots, must stay whole where they were.
  for (Instruction *Root : llvm::reverse(Roots)) {
    BasicBlock *Head = Root->getParent();
    DebugLoc DL = Root->getDebugLoc();
    BasicBlock *Tail = Head->splitBasicBlock(Root->getIterator(), "bool.end");
    Head->getTerminator()->eraseFromParent();
    BasicBlock *True = BasicBlock::Create(Ctx, "bool.true", &F, Tail);
    BasicBlock *False = BasicBlock::Create(Ctx, "bool.false", &F, Tail);
    BranchInst::Create(Tail, True)->setDebugLoc(DL);
    BranchInst::Create(Tail, False)->setDebugLoc(DL);
    // The root moved into Tail with the split; its inner nodes and the
    // compares stay in Head.
    emitJumps(Root, /*IsRoot=*/true, Head, True, False, True, Head, DL);
    PHINode *Phi = PHINode::Create(Root->getType(), 2, "bool");
    Phi->insertBefore(Tail->begin());
    Phi->addIncoming(ConstantInt::getTrue(Ctx), True);
    Phi->addIncoming(ConstantInt::getFalse(Ctx), False);
    Phi->setDebugLoc(DL);
    Root->replaceAllUsesWith(Phi);
    // The tree's logic, now unused.
    SmallVector<Instruction *, 8> Dead{Root};
    while (!Dead.empty()) {
      Instruction *I = Dead.pop_back_val();
      SmallVector<Value *, 2> Ops(I->operands());
      I->eraseFromParent();
      for (Value *Op : Ops)
        if (auto *OpI = dyn_cast<Instruction>(Op))
          if (OpI->use_empty() && isa<SelectInst, BinaryOperator>(OpI))
            Dead.push_back(OpI);
    }
  }
  return !Roots.empty();
}
