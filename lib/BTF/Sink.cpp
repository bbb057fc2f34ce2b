// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Sink.cpp - Encoder output ------------------------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Sink.h"
#include <cassert>

using namespace llvm;

namespace corecc {
namespace btf {

BTFSink::~BTFSink() = default;

void ByteSink::u16(uint16_t V, const Twine &) {
  uint8_t B[2];
  support::endian::write16(B, V, E);
  Buf.insert(Buf.end(), B, B + 2);
}

void ByteSink::u32(uint32_t V, const Twine &) {
  uint8_t B[4];
  support::endian::write32(B, V, E);
  Buf.insert(Buf.end(), B, B + 4);
}

void ByteSink::string(StringRef S, const Twine &) {
  Buf.insert(Buf.end(), S.bytes_begin(), S.bytes_end());
  Buf.push_back(0);
}

void ByteSink::insnOffset(uint64_t Ref, const Twine &C) {
  assert(Ref <= UINT32_MAX && "instruction offset does not fit 32 bits");
  u32(static_cast<uint32_t>(Ref), C);
}

} // namespace btf
} // namespace corecc
