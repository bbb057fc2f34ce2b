// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- btf-cheader.cpp - libFuzzer target: decoder + C header writer ------===//
//
// Part of corecc. See docs/reliability.md.
//
// What `corecc-btf dump --format c` does with an input: decode it (as base
// BTF and split on a fixed base) and, if that succeeds, write the C header
// with layout asserts. The writer must finish, in bounded stack and time,
// with a header or an error that says why.
//
//===----------------------------------------------------------------------===//

#include "FuzzCommon.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <string>

using namespace corecc::btf;

namespace {

void writeHeader(const Spec &S) {
  std::string Header;
  llvm::raw_string_ostream OS(Header);
  CHeaderOptions Opts;
  Opts.LayoutAsserts = true;
  if (llvm::Error E = writeCHeader(S, OS, Opts)) {
    corecc::fuzz::check(errorCodeOf(std::move(E)).has_value());
    return;
  }
  corecc::fuzz::check(llvm::StringRef(Header).ends_with("*/\n"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::ArrayRef<uint8_t> Bytes(Data, Size);
  if (llvm::Expected<Spec> S = decodeBTF(Bytes))
    writeHeader(*S);
  else
    llvm::consumeError(S.takeError());
  if (llvm::Expected<Spec> S = decodeBTF(Bytes, corecc::fuzz::fixedBase()))
    writeHeader(*S);
  else
    llvm::consumeError(S.takeError());
  return 0;
}
