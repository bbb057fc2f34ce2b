// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/Transforms/CoreAccess.h - CO-RE access pass -------*- C++ -*-===//
//
// The IR pass that handles the access chains Clang marks for CO-RE
// (llvm.preserve.{struct,union,array}.access.index) and the BPF CO-RE
// builtins (llvm.bpf.preserve.field.info, btf.type.id, preserve.type.info,
// preserve.enum.value).
//
//===----------------------------------------------------------------------===//

#ifndef CORECC_TRANSFORMS_COREACCESS_H
#define CORECC_TRANSFORMS_COREACCESS_H

#include "llvm/IR/PassManager.h"

namespace llvm {
class PassBuilder;
}

namespace corecc {

/// Whether CO-RE relocations are produced (-mcore) or the marked accesses
/// compile to plain code (-mno-core).
enum class CoreMode { Off, On };

class CoreAccessPass : public llvm::PassInfoMixin<CoreAccessPass> {
  CoreMode Mode;

public:
  explicit CoreAccessPass(CoreMode Mode) : Mode(Mode) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

/// Adds corecc's IR passes to a PassBuilder's default pipelines (at
/// pipeline start, so that they also run at -O0).
void registerCorePasses(llvm::PassBuilder &PB, CoreMode Mode);

} // namespace corecc

#endif
