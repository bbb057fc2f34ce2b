// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- Encoder.cpp - .BTF encoder -----------------------------------------===//
//
// Part of corecc. See docs/btf.md.
//
//===----------------------------------------------------------------------===//
//
// Writes header, types (in id order) and the string table through a BTFSink.
// The comments follow LLVM's BPF assembly output, so that the compiler's -S
// output reads like clang's:
//
//   .long 16777218   # BTF_KIND_STRUCT(id = 2)
//   .ascii "int"     # string offset=1
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/Codec.h"

using namespace llvm;

namespace corecc {
namespace btf {

void encodeBTF(const Spec &S, BTFSink &Out) {
  // Type section length: the own types, in id order.
  uint64_t TypeLen = 0;
  for (uint32_t Id : S.ownIds())
    TypeLen += 4 * S.type(Id).wordCount();
  StringRef Strings = S.ownStrings();
  assert(TypeLen <= UINT32_MAX && Strings.size() <= UINT32_MAX);

  Out.u16(llvm::BTF::MAGIC, "magic");
  Out.u8(llvm::BTF::VERSION, "version");
  Out.u8(0, "flags");
  Out.u32(llvm::BTF::HeaderSize, "hdr_len");
  Out.u32(0, "type_off");
  Out.u32(static_cast<uint32_t>(TypeLen), "type_len");
  Out.u32(static_cast<uint32_t>(TypeLen), "str_off");
  Out.u32(static_cast<uint32_t>(Strings.size()), "str_len");

  for (uint32_t Id : S.ownIds()) {
    Type T = S.type(Id);
    const uint32_t *W = T.words();
    Out.u32(W[0],
            "BTF_KIND_" + kindName(T.kind()) + "(id = " + Twine(Id) + ")");
    for (unsigned I = 1, E = T.wordCount(); I < E; ++I)
      Out.u32(W[I], "");
  }

  // The string table, one string at a time: splitting at each NUL and
  // writing string + NUL gives back the exact bytes.
  size_t Pos = 0;
  while (Pos < Strings.size()) {
    size_t End = Strings.find('\0', Pos);
    if (End == StringRef::npos)
      End = Strings.size(); // Not reachable for valid Specs.
    Out.string(Strings.slice(Pos, End),
               "string offset=" + Twine(S.stringsBegin() + Pos));
    Pos = End + 1;
  }
}

std::vector<uint8_t> encodeBTF(const Spec &S, endianness E) {
  ByteSink Sink(E);
  Sink.buffer().reserve(llvm::BTF::HeaderSize + S.ownStrings().size() +
                        S.ownTypeCount() * 16);
  encodeBTF(S, Sink);
  return Sink.take();
}

std::vector<uint8_t> encodeBTF(const Spec &S) {
  return encodeBTF(S, S.endianness());
}

} // namespace btf
} // namespace corecc
