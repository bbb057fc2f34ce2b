// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFTargetInfo.cpp - CoreBPF target registration ----------------===//
//
// Registers the target under its own name. libLLVM also contains LLVM's BPF
// target; corecc never initializes it, and always looks ours up by name, so
// the two never compete for the bpfel/bpfeb triples.
//
//===----------------------------------------------------------------------===//

#include "TargetInfo/CoreBPFTargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

Target &llvm::getTheCoreBPFTarget() {
  static Target TheTarget;
  return TheTarget;
}

static bool matchesBPFArch(Triple::ArchType Arch) {
  return Arch == Triple::bpfel || Arch == Triple::bpfeb;
}

extern "C" void LLVMInitializeCoreBPFTargetInfo() {
  static bool Done = false;
  if (Done)
    return;
  Done = true;
  TargetRegistry::RegisterTarget(getTheCoreBPFTarget(), "corebpf",
                                 "corecc BPF backend (little and big endian)",
                                 "CoreBPF", &matchesBPFArch,
                                 /*HasJIT=*/false);
}
