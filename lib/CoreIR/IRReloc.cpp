// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- IRReloc.cpp - CO-RE relocations in LLVM IR -------------------------===//

#include "corecc/CoreIR/IRReloc.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/GlobalVariable.h"
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
