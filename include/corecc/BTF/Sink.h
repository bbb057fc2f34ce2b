// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Sink.h - Where the encoders write ------------*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The encoders (encodeBTF, encodeExt) do not write bytes themselves: they
/// call a BTFSink once per field, with a comment. ByteSink turns the calls
/// into a byte buffer in either byte order; the compiler's assembly printer
/// implements its own sink that emits directives and comments, e.g.
///
/// \code
///   .long 16777218   # BTF_KIND_STRUCT(id = 2)
///   .long .Ltmp3     # insn_off (a symbolic .BTF.ext instruction offset)
/// \endcode
///
/// Comments are Twines, so a sink that ignores them costs nothing.
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_SINK_H
#define CORECC_BTF_SINK_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Endian.h"
#include <cstdint>
#include <vector>

namespace corecc {
namespace btf {

class BTFSink {
public:
  virtual ~BTFSink();
  virtual void u8(uint8_t V, const llvm::Twine &Comment) = 0;
  virtual void u16(uint16_t V, const llvm::Twine &Comment) = 0;
  virtual void u32(uint32_t V, const llvm::Twine &Comment) = 0;
  /// One string of the string table: the bytes of \p S and a NUL.
  virtual void string(llvm::StringRef S, const llvm::Twine &Comment) = 0;
  /// An instruction offset in a .BTF.ext record. \p Ref is the caller's
  /// opaque instruction reference (the compiler maps it to a label); a byte
  /// sink writes it as a 32-bit byte offset.
  virtual void insnOffset(uint64_t Ref, const llvm::Twine &Comment) = 0;
};

/// A sink that appends to a byte vector in the given byte order.
class ByteSink final : public BTFSink {
public:
  explicit ByteSink(llvm::endianness E = llvm::endianness::native) : E(E) {}

  void u8(uint8_t V, const llvm::Twine &) override { Buf.push_back(V); }
  void u16(uint16_t V, const llvm::Twine &) override;
  void u32(uint32_t V, const llvm::Twine &) override;
  void string(llvm::StringRef S, const llvm::Twine &) override;
  void insnOffset(uint64_t Ref, const llvm::Twine &) override;

  llvm::endianness endianness() const { return E; }
  std::vector<uint8_t> &buffer() { return Buf; }
  const std::vector<uint8_t> &buffer() const { return Buf; }
  std::vector<uint8_t> take() { return std::move(Buf); }

private:
  llvm::endianness E;
  std::vector<uint8_t> Buf;
};

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_SINK_H
