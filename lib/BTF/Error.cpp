// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Error.cpp - Typed errors of the BTF library ------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Error.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace corecc {
namespace btf {

char BTFError::ID;

StringRef errorCodeName(ErrorCode C) {
  switch (C) {
  case ErrorCode::Truncated:
    return "truncated input";
  case ErrorCode::BadMagic:
    return "bad magic";
  case ErrorCode::BadVersion:
    return "bad version";
  case ErrorCode::BadFlags:
    return "bad flags";
  case ErrorCode::BadHeaderLength:
    return "bad header length";
  case ErrorCode::SectionOutOfBounds:
    return "section out of bounds";
  case ErrorCode::BadStringSection:
    return "bad string section";
  case ErrorCode::StringOffsetOutOfRange:
    return "string offset out of range";
  case ErrorCode::TypeIdOutOfRange:
    return "type id out of range";
  case ErrorCode::ReferenceLoop:
    return "reference loop";
  case ErrorCode::VlenOverrun:
    return "vlen overrun";
  case ErrorCode::UnknownKind:
    return "unknown kind";
  case ErrorCode::InvalidType:
    return "invalid type";
  case ErrorCode::BadRecordSize:
    return "bad record size";
  case ErrorCode::InvalidRecord:
    return "invalid record";
  case ErrorCode::NoBTFSection:
    return "no BTF section";
  case ErrorCode::ReadError:
    return "read error";
  case ErrorCode::InvalidArgument:
    return "invalid argument";
  }
  return "unknown error";
}

void BTFError::log(raw_ostream &OS) const {
  OS << Message;
  if (TypeId || Offset) {
    OS << " (";
    if (TypeId)
      OS << "type [" << TypeId << "]" << (Offset ? ", " : "");
    if (Offset)
      OS << "offset " << format_hex(Offset, 0);
    OS << ")";
  }
}

std::error_code BTFError::convertToErrorCode() const {
  return inconvertibleErrorCode();
}

Error makeError(ErrorCode Code, const Twine &Message, uint64_t Offset,
                uint32_t TypeId) {
  return make_error<BTFError>(Code, Message.str(), Offset, TypeId);
}

std::optional<ErrorCode> errorCodeOf(Error E) {
  if (!E)
    return std::nullopt;
  std::optional<ErrorCode> Result = ErrorCode::ReadError;
  handleAllErrors(
      std::move(E), [&](const BTFError &B) { Result = B.code(); },
      [](const ErrorInfoBase &) {});
  return Result;
}

} // namespace btf
} // namespace corecc
