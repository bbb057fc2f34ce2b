// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFNarrowChecks.cpp - One register for a check and its use -----===//
//
// A u8 or u16 value has no register of its own: instruction selection
// widens it to 32 bits for a comparison and to 64 bits for an array index,
// and masks each copy separately:
//
//   w1 = w9                      ; the check, on a 32-bit copy
//   w1 &= 0xffff
//   if w1 > 0x7f00 goto out
//   r2 = r9                      ; the index, another copy, masked again
//   r2 &= 0xffff
//   r1 += r2                     ; "R1 max value is outside of the allowed
//                                ;  memory range": r2 was never checked
//
// The verifier bounds the register that was compared, not a copy masked
// after the copy was made. This pass widens such a value once, to 32 bits,
// before its comparisons and 64-bit extensions: the comparisons test the
// widened value and the index is that value extended, which a 32-bit AND
// already did (CoreBPFMIPeephole drops the extension), so the access goes
// through the register the check bounded.
//
// Only unsigned and equality comparisons with a constant are rewritten
// (a signed comparison of a u16 is a different test of its 32-bit form).
//
// Without ALU32 (cpu v1 and v2) an int is narrow too: it lives in a 64-bit
// register, and each signed comparison and each sign extension for an
// index shifts its own copy ("r5 <<= 32; r5 s>>= 32; if r5 s> 0xfff" and
// then "r4 <<= 32; r4 s>>= 32; r5 = r8; r5 += r4": "value -2147483648 makes
// map_value pointer be out of bounds", kubeshark's file probes, which
// clang-19 loads at v1). Such a value is extended to 64 bits once, as its
// index extension extends it (sign or zero), and its comparisons with
// constants of the same signedness test that.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFSubtarget.h"
#include "CoreBPFTargetMachine.h"
#include "llvm/CodeGen/TargetPassConfig.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Pass.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-narrow-checks"

namespace {

class CoreBPFNarrowChecks : public FunctionPass {
public:
  static char ID;
  CoreBPFNarrowChecks() : FunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF narrow checks in one register";
  }
  bool runOnFunction(Function &F) override;

private:
  bool widen(Instruction &V, const DominatorTree &DT);
  bool widenInt(Instruction &V, const DominatorTree &DT);
};

} // namespace

char CoreBPFNarrowChecks::ID = 0;
INITIALIZE_PASS(CoreBPFNarrowChecks, DEBUG_TYPE,
                "CoreBPF narrow checks in one register", false, false)

FunctionPass *llvm::createCoreBPFNarrowChecksPass() {
  return new CoreBPFNarrowChecks();
}

/// An unsigned or equality comparison of V with a constant.
static bool isUnsignedCheck(const User *U, const Value *V) {
  auto *Cmp = dyn_cast<ICmpInst>(U);
  if (!Cmp || Cmp->isSigned())
    return false;
  const Value *Other =
      Cmp->getOperand(0) == V ? Cmp->getOperand(1) : Cmp->getOperand(0);
  return isa<ConstantInt>(Other);
}

bool CoreBPFNarrowChecks::widen(Instruction &V, const DominatorTree &DT) {
  auto *Ty = dyn_cast<IntegerType>(V.getType());
  if (!Ty || Ty->getBitWidth() >= 32 || Ty->getBitWidth() < 2)
    return false;
  SmallVector<ICmpInst *, 4> AllChecks;
  SmallVector<ZExtInst *, 4> AllIndexes;
  for (User *U : V.users()) {
    if (isUnsignedCheck(U, &V))
      AllChecks.push_back(cast<ICmpInst>(U));
    else if (auto *Z = dyn_cast<ZExtInst>(U);
             Z && Z->getDestTy()->isIntegerTy(64))
      AllIndexes.push_back(Z);
  }
  // Only the checks that come before an index, and the indexes that come
  // after a check, share the widened value: a comparison after the last
  // index (a loop's "count + 1 == limit") would keep it alive, and take a
  // register, across the rest of the block's calls for nothing
  // (OpenTelemetry Go instrumentation's attribute loop spilled a pointer
  // for it, 9,071 more verified instructions).
  SmallVector<ICmpInst *, 4> Checks;
  SmallVector<ZExtInst *, 4> Indexes;
  for (ICmpInst *C : AllChecks)
    if (llvm::any_of(AllIndexes,
                     [&](ZExtInst *Z) { return DT.dominates(C, Z); }))
      Checks.push_back(C);
  for (ZExtInst *Z : AllIndexes)
    if (llvm::any_of(Checks, [&](ICmpInst *C) { return DT.dominates(C, Z); }))
      Indexes.push_back(Z);
  if (Checks.empty() || Indexes.empty())
    return false;

  IRBuilder<> B(V.getParent(), std::next(V.getIterator()));
  if (isa<PHINode>(V))
    B.SetInsertPoint(V.getParent()->getFirstNonPHIIt());
  Value *Wide = B.CreateZExt(&V, B.getInt32Ty(), V.getName() + ".wide");
  for (ICmpInst *Cmp : Checks) {
    unsigned Op = Cmp->getOperand(0) == &V ? 0 : 1;
    auto *C = cast<ConstantInt>(Cmp->getOperand(1 - Op));
    Cmp->setOperand(Op, Wide);
    Cmp->setOperand(1 - Op,
                    ConstantInt::get(B.getInt32Ty(), C->getValue().zext(32)));
  }
  for (ZExtInst *Z : Indexes) {
    auto *New =
        new ZExtInst(Wide, Z->getDestTy(), Z->getName(), Z->getIterator());
    New->setDebugLoc(Z->getDebugLoc());
    New->setNonNeg(Z->hasNonNeg());
    Z->replaceAllUsesWith(New);
    Z->eraseFromParent();
  }
  return true;
}

/// A comparison of V with a constant that tests V's 64-bit extension the
/// same way: signed ones for a sign extension, unsigned ones for a zero
/// extension, equalities for either.
static bool isCheckOfExtension(const User *U, const Value *V, bool Signed) {
  auto *Cmp = dyn_cast<ICmpInst>(U);
  if (!Cmp)
    return false;
  const Value *Other =
      Cmp->getOperand(0) == V ? Cmp->getOperand(1) : Cmp->getOperand(0);
  return isa<ConstantInt>(Other) &&
         (Cmp->isEquality() || Cmp->isSigned() == Signed);
}

bool CoreBPFNarrowChecks::widenInt(Instruction &V, const DominatorTree &DT) {
  if (!V.getType()->isIntegerTy(32))
    return false;
  bool Changed = false;
  for (bool Signed : {true, false}) {
    SmallVector<ICmpInst *, 4> Checks;
    SmallVector<Instruction *, 4> Indexes;
    for (User *U : V.users()) {
      if (isCheckOfExtension(U, &V, Signed))
        Checks.push_back(cast<ICmpInst>(U));
      else if (auto *Ext = dyn_cast<CastInst>(U);
               Ext && Ext->getDestTy()->isIntegerTy(64) &&
               Ext->getOpcode() ==
                   (Signed ? Instruction::SExt : Instruction::ZExt))
        Indexes.push_back(Ext);
    }
    // The same extensions written on the 64-bit value V truncates, as
    // InstCombine writes them: "ashr (shl X, 32), 32" and "and X, 2^32-1".
    using namespace PatternMatch;
    if (auto *T = dyn_cast<TruncInst>(&V)) {
      Value *X = T->getOperand(0);
      for (User *U : X->users()) {
        auto *I = dyn_cast<Instruction>(U);
        if (!I)
          continue;
        if (Signed && match(I, m_Shl(m_Specific(X), m_SpecificInt(32))) &&
            I->hasOneUse()) {
          auto *Ashr = cast<Instruction>(*I->user_begin());
          if (match(Ashr, m_AShr(m_Specific(I), m_SpecificInt(32))) &&
              DT.dominates(&V, Ashr))
            Indexes.push_back(Ashr);
        } else if (!Signed &&
                   match(I, m_And(m_Specific(X), m_SpecificInt(0xffffffff))) &&
                   DT.dominates(&V, I)) {
          Indexes.push_back(I);
        }
      }
    }
    // A check and an extension, and some check that is not an equality
    // (equalities alone bound the value just as well either way).
    if (Indexes.empty() ||
        llvm::none_of(Checks, [](ICmpInst *C) { return !C->isEquality(); }))
      continue;
    IRBuilder<> B(V.getParent(), std::next(V.getIterator()));
    if (isa<PHINode>(V))
      B.SetInsertPoint(V.getParent()->getFirstNonPHIIt());
    Value *Wide = Signed
                      ? B.CreateSExt(&V, B.getInt64Ty(), V.getName() + ".s64")
                      : B.CreateZExt(&V, B.getInt64Ty(), V.getName() + ".u64");
    for (ICmpInst *Cmp : Checks) {
      unsigned Op = Cmp->getOperand(0) == &V ? 0 : 1;
      auto *C = cast<ConstantInt>(Cmp->getOperand(1 - Op));
      Cmp->setOperand(Op, Wide);
      Cmp->setOperand(
          1 - Op,
          ConstantInt::get(B.getInt64Ty(), Signed ? C->getValue().sext(64)
                                                  : C->getValue().zext(64)));
    }
    for (Instruction *Ext : Indexes)
      Ext->replaceAllUsesWith(Wide);
    // Only the extensions themselves: what they used may be on the list of
    // values still to look at (selection drops it when it is dead).
    for (Instruction *Ext : Indexes)
      if (Ext->use_empty())
        Ext->eraseFromParent();
    Changed = true;
  }
  return Changed;
}

/// Without ALU32 an int is often a truncation of a 64-bit value, repeated in
/// each block that uses it (after loop strength reduction): one truncation,
/// right after the value, stands for them all.
static bool mergeTruncations(Function &F) {
  bool Changed = false;
  SmallVector<Instruction *, 16> Wide;
  for (Instruction &I : instructions(F))
    if (I.getType()->isIntegerTy(64))
      Wide.push_back(&I);
  for (Instruction *X : Wide) {
    SmallVector<TruncInst *, 4> Truncs;
    for (User *U : X->users())
      if (auto *T = dyn_cast<TruncInst>(U); T && T->getType()->isIntegerTy(32))
        Truncs.push_back(T);
    if (Truncs.size() < 2)
      continue;
    IRBuilder<> B(X->getParent(), std::next(X->getIterator()));
    if (isa<PHINode>(X))
      B.SetInsertPoint(X->getParent()->getFirstNonPHIIt());
    auto *One = cast<Instruction>(
        B.CreateTrunc(X, B.getInt32Ty(), X->getName() + ".i32"));
    for (TruncInst *T : Truncs) {
      T->replaceAllUsesWith(One);
      T->eraseFromParent();
    }
    Changed = true;
  }
  return Changed;
}

bool CoreBPFNarrowChecks::runOnFunction(Function &F) {
  bool HasALU32 = true;
  if (auto *TPC = getAnalysisIfAvailable<TargetPassConfig>())
    HasALU32 =
        TPC->getTM<CoreBPFTargetMachine>().getSubtargetImpl(F)->hasALU32();
  SmallVector<Instruction *, 16> Narrow;
  for (Instruction &I : instructions(F))
    if (auto *Ty = dyn_cast<IntegerType>(I.getType());
        Ty && Ty->getBitWidth() < 32 && Ty->getBitWidth() >= 2)
      Narrow.push_back(&I);
  bool Changed = false;
  if (!Narrow.empty()) {
    DominatorTree DT(F);
    for (Instruction *I : Narrow)
      Changed |= widen(*I, DT);
  }
  if (HasALU32)
    return Changed;
  Changed |= mergeTruncations(F);
  SmallVector<Instruction *, 16> Ints;
  for (Instruction &I : instructions(F))
    if (I.getType()->isIntegerTy(32))
      Ints.push_back(&I);
  if (!Ints.empty()) {
    DominatorTree DT(F);
    for (Instruction *I : Ints)
      Changed |= widenInt(*I, DT);
  }
  return Changed;
}
