// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Object.cpp - The CO-RE view of a BPF object ------------------------===//
//
// Reads what libbpf reads before it relocates: programs are the STT_FUNC
// symbols of executable sections (st_value and st_size in bytes), the CO-RE
// records come from .BTF.ext in their order, and each record is tied to the
// program whose instructions contain it (libbpf's find_prog_by_sec_insn).
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Object.h"
#include "InsnEncoding.h"
#include "corecc/BTF/Error.h"
#include "corecc/BTF/Reader.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>

using namespace llvm;
using namespace llvm::object;
using namespace corecc;
using namespace corecc::core;

bool BPFSection::hasElfReloc(uint32_t Insn) const {
  return std::binary_search(ElfRelocInsns.begin(), ElfRelocInsns.end(), Insn);
}

const BPFSection *BPFObject::section(StringRef Name) const {
  for (const BPFSection &S : Sections)
    if (S.Name == Name)
      return &S;
  return nullptr;
}

std::optional<unsigned> BPFObject::programAt(StringRef Section,
                                             uint32_t Insn) const {
  for (unsigned I = 0; I < Programs.size(); ++I) {
    const BPFProgram &P = Programs[I];
    if (P.Section == Section && Insn >= P.FirstInsn &&
        Insn - P.FirstInsn < P.InsnCount)
      return I;
  }
  return std::nullopt;
}

static Error readError(const Twine &Msg) {
  return btf::makeError(btf::ErrorCode::ReadError, Msg);
}

/// Reads the executable sections, their ELF relocations and the function
/// symbols through ELFFile's typed accessors, which check every offset,
/// size and entry size against the file and report what is wrong as an
/// Error (the generic ObjectFile iterators abort on a bad sh_link or
/// sh_entsize, and trust sh_size when counting symbols).
template <class ELFT>
static Error readSections(const ELFFile<ELFT> &EF, BPFObject &Obj) {
  using Elf_Shdr = typename ELFT::Shdr;
  Expected<typename ELFT::ShdrRange> Secs = EF.sections();
  if (!Secs)
    return Secs.takeError();

  // Executable sections, by section index.
  std::vector<std::optional<unsigned>> SecByIndex(Secs->size());
  const Elf_Shdr *SymTab = nullptr;
  for (const Elf_Shdr &Sec : *Secs) {
    if (Sec.sh_type == ELF::SHT_SYMTAB && !SymTab)
      SymTab = &Sec;
    if (!(Sec.sh_flags & ELF::SHF_EXECINSTR))
      continue;
    Expected<StringRef> Name = EF.getSectionName(Sec);
    if (!Name)
      return Name.takeError();
    Expected<ArrayRef<uint8_t>> Contents = EF.getSectionContents(Sec);
    if (!Contents)
      return Contents.takeError();
    SecByIndex[&Sec - Secs->begin()] = Obj.Sections.size();
    Obj.Sections.push_back({Name->str(), Contents->vec()});
  }

  // ELF relocations of those sections (sh_info names the section).
  auto CodeOf = [&](const Elf_Shdr &Rel) -> BPFSection * {
    if (Rel.sh_info >= SecByIndex.size() || !SecByIndex[Rel.sh_info])
      return nullptr;
    return &Obj.Sections[*SecByIndex[Rel.sh_info]];
  };
  for (const Elf_Shdr &Sec : *Secs) {
    if (Sec.sh_type == ELF::SHT_REL) {
      BPFSection *Code = CodeOf(Sec);
      if (!Code)
        continue;
      Expected<typename ELFT::RelRange> Rels = EF.rels(Sec);
      if (!Rels)
        return Rels.takeError();
      for (const typename ELFT::Rel &R : *Rels)
        Code->ElfRelocInsns.push_back(static_cast<uint32_t>(R.r_offset / 8));
    } else if (Sec.sh_type == ELF::SHT_RELA) {
      BPFSection *Code = CodeOf(Sec);
      if (!Code)
        continue;
      Expected<typename ELFT::RelaRange> Relas = EF.relas(Sec);
      if (!Relas)
        return Relas.takeError();
      for (const typename ELFT::Rela &R : *Relas)
        Code->ElfRelocInsns.push_back(static_cast<uint32_t>(R.r_offset / 8));
    }
  }
  for (BPFSection &Code : Obj.Sections)
    llvm::sort(Code.ElfRelocInsns);

  // Programs: function symbols of those sections.
  if (!SymTab)
    return Error::success();
  Expected<typename ELFT::SymRange> Syms = EF.symbols(SymTab);
  if (!Syms)
    return Syms.takeError();
  Expected<StringRef> StrTab = EF.getStringTableForSymtab(*SymTab, *Secs);
  if (!StrTab)
    return StrTab.takeError();
  for (const typename ELFT::Sym &Sym : *Syms) {
    if (Sym.getType() != ELF::STT_FUNC)
      continue;
    unsigned Index = Sym.st_shndx;
    if (Index >= SecByIndex.size() || !SecByIndex[Index])
      continue;
    Expected<StringRef> Name = Sym.getName(*StrTab);
    if (!Name) {
      consumeError(Name.takeError());
      continue;
    }
    BPFProgram P;
    P.Name = Name->str();
    P.Section = Obj.Sections[*SecByIndex[Index]].Name;
    P.FirstInsn = static_cast<uint32_t>(Sym.st_value / 8);
    P.InsnCount = static_cast<uint32_t>(Sym.st_size / 8);
    P.Autoload = !StringRef(P.Section).starts_with("?");
    P.IsSubprogram = P.Section == ".text";
    Obj.Programs.push_back(std::move(P));
  }
  return Error::success();
}

template <class ELFT>
static Error readSections(MemoryBufferRef Buffer, BPFObject &Obj) {
  Expected<ELFFile<ELFT>> EF = ELFFile<ELFT>::create(Buffer.getBuffer());
  if (!EF)
    return EF.takeError();
  return readSections(*EF, Obj);
}

Expected<BPFObject> core::readBPFObject(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> MB =
      MemoryBuffer::getFile(Path, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!MB)
    return readError(Path + ": " + MB.getError().message());
  return readBPFObject((*MB)->getMemBufferRef());
}

Expected<BPFObject> core::readBPFObject(MemoryBufferRef Buffer) {
  StringRef Path = Buffer.getBufferIdentifier();
  Expected<btf::ObjectBTF> OB = btf::readObjectBTF(Buffer);
  if (!OB)
    return OB.takeError();
  BPFObject Obj;
  Obj.Path = Path.str();
  Obj.Endian = OB->Types.endianness();
  auto BTF = std::make_shared<const btf::Spec>(std::move(OB->Types));
  Obj.BTF = BTF;

  StringRef Bytes = Buffer.getBuffer();
  if (!Bytes.starts_with("\x7f"
                         "ELF"))
    return readError(Path + ": not an ELF file (a raw BTF file has no "
                            "CO-RE relocations)");
  // e_ident[EI_CLASS] and [EI_DATA]: BPF objects are ELF64 of either order.
  if (Bytes.size() < ELF::EI_NIDENT || Bytes[ELF::EI_CLASS] != ELF::ELFCLASS64)
    return readError(Path + ": not a 64-bit ELF file");
  bool Little = Bytes[ELF::EI_DATA] == ELF::ELFDATA2LSB;
  Obj.Endian = Little ? endianness::little : endianness::big;
  if (Error E = Little ? readSections<ELF64LE>(Buffer, Obj)
                       : readSections<ELF64BE>(Buffer, Obj))
    return readError(Path + ": " + toString(std::move(E)));

  std::stable_sort(Obj.Programs.begin(), Obj.Programs.end(),
                   [&](const BPFProgram &A, const BPFProgram &B) {
                     if (A.Section != B.Section) {
                       auto Pos = [&](const std::string &N) {
                         for (unsigned I = 0; I < Obj.Sections.size(); ++I)
                           if (Obj.Sections[I].Name == N)
                             return I;
                         return 0u;
                       };
                       return Pos(A.Section) < Pos(B.Section);
                     }
                     return A.FirstInsn < B.FirstInsn;
                   });

  if (!OB->Ext)
    return std::move(Obj);
  for (const btf::ExtSection<btf::CoreReloc> &Sec :
       OB->Ext->CoreRelocs.Sections) {
    StringRef SecName = BTF->string(Sec.SecNameOff);
    const BPFSection *Code = Obj.section(SecName);
    for (unsigned I = 0; I < Sec.Records.size(); ++I) {
      const btf::CoreReloc &R = Sec.Records[I];
      ObjectReloc OR;
      OR.Section = SecName.str();
      OR.IndexInSection = I;
      OR.InsnIndex = static_cast<uint32_t>(R.Insn / 8);
      OR.Record = R;
      OR.Access = BTF->string(R.AccessStrOff).str();
      if (Code && R.Insn % 8 == 0 && R.Insn + 8 <= Code->Bytes.size()) {
        size_t Len = 8;
        if (Code->Bytes[R.Insn] == insn::OpLdImm64 &&
            R.Insn + 16 <= Code->Bytes.size())
          Len = 16;
        OR.Insn.assign(Code->Bytes.begin() + R.Insn,
                       Code->Bytes.begin() + R.Insn + Len);
      }
      OR.Program = Obj.programAt(SecName, OR.InsnIndex);
      if (OR.Program)
        OR.ProgInsnIndex = OR.InsnIndex - Obj.Programs[*OR.Program].FirstInsn;
      Obj.Relocs.push_back(std::move(OR));
    }
  }
  return std::move(Obj);
}
