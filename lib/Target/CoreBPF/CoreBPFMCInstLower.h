//===- CoreBPFMCInstLower.h - MachineInstr to MCInst ------------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFMCINSTLOWER_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFMCINSTLOWER_H

#include "llvm/Support/Compiler.h"

namespace llvm {
class AsmPrinter;
class MCContext;
class MCInst;
class MCOperand;
class MCSymbol;
class MachineInstr;
class MachineOperand;

class CoreBPFMCInstLower {
  MCContext &Ctx;
  AsmPrinter &Printer;

public:
  CoreBPFMCInstLower(MCContext &Ctx, AsmPrinter &Printer)
      : Ctx(Ctx), Printer(Printer) {}

  void lower(const MachineInstr *MI, MCInst &OutMI) const;

private:
  MCOperand lowerSymbolOperand(const MachineOperand &MO, MCSymbol *Sym) const;
};

} // namespace llvm

#endif
