// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFBTFEmitter.h - .BTF and .BTF.ext emission ---------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFBTFEMITTER_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFBTFEMITTER_H

#include "CoreBPFBTFTypes.h"
#include "corecc/BTF/Ext.h"
#include "corecc/BTF/Spec.h"
#include "corecc/CoreIR/IRReloc.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/CodeGen/AsmPrinterHandler.h"
#include "llvm/MC/MCInst.h"
#include <memory>

namespace llvm {
class AsmPrinter;
class GlobalVariable;
class MCSection;
class MCSymbol;
class MachineInstr;

/// Builds the program's BTF from its debug information while the
/// AsmPrinter emits code, and writes .BTF and .BTF.ext at the end of the
/// module (after the global variables, whose sections it describes).
///
/// The AsmPrinter calls beginInstruction() for every instruction; the
/// AsmPrinterHandler hooks do the rest.
class CoreBPFBTFEmitter : public AsmPrinterHandler {
public:
  explicit CoreBPFBTFEmitter(AsmPrinter &AP);
  ~CoreBPFBTFEmitter() override;

  void beginModule(Module *M) override;
  void endModule() override;
  void beginFunction(const MachineFunction *MF) override;
  void endFunction(const MachineFunction *MF) override;

  /// Records line information for MI.
  void beginInstruction(const MachineInstr *MI);

  /// MI uses CO-RE relocation R: records it at MI (a label before MI) and
  /// returns the operand to encode, this compilation's value (a symbol
  /// assigned at the end of the module for type ids, which dedup may move).
  MCOperand coreRelocOperand(const MachineInstr *MI,
                             const corecc::core::IRReloc &R);

  /// Whether a module gets BTF: the "corecc.btf" module flag when the
  /// driver set it, else whenever it has debug information.
  static bool wanted(const Module &M);

private:
  struct LineKey {
    const DIFile *File = nullptr;
    unsigned Line = 0;
    unsigned Column = 0;
    bool operator==(const LineKey &O) const {
      return File == O.File && Line == O.Line && Column == O.Column;
    }
  };

  /// A data section the program defines or refers to.
  struct DataSection {
    std::string Name;
    bool Extern = false; // .kconfig, .ksyms: libbpf lays them out
    MCSection *Section = nullptr;
    MCSymbol *Begin = nullptr; // label at offset 0 (defined sections)
    MCSymbol *End = nullptr;   // label after the last variable
    struct Entry {
      uint32_t TypeId;     // VAR (or FUNC in .ksyms)
      const MCSymbol *Sym; // the variable's symbol, null for externs
      uint32_t Size;
    };
    std::vector<Entry> Entries;
  };

  AsmPrinter &AP;
  Module *M = nullptr;
  corecc::btf::Spec Types;
  CoreBPFBTFTypes Builder;
  corecc::btf::ExtInfo Ext;
  /// Labels that .BTF.ext records refer to, by index (the "insn ref").
  std::vector<MCSymbol *> InsnLabels;
  std::vector<DataSection> Sections;
  StringMap<unsigned> SectionIndex;
  /// Source lines of each file, for line_info's line text.
  DenseMap<const DIFile *, std::vector<std::string>> FileLines;

  /// Symbols standing for BTF type ids in instructions, by type.
  DenseMap<const DIType *, MCSymbol *> TypeIdSymbols;
  /// The label of the instruction that last got a CO-RE relocation.
  const MachineInstr *LastRelocMI = nullptr;
  MCSymbol *LastRelocLabel = nullptr;

  uint32_t CurSecNameOff = 0;
  bool InFunction = false;
  LineKey LastLine;
  /// The line_info record for the next instruction, written when it is
  /// emitted (null: none waits).
  MCSymbol *PendingLabel = nullptr;
  LineKey PendingLine;

  uint64_t newInsnLabel(MCSymbol *Sym);
  void addLineInfo(MCSymbol *Label, const DIFile *File, unsigned Line,
                   unsigned Column);
  void flushLineInfo();
  StringRef lineText(const DIFile *File, unsigned Line);
  DataSection &section(StringRef Name);
  void collectGlobals();
  void collectExternFunctions();
};

} // namespace llvm

#endif
