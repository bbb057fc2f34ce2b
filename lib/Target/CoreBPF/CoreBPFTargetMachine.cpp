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
#include "CoreBPFVerifierPolicy.h"
#include "TargetInfo/CoreBPFTargetInfo.h"
#include "llvm/CodeGen/Passes.h"
#include "llvm/CodeGen/TargetLoweringObjectFileImpl.h"
#include "llvm/CodeGen/TargetPassConfig.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Transforms/Scalar.h"
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
  initializeCoreBPFBranchRelaxPass(PR);
  initializeCoreBPFAtomicNoFetchPass(PR);
  initializeCoreBPFJoinJumpsPass(PR);
  initializeCoreBPFNarrowChecksPass(PR);
  initializeCoreBPFJoinedAddressesPass(PR);
  initializeCoreBPFSwitchConstantsPass(PR);
  initializeCoreBPFBooleanBranchesPass(PR);
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

/// The BPF features of a function's "target-features". IR written by a front
/// end for the host carries the host's features ("+sse2,+cx8,..."), which
/// llc's BPF target never reads (it has one subtarget for all functions):
/// parsing them would print a warning for each, per function.
std::string CoreBPFTargetMachine::bpfFeaturesOnly(StringRef Features) const {
  std::string Out;
  SmallVector<StringRef, 16> Parts;
  Features.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (StringRef Part : Parts) {
    StringRef Name =
        Part.drop_while([](char C) { return C == '+' || C == '-'; });
    if (!llvm::any_of(
            DefaultSubtarget.getAllProcessorFeatures(),
            [&](const SubtargetFeatureKV &KV) { return Name == KV.Key; }))
      continue;
    if (!Out.empty())
      Out += ',';
    Out += Part;
  }
  return Out;
}

const CoreBPFSubtarget *
CoreBPFTargetMachine::getSubtargetImpl(const Function &F) const {
  Attribute CPUAttr = F.getFnAttribute("target-cpu");
  Attribute FSAttr = F.getFnAttribute("target-features");
  std::string CPU =
      CPUAttr.isValid() ? CPUAttr.getValueAsString().str() : TargetCPU;
  std::string FS =
      FSAttr.isValid() ? bpfFeaturesOnly(FSAttr.getValueAsString()) : TargetFS;
  // An explicit cpu given to the TargetMachine (corecc's -mcpu) wins over
  // what the IR was produced with; a cpu of another target (IR from a host
  // front end, "clang -emit-llvm | llc -march=bpf") is not ours to use.
  if (!TargetCPU.empty() || !DefaultSubtarget.isCPUStringValid(CPU))
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
    for (AnalysisID P : corecc::verifierPolicyDisabledPasses())
      disablePass(P);
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
    if (getOptLevel() != CodeGenOptLevel::None) {
      addPass(createCoreBPFNarrowChecksPass());
      addPass(createCoreBPFJoinedAddressesPass());
    }
  }
  void addCodeGenPrepare() override {
    TargetPassConfig::addCodeGenPrepare();
    // Right after it: CodeGenPrepare turns case constants in PHIs into the
    // switch condition, which the verifier cannot follow.
    if (getOptLevel() != CodeGenOptLevel::None) {
      addPass(createCoreBPFSwitchConstantsPass());
      // Booleans of compares as jumps, on the IR instruction selection
      // reads (each compare moved into the block of its jump).
      addPass(createCoreBPFBooleanBranchesPass());
    }
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
  void addPreEmitPass() override {
    addPass(createCoreBPFAtomicNoFetchPass());
    addPass(createCoreBPFJoinJumpsPass());
    addPass(createCoreBPFBranchRelaxPass());
  }
};

} // namespace

TargetPassConfig *CoreBPFTargetMachine::createPassConfig(PassManagerBase &PM) {
  return new CoreBPFPassConfig(*this, PM);
}

void CoreBPFTargetMachine::registerPassBuilderCallbacks(PassBuilder &PB) {
  corecc::addVerifierPolicyPasses(PB);
  PB.registerPeepholeEPCallback([](FunctionPassManager &FPM,
                                   OptimizationLevel Level) {
    FPM.addPass(SimplifyCFGPass(SimplifyCFGOptions().hoistCommonInsts(true)));
  });
}
