// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFAPI.cpp - Registering and creating the CoreBPF backend ------===//

#include "CoreBPFTargetMachine.h"
#include "CoreBPFVerifierPolicy.h"
#include "TargetInfo/CoreBPFTargetInfo.h"
#include "corecc/Target/CoreBPF.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Triple.h"
#include <algorithm>
#include <vector>

extern "C" void LLVMInitializeCoreBPFTarget();
extern "C" void LLVMInitializeCoreBPFTargetMC();
extern "C" void LLVMInitializeCoreBPFAsmPrinter();
extern "C" void LLVMInitializeCoreBPFAsmParser();

using namespace llvm;

void corecc::initializeCoreBPFTarget() {
  LLVMInitializeCoreBPFTargetInfo();
  LLVMInitializeCoreBPFTargetMC();
  LLVMInitializeCoreBPFTarget();
  LLVMInitializeCoreBPFAsmPrinter();
  // Inline assembly with instructions is parsed by our assembler.
  LLVMInitializeCoreBPFAsmParser();
}

ArrayRef<std::string> corecc::knownCPUs() {
  // The processors CoreBPF.td defines, in its order: the one list.
  static const std::vector<std::string> Names = [] {
    initializeCoreBPFTarget();
    std::vector<std::string> Out;
    std::string Error;
    Triple TT("bpfel");
    const Target *T =
        TargetRegistry::lookupTarget(CoreBPFTargetName, TT, Error);
    if (!T)
      return Out;
    std::unique_ptr<MCSubtargetInfo> STI(
        T->createMCSubtargetInfo(TT.str(), "", ""));
    for (const SubtargetSubTypeKV &P : STI->getAllProcessorDescriptions())
      Out.push_back(P.Key);
    // TableGen sorts them by name; versions first reads better.
    std::stable_partition(Out.begin(), Out.end(), [](const std::string &N) {
      return N.size() == 2 && N[0] == 'v';
    });
    return Out;
  }();
  return Names;
}

bool corecc::isKnownCPU(StringRef CPU) {
  return llvm::is_contained(knownCPUs(), CPU);
}

std::string corecc::knownCPUList() {
  ArrayRef<std::string> Names = knownCPUs();
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I)
    Out += (I == 0 ? "" : I + 1 == Names.size() ? " or " : ", ") + Names[I];
  return Out;
}

Expected<std::unique_ptr<TargetMachine>>
corecc::createCoreBPFTargetMachine(const Triple &TT,
                                   const CoreBPFOptions &Opts) {
  initializeCoreBPFTarget();
  if (Error E = applyVerifierPolicyOptions())
    return std::move(E);
  if (TT.getArch() != Triple::bpfel && TT.getArch() != Triple::bpfeb)
    return createStringError(inconvertibleErrorCode(),
                             "CoreBPF supports bpfel and bpfeb, not '" +
                                 TT.str() + "'");
  if (!Opts.CPU.empty() && !isKnownCPU(Opts.CPU))
    return createStringError(inconvertibleErrorCode(),
                             "unknown BPF cpu '" + Opts.CPU + "' (expected " +
                                 knownCPUList() + ")");
  std::string Error;
  Triple Lookup = TT;
  const Target *T =
      TargetRegistry::lookupTarget(CoreBPFTargetName, Lookup, Error);
  if (!T)
    return createStringError(inconvertibleErrorCode(), Error);
  // LLVM's BPF features: alu32 and dwarfris are ours too ("dwarfris" only
  // changes LLVM's DWARF register names: nothing to do here).
  std::string Features;
  for (StringRef F : llvm::split(Opts.Features, ',')) {
    F = F.trim();
    if (F.empty() || F.drop_front() == "dwarfris")
      continue;
    if ((F[0] != '+' && F[0] != '-') ||
        !llvm::is_contained({StringRef("alu32"), StringRef("jmp-ext"),
                             StringRef("atomic-fetch"), StringRef("cpuv4")},
                            F.drop_front()))
      return createStringError(inconvertibleErrorCode(),
                               "unknown BPF feature '" + F +
                                   "' (expected +/- alu32, jmp-ext, "
                                   "atomic-fetch, cpuv4 or dwarfris)");
    Features += (Features.empty() ? "" : ",") + F.str();
  }
  TargetOptions Options;
  std::unique_ptr<TargetMachine> TM(
      T->createTargetMachine(TT.str(), Opts.CPU, Features, Options,
                             Reloc::Static, std::nullopt, Opts.OptLevel));
  if (!TM)
    return createStringError(inconvertibleErrorCode(),
                             "cannot create the CoreBPF target machine");
  static_cast<CoreBPFTargetMachine &>(*TM).setSourceFS(Opts.SourceFS);
  return std::move(TM);
}
