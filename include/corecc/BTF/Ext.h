// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Ext.h - The .BTF.ext model and codec ---------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// .BTF.ext carries per-instruction information for the loader: func_info
/// (which BTF FUNC starts at an instruction), line_info (source file, line
/// text, line and column of an instruction) and CO-RE relocations (root type,
/// access string such as "0:1:2", relocation kind). Each of the three
/// subsections holds a record size and then, per ELF code section, the
/// section name and its records.
///
/// Every string a record names (section names, file names, line text, access
/// strings) lives in the .BTF string table, so the model stores string
/// offsets into the companion Spec; add them with Spec::addString().
///
/// Instruction offsets are opaque 64-bit references ("Insn"): the compiler
/// stores whatever identifies an instruction for its assembler sink (which
/// writes a label), a ByteSink writes them as the byte offset they are in an
/// object file.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_EXT_H
#define CORECC_BTF_EXT_H

#include "corecc/BTF/RelocKinds.h"
#include "corecc/BTF/Sink.h"
#include "corecc/BTF/Spec.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include "llvm/Support/Error.h"
#include <cstdint>
#include <vector>

namespace corecc {
namespace btf {

struct FuncInfo {
  uint64_t Insn = 0;
  uint32_t TypeId = 0; ///< A FUNC.
};

struct LineInfo {
  uint64_t Insn = 0;
  uint32_t FileNameOff = 0;
  uint32_t LineOff = 0; ///< The source line's text.
  uint32_t Line = 0;    ///< At most 22 bits on the wire.
  uint32_t Column = 0;  ///< At most 10 bits on the wire.
};

struct CoreReloc {
  uint64_t Insn = 0;
  uint32_t TypeId = 0;
  uint32_t AccessStrOff = 0; ///< "0:1:2"-style access string.
  uint32_t Kind = 0;         ///< A CoreRelocKind.
};

/// The records of one ELF code section.
template <typename RecordT> struct ExtSection {
  uint32_t SecNameOff = 0;
  std::vector<RecordT> Records;
};

/// One of the three subsections.
template <typename RecordT> struct ExtSubsection {
  /// Record size on the wire. Larger sizes (newer formats) are kept; their
  /// extra bytes are skipped when decoding and written as zeros.
  uint32_t RecordSize;
  /// Whether an empty subsection still writes its record-size word. clang
  /// writes it for func_info and line_info, and writes nothing for an empty
  /// CO-RE relocation subsection; the decoder records what it saw.
  bool EmitWhenEmpty;
  std::vector<ExtSection<RecordT>> Sections;

  bool empty() const { return Sections.empty(); }
  /// The section named by \p SecNameOff, created at the end if missing.
  ExtSection<RecordT> &section(uint32_t SecNameOff) {
    for (ExtSection<RecordT> &S : Sections)
      if (S.SecNameOff == SecNameOff)
        return S;
    Sections.push_back({SecNameOff, {}});
    return Sections.back();
  }
  size_t recordCount() const {
    size_t N = 0;
    for (const ExtSection<RecordT> &S : Sections)
      N += S.Records.size();
    return N;
  }
};

/// The whole .BTF.ext content.
struct ExtInfo {
  /// 32 (with the CO-RE relocation subsection) or 24 (older format).
  uint32_t HeaderLength = 32;
  ExtSubsection<FuncInfo> FuncInfos{llvm::BTF::BPFFuncInfoSize, true, {}};
  ExtSubsection<LineInfo> LineInfos{llvm::BTF::BPFLineInfoSize, true, {}};
  ExtSubsection<CoreReloc> CoreRelocs{llvm::BTF::BPFFieldRelocSize, false, {}};

  bool empty() const {
    return FuncInfos.empty() && LineInfos.empty() && CoreRelocs.empty();
  }
};

/// Writes \p Ext to \p Out (canonical layout: header, func_info, line_info,
/// CO-RE relocations, no gaps). Instruction offsets go through
/// BTFSink::insnOffset(); comments name each field.
void encodeExt(const ExtInfo &Ext, BTFSink &Out);
std::vector<uint8_t> encodeExt(const ExtInfo &Ext, llvm::endianness E);

/// Decodes a .BTF.ext blob. \p Types is the object's .BTF, used to check that
/// string offsets and type ids are in range (and that func_info names FUNCs).
/// The byte order is detected from the magic.
llvm::Expected<ExtInfo> decodeExt(llvm::ArrayRef<uint8_t> Data,
                                  const Spec &Types);

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_EXT_H
