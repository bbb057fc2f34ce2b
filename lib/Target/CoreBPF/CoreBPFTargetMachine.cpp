// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFTargetMachine.cpp - CoreBPF target machine ------------------===//
//
// Creates subtargets, the codegen pass pipeline and the IR passes corecc
// adds to the optimization pipeline. Clang may create this TargetMachine
// itself (when corecc registered the target before running Clang in
// process), so construction stays cheap and never fails.
//
//===----------------------------------------------------------------------===//

#include "CoreBPFTargetMachine.h"
#include "CoreBPF.h"
#include "CoreBPFTargetTransformInfo.h"
#include "CoreBPFVerifierAdjust.h"
#include "TargetInfo/CoreBPFTargetInfo.h"
#include "llvm/CodeGen/Passes.h"
#include "llvm/CodeGen/TargetLoweringObjectFileImpl.h"
#include "llvm/CodeGen/TargetPassConfig.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Transforms/Scalar.h"
#include "llvm/Transforms/Scalar/SROA.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"

using namespace llvm;

extern "C" void LLVMInitializeCoreBPFTarget() {
  static bool Done = false;
  if (Done)
    return;
  Done = true;
  RegisterTargetMachine<CoreBPFTargetMachine> X(getTheCoreBPFTarget());
  PassRegistry &PR = *PassRegistry::getPassRegistry();
  initializeCoreBPFDAGToDAGISelLegacyPass(PR);
  initializeCoreBPFCheckIRPass(PR);
  initializeCoreBPFArenaPass(PR);
  initializeCoreBPFMIPeepholePass(PR);
  initializeCoreBPFCoreFoldPass(PR);
  initializeCoreBPFMIChecksPass(PR);
  initializeCoreBPFNarrowChecksPass(PR);
}

/// Clang's BPF data layout; Clang refuses a backend whose layout differs.
static StringRef computeDataLayout(const Triple &TT) {
  return TT.getArch() == Triple::bpfeb
             ? "E-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
             : "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128";
}

CoreBPFTargetMachine::CoreBPFTargetMachine(const Target &T, const Triple &TT,
                                           StringRef CPU, StringRef FS,
                                           const TargetOptions &Options,
                                           std::optional<Reloc::Model> RM,
                                           std::optional<CodeModel::Model> CM,
                                           CodeGenOptLevel OL, bool JIT)
    : LLVMTargetMachine(T, computeDataLayout(TT), TT, CPU, FS, Options,
                        RM.value_or(Reloc::Static),
                        getEffectiveCodeModel(CM, CodeModel::Small), OL),
      TLOF(std::make_unique<TargetLoweringObjectFileELF>()),
      DefaultSubtarget(TT, CPU, FS, *this) {
  initAsmInfo();
  // "unreachable" is a hint, not a trap: BPF has no trap instruction.
  this->Options.TrapUnreachable = false;
  this->Options.NoTrapAfterNoreturn = true;
}

CoreBPFTargetMachine::~CoreBPFTargetMachine() = default;

const CoreBPFSubtarget *
CoreBPFTargetMachine::getSubtargetImpl(const Function &F) const {
  Attribute CPUAttr = F.getFnAttribute("target-cpu");
  Attribute FSAttr = F.getFnAttribute("target-features");
  std::string CPU =
      CPUAttr.isValid() ? CPUAttr.getValueAsString().str() : TargetCPU;
  std::string FS =
      FSAttr.isValid() ? FSAttr.getValueAsString().str() : TargetFS;
  // An explicit cpu given to the TargetMachine (corecc's -mcpu) wins over
  // what the IR was produced with.
  if (!TargetCPU.empty())
    CPU = TargetCPU;
  if (CPU == TargetCPU && FS == TargetFS)
    return &DefaultSubtarget;
  auto &Entry = SubtargetMap[CPU + "," + FS];
  if (!Entry)
    Entry = std::make_unique<CoreBPFSubtarget>(TargetTriple, CPU, FS, *this);
  return Entry.get();
}

TargetTransformInfo
CoreBPFTargetMachine::getTargetTransformInfo(const Function &F) const {
  return TargetTransformInfo(CoreBPFTTIImpl(this, F));
}

namespace {

class CoreBPFPassConfig : public TargetPassConfig {
public:
  CoreBPFPassConfig(CoreBPFTargetMachine &TM, PassManagerBase &PM)
      : TargetPassConfig(TM, PM) {
    // No tail duplication after register allocation (nor in block
    // placement, nor critical-edge splitting in machine sinking: see
    // CoreBPFAPI.cpp). A BPF compare-and-jump is one instruction, so
    // duplication copies condition blocks into every out-of-line
    // predecessor: ten if-statements in a row took 52 instructions instead
    // of 42. Tail merging stays: it folds the identical "count and return"
    // tails of packet parsers (xdp_filter: 318 instructions without it, 257
    // with it; clang-19: 264). Over the examples: 4630 instructions against
    // clang-19's 4779 (cpu v3).
    disablePass(&TailDuplicateID);
    // Blocks stay in source order (as with clang-19, whose BPF backend
    // cannot analyze conditional branches, so its block placement moves
    // nothing). Placement by branch probability made the likelier arm the
    // fall-through, which saves no instructions on BPF but changes the order
    // in which the verifier walks the branches, and so how much it can prune:
    // over the examples (cpu v3) 22785 verifier-processed instructions with
    // placement, 21284 without (clang-19 -mcpu=v3: 21319); 4501 and 4503
    // instructions. dnsfilter's label loop went from 8260 to 6931. The
    // price: an unconditional goto where placement would have laid the
    // target out next (xdp_filter's switch trees: 258 -> 270).
    disablePass(&MachineBlockPlacementID);
  }

  CoreBPFTargetMachine &getCoreBPFTargetMachine() const {
    return getTM<CoreBPFTargetMachine>();
  }

  void addIRPasses() override {
    TargetPassConfig::addIRPasses();
    // After the generic IR passes, which expand small memcmp/bcmp calls:
    // what is still a call then has no library to go to.
    // A module pass (it places globals), before the function passes that
    // run one function at a time down to instruction selection.
    addPass(createCoreBPFArenaPass());
    addPass(createCoreBPFCheckIRPass());
    if (getOptLevel() != CodeGenOptLevel::None)
      addPass(createCoreBPFNarrowChecksPass());
  }
  bool addInstSelector() override {
    addPass(createCoreBPFISelDag(getCoreBPFTargetMachine()));
    return false;
  }
  void addMachineSSAOptimization() override {
    // Before CSE and LICM, so that they see the folded instructions.
    addPass(createCoreBPFCoreFoldPass());
    TargetPassConfig::addMachineSSAOptimization();
    addPass(createCoreBPFMIPeepholePass());
  }
  void addPreRegAlloc() override {
    // At -O0 there is no SSA optimization stage; fold CO-RE offsets here.
    if (getOptLevel() == CodeGenOptLevel::None)
      addPass(createCoreBPFCoreFoldPass());
  }
  void addPreEmitPass() override { addPass(createCoreBPFMIChecksPass()); }
};

} // namespace

TargetPassConfig *CoreBPFTargetMachine::createPassConfig(PassManagerBase &PM) {
  return new CoreBPFPassConfig(*this, PM);
}

void CoreBPFTargetMachine::registerPassBuilderCallbacks(PassBuilder &PB) {
  // Before the optimizer combines comparisons; SROA first, so that the
  // comparisons see values rather than loads of local variables. (The CO-RE
  // passes are registered by the driver, which owns the pipeline.)
  PB.registerPipelineEarlySimplificationEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel Level) {
        if (Level == OptimizationLevel::O0)
          return;
        FunctionPassManager FPM;
        FPM.addPass(SROAPass(SROAOptions::ModifyCFG));
        FPM.addPass(CoreBPFVerifierAdjustPass());
        MPM.addPass(createModuleToFunctionPassAdaptor(std::move(FPM)));
      });
  PB.registerPeepholeEPCallback([](FunctionPassManager &FPM,
                                   OptimizationLevel Level) {
    FPM.addPass(SimplifyCFGPass(SimplifyCFGOptions().hoistCommonInsts(true)));
  });
}
