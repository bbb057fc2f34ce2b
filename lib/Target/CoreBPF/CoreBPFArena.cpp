// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFArena.cpp - Arena pointers and globals ----------------------===//
//
// BPF arenas (kernel 6.9) put memory shared with user space in address
// space 1: `__arena` is __attribute__((address_space(1))) in
// bpf_arena_common.h. The kernel wants two things from the object, which
// clang-19's BPF backend gives it and a plain lowering would not:
//
// - A BPF load or store goes through an address-space-0 pointer. An access
//   through an arena pointer first converts it with an addr_space_cast
//   instruction (rX = addr_space_cast(rY, 0, 1)), which the verifier turns
//   into the kernel's view of the arena address; the access then happens
//   on the converted pointer. Loads, stores, atomics and memory intrinsics
//   on arena pointers get that conversion here, once per pointer and
//   function; a getelementptr on the way is redone on the converted base,
//   so the offset stays in the access.
//
// - Globals in address space N live in a section ".addr_space.N", which
//   libbpf maps into the arena; they are never constants there.
//
// Without this pass the accesses were compiled as plain loads of arena
// addresses and arena globals went to .bss: an object libbpf and the
// verifier would misread, and no error said so.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Pass.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-arena"

namespace {

class CoreBPFArena : public ModulePass {
public:
  static char ID;
  CoreBPFArena() : ModulePass(ID) {}

  StringRef getPassName() const override { return "CoreBPF arena accesses"; }
  bool runOnModule(Module &M) override;

private:
  /// Address-space-0 forms of arena pointers, in the current function.
  DenseMap<Value *, Value *> Converted;

  Value *inAddressSpaceZero(Function &F, Value *P);
  bool convertOperand(Instruction &I, unsigned OpNo);
};

} // namespace

char CoreBPFArena::ID = 0;
INITIALIZE_PASS(CoreBPFArena, DEBUG_TYPE, "CoreBPF arena accesses", false,
                false)

ModulePass *llvm::createCoreBPFArenaPass() { return new CoreBPFArena(); }

/// P (a pointer in a non-zero address space) as an address-space-0 pointer:
/// an addrspacecast right after P's definition (at the function's entry for
/// arguments and globals), or, for a getelementptr, the same getelementptr
/// on the converted base.
Value *CoreBPFArena::inAddressSpaceZero(Function &F, Value *P) {
  if (Value *Known = Converted.lookup(P))
    return Known;
  Value *New;
  if (auto *GEP = dyn_cast<GetElementPtrInst>(P)) {
    Value *Base = inAddressSpaceZero(F, GEP->getPointerOperand());
    auto *Copy = cast<GetElementPtrInst>(GEP->clone());
    Copy->insertAfter(GEP);
    Copy->mutateType(PointerType::get(GEP->getContext(), 0));
    Copy->setOperand(GetElementPtrInst::getPointerOperandIndex(), Base);
    Copy->takeName(GEP);
    New = Copy;
  } else {
    IRBuilder<> B(F.getContext());
    if (auto *I = dyn_cast<Instruction>(P))
      B.SetInsertPoint(*I->getInsertionPointAfterDef());
    else
      B.SetInsertPoint(F.getEntryBlock().getFirstInsertionPt());
    New = B.CreateAddrSpaceCast(P, B.getPtrTy(0), P->getName() + ".kern");
  }
  Converted[P] = New;
  return New;
}

bool CoreBPFArena::convertOperand(Instruction &I, unsigned OpNo) {
  Value *Old = I.getOperand(OpNo);
  auto *PT = dyn_cast<PointerType>(Old->getType());
  if (!PT || PT->getAddressSpace() == 0)
    return false;
  I.setOperand(OpNo, inAddressSpaceZero(*I.getFunction(), Old));
  // The arena-space getelementptrs the access used may have no users left.
  while (auto *GEP = dyn_cast<GetElementPtrInst>(Old)) {
    if (!GEP->use_empty())
      break;
    Old = GEP->getPointerOperand();
    Converted.erase(GEP);
    GEP->eraseFromParent();
  }
  return true;
}

bool CoreBPFArena::runOnModule(Module &M) {
  bool Changed = false;
  for (Function &F : M) {
    Converted.clear();
    SmallVector<std::pair<Instruction *, unsigned>, 16> Uses;
    for (Instruction &I : instructions(F)) {
      if (auto *L = dyn_cast<LoadInst>(&I))
        Uses.push_back({L, L->getPointerOperandIndex()});
      else if (auto *S = dyn_cast<StoreInst>(&I))
        Uses.push_back({S, S->getPointerOperandIndex()});
      else if (auto *X = dyn_cast<AtomicCmpXchgInst>(&I))
        Uses.push_back({X, X->getPointerOperandIndex()});
      else if (auto *R = dyn_cast<AtomicRMWInst>(&I))
        Uses.push_back({R, R->getPointerOperandIndex()});
      else if (auto *MT = dyn_cast<MemTransferInst>(&I)) {
        Uses.push_back({MT, 0});
        Uses.push_back({MT, 1});
      } else if (auto *MS = dyn_cast<MemSetInst>(&I)) {
        Uses.push_back({MS, 0});
      }
    }
    for (auto [I, OpNo] : Uses)
      Changed |= convertOperand(*I, OpNo);
    // A memory intrinsic's name carries its pointer types
    // (llvm.memcpy.p0.p1.i64): recompute it for the new operands.
    for (auto [I, OpNo] : Uses)
      if (auto *MI = dyn_cast<MemIntrinsic>(I)) {
        SmallVector<Type *, 3> Tys;
        for (Use &A : MI->args())
          if (A.get()->getType()->isPointerTy())
            Tys.push_back(A.get()->getType());
        Tys.push_back(MI->getLength()->getType());
        Function *Decl =
            Intrinsic::getDeclaration(&M, MI->getIntrinsicID(), Tys);
        if (Decl != MI->getCalledFunction())
          MI->setCalledFunction(Decl);
      }
  }
  for (GlobalVariable &G : M.globals()) {
    if (G.getAddressSpace() == 0 || G.hasSection())
      continue;
    SmallString<16> Name;
    raw_svector_ostream(Name) << ".addr_space." << G.getAddressSpace();
    G.setSection(Name);
    G.setConstant(false);
    Changed = true;
  }
  return Changed;
}
