// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFELFObjectWriter.cpp - BPF ELF relocations -------------------===//
//
// Maps fixups to the relocation types libbpf and the BPF ELF conventions
// (kernel Documentation/bpf/llvm_reloc.rst) expect:
//
//   LD_IMM64 of a symbol                   R_BPF_64_64
//   call of a BPF function or extern       R_BPF_64_32
//   8-byte data (pointers in data, DWARF)  R_BPF_64_ABS64
//   4-byte data naming an instruction      R_BPF_64_NODYLD32
//     (.BTF.ext offsets) or a variable (.BTF DATASEC offsets)
//   other 4-byte data (DWARF)              R_BPF_64_ABS32
//
// REL, not RELA: the addend stays in the relocated field.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/CoreBPFFixupKinds.h"
#include "MCTargetDesc/CoreBPFMCTargetDesc.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCELFObjectWriter.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCFixup.h"
#include "llvm/MC/MCObjectWriter.h"
#include "llvm/MC/MCSectionELF.h"
#include "llvm/MC/MCSymbolELF.h"
#include "llvm/MC/MCValue.h"

using namespace llvm;

namespace {

class CoreBPFELFObjectWriter : public MCELFObjectTargetWriter {
public:
  explicit CoreBPFELFObjectWriter(uint8_t OSABI)
      : MCELFObjectTargetWriter(/*Is64Bit=*/true, OSABI, ELF::EM_BPF,
                                /*HasRelocationAddend=*/false) {}

protected:
  unsigned getRelocType(MCContext &Ctx, const MCValue &Target,
                        const MCFixup &Fixup, bool IsPCRel) const override;

  bool needsRelocateWithSymbol(const MCValue &Val, const MCSymbol &Sym,
                               unsigned Type) const override;
};

} // namespace

/// Whether a 4-byte datum names something libbpf reads itself (an
/// instruction in an executable section, or a variable in a data section),
/// rather than a place a dynamic loader should patch.
static bool isNoDyldTarget(const MCValue &Target) {
  const MCSymbolRefExpr *A = Target.getSymA();
  if (!A)
    return false;
  const MCSymbol &Sym = A->getSymbol();
  if (!Sym.isDefined() || !Sym.isInSection())
    return false;
  const auto *Sec = dyn_cast<MCSectionELF>(&Sym.getSection());
  if (!Sec)
    return false;
  unsigned Flags = Sec->getFlags();
  if (Sym.isTemporary())
    return (Flags & ELF::SHF_ALLOC) && (Flags & ELF::SHF_EXECINSTR);
  return (Flags & ELF::SHF_ALLOC) && (Flags & ELF::SHF_WRITE);
}

unsigned CoreBPFELFObjectWriter::getRelocType(MCContext &Ctx,
                                              const MCValue &Target,
                                              const MCFixup &Fixup,
                                              bool IsPCRel) const {
  switch (static_cast<unsigned>(Fixup.getKind())) {
  case CoreBPF::fixup_corebpf_imm64:
    return ELF::R_BPF_64_64;
  case CoreBPF::fixup_corebpf_call:
    return ELF::R_BPF_64_32;
  case FK_Data_8:
  case FK_SecRel_8:
    return ELF::R_BPF_64_ABS64;
  case FK_Data_4:
  case FK_SecRel_4:
    return isNoDyldTarget(Target) ? ELF::R_BPF_64_NODYLD32
                                  : ELF::R_BPF_64_ABS32;
  default:
    Ctx.reportError(Fixup.getLoc(),
                    "BPF has no relocation for this expression (a branch to "
                    "another section or an unsupported data size)");
    return ELF::R_BPF_NONE;
  }
}

bool CoreBPFELFObjectWriter::needsRelocateWithSymbol(const MCValue &Val,
                                                     const MCSymbol &Sym,
                                                     unsigned Type) const {
  // libbpf finds a map by the symbol the LD_IMM64 relocation names, so map
  // definitions in .maps are always referenced by their own symbol.
  if (Type == ELF::R_BPF_64_64 && Sym.isInSection()) {
    if (const auto *Sec = dyn_cast<MCSectionELF>(&Sym.getSection()))
      return Sec->getName() == ".maps";
  }
  return false;
}

std::unique_ptr<MCObjectTargetWriter>
llvm::createCoreBPFELFObjectWriter(uint8_t OSABI) {
  return std::make_unique<CoreBPFELFObjectWriter>(OSABI);
}
