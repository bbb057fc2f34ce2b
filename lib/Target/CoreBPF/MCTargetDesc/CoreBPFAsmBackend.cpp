// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFAsmBackend.cpp - BPF fixups and nops ------------------------===//
//
// Resolves the fixups described in CoreBPFFixupKinds.h. All jumps and calls
// count in 8-byte instruction slots relative to the slot after the
// instruction, so a byte distance D becomes (D - 8) / 8.
//
// When a call or LD_IMM64 needs a relocation, BPF's REL relocations keep the
// addend in the instruction: the writer hands us the addend as Value. For a
// call against a function symbol that is 0, giving the immediate -1 that
// libbpf expects; against a section symbol it is the callee's offset.
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/CoreBPFFixupKinds.h"
#include "MCTargetDesc/CoreBPFMCTargetDesc.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/MC/MCAsmBackend.h"
#include "llvm/MC/MCAssembler.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCFixupKindInfo.h"
#include "llvm/MC/MCObjectWriter.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCValue.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/EndianStream.h"

using namespace llvm;

namespace {

class CoreBPFAsmBackend : public MCAsmBackend {
public:
  explicit CoreBPFAsmBackend(endianness E) : MCAsmBackend(E) {}

  unsigned getNumFixupKinds() const override {
    return CoreBPF::NumTargetFixupKinds;
  }

  const MCFixupKindInfo &getFixupKindInfo(MCFixupKind Kind) const override {
    // Offsets and sizes describe the field for generic MC code; the exact
    // placement is done in applyFixup.
    static const MCFixupKindInfo Infos[CoreBPF::NumTargetFixupKinds] = {
        {"fixup_corebpf_branch16", 16, 16, MCFixupKindInfo::FKF_IsPCRel},
        {"fixup_corebpf_branch32", 32, 32, MCFixupKindInfo::FKF_IsPCRel},
        {"fixup_corebpf_call", 32, 32, MCFixupKindInfo::FKF_IsPCRel},
        {"fixup_corebpf_imm64", 32, 32, 0},
    };
    if (Kind < FirstTargetFixupKind)
      return MCAsmBackend::getFixupKindInfo(Kind);
    return Infos[Kind - FirstTargetFixupKind];
  }

  void applyFixup(const MCAssembler &Asm, const MCFixup &Fixup,
                  const MCValue &Target, MutableArrayRef<char> Data,
                  uint64_t Value, bool IsResolved,
                  const MCSubtargetInfo *STI) const override;

  std::unique_ptr<MCObjectTargetWriter>
  createObjectTargetWriter() const override {
    return createCoreBPFELFObjectWriter(/*OSABI=*/0);
  }

  bool writeNopData(raw_ostream &OS, uint64_t Count,
                    const MCSubtargetInfo *STI) const override {
    // "goto +0" is the BPF no-op. Padding that is not whole slots follows
    // data placed in a code section by hand (".byte 1; .p2align 3"): zero
    // bytes complete the slot, as nothing executes them. (Refusing, as
    // LLVM's BPF backend does, ends in report_fatal_error.)
    OS.write_zeros(Count % 8);
    for (uint64_t I = 0; I < Count / 8; ++I)
      support::endian::write<uint64_t>(
          OS, Endian == endianness::little ? 0x05ULL : 0x05ULL << 56, Endian);
    return true;
  }
};

} // namespace

void CoreBPFAsmBackend::applyFixup(const MCAssembler &Asm, const MCFixup &Fixup,
                                   const MCValue &Target,
                                   MutableArrayRef<char> Data, uint64_t Value,
                                   bool IsResolved,
                                   const MCSubtargetInfo *STI) const {
  uint32_t Offset = Fixup.getOffset();
  auto Write16 = [&](uint32_t At, uint16_t V) {
    support::endian::write<uint16_t>(&Data[Offset + At], V, Endian);
  };
  auto Write32 = [&](uint32_t At, uint32_t V) {
    support::endian::write<uint32_t>(&Data[Offset + At], V, Endian);
  };
  auto Slots = [&](uint64_t V) { return static_cast<int64_t>(V - 8) / 8; };

  switch (static_cast<unsigned>(Fixup.getKind())) {
  case CoreBPF::fixup_corebpf_branch16: {
    int64_t Slots16 = Slots(Value);
    if (IsResolved && (Slots16 < INT16_MIN || Slots16 > INT16_MAX))
      Asm.getContext().reportError(Fixup.getLoc(),
                                   "branch target out of range (" +
                                       Twine(Slots16) + " instructions)");
    Write16(2, static_cast<uint16_t>(Slots16));
    return;
  }
  case CoreBPF::fixup_corebpf_branch32:
  case CoreBPF::fixup_corebpf_call:
    Write32(4, static_cast<uint32_t>(Slots(Value)));
    return;
  case CoreBPF::fixup_corebpf_imm64:
    // 0 for a symbol, the offset within the section for a section symbol.
    Write32(4, static_cast<uint32_t>(Value));
    return;
  case FK_Data_1:
    Data[Offset] = static_cast<char>(Value);
    return;
  case FK_Data_2:
    Write16(0, static_cast<uint16_t>(Value));
    return;
  case FK_Data_4:
  case FK_SecRel_4:
    Write32(0, static_cast<uint32_t>(Value));
    return;
  case FK_Data_8:
  case FK_SecRel_8:
    support::endian::write<uint64_t>(&Data[Offset], Value, Endian);
    return;
  default:
    Asm.getContext().reportError(Fixup.getLoc(),
                                 "unsupported fixup kind for BPF");
  }
}

MCAsmBackend *llvm::createCoreBPFAsmBackend(const Target &T,
                                            const MCSubtargetInfo &STI,
                                            const MCRegisterInfo &MRI,
                                            const MCTargetOptions &Options) {
  return new CoreBPFAsmBackend(STI.getTargetTriple().getArch() == Triple::bpfel
                                   ? endianness::little
                                   : endianness::big);
}
