//===- btf-decode-fuzzer.cpp - libFuzzer target for the BTF decoder -------===//
//
// Part of corecc. Built and run by utils/check.d/fuzz-btf (clang++-19
// -fsanitize=fuzzer,address), not by the CMake build.
//
// Each input is tried three ways: as base BTF, as split BTF on a small fixed
// base, and as .BTF.ext against that base. Whatever decodes must then
// survive everything a tool does with it: bpftool-form printing, sizes and
// alignments, re-encoding in both byte orders (which must decode to the
// same text), lookups, and, for small inputs, the C header writer and dedup.
//
//===----------------------------------------------------------------------===//

#include "corecc/BTF/BTF.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

using namespace corecc::btf;

namespace {

void check(bool Cond) {
  if (!Cond)
    __builtin_trap();
}

std::string dumpAll(const Spec &S) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  dumpTypes(S, OS);
  return OS.str();
}

const std::shared_ptr<const Spec> &fixedBase() {
  static std::shared_ptr<const Spec> Base = [] {
    auto S = std::make_shared<Spec>();
    uint32_t Int = S->addInt("int", 4, IntSigned);
    uint32_t Str = S->addStruct("base", 16);
    uint32_t Ptr = S->addPtr(Str);
    S->setMembers(Str, {{"v", Int, 0}, {"next", Ptr, 64}});
    uint32_t Proto = S->addFuncProto(Int, {{"b", Ptr}});
    S->addFunc("base_fn", Proto, FuncLinkage::Global);
    S->addString("0:1");
    S->addString(".text");
    return std::shared_ptr<const Spec>(std::move(S));
  }();
  return Base;
}

void exercise(const Spec &S) {
  std::string Text = dumpAll(S);
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
  if (S.typeCount() < 2000) {
    std::string Header;
    llvm::raw_string_ostream OS(Header);
    CHeaderOptions Opts;
    Opts.LayoutAsserts = true;
    check(!bool(writeCHeader(S, OS, Opts)));
    Spec Copy = S;
    DedupResult R = dedup(Copy);
    check(R.Remap.size() == S.typeCount());
    check(!bool(Copy.validate()));
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::ArrayRef<uint8_t> Bytes(Data, Size);

  llvm::Expected<Spec> S = decodeBTF(Bytes);
  if (S)
    exercise(*S);
  else
    check(errorCodeOf(S.takeError()).has_value());

  llvm::Expected<Spec> Split = decodeBTF(Bytes, fixedBase());
  if (Split)
    exercise(*Split);
  else
    llvm::consumeError(Split.takeError());

  llvm::Expected<ExtInfo> Ext = decodeExt(Bytes, *fixedBase());
  if (Ext) {
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    dumpExt(*fixedBase(), *Ext, OS);
    for (llvm::endianness E :
         {llvm::endianness::little, llvm::endianness::big}) {
      std::vector<uint8_t> Again = encodeExt(*Ext, E);
      llvm::Expected<ExtInfo> D = decodeExt(Again, *fixedBase());
      check(bool(D));
      check(encodeExt(*D, E) == Again);
    }
  } else {
    llvm::consumeError(Ext.takeError());
  }
  return 0;
}
