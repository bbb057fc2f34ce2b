// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFAPI.cpp - Registering and creating the CoreBPF backend ------===//

#include "TargetInfo/CoreBPFTargetInfo.h"
#include "corecc/Target/CoreBPF.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Triple.h"

extern "C" void LLVMInitializeCoreBPFTarget();
extern "C" void LLVMInitializeCoreBPFTargetMC();
extern "C" void LLVMInitializeCoreBPFAsmPrinter();
extern "C" void LLVMInitializeCoreBPFAsmParser();

using namespace llvm;

/// LLVM transformations that are right for CPUs but defeat the verifier,
/// turned off unless the user set them with -mllvm:
///
///   tail-dup-placement       copies one-instruction compare-and-jump
///       blocks into predecessors placed out of line (larger code; see
///       CoreBPFTargetMachine.cpp)
///   machine-sink-split       splits critical edges to sink instructions
///       into them: each such edge costs a goto, which BPF counts like any
///       instruction (loops and selects come out 2-3 instructions longer)
///   disable-phi-elim-edge-splitting (set to true)  PHI elimination splits
///       a critical edge to hold a PHI's copy when the value is live on the
///       other edge too (a constant shared by Machine CSE, a loop's running
///       count). The split block, one move and a goto, is laid out as the
///       branch's fall-through, and the verifier explores a fall-through
///       first: at "if (fp && read(fp)) {...}" in a loop it walked every
///       iteration's empty path before the body, whose general states then
///       never pruned against those specific ones (a 1000-iteration loop of
///       probe reads: over 1M processed instructions, 209k without the
///       split; the selftests' pyperf600_nounroll: "The sequence of 8193
///       jumps is too complex"). clang-19's BPF backend cannot split these
///       edges (its analyzeBranch gives up on conditional jumps), so the
///       copy goes before the branch there as well.
///   indvars-predicate-loops  rewrites a loop exit such as
///       "if (p + 1 > data_end) return" into one check of a trip count
///       computed before the loop; the verifier then sees packet loads
///       without a bounds check ("invalid access to packet").
static void setVerifierFriendlyDefaults() {
  StringMap<cl::Option *> &Opts = cl::getRegisteredOptions();
  auto Set = [&](StringRef Name, StringRef Value) {
    auto It = Opts.find(Name);
    if (It != Opts.end() && It->second->getNumOccurrences() == 0)
      It->second->addOccurrence(0, It->first(), Value);
  };
  Set("indvars-predicate-loops", "false");
  Set("disable-phi-elim-edge-splitting", "true");
  // Code size (see CoreBPFPassConfig in CoreBPFTargetMachine.cpp).
  Set("tail-dup-placement", "false");
  Set("machine-sink-split", "false");
}

void corecc::initializeCoreBPFTarget() {
  LLVMInitializeCoreBPFTargetInfo();
  LLVMInitializeCoreBPFTargetMC();
  LLVMInitializeCoreBPFTarget();
  LLVMInitializeCoreBPFAsmPrinter();
  // Inline assembly with instructions is parsed by our assembler.
  LLVMInitializeCoreBPFAsmParser();
}

bool corecc::isKnownCPU(StringRef CPU) {
  return StringSwitch<bool>(CPU)
      .Cases("v1", "v2", "v3", "v4", true)
      .Cases("generic", "probe", true)
      .Default(false);
}

Expected<std::unique_ptr<TargetMachine>>
corecc::createCoreBPFTargetMachine(const Triple &TT,
                                   const CoreBPFOptions &Opts) {
  initializeCoreBPFTarget();
  setVerifierFriendlyDefaults();
  if (TT.getArch() != Triple::bpfel && TT.getArch() != Triple::bpfeb)
    return createStringError(inconvertibleErrorCode(),
                             "CoreBPF supports bpfel and bpfeb, not '" +
                                 TT.str() + "'");
  if (!Opts.CPU.empty() && !isKnownCPU(Opts.CPU))
    return createStringError(inconvertibleErrorCode(),
                             "unknown BPF cpu '" + Opts.CPU +
                                 "' (expected v1, v2, v3, v4)");
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
  return std::move(TM);
}
