// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Ext.cpp - .BTF.ext encoder and decoder -----------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
//
// Layout (Linux Documentation/bpf/btf.rst, ".BTF.ext section"):
//
//   header: magic, version, flags, hdr_len,
//           func_info_off/len, line_info_off/len [, core_relo_off/len]
//   each subsection: u32 record size, then per ELF section
//           { u32 sec_name_off; u32 num_info; num_info records }
//
// Offsets are relative to the end of the header.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Ext.h"
#include "corecc/BTF/Error.h"
#include "llvm/Support/Endian.h"

using namespace llvm;

namespace corecc {
namespace btf {

//===----------------------------------------------------------------------===//
// Encoder.
//===----------------------------------------------------------------------===//

namespace {
/// Minimum record sizes, in the order func_info, line_info, core_relo.
constexpr uint32_t MinRecordSize[3] = {llvm::BTF::BPFFuncInfoSize,
                                       llvm::BTF::BPFLineInfoSize,
                                       llvm::BTF::BPFFieldRelocSize};

template <typename R> uint32_t subsectionLength(const ExtSubsection<R> &Sub) {
  if (Sub.empty() && !Sub.EmitWhenEmpty)
    return 0;
  uint64_t Len = 4;
  for (const ExtSection<R> &Sec : Sub.Sections)
    Len += 8 + uint64_t(Sub.RecordSize) * Sec.Records.size();
  assert(Len <= UINT32_MAX && ".BTF.ext subsection too large");
  return static_cast<uint32_t>(Len);
}

void writeRecord(BTFSink &Out, const FuncInfo &R) {
  Out.insnOffset(R.Insn, "insn_off");
  Out.u32(R.TypeId, "type_id");
}

void writeRecord(BTFSink &Out, const LineInfo &R) {
  Out.insnOffset(R.Insn, "insn_off");
  Out.u32(R.FileNameOff, "file_name_off");
  Out.u32(R.LineOff, "line_off");
  // 22 bits of line, 10 bits of column; larger values saturate.
  uint32_t Line = std::min<uint32_t>(R.Line, (1u << 22) - 1);
  uint32_t Col = std::min<uint32_t>(R.Column, 0x3ff);
  Out.u32((Line << 10) | Col, "Line " + Twine(Line) + " Col " + Twine(Col));
}

void writeRecord(BTFSink &Out, const CoreReloc &R) {
  Out.insnOffset(R.Insn, "insn_off");
  Out.u32(R.TypeId, "type_id");
  Out.u32(R.AccessStrOff, "access_str_off");
  Out.u32(R.Kind, "kind " + relocKindName(R.Kind));
}

template <typename R>
void writeSubsection(BTFSink &Out, const ExtSubsection<R> &Sub,
                     uint32_t MinSize, StringRef Name) {
  if (Sub.empty() && !Sub.EmitWhenEmpty)
    return;
  assert(Sub.RecordSize >= MinSize && Sub.RecordSize % 4 == 0 &&
         "bad .BTF.ext record size");
  Out.u32(Sub.RecordSize, Name + " record size");
  for (const ExtSection<R> &Sec : Sub.Sections) {
    Out.u32(Sec.SecNameOff, Name + " section name");
    Out.u32(static_cast<uint32_t>(Sec.Records.size()), Name + " record count");
    for (const R &Rec : Sec.Records) {
      writeRecord(Out, Rec);
      for (uint32_t Pad = MinSize; Pad < Sub.RecordSize; Pad += 4)
        Out.u32(0, "padding");
    }
  }
}
} // namespace

void encodeExt(const ExtInfo &Ext, BTFSink &Out) {
  assert((Ext.HeaderLength == 24 || Ext.HeaderLength == 32) &&
         ".BTF.ext header is 24 or 32 bytes");
  assert((Ext.HeaderLength == 32 || Ext.CoreRelocs.empty()) &&
         "a 24-byte .BTF.ext header has no CO-RE relocations");
  uint32_t FuncLen = subsectionLength(Ext.FuncInfos);
  uint32_t LineLen = subsectionLength(Ext.LineInfos);
  uint32_t CoreLen =
      Ext.HeaderLength == 32 ? subsectionLength(Ext.CoreRelocs) : 0;

  Out.u16(llvm::BTF::MAGIC, "magic");
  Out.u8(llvm::BTF::VERSION, "version");
  Out.u8(0, "flags");
  Out.u32(Ext.HeaderLength, "hdr_len");
  Out.u32(0, "func_info_off");
  Out.u32(FuncLen, "func_info_len");
  Out.u32(FuncLen, "line_info_off");
  Out.u32(LineLen, "line_info_len");
  if (Ext.HeaderLength == 32) {
    Out.u32(FuncLen + LineLen, "core_relo_off");
    Out.u32(CoreLen, "core_relo_len");
  }
  writeSubsection(Out, Ext.FuncInfos, MinRecordSize[0], "FuncInfo");
  writeSubsection(Out, Ext.LineInfos, MinRecordSize[1], "LineInfo");
  if (Ext.HeaderLength == 32)
    writeSubsection(Out, Ext.CoreRelocs, MinRecordSize[2], "FieldReloc");
}

std::vector<uint8_t> encodeExt(const ExtInfo &Ext, endianness E) {
  ByteSink Sink(E);
  encodeExt(Ext, Sink);
  return Sink.take();
}

//===----------------------------------------------------------------------===//
// Decoder.
//===----------------------------------------------------------------------===//

namespace {
class ExtDecoder {
public:
  ExtDecoder(ArrayRef<uint8_t> Data, endianness E, uint32_t HdrLen,
             const Spec &Types)
      : Data(Data), E(E), HdrLen(HdrLen), Types(Types) {}

  template <typename R>
  Error parse(uint32_t Off, uint32_t Len, uint32_t MinSize, StringRef Name,
              ExtSubsection<R> &Sub);

private:
  uint32_t read32(uint64_t Pos) const {
    return support::endian::read32(Data.data() + Pos, E);
  }
  Error record(uint64_t Pos, FuncInfo &R);
  Error record(uint64_t Pos, LineInfo &R);
  Error record(uint64_t Pos, CoreReloc &R);
  Error checkString(uint32_t Off, uint64_t Pos, StringRef What) {
    if (!Types.isValidStringOffset(Off))
      return makeError(ErrorCode::StringOffsetOutOfRange,
                       What + " offset " + Twine(Off) + " out of range", Pos);
    return Error::success();
  }
  Error checkTypeId(uint32_t Id, uint64_t Pos) {
    if (!Types.isValidId(Id))
      return makeError(ErrorCode::TypeIdOutOfRange,
                       "record refers to type id " + Twine(Id) +
                           ", but there are only " + Twine(Types.typeCount()) +
                           " types",
                       Pos);
    return Error::success();
  }

  ArrayRef<uint8_t> Data;
  endianness E;
  uint64_t HdrLen;
  const Spec &Types;
};

Error ExtDecoder::record(uint64_t Pos, FuncInfo &R) {
  R.Insn = read32(Pos);
  R.TypeId = read32(Pos + 4);
  if (Error Err = checkTypeId(R.TypeId, Pos + 4))
    return Err;
  if (Types.kindOf(R.TypeId) != Kind::Func)
    return makeError(ErrorCode::InvalidRecord,
                     "func_info type " + Twine(R.TypeId) + " is not a FUNC",
                     Pos + 4);
  return Error::success();
}

Error ExtDecoder::record(uint64_t Pos, LineInfo &R) {
  R.Insn = read32(Pos);
  R.FileNameOff = read32(Pos + 4);
  R.LineOff = read32(Pos + 8);
  uint32_t LineCol = read32(Pos + 12);
  R.Line = LineCol >> 10;
  R.Column = LineCol & 0x3ff;
  if (Error Err = checkString(R.FileNameOff, Pos + 4, "file name"))
    return Err;
  return checkString(R.LineOff, Pos + 8, "line");
}

Error ExtDecoder::record(uint64_t Pos, CoreReloc &R) {
  R.Insn = read32(Pos);
  R.TypeId = read32(Pos + 4);
  R.AccessStrOff = read32(Pos + 8);
  R.Kind = read32(Pos + 12);
  if (Error Err = checkTypeId(R.TypeId, Pos + 4))
    return Err;
  if (Error Err = checkString(R.AccessStrOff, Pos + 8, "access string"))
    return Err;
  if (R.Kind >= llvm::BTF::MAX_FIELD_RELOC_KIND)
    return makeError(ErrorCode::InvalidRecord,
                     "unknown CO-RE relocation kind " + Twine(R.Kind),
                     Pos + 12);
  return Error::success();
}

template <typename R>
Error ExtDecoder::parse(uint32_t Off, uint32_t Len, uint32_t MinSize,
                        StringRef Name, ExtSubsection<R> &Sub) {
  Sub.Sections.clear();
  if (Len == 0) {
    Sub.EmitWhenEmpty = false;
    return Error::success();
  }
  Sub.EmitWhenEmpty = true;
  uint64_t Begin = HdrLen + Off, End = Begin + Len;
  if (End > Data.size())
    return makeError(ErrorCode::SectionOutOfBounds,
                     Name + " subsection [" + Twine(Off) + ", +" + Twine(Len) +
                         ") outside the data",
                     Begin);
  if (Len < 4)
    return makeError(ErrorCode::SectionOutOfBounds,
                     Name + " subsection too short for its record size", Begin);
  uint32_t RecSize = read32(Begin);
  if (RecSize < MinSize || RecSize % 4)
    return makeError(ErrorCode::BadRecordSize,
                     Name + " record size " + Twine(RecSize) + " not valid",
                     Begin);
  Sub.RecordSize = RecSize;
  uint64_t Pos = Begin + 4;
  while (Pos < End) {
    if (End - Pos < 8)
      return makeError(ErrorCode::SectionOutOfBounds,
                       Name + " section header runs past the subsection", Pos);
    uint32_t SecNameOff = read32(Pos), Num = read32(Pos + 4);
    if (Error Err = checkString(SecNameOff, Pos, "section name"))
      return Err;
    if (Num == 0)
      return makeError(ErrorCode::InvalidRecord,
                       Name + " section with no records", Pos + 4);
    Pos += 8;
    if (uint64_t(Num) * RecSize > End - Pos)
      return makeError(ErrorCode::SectionOutOfBounds,
                       Name + ": " + Twine(Num) +
                           " records run past the subsection",
                       Pos - 4);
    ExtSection<R> Sec;
    Sec.SecNameOff = SecNameOff;
    Sec.Records.resize(Num);
    for (uint32_t I = 0; I < Num; ++I, Pos += RecSize)
      if (Error Err = record(Pos, Sec.Records[I]))
        return Err;
    Sub.Sections.push_back(std::move(Sec));
  }
  return Error::success();
}
} // namespace

Expected<ExtInfo> decodeExt(ArrayRef<uint8_t> Data, const Spec &Types) {
  using namespace llvm::support;
  if (Data.size() < 2)
    return makeError(ErrorCode::Truncated, ".BTF.ext data too short for magic");
  endianness E;
  if (Data[0] == 0x9f && Data[1] == 0xeb)
    E = endianness::little;
  else if (Data[0] == 0xeb && Data[1] == 0x9f)
    E = endianness::big;
  else
    return makeError(ErrorCode::BadMagic, "bad .BTF.ext magic");
  if (Data.size() < 24)
    return makeError(ErrorCode::Truncated,
                     ".BTF.ext data shorter than the header");
  if (Data[2] != llvm::BTF::VERSION)
    return makeError(ErrorCode::BadVersion,
                     ".BTF.ext version " + Twine(Data[2]), 2);
  if (Data[3] != 0)
    return makeError(ErrorCode::BadFlags, ".BTF.ext flags not zero", 3);
  auto Read32 = [&](size_t Off) {
    return endian::read32(Data.data() + Off, E);
  };
  uint32_t HdrLen = Read32(4);
  if (HdrLen < 24 || HdrLen > Data.size())
    return makeError(ErrorCode::BadHeaderLength,
                     ".BTF.ext header length " + Twine(HdrLen) + " not valid",
                     4);
  ExtInfo Ext;
  Ext.HeaderLength = HdrLen >= 32 ? 32 : 24;
  ExtDecoder D(Data, E, HdrLen, Types);
  if (Error Err = D.parse(Read32(8), Read32(12), MinRecordSize[0], "func_info",
                          Ext.FuncInfos))
    return std::move(Err);
  if (Error Err = D.parse(Read32(16), Read32(20), MinRecordSize[1], "line_info",
                          Ext.LineInfos))
    return std::move(Err);
  if (HdrLen >= 32)
    if (Error Err = D.parse(Read32(24), Read32(28), MinRecordSize[2],
                            "core_relo", Ext.CoreRelocs))
      return std::move(Err);
  return std::move(Ext);
}

} // namespace btf
} // namespace corecc
