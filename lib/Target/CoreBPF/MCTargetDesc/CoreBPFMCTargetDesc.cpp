// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFMCTargetDesc.cpp - CoreBPF MC registration ------------------===//
//
// Registers the MC-level pieces (register, instruction and subtarget tables,
// assembly syntax, printer, encoder, assembler backend, ELF streamer) with
// the target object. The *_MC_DESC sections of the generated tables live in
// this translation unit only.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/CoreBPFMCTargetDesc.h"
#include "MCTargetDesc/CoreBPFInstPrinter.h"
#include "MCTargetDesc/CoreBPFMCAsmInfo.h"
#include "TargetInfo/CoreBPFTargetInfo.h"
#include "llvm/MC/MCAsmBackend.h"
#include "llvm/MC/MCCodeEmitter.h"
#include "llvm/MC/MCELFStreamer.h"
#include "llvm/MC/MCInstrAnalysis.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCObjectWriter.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"

#define GET_INSTRINFO_MC_DESC
#define ENABLE_INSTR_PREDICATE_VERIFIER
#include "CoreBPFGenInstrInfo.inc"

#define GET_SUBTARGETINFO_MC_DESC
#include "CoreBPFGenSubtargetInfo.inc"

#define GET_REGINFO_MC_DESC
#include "CoreBPFGenRegisterInfo.inc"

using namespace llvm;

static MCInstrInfo *createCoreBPFMCInstrInfo() {
  auto *X = new MCInstrInfo();
  InitCoreBPFMCInstrInfo(X);
  return X;
}

static MCRegisterInfo *createCoreBPFMCRegisterInfo(const Triple &TT) {
  auto *X = new MCRegisterInfo();
  InitCoreBPFMCRegisterInfo(X, CoreBPF::R0);
  return X;
}

/// corecc's default cpu is v3; "generic" (Clang's default name) means it too.
static MCSubtargetInfo *
createCoreBPFMCSubtargetInfo(const Triple &TT, StringRef CPU, StringRef FS) {
  if (CPU.empty())
    CPU = "v3";
  return createCoreBPFMCSubtargetInfoImpl(TT, CPU, /*TuneCPU=*/CPU, FS);
}

static MCAsmInfo *createCoreBPFMCAsmInfo(const MCRegisterInfo &MRI,
                                         const Triple &TT,
                                         const MCTargetOptions &Options) {
  return new CoreBPFMCAsmInfo(TT);
}

static MCInstPrinter *createCoreBPFMCInstPrinter(const Triple &T,
                                                 unsigned SyntaxVariant,
                                                 const MCAsmInfo &MAI,
                                                 const MCInstrInfo &MII,
                                                 const MCRegisterInfo &MRI) {
  if (SyntaxVariant != 0)
    return nullptr;
  return new CoreBPFInstPrinter(MAI, MII, MRI);
}

static MCStreamer *
createCoreBPFMCStreamer(const Triple &T, MCContext &Ctx,
                        std::unique_ptr<MCAsmBackend> &&MAB,
                        std::unique_ptr<MCObjectWriter> &&OW,
                        std::unique_ptr<MCCodeEmitter> &&Emitter) {
  return createELFStreamer(Ctx, std::move(MAB), std::move(OW),
                           std::move(Emitter));
}

extern "C" void LLVMInitializeCoreBPFTargetMC() {
  static bool Done = false;
  if (Done)
    return;
  Done = true;
  Target &T = getTheCoreBPFTarget();
  TargetRegistry::RegisterMCAsmInfo(T, createCoreBPFMCAsmInfo);
  TargetRegistry::RegisterMCInstrInfo(T, createCoreBPFMCInstrInfo);
  TargetRegistry::RegisterMCRegInfo(T, createCoreBPFMCRegisterInfo);
  TargetRegistry::RegisterMCSubtargetInfo(T, createCoreBPFMCSubtargetInfo);
  TargetRegistry::RegisterMCInstPrinter(T, createCoreBPFMCInstPrinter);
  TargetRegistry::RegisterMCCodeEmitter(T, createCoreBPFMCCodeEmitter);
  TargetRegistry::RegisterMCAsmBackend(T, createCoreBPFAsmBackend);
  TargetRegistry::RegisterELFStreamer(T, createCoreBPFMCStreamer);
}
