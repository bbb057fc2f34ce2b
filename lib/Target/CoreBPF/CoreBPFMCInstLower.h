// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFMCInstLower.h - MachineInstr to MCInst ------------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFMCINSTLOWER_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFMCINSTLOWER_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/MC/MCInst.h"
#include <optional>

namespace llvm {
class AsmPrinter;
class MCContext;
class MCInst;
class MCOperand;
class MCSymbol;
class MachineInstr;
class MachineOperand;

class GlobalValue;

class CoreBPFMCInstLower {
public:
  /// Lets the AsmPrinter decide how a global operand is written (CO-RE
  /// relocation globals become immediates).
  using GlobalHook =
      function_ref<std::optional<MCOperand>(const GlobalValue *)>;

private:
  MCContext &Ctx;
  AsmPrinter &Printer;
  GlobalHook Hook;

public:
  CoreBPFMCInstLower(MCContext &Ctx, AsmPrinter &Printer,
                     GlobalHook Hook = nullptr)
      : Ctx(Ctx), Printer(Printer), Hook(Hook) {}

  void lower(const MachineInstr *MI, MCInst &OutMI) const;

private:
  MCOperand lowerSymbolOperand(const MachineOperand &MO, MCSymbol *Sym) const;
};

} // namespace llvm

#endif
