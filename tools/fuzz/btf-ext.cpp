// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- btf-ext.cpp - libFuzzer target: the .BTF.ext decoder ---------------===//
//
// Part of corecc. See docs/reliability.md.
//
// Each input is decoded as the .BTF.ext of a small fixed BTF. What decodes
// is printed as `corecc-btf ext` prints it (every record described against
// the BTF) and re-encoded in both byte orders, which must decode again to
// the same bytes.
//
//===----------------------------------------------------------------------===//

#include "FuzzCommon.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <string>

using namespace corecc::btf;
using corecc::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  const Spec &Base = *corecc::fuzz::fixedBase();
  llvm::Expected<ExtInfo> Ext =
      decodeExt(llvm::ArrayRef<uint8_t>(Data, Size), Base);
  if (!Ext) {
    check(errorCodeOf(Ext.takeError()).has_value());
    return 0;
  }
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  dumpExt(Base, *Ext, OS);
  for (llvm::endianness E : {llvm::endianness::little, llvm::endianness::big}) {
    std::vector<uint8_t> Again = encodeExt(*Ext, E);
    llvm::Expected<ExtInfo> D = decodeExt(Again, Base);
    check(bool(D));
    check(encodeExt(*D, E) == Again);
  }
  return 0;
}
