//===- CoreAccessPass.cpp - CO-RE access chains and builtins --------------===//
//
// Clang marks every access "of interest" to CO-RE with intrinsics instead of
// getelementptr:
//
//   struct s { int a; int b; };   ...  p->b
//
//   %b = call ptr @llvm.preserve.struct.access.index.p0.p0(
//            ptr elementtype(%struct.s) %p, i32 1, i32 1),
//            !llvm.preserve.access.index !s
//
// With CO-RE off (-mno-core) the chain means exactly what the equivalent
// getelementptr means, and this pass rewrites it so:
//
//   %b = getelementptr inbounds %struct.s, ptr %p, i32 0, i32 1
//
//===----------------------------------------------------------------------===//

#include "corecc/Transforms/CoreAccess.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/IntrinsicsBPF.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"

using namespace llvm;
using namespace corecc;

namespace {

/// Rewrites one preserve.*.access.index call as the plain address it
/// stands for. Returns the replacement.
Value *lowerAccessIndex(IntrinsicInst &II) {
  IRBuilder<> B(&II);
  Value *Base = II.getArgOperand(0);
  switch (II.getIntrinsicID()) {
  case Intrinsic::preserve_struct_access_index: {
    Type *ElemTy = II.getParamElementType(0);
    uint64_t Field = cast<ConstantInt>(II.getArgOperand(1))->getZExtValue();
    return B.CreateConstInBoundsGEP2_32(ElemTy, Base, 0, Field);
  }
  case Intrinsic::preserve_array_access_index: {
    Type *ElemTy = II.getParamElementType(0);
    uint64_t Dims = cast<ConstantInt>(II.getArgOperand(1))->getZExtValue();
    SmallVector<Value *, 4> Idx(Dims, B.getInt32(0));
    Idx.push_back(II.getArgOperand(2));
    return B.CreateInBoundsGEP(ElemTy, Base, Idx);
  }
  case Intrinsic::preserve_union_access_index:
  case Intrinsic::preserve_static_offset:
    return Base;
  default:
    return nullptr;
  }
}

} // namespace

PreservedAnalyses CoreAccessPass::run(Module &M, ModuleAnalysisManager &) {
  bool Changed = false;
  for (Function &F : M) {
    SmallVector<IntrinsicInst *, 16> Work;
    for (Instruction &I : instructions(F))
      if (auto *II = dyn_cast<IntrinsicInst>(&I))
        Work.push_back(II);
    for (IntrinsicInst *II : Work) {
      Value *New = nullptr;
      switch (II->getIntrinsicID()) {
      case Intrinsic::preserve_struct_access_index:
      case Intrinsic::preserve_array_access_index:
      case Intrinsic::preserve_union_access_index:
      case Intrinsic::preserve_static_offset:
        New = lowerAccessIndex(*II);
        break;
      case Intrinsic::bpf_passthrough:
        New = II->getArgOperand(1);
        break;
      case Intrinsic::bpf_preserve_field_info:
      case Intrinsic::bpf_btf_type_id:
      case Intrinsic::bpf_preserve_type_info:
      case Intrinsic::bpf_preserve_enum_value:
        F.getContext().diagnose(DiagnosticInfoUnsupported(
            F,
            "CO-RE builtin " + II->getCalledFunction()->getName() +
                " is not supported yet",
            II->getDebugLoc()));
        New = Constant::getNullValue(II->getType());
        break;
      default:
        continue;
      }
      II->replaceAllUsesWith(New);
      II->eraseFromParent();
      Changed = true;
    }
  }
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

void corecc::registerCorePasses(PassBuilder &PB, CoreMode Mode) {
  PB.registerPipelineStartEPCallback(
      [Mode](ModulePassManager &MPM, OptimizationLevel) {
        MPM.addPass(CoreAccessPass(Mode));
      });
}
