// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFAsmPrinter.cpp - BPF assembly and object emission -----------===//
//
// Emits each MachineInstr through the MC layer (text for -S, encoded bytes
// for -c). The BTF and .BTF.ext emission hooks in here as an
// AsmPrinterHandler once debug information is present.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFBTFEmitter.h"
#include "CoreBPFDiagnostics.h"
#include "CoreBPFMCInstLower.h"
#include "CoreBPFTargetMachine.h"
#include "MCTargetDesc/CoreBPFInstPrinter.h"
#include "TargetInfo/CoreBPFTargetInfo.h"
#include "corecc/BTF/RelocKinds.h"
#include "corecc/CoreIR/IRReloc.h"
#include "corecc/Target/SourceDiagnostic.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/CodeGen/AsmPrinter.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCSectionELF.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetLoweringObjectFile.h"

using namespace llvm;

#define DEBUG_TYPE "asm-printer"

namespace {

class CoreBPFAsmPrinter : public AsmPrinter {
  /// Owned by the AsmPrinter's handler list; null without BTF.
  CoreBPFBTFEmitter *BTF = nullptr;

public:
  explicit CoreBPFAsmPrinter(TargetMachine &TM,
                             std::unique_ptr<MCStreamer> Streamer)
      : AsmPrinter(TM, std::move(Streamer)) {}

  StringRef getPassName() const override { return "CoreBPF Assembly Printer"; }

  bool doInitialization(Module &M) override;

  void emitInstruction(const MachineInstr *MI) override;

  bool PrintAsmOperand(const MachineInstr *MI, unsigned OpNo,
                       const char *ExtraCode, raw_ostream &O) override;
  bool PrintAsmMemoryOperand(const MachineInstr *MI, unsigned OpNo,
                             const char *ExtraCode, raw_ostream &O) override;
};

/// The 1-based column of \p V's name on its declaration line, or 0. Debug
/// information gives a global variable a line but no column; the name's
/// first whole-word occurrence on that line is where Clang would point.
unsigned declColumn(const DIGlobalVariable &V, vfs::FileSystem &FS) {
  if (!V.getLine() || V.getName().empty())
    return 0;
  std::unique_ptr<MemoryBuffer> Buf;
  return corebpf::findNameColumn(corebpf::sourceTextOf(V.getFile(), FS, Buf),
                                 V.getLine(), V.getName(),
                                 /*Declarator=*/false);
}

} // namespace

bool CoreBPFAsmPrinter::doInitialization(Module &M) {
  AsmPrinter::doInitialization(M);
  if (CoreBPFBTFEmitter::wanted(M)) {
    auto Emitter = std::make_unique<CoreBPFBTFEmitter>(*this);
    BTF = Emitter.get();
    BTF->beginModule(&M);
    addAsmPrinterHandler(std::move(Emitter));
    return false;
  }
  // libbpf reads map definitions (.maps) from BTF only.
  for (const GlobalVariable &G : M.globals()) {
    if (G.isDeclaration() || G.getSection() != ".maps")
      continue;
    SmallVector<DIGlobalVariableExpression *, 1> GVEs;
    G.getDebugInfo(GVEs);
    StringRef File;
    unsigned Line = 0, Column = 0;
    if (!GVEs.empty()) {
      const DIGlobalVariable &V = *GVEs.front()->getVariable();
      File = V.getFilename();
      Line = V.getLine();
      Column = declColumn(
          V, static_cast<const CoreBPFTargetMachine &>(TM).sourceFS());
    }
    M.getContext().diagnose(corecc::SourceDiagnostic(
        File, Line, Column,
        "map '" + G.getName() +
            "' is defined in .maps, which libbpf reads from BTF: compile "
            "with -g or -gbtf"));
  }
  return false;
}

void CoreBPFAsmPrinter::emitInstruction(const MachineInstr *MI) {
  if (BTF)
    BTF->beginInstruction(MI);

  // A CO-RE relocation global among the operands: record the relocation at
  // this instruction and write the value of this compilation's layout.
  auto Hook = [&](const GlobalValue *GV) -> std::optional<MCOperand> {
    std::optional<corecc::core::IRReloc> R = corecc::core::readIRReloc(*GV);
    if (!R)
      return std::nullopt;
    if (BTF)
      return BTF->coreRelocOperand(MI, *R);
    if (corecc::btf::isTypeKind(R->Kind & ~corecc::core::IRRelocValueOnly) &&
        (R->Kind & ~corecc::core::IRRelocValueOnly) <=
            BTF::BTF_TYPE_ID_REMOTE) {
      const Function &F = MI->getMF()->getFunction();
      F.getContext().diagnose(DiagnosticInfoUnsupported(
          F, "a BTF type id needs BTF: compile with -g, -gbtf or -mcore",
          MI->getDebugLoc()));
    }
    return MCOperand::createImm(static_cast<int64_t>(R->Value));
  };
  CoreBPFMCInstLower Lower(OutContext, *this, Hook);
  MCInst Inst;
  Lower.lower(MI, Inst);
  EmitToStreamer(*OutStreamer, Inst);
}

bool CoreBPFAsmPrinter::PrintAsmOperand(const MachineInstr *MI, unsigned OpNo,
                                        const char *ExtraCode, raw_ostream &O) {
  if (ExtraCode && ExtraCode[0])
    return AsmPrinter::PrintAsmOperand(MI, OpNo, ExtraCode, O);
  const MachineOperand &MO = MI->getOperand(OpNo);
  switch (MO.getType()) {
  case MachineOperand::MO_Register:
    O << CoreBPFInstPrinter::getRegisterName(MO.getReg());
    return false;
  case MachineOperand::MO_Immediate:
    O << MO.getImm();
    return false;
  case MachineOperand::MO_GlobalAddress:
    O << *getSymbol(MO.getGlobal());
    return false;
  default:
    return true;
  }
}

bool CoreBPFAsmPrinter::PrintAsmMemoryOperand(const MachineInstr *MI,
                                              unsigned OpNo,
                                              const char *ExtraCode,
                                              raw_ostream &O) {
  if (ExtraCode && ExtraCode[0])
    return true;
  // "(r10 - 8)", parenthesized as LLVM's BPF backend prints it, so that
  // "%[y] = *(u64 *)%[m]" written for clang reads as a load.
  const MachineOperand &Base = MI->getOperand(OpNo);
  const MachineOperand &Off = MI->getOperand(OpNo + 1);
  O << "(" << CoreBPFInstPrinter::getRegisterName(Base.getReg());
  int64_t V = Off.getImm();
  O << (V < 0 ? " - " : " + ") << (V < 0 ? -V : V) << ")";
  return false;
}

extern "C" void LLVMInitializeCoreBPFAsmPrinter() {
  static bool Done = false;
  if (Done)
    return;
  Done = true;
  RegisterAsmPrinter<CoreBPFAsmPrinter> X(getTheCoreBPFTarget());
}
