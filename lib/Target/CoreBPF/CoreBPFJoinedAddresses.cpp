// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFJoinedAddresses.cpp - Merged addresses made one again ------===//
//
// GVN's partial redundancy elimination merges equal address computations
// from different paths into a PHI:
//
//   a:  %p1 = getelementptr i8, ptr %ctx, i64 %off1   ; off1, off2: the same
//   b:  %p2 = getelementptr i8, ptr %ctx, i64 %off2   ; CO-RE relocation
//   c:  %p = phi ptr [ %p1, %a ], [ %p2, %b ]
//       %v = load i64, ptr %p
//
// On a CPU that is the same load. For the verifier it is a load through a
// register that holds "ctx + 80", and a pointer to the program's context
// (or to a socket, flow keys, skb data_end...) may not be moved before a
// load: "dereference of modified ctx ptr R6 off=80 disallowed". This hit
// kretprobes that read PT_REGS_RC(ctx) on two paths (issue 15; Tracee's
// trace_ret_vfs_write and four others).
//
// This pass undoes the merge before instruction selection: a PHI or select
// whose every input computes the same address from the same base (equal
// constants, or CO-RE relocation values of the same relocation) becomes one
// computation at the join. CoreBPFCoreFold then folds its offset into the
// load ("r0 = *(u64 *)(r1 + 80)"), which is what the verifier wants. The
// value is unchanged, so this is done for every such PHI, not only for
// context pointers, which the IR cannot tell apart from others.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/IntrinsicsBPF.h"
#include "llvm/InitializePasses.h"
#include "llvm/Pass.h"
#include "llvm/Transforms/Utils/Local.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-joined-addresses"

namespace {

class CoreBPFJoinedAddresses : public FunctionPass {
public:
  static char ID;
  CoreBPFJoinedAddresses() : FunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF joined addresses recomputed at the join";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.addRequired<DominatorTreeWrapperPass>();
    AU.setPreservesCFG();
  }
  bool runOnFunction(Function &F) override;
};

} // namespace

char CoreBPFJoinedAddresses::ID = 0;
INITIALIZE_PASS_BEGIN(CoreBPFJoinedAddresses, DEBUG_TYPE,
                      "CoreBPF joined addresses recomputed at the join", false,
                      false)
INITIALIZE_PASS_DEPENDENCY(DominatorTreeWrapperPass)
INITIALIZE_PASS_END(CoreBPFJoinedAddresses, DEBUG_TYPE,
                    "CoreBPF joined addresses recomputed at the join", false,
                    false)

FunctionPass *llvm::createCoreBPFJoinedAddressesPass() {
  return new CoreBPFJoinedAddresses();
}

/// A CO-RE relocation value: llvm.bpf.passthrough of constants only (the
/// CO-RE pass's record, corecc/CoreIR/IRReloc.h). Two calls with the same
/// arguments are the same relocated value.
static const IntrinsicInst *relocationValue(const Value *V) {
  const auto *II = dyn_cast<IntrinsicInst>(V);
  if (!II || II->getIntrinsicID() != Intrinsic::bpf_passthrough)
    return nullptr;
  for (const Value *Arg : II->args())
    if (!isa<Constant>(Arg))
      return nullptr;
  return II;
}

/// Whether two GEP indices are the same value.
static bool sameIndex(const Value *A, const Value *B) {
  if (A == B)
    return true;
  const IntrinsicInst *RA = relocationValue(A), *RB = relocationValue(B);
  if (!RA || !RB || RA->getType() != RB->getType() ||
      RA->arg_size() != RB->arg_size())
    return false;
  for (unsigned I = 0; I < RA->arg_size(); ++I)
    if (RA->getArgOperand(I) != RB->getArgOperand(I))
      return false;
  return true;
}

static bool sameAddress(const GetElementPtrInst *A,
                        const GetElementPtrInst *B) {
  if (A->getPointerOperand() != B->getPointerOperand() ||
      A->getSourceElementType() != B->getSourceElementType() ||
      A->getNumIndices() != B->getNumIndices())
    return false;
  for (unsigned I = 1; I < A->getNumOperands(); ++I)
    if (!sameIndex(A->getOperand(I), B->getOperand(I)))
      return false;
  return true;
}

/// Where the one computation goes: after the PHIs of the join's block, or
/// just before the select.
static Instruction *insertionPoint(const Instruction &Join) {
  Instruction &I = const_cast<Instruction &>(Join);
  return isa<PHINode>(I) ? &*I.getParent()->getFirstInsertionPt() : &I;
}

/// The address every input of \p Join computes, when they all compute the
/// same one from a base available at the join.
static const GetElementPtrInst *commonAddress(const Instruction &Join,
                                              const DominatorTree &DT) {
  SmallVector<const Value *, 4> Inputs;
  if (const auto *Phi = dyn_cast<PHINode>(&Join))
    Inputs.append(Phi->op_begin(), Phi->op_end());
  else
    Inputs = {cast<SelectInst>(Join).getTrueValue(),
              cast<SelectInst>(Join).getFalseValue()};
  const GetElementPtrInst *First = nullptr;
  for (const Value *In : Inputs) {
    const auto *GEP = dyn_cast<GetElementPtrInst>(In);
    if (!GEP)
      return nullptr;
    if (!First)
      First = GEP;
    else if (GEP != First && !sameAddress(First, GEP))
      return nullptr;
  }
  if (!First)
    return nullptr;
  // Every value the copy reads must be available where it is made:
  // the base, and any index that is not a constant or relocation value.
  const Instruction *At = insertionPoint(Join);
  auto Available = [&](const Value *V) {
    const auto *I = dyn_cast<Instruction>(V);
    return !I || relocationValue(I) || DT.dominates(I, At);
  };
  for (const Value *Op : First->operands())
    if (!Available(Op))
      return nullptr;
  return First;
}

bool CoreBPFJoinedAddresses::runOnFunction(Function &F) {
  const DominatorTree &DT =
      getAnalysis<DominatorTreeWrapperPass>().getDomTree();
  bool Changed = false;
  // A join of joins becomes foldable once the inner one is rewritten.
  for (bool Again = true; Again;) {
    Again = false;
    for (Instruction &I : make_early_inc_range(instructions(F))) {
      if (!I.getType()->isPointerTy() ||
          (!isa<PHINode>(I) && !isa<SelectInst>(I)))
        continue;
      const GetElementPtrInst *Addr = commonAddress(I, DT);
      if (!Addr)
        continue;
      IRBuilder<> B(insertionPoint(I));
      SmallVector<Value *, 4> Indices;
      for (const Value *Idx : Addr->indices()) {
        Value *V = const_cast<Value *>(Idx);
        if (const IntrinsicInst *R = relocationValue(Idx)) {
          Instruction *Copy = R->clone();
          B.Insert(Copy);
          V = Copy;
        }
        Indices.push_back(V);
      }
      // A constant base and constant indices fold to a constant address.
      Value *New = B.CreateGEP(Addr->getSourceElementType(),
                               const_cast<Value *>(Addr->getPointerOperand()),
                               Indices, Addr->getName(), Addr->isInBounds());
      if (auto *NewGEP = dyn_cast<GetElementPtrInst>(New))
        NewGEP->setDebugLoc(I.getDebugLoc());
      SmallVector<WeakTrackingVH, 4> Inputs(I.operands());
      I.replaceAllUsesWith(New);
      I.eraseFromParent();
      // The inputs (and their relocation values) are usually dead now.
      for (WeakTrackingVH &In : Inputs)
        if (In)
          RecursivelyDeleteTriviallyDeadInstructions(In);
      Changed = Again = true;
    }
  }
  return Changed;
}
