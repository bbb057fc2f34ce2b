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
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
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
  bool widen(Instruction &V);
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

bool CoreBPFNarrowChecks::widen(Instruction &V) {
  auto *Ty = dyn_cast<IntegerType>(V.getType());
  if (!Ty || Ty->getBitWidth() >= 32 || Ty->getBitWidth() < 2)
    return false;
  SmallVector<ICmpInst *, 4> Checks;
  SmallVector<ZExtInst *, 4> Indexes;
  for (User *U : V.users()) {
    if (isUnsignedCheck(U, &V))
      Checks.push_back(cast<ICmpInst>(U));
    else if (auto *Z = dyn_cast<ZExtInst>(U);
             Z && Z->getDestTy()->isIntegerTy(64))
      Indexes.push_back(Z);
  }
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

bool CoreBPFNarrowChecks::runOnFunction(Function &F) {
  SmallVector<Instruction *, 16> Narrow;
  for (Instruction &I : instructions(F))
    if (auto *Ty = dyn_cast<IntegerType>(I.getType());
        Ty && Ty->getBitWidth() < 32 && Ty->getBitWidth() >= 2)
      Narrow.push_back(&I);
  bool Changed = false;
  for (Instruction *I : Narrow)
    Changed |= widen(*I);
  return Changed;
}
