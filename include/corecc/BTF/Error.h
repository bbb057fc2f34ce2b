// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- corecc/BTF/Error.h - Typed errors of the BTF library -----*- C++ -*-===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Every failure of the BTF library is a BTFError: an llvm::ErrorInfo with an
/// ErrorCode that callers and tests branch on, plus the byte offset and the
/// type id where the problem was found. The message text is for humans only;
/// tests check the code, never the text:
///
/// \code
///   Expected<Spec> S = decodeBTF(Bytes);
///   EXPECT_EQ(errorCodeOf(S.takeError()), ErrorCode::TypeIdOutOfRange);
/// \endcode
///
//===----------------------------------------------------------------------===//

#ifndef CORECC_BTF_ERROR_H
#define CORECC_BTF_ERROR_H

#include "llvm/Support/Error.h"
#include <cstdint>
#include <optional>
#include <string>

namespace corecc {
namespace btf {

/// What went wrong. Adding a code: also name it in errorCodeName().
enum class ErrorCode {
  /// Input shorter than the fixed part of a header.
  Truncated = 1,
  /// The first two bytes are not 0xeB9F in either byte order.
  BadMagic,
  /// Version is not 1.
  BadVersion,
  /// Header flags are not zero.
  BadFlags,
  /// hdr_len is smaller than the fixed header, larger than the data, or the
  /// bytes past the known header fields are not zero.
  BadHeaderLength,
  /// A section (types, strings, or a .BTF.ext subsection) lies outside the
  /// data, overlaps another one, or is misaligned.
  SectionOutOfBounds,
  /// The string section is empty, does not start (base BTF) or end with NUL,
  /// or is larger than the format allows.
  BadStringSection,
  /// A name or string offset points past the string section.
  StringOffsetOutOfRange,
  /// A type id points past the last type.
  TypeIdOutOfRange,
  /// Types refer to each other in a cycle that no pointer breaks (e.g. a
  /// typedef of itself, or a struct that contains itself by value).
  ReferenceLoop,
  /// A type's trailing records (members, params, values...) run past the end
  /// of the type section.
  VlenOverrun,
  /// The kind field is 0 or larger than the last known kind (ENUM64).
  UnknownKind,
  /// A field has a value the format forbids: reserved bits set, bad INT
  /// size/encoding, bad linkage, a FUNC that does not point to a FUNC_PROTO,
  /// a missing required name, a DECL_TAG component index out of range...
  InvalidType,
  /// A .BTF.ext record size is smaller than the record, or misaligned.
  BadRecordSize,
  /// A .BTF.ext record refers to something invalid (type, string, kind).
  InvalidRecord,
  /// An ELF file has no .BTF section (or a .BTF.ext was asked for and is
  /// missing).
  NoBTFSection,
  /// The file could not be read or is not a BTF/ELF file we understand.
  ReadError,
  /// A builder or tool argument is invalid (bad id, unencodable value).
  InvalidArgument,
};

/// Spelling of \p C for messages ("type id out of range").
llvm::StringRef errorCodeName(ErrorCode C);

/// The error type of the BTF library. Offset is a byte offset into the
/// decoded blob (0 when unknown); TypeId is the id of the type being decoded
/// (0 when the error is not about one type).
class BTFError : public llvm::ErrorInfo<BTFError> {
public:
  static char ID;

  BTFError(ErrorCode Code, std::string Message, uint64_t Offset = 0,
           uint32_t TypeId = 0)
      : Code(Code), Message(std::move(Message)), Offset(Offset),
        TypeId(TypeId) {}

  ErrorCode code() const { return Code; }
  llvm::StringRef text() const { return Message; }
  uint64_t offset() const { return Offset; }
  uint32_t typeId() const { return TypeId; }

  /// "<message> (type [<id>], offset 0x<offset>)".
  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override;

private:
  ErrorCode Code;
  std::string Message;
  uint64_t Offset;
  uint32_t TypeId;
};

/// Builds a BTFError.
llvm::Error makeError(ErrorCode Code, const llvm::Twine &Message,
                      uint64_t Offset = 0, uint32_t TypeId = 0);

/// Consumes \p E and returns its code: std::nullopt for success, and
/// ErrorCode::ReadError for errors that are not BTFErrors (I/O, ELF parsing).
std::optional<ErrorCode> errorCodeOf(llvm::Error E);

} // namespace btf
} // namespace corecc

#endif // CORECC_BTF_ERROR_H
