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
// agree), and dedup. The fast decode and the careful one (the same rules,
// each explained) must agree on every input, accepted or refused: same
// error code, same message.
//
//===----------------------------------------------------------------------===//

#include "FuzzCommon.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <optional>
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

/// The fast decode and the careful one (every type explained, rule by
/// rule) accept the same inputs, and refuse the others with the same code
/// and the same message.
void compareWithCarefulDecode(llvm::ArrayRef<uint8_t> Bytes,
                              std::shared_ptr<const Spec> Base,
                              llvm::Expected<Spec> &Fast) {
  llvm::Expected<Spec> Careful = detail::decodeBTFCarefully(Bytes, Base);
  check(bool(Fast) == bool(Careful));
  if (Fast && Careful) {
    check(dumpAll(*Fast) == dumpAll(*Careful));
    return;
  }
  if (!Careful) {
    std::string FastText, CarefulText;
    std::optional<ErrorCode> FastCode, CarefulCode;
    llvm::Error FE = Fast ? llvm::Error::success() : Fast.takeError();
    llvm::handleAllErrors(std::move(FE), [&](const BTFError &E) {
      FastCode = E.code();
      FastText = E.message();
    });
    llvm::handleAllErrors(Careful.takeError(), [&](const BTFError &E) {
      CarefulCode = E.code();
      CarefulText = E.message();
    });
    check(FastCode == CarefulCode && FastText == CarefulText);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::ArrayRef<uint8_t> Bytes(Data, Size);
  for (std::shared_ptr<const Spec> Base :
       {std::shared_ptr<const Spec>(), corecc::fuzz::fixedBase()}) {
    llvm::Expected<Spec> S = decodeBTF(Bytes, Base);
    compareWithCarefulDecode(Bytes, Base, S);
    if (S)
      exercise(*S);
  }
  return 0;
}
