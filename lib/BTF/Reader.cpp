// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Reader.cpp - Reading BTF from files --------------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Reader.h"
#include "corecc/BTF/Archive.h"
#include "corecc/BTF/Codec.h"
#include "corecc/BTF/Error.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/Decompressor.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#if defined(__linux__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace llvm;
using namespace llvm::object;

namespace corecc {
namespace btf {

namespace {
bool isELF(MemoryBufferRef Buffer) {
  return Buffer.getBuffer().starts_with("\x7f"
                                        "ELF");
}

Error objectError(MemoryBufferRef Buffer, Error E) {
  return makeError(ErrorCode::ReadError, Buffer.getBufferIdentifier() + ": " +
                                             toString(std::move(E)));
}

/// Contents of the section named \p Name of an ELF file, decompressed into
/// \p Storage when needed; std::nullopt if there is no such section.
Expected<std::optional<ArrayRef<uint8_t>>>
elfSection(const ObjectFile &Obj, StringRef Name,
           std::vector<uint8_t> &Storage) {
  for (const SectionRef &Sec : Obj.sections()) {
    Expected<StringRef> SecName = Sec.getName();
    if (!SecName)
      return SecName.takeError();
    if (*SecName != Name)
      continue;
    Expected<StringRef> Contents = Sec.getContents();
    if (!Contents)
      return Contents.takeError();
    if (ELFSectionRef(Sec).getFlags() & ELF::SHF_COMPRESSED) {
      Expected<Decompressor> D = Decompressor::create(
          Name, *Contents, Obj.isLittleEndian(), Obj.getBytesInAddress() == 8);
      if (!D)
        return D.takeError();
      if (Error E = D->resizeAndDecompress(Storage))
        return std::move(E);
      return std::optional<ArrayRef<uint8_t>>(ArrayRef<uint8_t>(Storage));
    }
    return std::optional<ArrayRef<uint8_t>>(arrayRefFromStringRef(*Contents));
  }
  return std::optional<ArrayRef<uint8_t>>();
}

Expected<std::unique_ptr<ObjectFile>> openELF(MemoryBufferRef Buffer) {
  Expected<std::unique_ptr<ObjectFile>> Obj =
      ObjectFile::createObjectFile(Buffer);
  if (!Obj)
    return objectError(Buffer, Obj.takeError());
  if (!isa<ELFObjectFileBase>(**Obj))
    return makeError(ErrorCode::ReadError,
                     Buffer.getBufferIdentifier() + ": not an ELF file");
  return Obj;
}

#if defined(__linux__)
/// A raw BTF file mapped with all its pages present. A BTF file is read
/// whole, and faulting its pages in one by one cost more than decoding them
/// (/sys/kernel/btf/vmlinux: 5.4 MB, about 0.4 ms of faults).
class PopulatedMapping : public MemoryBuffer {
public:
  static std::unique_ptr<MemoryBuffer> open(StringRef Path) {
    SmallString<256> Z(Path);
    int FD = ::open(Z.c_str(), O_RDONLY | O_CLOEXEC);
    if (FD < 0)
      return nullptr;
    std::unique_ptr<MemoryBuffer> Result;
    struct stat St;
    uint8_t Magic[2];
    if (::fstat(FD, &St) == 0 && S_ISREG(St.st_mode) && St.st_size >= MinSize &&
        ::pread(FD, Magic, 2, 0) == 2 && hasBTFMagic(Magic)) {
      size_t Size = static_cast<size_t>(St.st_size);
      void *P =
          ::mmap(nullptr, Size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, FD, 0);
      if (P != MAP_FAILED)
        Result.reset(new PopulatedMapping(Path, static_cast<char *>(P), Size));
    }
    ::close(FD);
    return Result;
  }
  ~PopulatedMapping() override {
    ::munmap(const_cast<char *>(getBufferStart()), getBufferSize());
  }
  StringRef getBufferIdentifier() const override { return Name; }
  BufferKind getBufferKind() const override { return MemoryBuffer_MMap; }

private:
  /// Below this, reading is as cheap as mapping.
  static constexpr off_t MinSize = 64 * 1024;
  PopulatedMapping(StringRef Path, const char *P, size_t Size) : Name(Path) {
    init(P, P + Size, /*RequiresNullTerminator=*/false);
  }
  std::string Name;
};
#endif

Expected<std::unique_ptr<MemoryBuffer>> readFile(StringRef Path) {
#if defined(__linux__)
  if (std::unique_ptr<MemoryBuffer> Mapped = PopulatedMapping::open(Path))
    return std::move(Mapped);
#endif
  ErrorOr<std::unique_ptr<MemoryBuffer>> MB =
      MemoryBuffer::getFile(Path, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false);
  if (!MB)
    return makeError(ErrorCode::ReadError,
                     Path + ": " + MB.getError().message());
  // BTFHub's NAME.btf.tar.xz, a .tar or an .xz: the file inside.
  if (isBTFArchive((*MB)->getMemBufferRef()))
    return unpackBTFArchive((*MB)->getMemBufferRef());
  return std::move(*MB);
}

/// A kernel module's BTF read without a base gets the kernel's.
Expected<std::shared_ptr<const Spec>>
implicitBase(StringRef Path, std::shared_ptr<const Spec> Base) {
  if (Base || !isKernelModuleBTFPath(Path))
    return Base;
  return readKernelBTF();
}
} // namespace

Expected<ArrayRef<uint8_t>> findBTFBytes(MemoryBufferRef Buffer,
                                         std::vector<uint8_t> &Storage,
                                         StringRef SectionName) {
  ArrayRef<uint8_t> Bytes = arrayRefFromStringRef(Buffer.getBuffer());
  if (!isELF(Buffer)) {
    if (hasBTFMagic(Bytes))
      return Bytes;
    return makeError(ErrorCode::ReadError,
                     Buffer.getBufferIdentifier() + ": not a BTF or ELF file");
  }
  Expected<std::unique_ptr<ObjectFile>> Obj = openELF(Buffer);
  if (!Obj)
    return Obj.takeError();
  Expected<std::optional<ArrayRef<uint8_t>>> Sec =
      elfSection(**Obj, SectionName, Storage);
  if (!Sec)
    return objectError(Buffer, Sec.takeError());
  if (!*Sec)
    return makeError(ErrorCode::NoBTFSection, Buffer.getBufferIdentifier() +
                                                  ": no " + SectionName +
                                                  " section");
  return **Sec;
}

/// Decodes the .BTF of \p Buffer; borrows from \p Owner (which holds the
/// buffer) unless the section had to be decompressed.
static Expected<Spec> readBTFImpl(MemoryBufferRef Buffer,
                                  std::shared_ptr<const void> Owner,
                                  std::shared_ptr<const Spec> Base) {
  std::vector<uint8_t> Storage;
  Expected<ArrayRef<uint8_t>> Bytes = findBTFBytes(Buffer, Storage);
  if (!Bytes)
    return Bytes.takeError();
  if (Owner && Storage.empty())
    return decodeBTF(std::move(Owner), *Bytes, std::move(Base));
  return decodeBTF(*Bytes, std::move(Base));
}

Expected<Spec> readBTF(MemoryBufferRef Buffer,
                       std::shared_ptr<const Spec> Base) {
  return readBTFImpl(Buffer, nullptr, std::move(Base));
}

Expected<Spec> readBTF(StringRef Path, std::shared_ptr<const Spec> Base) {
  Expected<std::shared_ptr<const Spec>> B = implicitBase(Path, Base);
  if (!B)
    return B.takeError();
  Expected<std::unique_ptr<MemoryBuffer>> MB = readFile(Path);
  if (!MB)
    return MB.takeError();
  std::shared_ptr<const MemoryBuffer> Owner = std::move(*MB);
  return readBTFImpl(Owner->getMemBufferRef(), Owner, std::move(*B));
}

static Expected<ObjectBTF> readObjectBTFImpl(MemoryBufferRef Buffer,
                                             std::shared_ptr<const void> Owner,
                                             std::shared_ptr<const Spec> Base) {
  if (!isELF(Buffer)) {
    Expected<Spec> S = readBTFImpl(Buffer, std::move(Owner), std::move(Base));
    if (!S)
      return S.takeError();
    return ObjectBTF{std::move(*S), std::nullopt};
  }
  Expected<std::unique_ptr<ObjectFile>> Obj = openELF(Buffer);
  if (!Obj)
    return Obj.takeError();
  std::vector<uint8_t> BTFStorage, ExtStorage;
  Expected<std::optional<ArrayRef<uint8_t>>> BTFSec =
      elfSection(**Obj, ".BTF", BTFStorage);
  if (!BTFSec)
    return objectError(Buffer, BTFSec.takeError());
  if (!*BTFSec)
    return makeError(ErrorCode::NoBTFSection,
                     Buffer.getBufferIdentifier() + ": no .BTF section");
  Expected<Spec> S = Owner && BTFStorage.empty()
                         ? decodeBTF(Owner, **BTFSec, std::move(Base))
                         : decodeBTF(**BTFSec, std::move(Base));
  if (!S)
    return S.takeError();
  ObjectBTF Result{std::move(*S), std::nullopt};
  Expected<std::optional<ArrayRef<uint8_t>>> ExtSec =
      elfSection(**Obj, ".BTF.ext", ExtStorage);
  if (!ExtSec)
    return objectError(Buffer, ExtSec.takeError());
  if (*ExtSec) {
    Expected<ExtInfo> Ext = decodeExt(**ExtSec, Result.Types);
    if (!Ext)
      return Ext.takeError();
    Result.Ext = std::move(*Ext);
  }
  return std::move(Result);
}

Expected<ObjectBTF> readObjectBTF(MemoryBufferRef Buffer,
                                  std::shared_ptr<const Spec> Base) {
  return readObjectBTFImpl(Buffer, nullptr, std::move(Base));
}

Expected<ObjectBTF> readObjectBTF(StringRef Path,
                                  std::shared_ptr<const Spec> Base) {
  Expected<std::shared_ptr<const Spec>> B = implicitBase(Path, Base);
  if (!B)
    return B.takeError();
  Expected<std::unique_ptr<MemoryBuffer>> MB = readFile(Path);
  if (!MB)
    return MB.takeError();
  std::shared_ptr<const MemoryBuffer> Owner = std::move(*MB);
  return readObjectBTFImpl(Owner->getMemBufferRef(), Owner, std::move(*B));
}

Expected<std::shared_ptr<const Spec>> readKernelBTF() {
  SmallString<64> Path(KernelBTFDir);
  sys::path::append(Path, "vmlinux");
  Expected<Spec> S = readBTF(Path);
  if (!S)
    return S.takeError();
  return std::make_shared<const Spec>(std::move(*S));
}

bool isKernelModuleBTFPath(StringRef Path) {
  StringRef Dir = sys::path::parent_path(Path);
  StringRef Name = sys::path::filename(Path);
  return Dir == KernelBTFDir && !Name.empty() && Name != "." && Name != ".." &&
         Name != "vmlinux";
}

} // namespace btf
} // namespace corecc
