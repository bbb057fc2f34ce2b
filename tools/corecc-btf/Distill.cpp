// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Distill.cpp - corecc-btf distill and relocate ----------------------===//
//
// Part of corecc. See docs/core-tools.md and corecc/CORE/Distill.h.
//
//   distill SPLIT --base BASE -o OUT [--distilled-out DBASE]
//       OUT: an ELF file with .BTF (the new split BTF) and .BTF.base (the
//       distilled base), as a kernel module carries them; with
//       --distilled-out, OUT is the raw split BTF and DBASE the raw
//       distilled base.
//   relocate SPLIT [--distilled DBASE] --base NEWBASE -o OUT
//       SPLIT is raw split BTF on DBASE, or an ELF file with .BTF and
//       .BTF.base; OUT is raw split BTF on NEWBASE.
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Distill.h"
#include "Common.h"
#include "corecc/BTF/Codec.h"
#include "corecc/BTF/Error.h"
#include "corecc/BTF/Reader.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::btftool;

namespace {

/// A relocatable ELF64 file (EM_BPF) holding just the given sections.
std::vector<uint8_t>
elfWithSections(ArrayRef<std::pair<StringRef, ArrayRef<uint8_t>>> Sections,
                endianness E) {
  std::vector<uint8_t> Out(64, 0);
  auto Align = [&](size_t A) {
    while (Out.size() % A)
      Out.push_back(0);
  };
  std::string ShStrTab(1, '\0');
  struct Sec {
    uint32_t Name;
    uint32_t Type;
    uint64_t Offset, Size, Align;
  };
  std::vector<Sec> Secs;
  for (const auto &[Name, Bytes] : Sections) {
    Align(8);
    Secs.push_back({uint32_t(ShStrTab.size()), ELF::SHT_PROGBITS,
                    uint64_t(Out.size()), uint64_t(Bytes.size()), 4});
    ShStrTab += Name.str() + '\0';
    Out.insert(Out.end(), Bytes.begin(), Bytes.end());
  }
  uint32_t ShStrName = ShStrTab.size();
  ShStrTab += ".shstrtab";
  ShStrTab += '\0';
  Secs.push_back({ShStrName, ELF::SHT_STRTAB, uint64_t(Out.size()),
                  uint64_t(ShStrTab.size()), 1});
  Out.insert(Out.end(), ShStrTab.begin(), ShStrTab.end());
  Align(8);
  uint64_t ShOff = Out.size();
  Out.resize(Out.size() + 64 * (Secs.size() + 1), 0);

  auto W16 = [&](size_t At, uint16_t V) {
    support::endian::write<uint16_t>(&Out[At], V, E);
  };
  auto W32 = [&](size_t At, uint32_t V) {
    support::endian::write<uint32_t>(&Out[At], V, E);
  };
  auto W64 = [&](size_t At, uint64_t V) {
    support::endian::write<uint64_t>(&Out[At], V, E);
  };
  Out[0] = 0x7f, Out[1] = 'E', Out[2] = 'L', Out[3] = 'F';
  Out[ELF::EI_CLASS] = ELF::ELFCLASS64;
  Out[ELF::EI_DATA] =
      E == endianness::little ? ELF::ELFDATA2LSB : ELF::ELFDATA2MSB;
  Out[ELF::EI_VERSION] = ELF::EV_CURRENT;
  W16(16, ELF::ET_REL);
  W16(18, ELF::EM_BPF);
  W32(20, ELF::EV_CURRENT);
  W64(40, ShOff);
  W16(52, 64);                        // e_ehsize
  W16(58, 64);                        // e_shentsize
  W16(60, uint16_t(Secs.size() + 1)); // e_shnum
  W16(62, uint16_t(Secs.size()));     // e_shstrndx
  for (size_t I = 0; I < Secs.size(); ++I) {
    size_t At = ShOff + 64 * (I + 1);
    W32(At, Secs[I].Name);
    W32(At + 4, Secs[I].Type);
    W64(At + 24, Secs[I].Offset);
    W64(At + 32, Secs[I].Size);
    W64(At + 48, Secs[I].Align);
  }
  return Out;
}

} // namespace

int corecc::btftool::cmdDistill(const Options &O,
                                std::shared_ptr<const btf::Spec> Base) {
  if (!Base)
    return usageError("distill needs --base (the BTF the split BTF is on)");
  if (O.Output.empty())
    return usageError("distill needs -o OUT");
  Expected<btf::Spec> Split = btf::readBTF(O.Inputs[0], Base);
  if (!Split)
    return inputError(Split.takeError());
  Expected<core::Distilled> D = core::distillBase(*Split);
  if (!D)
    return inputError(D.takeError());
  endianness E = outputEndian(O, Split->endianness());
  std::vector<uint8_t> BaseBytes = btf::encodeBTF(*D->Base, E);
  std::vector<uint8_t> SplitBytes = btf::encodeBTF(D->Split, E);
  if (!O.DistilledOut.empty()) {
    if (int RC = writeFile(O.DistilledOut, BaseBytes))
      return RC;
    if (int RC = writeFile(O.Output, SplitBytes))
      return RC;
  } else {
    std::pair<StringRef, ArrayRef<uint8_t>> Secs[] = {{".BTF", SplitBytes},
                                                      {".BTF.base", BaseBytes}};
    if (int RC = writeFile(O.Output, elfWithSections(Secs, E)))
      return RC;
  }
  outs() << "distilled base: " << D->Base->ownTypeCount() << " types (of "
         << Base->ownTypeCount() << "); split: " << D->Split.ownTypeCount()
         << " types (was " << Split->ownTypeCount() << ")\n";
  return ExitOk;
}

int corecc::btftool::cmdRelocate(const Options &O,
                                 std::shared_ptr<const btf::Spec> NewBase) {
  if (!NewBase)
    return usageError("relocate needs --base NEWBASE");
  if (O.Output.empty())
    return usageError("relocate needs -o OUT");
  std::shared_ptr<const btf::Spec> DBase;
  if (!O.Distilled.empty()) {
    Expected<btf::Spec> D = btf::readBTF(O.Distilled);
    if (!D)
      return inputError(D.takeError());
    DBase = std::make_shared<const btf::Spec>(std::move(*D));
  } else {
    // The distilled base from the file's .BTF.base section.
    ErrorOr<std::unique_ptr<MemoryBuffer>> MB =
        MemoryBuffer::getFile(O.Inputs[0], false, false);
    if (!MB)
      return inputError(
          btf::makeError(btf::ErrorCode::ReadError,
                         O.Inputs[0] + ": " + MB.getError().message()));
    if (btf::hasBTFMagic(arrayRefFromStringRef((*MB)->getBuffer())))
      return usageError(O.Inputs[0] +
                        " is raw BTF: give its distilled base with "
                        "--distilled");
    std::vector<uint8_t> Storage;
    Expected<ArrayRef<uint8_t>> Bytes =
        btf::findBTFBytes((*MB)->getMemBufferRef(), Storage, ".BTF.base");
    if (!Bytes) {
      consumeError(Bytes.takeError());
      return usageError(O.Inputs[0] +
                        " has no .BTF.base section: give the distilled base "
                        "with --distilled");
    }
    Expected<btf::Spec> D = btf::decodeBTF(*Bytes);
    if (!D)
      return inputError(D.takeError());
    DBase = std::make_shared<const btf::Spec>(std::move(*D));
  }
  Expected<btf::Spec> Split = btf::readBTF(O.Inputs[0], DBase);
  if (!Split)
    return inputError(Split.takeError());
  Expected<btf::Spec> Out = core::relocateSplit(*Split, NewBase);
  if (!Out)
    return inputError(Out.takeError());
  if (int RC = writeFile(
          O.Output, btf::encodeBTF(*Out, outputEndian(O, Split->endianness()))))
    return RC;
  outs() << O.Output << ": " << Out->ownTypeCount() << " types on a base of "
         << NewBase->ownTypeCount() << "\n";
  return ExitOk;
}
