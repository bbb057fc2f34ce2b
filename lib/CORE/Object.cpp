//===- Object.cpp - The CO-RE view of a BPF object ------------------------===//
//
// Reads what libbpf reads before it relocates: programs are the STT_FUNC
// symbols of executable sections (st_value and st_size in bytes), the CO-RE
// records come from .BTF.ext in their order, and each record is tied to the
// program whose instructions contain it (libbpf's find_prog_by_sec_insn).
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Object.h"
#include "corecc/BTF/Error.h"
#include "corecc/BTF/Reader.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Object/ObjectFile.h"
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

Expected<BPFObject> core::readBPFObject(StringRef Path) {
  Expected<btf::ObjectBTF> OB = btf::readObjectBTF(Path);
  if (!OB)
    return OB.takeError();
  BPFObject Obj;
  Obj.Path = Path.str();
  Obj.Endian = OB->Types.endianness();
  auto BTF = std::make_shared<const btf::Spec>(std::move(OB->Types));
  Obj.BTF = BTF;

  ErrorOr<std::unique_ptr<MemoryBuffer>> MB =
      MemoryBuffer::getFile(Path, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!MB)
    return readError(Path + ": " + MB.getError().message());
  if (!(*MB)->getBuffer().starts_with("\x7f"
                                      "ELF"))
    return readError(Path + ": not an ELF file (a raw BTF file has no "
                            "CO-RE relocations)");
  Expected<std::unique_ptr<ObjectFile>> File =
      ObjectFile::createObjectFile((*MB)->getMemBufferRef());
  if (!File)
    return readError(Path + ": " + toString(File.takeError()));
  auto *ELF = dyn_cast<ELFObjectFileBase>(File->get());
  if (!ELF)
    return readError(Path + ": not an ELF file");
  Obj.Endian = ELF->isLittleEndian() ? endianness::little : endianness::big;

  // Executable sections, by section index.
  std::vector<std::optional<unsigned>> SecByIndex;
  for (const SectionRef &Sec : ELF->sections()) {
    unsigned Index = Sec.getIndex();
    if (SecByIndex.size() <= Index)
      SecByIndex.resize(Index + 1);
    if (!Sec.isText())
      continue;
    Expected<StringRef> Name = Sec.getName();
    if (!Name)
      return readError(Path + ": " + toString(Name.takeError()));
    Expected<StringRef> Contents = Sec.getContents();
    if (!Contents)
      return readError(Path + ": " + toString(Contents.takeError()));
    SecByIndex[Index] = Obj.Sections.size();
    Obj.Sections.push_back(
        {Name->str(),
         std::vector<uint8_t>(Contents->begin(), Contents->end())});
  }

  // ELF relocations of those sections.
  for (const SectionRef &Sec : ELF->sections()) {
    Expected<section_iterator> Target = Sec.getRelocatedSection();
    if (!Target) {
      consumeError(Target.takeError());
      continue;
    }
    if (*Target == ELF->section_end())
      continue;
    unsigned Index = (*Target)->getIndex();
    if (Index >= SecByIndex.size() || !SecByIndex[Index])
      continue;
    BPFSection &Code = Obj.Sections[*SecByIndex[Index]];
    for (const RelocationRef &R : Sec.relocations())
      Code.ElfRelocInsns.push_back(static_cast<uint32_t>(R.getOffset() / 8));
  }
  for (BPFSection &Code : Obj.Sections)
    llvm::sort(Code.ElfRelocInsns);

  // Programs: function symbols of those sections.
  for (const ELFSymbolRef &Sym : ELF->symbols()) {
    Expected<SymbolRef::Type> Ty = Sym.getType();
    if (!Ty) {
      consumeError(Ty.takeError());
      continue;
    }
    if (*Ty != SymbolRef::ST_Function)
      continue;
    Expected<section_iterator> SecIt = Sym.getSection();
    if (!SecIt) {
      consumeError(SecIt.takeError());
      continue;
    }
    if (*SecIt == ELF->section_end())
      continue;
    unsigned Index = (*SecIt)->getIndex();
    if (Index >= SecByIndex.size() || !SecByIndex[Index])
      continue;
    Expected<StringRef> Name = Sym.getName();
    Expected<uint64_t> Value = Sym.getValue();
    if (!Name || !Value) {
      consumeError(Name.takeError());
      consumeError(Value.takeError());
      continue;
    }
    BPFProgram P;
    P.Name = Name->str();
    P.Section = Obj.Sections[*SecByIndex[Index]].Name;
    P.FirstInsn = static_cast<uint32_t>(*Value / 8);
    P.InsnCount = static_cast<uint32_t>(Sym.getSize() / 8);
    P.Autoload = !StringRef(P.Section).starts_with("?");
    P.IsSubprogram = P.Section == ".text";
    Obj.Programs.push_back(std::move(P));
  }
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
        if (Code->Bytes[R.Insn] == 0x18 && R.Insn + 16 <= Code->Bytes.size())
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
