// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Assembler.cpp - corecc's in-process assembler ----------------------===//
//
// Part of corecc. See Assembler.h.
//
// The -cc1as arguments that matter here: -triple, -target-cpu,
// -target-feature, -filetype (obj or asm), -o, -I (for .include) and the
// input. The rest (debug-info and relocation-model flags Clang's driver
// always passes) do not change a BPF object and are ignored.
//
//===----------------------------------------------------------------------===//

#include "Assembler.h"
#include "corecc/Target/CoreBPF.h"
#include "llvm/MC/MCAsmBackend.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCAssembler.h"
#include "llvm/MC/MCCodeEmitter.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCInstPrinter.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCObjectFileInfo.h"
#include "llvm/MC/MCObjectStreamer.h"
#include "llvm/MC/MCObjectWriter.h"
#include "llvm/MC/MCParser/MCAsmParser.h"
#include "llvm/MC/MCParser/MCTargetAsmParser.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormattedStream.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace {

/// The largest alignment a section of a BPF object may ask for. Nothing in
/// one needs more than a page; ".p2align 31" would make the object 2 GB of
/// padding (llvm-mc-19 writes it), which no loader wants.
constexpr uint64_t MaxSectionAlign = uint64_t(1) << 16;

/// Reports each section aligned beyond MaxSectionAlign; true if any is.
bool reportHugeAlignment(const MCAssembler &Asm, StringRef Input) {
  bool Found = false;
  for (const MCSection &Sec : Asm) {
    if (Sec.getAlign().value() <= MaxSectionAlign)
      continue;
    errs() << Input << ": error: section '" << Sec.getName()
           << "' is aligned to " << Sec.getAlign().value()
           << " bytes; a BPF object needs at most " << MaxSectionAlign
           << " (the padding would be written out)\n";
    Found = true;
  }
  return Found;
}

struct AsmJob {
  std::string Triple = "bpfel";
  std::string CPU;
  std::vector<std::string> Features;
  std::string Output;
  std::string Input;
  std::vector<std::string> IncludeDirs;
  bool EmitAsm = false;
};

/// Options whose value is the next argument (and which we may ignore).
bool takesValue(StringRef A) {
  return A == "-triple" || A == "-target-cpu" || A == "-target-feature" ||
         A == "-filetype" || A == "-o" || A == "-I" || A == "-main-file-name" ||
         A == "-dwarf-debug-producer" || A == "-mrelocation-model" ||
         A == "-target-abi" || A == "-dwarf-debug-flags" ||
         A == "-fdebug-prefix-map" || A == "-mllvm";
}

AsmJob parseArgs(ArrayRef<std::string> Args) {
  AsmJob J;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (takesValue(A) && I + 1 < Args.size()) {
      StringRef V = Args[++I];
      if (A == "-triple")
        J.Triple = V.str();
      else if (A == "-target-cpu")
        J.CPU = V.str();
      else if (A == "-target-feature")
        J.Features.push_back(V.str());
      else if (A == "-filetype")
        J.EmitAsm = V == "asm";
      else if (A == "-o")
        J.Output = V.str();
      else if (A == "-I")
        J.IncludeDirs.push_back(V.str());
      continue;
    }
    if (A.consume_front("-I") && !A.empty())
      J.IncludeDirs.push_back(A.str());
    else if (!A.starts_with("-") || A == "-")
      J.Input = A.str();
  }
  return J;
}

} // namespace

bool corecc::runAssemblerJob(ArrayRef<std::string> Args, StringRef ProgName) {
  AsmJob J = parseArgs(Args);
  initializeCoreBPFTarget();
  Triple TT(J.Triple);
  std::string Err;
  const Target *T = TargetRegistry::lookupTarget(CoreBPFTargetName, TT, Err);
  if (!T) {
    errs() << ProgName << ": error: " << Err << "\n";
    return false;
  }
  ErrorOr<std::unique_ptr<MemoryBuffer>> In =
      MemoryBuffer::getFileOrSTDIN(J.Input, /*IsText=*/true);
  if (!In) {
    errs() << ProgName << ": error: cannot read '" << J.Input
           << "': " << In.getError().message() << "\n";
    return false;
  }
  SourceMgr SM;
  SM.AddNewSourceBuffer(std::move(*In), SMLoc());
  SM.setIncludeDirs(J.IncludeDirs);

  std::string Features;
  for (const std::string &F : J.Features)
    Features += (Features.empty() ? "" : ",") + F;
  MCTargetOptions Options;
  std::unique_ptr<MCRegisterInfo> MRI(T->createMCRegInfo(TT.str()));
  std::unique_ptr<MCAsmInfo> MAI(T->createMCAsmInfo(*MRI, TT.str(), Options));
  std::unique_ptr<MCInstrInfo> MII(T->createMCInstrInfo());
  std::unique_ptr<MCSubtargetInfo> STI(T->createMCSubtargetInfo(
      TT.str(), J.CPU.empty() ? "v3" : J.CPU, Features));
  MCContext Ctx(TT, MAI.get(), MRI.get(), STI.get(), &SM, &Options);
  std::unique_ptr<MCObjectFileInfo> MOFI(
      T->createMCObjectFileInfo(Ctx, /*PIC=*/false));
  Ctx.setObjectFileInfo(MOFI.get());

  std::string OutPath = J.Output.empty() ? "-" : J.Output;
  std::error_code EC;
  ToolOutputFile Out(OutPath, EC,
                     J.EmitAsm ? sys::fs::OF_TextWithCRLF : sys::fs::OF_None);
  if (EC) {
    errs() << ProgName << ": error: cannot open output file '" << OutPath
           << "': " << EC.message() << "\n";
    return false;
  }
  std::unique_ptr<MCStreamer> Streamer;
  std::optional<buffer_ostream> Buffered;
  std::unique_ptr<formatted_raw_ostream> FOut;
  raw_pwrite_stream *OS = &Out.os();
  if (!Out.os().supportsSeeking())
    OS = &Buffered.emplace(Out.os());
  if (J.EmitAsm) {
    FOut = std::make_unique<formatted_raw_ostream>(*OS);
    MCInstPrinter *IP = T->createMCInstPrinter(TT, MAI->getAssemblerDialect(),
                                               *MAI, *MII, *MRI);
    Streamer.reset(
        T->createAsmStreamer(Ctx, std::move(FOut), IP, nullptr, nullptr));
  } else {
    std::unique_ptr<MCAsmBackend> MAB(
        T->createMCAsmBackend(*STI, *MRI, Options));
    std::unique_ptr<MCObjectWriter> OW = MAB->createObjectWriter(*OS);
    Streamer.reset(T->createMCObjectStreamer(
        TT, Ctx, std::move(MAB), std::move(OW),
        std::unique_ptr<MCCodeEmitter>(T->createMCCodeEmitter(*MII, Ctx)),
        *STI));
  }
  std::unique_ptr<MCAsmParser> Parser(
      createMCAsmParser(SM, Ctx, *Streamer, *MAI));
  std::unique_ptr<MCTargetAsmParser> TAP(
      T->createMCAsmParser(*STI, *Parser, *MII, Options));
  if (!TAP) {
    errs() << ProgName << ": error: the CoreBPF target has no assembler\n";
    return false;
  }
  Parser->setTargetParser(*TAP);
  bool Failed = Parser->Run(/*NoInitialTextSection=*/false,
                            /*NoFinalize=*/true);
  if (!Failed && !Ctx.hadError()) {
    auto *Obj =
        J.EmitAsm ? nullptr : static_cast<MCObjectStreamer *>(&*Streamer);
    if (Obj)
      Failed = reportHugeAlignment(Obj->getAssembler(), J.Input);
    if (!Failed)
      Streamer->finish();
  }
  Streamer.reset();
  Buffered.reset();
  if (Failed || Ctx.hadError())
    return false;
  if (OutPath == "-")
    Out.os().flush();
  else
    Out.os().close();
  if (Out.os().has_error()) {
    errs() << ProgName << ": error: cannot write output file '" << OutPath
           << "': " << Out.os().error().message() << "\n";
    Out.os().clear_error();
    return false;
  }
  Out.keep();
  return true;
}
