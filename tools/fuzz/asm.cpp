// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- asm.cpp - libFuzzer target: the CoreBPF assembler ------------------===//
//
// Part of corecc. See docs/reliability.md.
//
// Each input is assembly text, as it reaches corecc's assembler from an
// `asm("...")` statement: parsed by LLVM's MC layer with CoreBPF's target
// parser and encoded into an ELF object in memory (bpfel, cpu v4, so that
// every instruction form is allowed). Errors are diagnostics; the assembler
// must never crash, hang or hit an unreachable path on any text.
//
//===----------------------------------------------------------------------===//

#include "corecc/Target/CoreBPF.h"
#include "llvm/MC/MCAsmBackend.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCAssembler.h"
#include "llvm/MC/MCCodeEmitter.h"
#include "llvm/MC/MCContext.h"
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
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

using namespace llvm;

namespace {

struct Assembler {
  Triple TT{"bpfel"};
  const Target *T = nullptr;
  std::unique_ptr<MCRegisterInfo> MRI;
  std::unique_ptr<MCAsmInfo> MAI;
  std::unique_ptr<MCInstrInfo> MII;
  std::unique_ptr<MCSubtargetInfo> STI;
  MCTargetOptions Options;

  Assembler() {
    corecc::initializeCoreBPFTarget();
    std::string Err;
    T = TargetRegistry::lookupTarget(corecc::CoreBPFTargetName, TT, Err);
    if (!T)
      __builtin_trap();
    MRI.reset(T->createMCRegInfo(TT.str()));
    MAI.reset(T->createMCAsmInfo(*MRI, TT.str(), Options));
    MII.reset(T->createMCInstrInfo());
    STI.reset(T->createMCSubtargetInfo(TT.str(), "v4", ""));
  }

  void run(StringRef Text) {
    SourceMgr SM;
    SM.AddNewSourceBuffer(MemoryBuffer::getMemBufferCopy(Text, "asm"), SMLoc());
    // Diagnostics go nowhere: the fuzzer's job is to find crashes.
    SM.setDiagHandler([](const SMDiagnostic &, void *) {});
    MCContext Ctx(TT, MAI.get(), MRI.get(), STI.get(), &SM, &Options);
    std::unique_ptr<MCObjectFileInfo> MOFI(
        T->createMCObjectFileInfo(Ctx, /*PIC=*/false));
    Ctx.setObjectFileInfo(MOFI.get());
    SmallString<1024> Obj;
    raw_svector_ostream OS(Obj);
    std::unique_ptr<MCAsmBackend> MAB(
        T->createMCAsmBackend(*STI, *MRI, Options));
    std::unique_ptr<MCObjectWriter> OW = MAB->createObjectWriter(OS);
    std::unique_ptr<MCStreamer> Streamer(T->createMCObjectStreamer(
        TT, Ctx, std::move(MAB), std::move(OW),
        std::unique_ptr<MCCodeEmitter>(T->createMCCodeEmitter(*MII, Ctx)),
        *STI));
    std::unique_ptr<MCAsmParser> Parser(
        createMCAsmParser(SM, Ctx, *Streamer, *MAI));
    std::unique_ptr<MCTargetAsmParser> TAP(
        T->createMCAsmParser(*STI, *Parser, *MII, Options));
    if (!TAP)
      __builtin_trap();
    Parser->setTargetParser(*TAP);
    // As the driver does (lib/Driver/Assembler.cpp): no object whose
    // sections ask for more than 64 KiB alignment is written.
    if (Parser->Run(/*NoInitialTextSection=*/false, /*NoFinalize=*/true) ||
        Ctx.hadError())
      return;
    for (const MCSection &Sec :
         static_cast<MCObjectStreamer &>(*Streamer).getAssembler())
      if (Sec.getAlign().value() > (uint64_t(1) << 16))
        return;
    Streamer->finish();
  }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static Assembler A;
  A.run(StringRef(reinterpret_cast<const char *>(Data), Size));
  return 0;
}
