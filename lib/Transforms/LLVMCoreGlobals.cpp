// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- LLVMCoreGlobals.cpp - CO-RE relocations LLVM's BPF passes made -----===//
//
// Part of corecc. See docs/core.md.
//
// IR that LLVM's own BPF IR passes have already run on (opt-19 with a bpf
// triple, as LLVM's CO-RE tests do) no longer has the preserve.* intrinsics.
// Each relocation is an external global named after it, whose loads are the
// relocated value:
//
//   @"llvm.sk_buff:0:8$0:1" = external global i64,
//       !llvm.preserve.access.index !DICompositeType(name: "sk_buff") #0
//   attributes #0 = { "btf_ama" }
//   ...
//   %off = load i64, ptr @"llvm.sk_buff:0:8$0:1"
//
// (root type, kind 0 = byte_off, value 8 in this layout, access "0:1"), and
// type ids are "llvm.btf_type_id.<n>$<kind>" with the attribute
// "btf_type_id". The globals are not defined anywhere: compiled as they are
// they become undefined symbols and no CO-RE record. This turns each into
// corecc's own form (corecc/CoreIR/IRReloc.h), so the backend writes the
// records as for any relocation; with CO-RE off, into the value.
//
//===----------------------------------------------------------------------===//

#include "LLVMCoreGlobals.h"
#include "corecc/CoreIR/IRReloc.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicsBPF.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::core;

namespace {

/// Parses "llvm.<type>:<kind>:<value>$<access>" (a field, type or enum
/// relocation) or "llvm.btf_type_id.<n>$<kind>" into R.
bool parseName(const GlobalVariable &GV, IRReloc &R) {
  StringRef Name = GV.getName();
  if (!Name.consume_front("llvm."))
    return false;
  auto [Head, Tail] = Name.rsplit('$');
  if (Head == Name)
    return false;
  if (GV.hasAttribute("btf_type_id")) {
    unsigned Kind;
    if (Tail.getAsInteger(10, Kind))
      return false;
    R.Kind = Kind;
    R.Access = "0";
    R.Value = 0;
    R.Path = ("type id " + Head).str();
    return true;
  }
  auto [Rest, ValueText] = Head.rsplit(':');
  auto [TypeName, KindText] = Rest.rsplit(':');
  unsigned Kind;
  int64_t Value;
  if (Rest == Head || TypeName == Rest || KindText.getAsInteger(10, Kind) ||
      ValueText.getAsInteger(10, Value))
    return false;
  R.Kind = Kind;
  R.Access = Tail.str();
  R.Value = static_cast<uint64_t>(Value);
  R.Path = (TypeName + " " + Tail).str();
  return true;
}

} // namespace

bool corecc::importLLVMCoreGlobals(Module &M, CoreMode Mode) {
  bool Changed = false;
  for (GlobalVariable &GV : make_early_inc_range(M.globals())) {
    if (!GV.hasAttribute("btf_ama") && !GV.hasAttribute("btf_type_id"))
      continue;
    IRReloc R;
    R.Root = dyn_cast_or_null<DIType>(
        GV.getMetadata(LLVMContext::MD_preserve_access_index));
    if (!parseName(GV, R) || !R.Root) {
      M.getContext().emitError(
          "'" + GV.getName() +
          "' looks like a CO-RE relocation of LLVM's BPF passes, but its "
          "name or debug type cannot be read");
      continue;
    }
    GlobalVariable *Reloc = Mode == CoreMode::On
                                ? getIRRelocGlobal(M, R, GV.getValueType())
                                : nullptr;
    for (User *U : make_early_inc_range(GV.users())) {
      auto *L = dyn_cast<LoadInst>(U);
      if (!L || !L->getType()->isIntegerTy())
        continue;
      Value *V;
      if (Reloc) {
        IRBuilder<> B(L);
        V = createRelocValue(B, *Reloc, R.Kind, L->getType());
        cast<Instruction>(V)->setDebugLoc(L->getDebugLoc());
      } else {
        V = ConstantInt::get(L->getType(), R.Value);
      }
      L->replaceAllUsesWith(V);
      L->eraseFromParent();
      Changed = true;
    }
    if (GV.use_empty())
      GV.eraseFromParent();
  }
  return Changed;
}
