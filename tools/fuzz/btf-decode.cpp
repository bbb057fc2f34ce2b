// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- btf-decode.cpp - libFuzzer target: the BTF decoder -----------------===//
//
// Part of corecc. See docs/reliability.md.
//
// Each input is decoded as base BTF and as split BTF on a small fixed base.
// Whatever decodes must survive what the tools do with it: bpftool-form
// printing, sizes and alignments, lookups by name, re-encoding in both byte
// orders (which must decode to the same text and the same bytes), the
// validating pass over the built Spec (the other decode path, which must
// agree), and dedup. A rejected input must say why with an error code.
//
//===----------------------------------------------------------------------===//

#include "FuzzCommon.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <string>

using namespace corecc::btf;
using corecc::fuzz::check;

namespace {

std::string dumpAll(const Spec &S) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  dumpTypes(S, OS);
  return Out;
}

void exercise(const Spec &S) {
  std::string Text = dumpAll(S);
  // The slow, rule-by-rule validation accepts what the fast decoder did.
  check(!bool(S.validate()));
  for (uint32_t Id : S.ownIds()) {
    llvm::Expected<uint64_t> Size = S.sizeOf(Id);
    if (!Size)
      llvm::consumeError(Size.takeError());
    llvm::Expected<uint32_t> Align = S.alignOf(Id);
    if (!Align)
      llvm::consumeError(Align.takeError());
    (void)S.skipModifiersAndTypedefs(Id);
    Type T = S.type(Id);
    if (!T.name().empty()) {
      check(!S.findByName(T.name()).empty());
      (void)S.findByEssentialName(essentialName(T.name()));
    }
  }
  for (llvm::endianness E : {llvm::endianness::little, llvm::endianness::big}) {
    std::vector<uint8_t> Bytes = encodeBTF(S, E);
    llvm::Expected<Spec> Again = decodeBTF(Bytes, S.sharedBase());
    check(bool(Again));
    check(dumpAll(*Again) == Text);
    check(encodeBTF(*Again, E) == Bytes);
  }
  Spec Copy = S;
  DedupResult R = dedup(Copy);
  check(R.Remap.size() == S.typeCount());
  check(!bool(Copy.validate()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::ArrayRef<uint8_t> Bytes(Data, Size);
  llvm::Expected<Spec> S = decodeBTF(Bytes);
  if (S)
    exercise(*S);
  else
    check(errorCodeOf(S.takeError()).has_value());

  llvm::Expected<Spec> Split = decodeBTF(Bytes, corecc::fuzz::fixedBase());
  if (Split)
    exercise(*Split);
  else
    check(errorCodeOf(Split.takeError()).has_value());
  return 0;
}
