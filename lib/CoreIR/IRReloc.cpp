// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- IRReloc.cpp - CO-RE relocations in LLVM IR -------------------------===//

#include "corecc/CoreIR/IRReloc.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Intrinsics.h"
#include "llvm/IR/IntrinsicsBPF.h"
#include "llvm/IR/MDBuilder.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"

using namespace llvm;
using namespace corecc::core;

GlobalVariable *corecc::core::getIRRelocGlobal(Module &M, const IRReloc &R,
                                               Type *ValueTy) {
  LLVMContext &Ctx = M.getContext();
  // Look for an existing global with the same relocation and value type.
  for (GlobalVariable &G : M.globals()) {
    if (G.getValueType() != ValueTy)
      continue;
    std::optional<IRReloc> Old = readIRReloc(G);
    if (Old && Old->Kind == R.Kind && Old->Root == R.Root &&
        Old->Access == R.Access)
      return &G;
  }
  auto *G =
      new GlobalVariable(M, ValueTy, /*isConstant=*/true,
                         GlobalValue::ExternalLinkage, nullptr, "corecc.core");
  G->setExternallyInitialized(false);
  Metadata *Ops[] = {
      ConstantAsMetadata::get(ConstantInt::get(Type::getInt32Ty(Ctx), R.Kind)),
      const_cast<DIType *>(R.Root),
      MDString::get(Ctx, R.Access),
      ConstantAsMetadata::get(ConstantInt::get(Type::getInt64Ty(Ctx), R.Value)),
      MDString::get(Ctx, R.Path),
  };
  G->setMetadata(IRRelocMDName, MDTuple::get(Ctx, Ops));
  return G;
}

std::optional<IRReloc> corecc::core::readIRReloc(const GlobalValue &GV) {
  const auto *G = dyn_cast<GlobalVariable>(&GV);
  if (!G)
    return std::nullopt;
  MDNode *MD = G->getMetadata(IRRelocMDName);
  if (!MD || MD->getNumOperands() != 5)
    return std::nullopt;
  IRReloc R;
  auto *Kind = mdconst::dyn_extract<ConstantInt>(MD->getOperand(0));
  auto *Root = dyn_cast_or_null<DIType>(MD->getOperand(1).get());
  auto *Access = dyn_cast<MDString>(MD->getOperand(2));
  auto *Value = mdconst::dyn_extract<ConstantInt>(MD->getOperand(3));
  auto *Path = dyn_cast<MDString>(MD->getOperand(4));
  if (!Kind || !Root || !Access || !Value || !Path)
    return std::nullopt;
  R.Kind = static_cast<uint32_t>(Kind->getZExtValue());
  R.Root = Root;
  R.Access = Access->getString().str();
  R.Value = Value->getZExtValue();
  R.Path = Path->getString().str();
  return R;
}

bool corecc::core::relocValueBelow2To31(uint32_t Kind) {
  uint32_t K = Kind & ~IRRelocValueOnly;
  return K < BTF::MAX_FIELD_RELOC_KIND && K != BTF::BTF_TYPE_ID_LOCAL &&
         K != BTF::BTF_TYPE_ID_REMOTE && K != BTF::ENUM_VALUE;
}

CallInst *corecc::core::createRelocValue(IRBuilderBase &B, GlobalVariable &G,
                                         uint32_t Kind, Type *Ty) {
  Module &M = *G.getParent();
  Function *Pass = Intrinsic::getDeclaration(&M, Intrinsic::bpf_passthrough,
                                             {Ty, G.getType()});
  CallInst *C = B.CreateCall(Pass, {B.getInt32(0), &G});
  auto *IT = dyn_cast<IntegerType>(Ty);
  if (IT && IT->getBitWidth() >= 32 && relocValueBelow2To31(Kind))
    C->setMetadata(LLVMContext::MD_range,
                   MDBuilder(M.getContext())
                       .createRange(APInt(IT->getBitWidth(), 0),
                                    APInt(IT->getBitWidth(), 1u << 31)));
  return C;
}
