// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Archive.cpp - BTF inside .tar and .xz files ------------------------===//
//
// Part of corecc. See docs/core-tools.md.
//
// BTFHub and similar collections ship one kernel's BTF as NAME.btf.tar.xz:
// an xz stream holding a ustar archive holding the raw BTF. These are read
// as they are, so that a CI job can point corecc-btf at the archives it
// downloads. Only what such files use is supported: one xz stream (any
// number of blocks), and ustar/GNU tar headers with regular files.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Archive.h"
#include "corecc/BTF/Codec.h"
#include "corecc/BTF/Error.h"
#include "llvm/ADT/StringExtras.h"
#include <lzma.h>

using namespace llvm;

namespace corecc {
namespace btf {

namespace {
constexpr char XZMagic[] = {'\xfd', '7', 'z', 'X', 'Z', '\0'};
/// A vmlinux's BTF is about 5 MB, with debug info a vmlinux some 500 MB: a
/// stream that unpacks to more is not a kernel's (an xz bomb).
constexpr size_t MaxUnpacked = size_t(1) << 30;

bool isXZ(StringRef Data) {
  return Data.starts_with(StringRef(XZMagic, sizeof(XZMagic)));
}

/// A ustar or GNU tar header: "ustar" at offset 257 of the first block.
bool isTar(StringRef Data) {
  return Data.size() >= 512 && Data.substr(257, 5) == "ustar";
}

Expected<std::string> unxz(StringRef Data, StringRef Name) {
  lzma_stream S = LZMA_STREAM_INIT;
  if (lzma_stream_decoder(&S, UINT64_MAX, LZMA_CONCATENATED) != LZMA_OK)
    return makeError(ErrorCode::ReadError,
                     Name + ": cannot start the xz decoder");
  std::string Out;
  S.next_in = reinterpret_cast<const uint8_t *>(Data.data());
  S.avail_in = Data.size();
  lzma_ret R = LZMA_OK;
  while (R == LZMA_OK) {
    size_t Have = Out.size();
    if (Have >= MaxUnpacked) {
      lzma_end(&S);
      return makeError(ErrorCode::ReadError,
                       Name + ": unpacks to more than " +
                           Twine(MaxUnpacked >> 20) +
                           " MiB, which no kernel's BTF is");
    }
    Out.resize(Have + (Have < (1u << 20) ? (1u << 20) : Have));
    S.next_out = reinterpret_cast<uint8_t *>(&Out[Have]);
    S.avail_out = Out.size() - Have;
    R = lzma_code(&S, LZMA_FINISH);
    Out.resize(Out.size() - S.avail_out);
  }
  lzma_end(&S);
  if (R != LZMA_STREAM_END)
    return makeError(
        ErrorCode::ReadError,
        Name + ": damaged xz data (" +
            (R == LZMA_BUF_ERROR ? "truncated" : "xz error " + Twine(int(R))) +
            ")");
  return Out;
}

/// The number in a tar header field: octal digits, NUL or space ended, or
/// GNU's base-256 form (high bit of the first byte set).
std::optional<uint64_t> tarNumber(StringRef Field) {
  if (!Field.empty() && (uint8_t(Field[0]) & 0x80)) {
    uint64_t V = uint8_t(Field[0]) & 0x7f;
    for (char C : Field.drop_front()) {
      if (V >> 56)
        return std::nullopt;
      V = (V << 8) | uint8_t(C);
    }
    return V;
  }
  Field = Field.take_until([](char C) { return C == '\0' || C == ' '; });
  Field = Field.ltrim(' ');
  uint64_t V = 0;
  if (Field.empty())
    return 0;
  if (Field.getAsInteger(8, V))
    return std::nullopt;
  return V;
}

struct TarMember {
  std::string Name;
  StringRef Data;
};

Expected<std::vector<TarMember>> untar(StringRef Tar, StringRef Name) {
  std::vector<TarMember> Out;
  std::string LongName;
  for (size_t Off = 0; Off + 512 <= Tar.size();) {
    StringRef H = Tar.substr(Off, 512);
    if (H.find_first_not_of('\0') == StringRef::npos)
      break; // The end: two zero blocks (one is enough for us).
    std::optional<uint64_t> Size = tarNumber(H.substr(124, 12));
    if (!Size || *Size > Tar.size() - Off - 512)
      return makeError(ErrorCode::ReadError,
                       Name + ": damaged tar header at offset " + Twine(Off));
    char Type = H[156];
    StringRef Body = Tar.substr(Off + 512, *Size);
    std::string Member =
        H.substr(0, 100).take_until([](char C) { return C == '\0'; }).str();
    if (H.substr(257, 5) == "ustar") {
      StringRef Prefix =
          H.substr(345, 155).take_until([](char C) { return C == '\0'; });
      if (!Prefix.empty())
        Member = (Prefix + "/" + Member).str();
    }
    if (Type == 'L') { // GNU long name for the next member.
      LongName = Body.take_until([](char C) { return C == '\0'; }).str();
    } else {
      if (!LongName.empty())
        Member = std::move(LongName), LongName.clear();
      if (Type == '0' || Type == '\0')
        Out.push_back({Member, Body});
    }
    Off += 512 + alignTo(*Size, 512);
  }
  return Out;
}
} // namespace

bool isBTFArchive(MemoryBufferRef Buffer) {
  return isXZ(Buffer.getBuffer()) || isTar(Buffer.getBuffer());
}

Expected<std::unique_ptr<MemoryBuffer>>
unpackBTFArchive(MemoryBufferRef Buffer) {
  StringRef Name = Buffer.getBufferIdentifier();
  std::string Unpacked;
  StringRef Data = Buffer.getBuffer();
  if (isXZ(Data)) {
    Expected<std::string> U = unxz(Data, Name);
    if (!U)
      return U.takeError();
    Unpacked = std::move(*U);
    Data = Unpacked;
    if (!isTar(Data)) // A plain .xz of one file.
      return MemoryBuffer::getMemBufferCopy(Data, Name);
  }
  Expected<std::vector<TarMember>> Members = untar(Data, Name);
  if (!Members)
    return Members.takeError();
  // The members that are BTF: raw BTF, or an ELF file (a vmlinux, a .ko)
  // that the reader will look into.
  std::vector<const TarMember *> BTF;
  for (const TarMember &M : *Members)
    if (hasBTFMagic(arrayRefFromStringRef(M.Data)) || M.Data.starts_with("\x7f"
                                                                         "ELF"))
      BTF.push_back(&M);
  if (BTF.empty())
    return makeError(ErrorCode::NoBTFSection,
                     Name + ": no BTF file among the archive's " +
                         Twine(Members->size()) + " files");
  if (BTF.size() > 1) {
    std::string List;
    for (const TarMember *M : BTF)
      List += (List.empty() ? "" : ", ") + M->Name;
    return makeError(ErrorCode::InvalidArgument,
                     Name + ": the archive holds " + Twine(BTF.size()) +
                         " BTF files (" + List + "); extract the one to read");
  }
  return MemoryBuffer::getMemBufferCopy(BTF[0]->Data,
                                        Name + ":" + BTF[0]->Name);
}

} // namespace btf
} // namespace corecc
