// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFTargetMachine.h - CoreBPF target machine ----------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFTARGETMACHINE_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFTARGETMACHINE_H

#include "CoreBPFSubtarget.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Target/TargetMachine.h"
#include <optional>

namespace llvm {

class CoreBPFTargetMachine : public LLVMTargetMachine {
  std::unique_ptr<TargetLoweringObjectFile> TLOF;
  CoreBPFSubtarget DefaultSubtarget;
  /// Functions may carry their own "target-cpu"/"target-features".
  mutable StringMap<std::unique_ptr<CoreBPFSubtarget>> SubtargetMap;
  /// Where source files are read (CoreBPFOptions::SourceFS).
  IntrusiveRefCntPtr<vfs::FileSystem> SourceFS;

public:
  CoreBPFTargetMachine(const Target &T, const Triple &TT, StringRef CPU,
                       StringRef FS, const TargetOptions &Options,
                       std::optional<Reloc::Model> RM,
                       std::optional<CodeModel::Model> CM, CodeGenOptLevel OL,
                       bool JIT);
  ~CoreBPFTargetMachine() override;

  const CoreBPFSubtarget *getSubtargetImpl() const { return &DefaultSubtarget; }
  const CoreBPFSubtarget *getSubtargetImpl(const Function &F) const override;
  std::string bpfFeaturesOnly(StringRef Features) const;

  TargetPassConfig *createPassConfig(PassManagerBase &PM) override;
  TargetTransformInfo getTargetTransformInfo(const Function &F) const override;
  TargetLoweringObjectFile *getObjFileLowering() const override {
    return TLOF.get();
  }
  void registerPassBuilderCallbacks(PassBuilder &PB) override;

  void setSourceFS(IntrusiveRefCntPtr<vfs::FileSystem> FS) {
    SourceFS = std::move(FS);
  }
  vfs::FileSystem &sourceFS() const {
    return SourceFS ? *SourceFS : *vfs::getRealFileSystem();
  }
};

} // namespace llvm

#endif
