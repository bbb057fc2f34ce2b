// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Backend.cpp - Optimize and generate code ---------------------------===//
//
// After Clang has produced a module (with -disable-llvm-passes, so the
// pipeline is corecc's): run corecc's IR passes and the standard -O
// pipeline with CoreBPF's TargetTransformInfo, then code generation.
//
// Clang always produces debug metadata for corecc (CO-RE and BTF are built
// from it, and backend errors need source lines). What reaches the object
// follows the user's flags: DWARF only with -g, BTF with -g, -gbtf or
// -mcore, neither otherwise.
//
//===----------------------------------------------------------------------===//

#include "corecc/Driver/Backend.h"
#include "corecc/TimeReport.h"
#include "llvm/Analysis/CGSCCPassManager.h"
#include "llvm/Analysis/LoopAnalysisManager.h"
#include "llvm/Bitcode/BitcodeWriter.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/StandardInstrumentations.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;
using namespace corecc;

static OptimizationLevel toOptimizationLevel(unsigned Opt, unsigned Size) {
  if (Size == 1)
    return OptimizationLevel::Os;
  if (Size == 2)
    return OptimizationLevel::Oz;
  switch (Opt) {
  case 0:
    return OptimizationLevel::O0;
  case 1:
    return OptimizationLevel::O1;
  case 3:
    return OptimizationLevel::O3;
  default:
    return OptimizationLevel::O2;
  }
}

static void runIRPipeline(Module &M, TargetMachine &TM,
                          const BackendOptions &Opts) {
  LoopAnalysisManager LAM;
  FunctionAnalysisManager FAM;
  CGSCCAnalysisManager CGAM;
  ModuleAnalysisManager MAM;
  PipelineTuningOptions PTO;
  // LLVM's pass instrumentation, as clang sets it up: -mllvm -print-after-all,
  // -print-changed, -opt-bisect-limit and -verify-each work on corecc's
  // pipeline too. Without options it does nothing.
  PassInstrumentationCallbacks PIC;
  StandardInstrumentations SI(M.getContext(), /*DebugLogging=*/false);
  SI.registerCallbacks(PIC, &MAM);
  PassBuilder PB(&TM, PTO, std::nullopt, &PIC);
  registerCorePasses(PB, Opts.Core);
  PB.registerModuleAnalyses(MAM);
  PB.registerCGSCCAnalyses(CGAM);
  PB.registerFunctionAnalyses(FAM);
  PB.registerLoopAnalyses(LAM);
  PB.crossRegisterProxies(LAM, FAM, CGAM, MAM);

  OptimizationLevel Level = toOptimizationLevel(Opts.OptLevel, Opts.SizeLevel);
  ModulePassManager MPM = Level == OptimizationLevel::O0
                              ? PB.buildO0DefaultPipeline(Level)
                              : PB.buildPerModuleDefaultPipeline(Level);
  MPM.run(M, MAM);
}

/// Turns DWARF emission on or off for the next code generation. Debug
/// metadata stays in the module either way: BTF and the source locations of
/// backend errors come from it. LLVM's "disable-debug-info-print" option is
/// what makes the AsmPrinter skip DWARF while keeping instruction locations.
static void setDWARFEmission(bool On) {
  StringMap<cl::Option *> &Opts = cl::getRegisteredOptions();
  auto It = Opts.find("disable-debug-info-print");
  if (It != Opts.end())
    It->second->addOccurrence(0, It->first(), On ? "false" : "true");
}

Error corecc::runBackend(Module &M, TargetMachine &TM,
                         const BackendOptions &Opts, OutputKind Kind,
                         raw_pwrite_stream &OS) {
  M.setTargetTriple(TM.getTargetTriple().str());
  M.setDataLayout(TM.createDataLayout());

  if (Opts.RunIRPipeline) {
    NamedRegionTimer T("ir-passes", "IR passes (CO-RE, -O pipeline)",
                       TimeReportGroup, TimeReportTitle, Opts.TimeReport);
    runIRPipeline(M, TM, Opts);
  } else {
    // Code generation only (corecc-llc, as llc): the CO-RE pass still runs,
    // as LLVM's BPF target runs its CO-RE IR passes in llc, so that IR
    // straight from Clang (preserve.* intrinsics, the CO-RE builtins) and
    // IR that LLVM's BPF passes lowered both compile with their records.
    ModuleAnalysisManager MAM;
    PassBuilder PB(&TM);
    PB.registerModuleAnalyses(MAM);
    CoreAccessPass(Opts.Core).run(M, MAM);
  }

  switch (Kind) {
  case OutputKind::LLVMText:
  case OutputKind::LLVMBitcode:
    if (!Opts.KeepDebugInfoInIR)
      StripDebugInfo(M);
    if (Kind == OutputKind::LLVMText)
      M.print(OS, nullptr);
    else
      WriteBitcodeToFile(M, OS);
    return Error::success();
  case OutputKind::Assembly:
  case OutputKind::Object:
    break;
  }

  setDWARFEmission(Opts.EmitDWARF);
  // The CoreBPF AsmPrinter emits .BTF/.BTF.ext when this flag is 1.
  M.addModuleFlag(Module::Override, "corecc.btf", Opts.EmitBTF ? 1 : 0);

  // -S with -g, -gbtf or -mcore writes verbose assembly, as clang's -S:
  // comments on every BTF and .BTF.ext entry, block labels, debug values.
  // Without them it stays terse: the debug metadata corecc always keeps
  // would otherwise show as #DEBUG_VALUE comments the user did not ask for.
  TM.Options.MCOptions.AsmVerbose =
      Kind == OutputKind::Assembly && (Opts.EmitBTF || Opts.EmitDWARF);

  legacy::PassManager PM;
  CodeGenFileType FT = Kind == OutputKind::Assembly
                           ? CodeGenFileType::AssemblyFile
                           : CodeGenFileType::ObjectFile;
  if (TM.addPassesToEmitFile(PM, OS, nullptr, FT))
    return createStringError(inconvertibleErrorCode(),
                             "the CoreBPF target cannot emit this file type");
  NamedRegionTimer T("codegen",
                     "Code generation (instruction selection to object "
                     "writing, BTF included)",
                     TimeReportGroup, TimeReportTitle, Opts.TimeReport);
  PM.run(M);
  return Error::success();
}
