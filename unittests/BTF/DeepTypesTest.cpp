// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- DeepTypesTest.cpp - BTF walks on very deep and doubling types ------===//
//
// Every walk of the BTF library over the shapes of DeepTypes.h: each must
// finish (in bounded stack, without exponential work) and either succeed or
// fail with an error that says why. The C header writer succeeds where the
// header is linear in the input, and refuses declarations nested deeper
// than clang parses (its default -fbracket-depth, 256) or too long to write.
//
//===----------------------------------------------------------------------===//

#include "DeepTypes.h"
#include "TestUtil.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace corecc::btf;
using namespace corecc::btf::test;

namespace {

std::string header(const Spec &S, Error &Err) {
  std::string Out;
  raw_string_ostream OS(Out);
  Err = writeCHeader(S, OS, CHeaderOptions());
  return Out;
}

TEST(DeepTypes, DecodeDumpSizesDedup) {
  for (DeepShape &D : deepShapes()) {
    SCOPED_TRACE(D.Name);
    std::vector<uint8_t> Bytes = encodeBTF(D.S, llvm::endianness::little);
    Spec S = decodeOrFail(Bytes);
    ASSERT_EQ(S.typeCount(), D.S.typeCount());
    EXPECT_FALSE(bool(S.validate()));

    std::string Text;
    raw_string_ostream OS(Text);
    dumpTypes(S, OS);
    EXPECT_NE(Text.find("[" + std::to_string(D.Top) + "]"), std::string::npos);

    // Sizes and alignments: a value, or an error naming the long chain.
    Expected<uint64_t> Size = S.sizeOf(D.Top);
    if (!Size) {
      EXPECT_NE(toString(Size.takeError()).find("too long"), std::string::npos);
    }
    Expected<uint32_t> Align = S.alignOf(D.Top);
    EXPECT_TRUE(bool(Align)) << toString(Align.takeError());
    (void)S.skipModifiersAndTypedefs(D.Top);

    Spec Copy = S;
    DedupResult R = dedup(Copy);
    EXPECT_EQ(R.Remap.size(), S.typeCount());
    EXPECT_FALSE(bool(Copy.validate()));
  }
}

TEST(DeepTypes, CHeader) {
  for (DeepShape &D : deepShapes()) {
    SCOPED_TRACE(D.Name);
    Error Err = Error::success();
    std::string H = header(D.S, Err);
    std::string Msg = Err ? toString(std::move(Err)) : "";
    if (D.Name == "modifier-chain") {
      // 50,000 typedefs, each after the one it names.
      EXPECT_EQ(Msg, "");
      size_t T0 = H.find(" t2;"), T1 = H.find(" t5;"), Top = H.find(" top;");
      EXPECT_LT(T0, T1);
      EXPECT_LT(T1, Top);
      EXPECT_NE(Top, std::string::npos);
    } else if (D.Name == "named-struct-chain" || D.Name == "struct-doubling") {
      // Each struct defined after the one it embeds.
      EXPECT_EQ(Msg, "");
      bool Chain = D.Name == "named-struct-chain";
      std::string Inner = Chain ? "struct s0 {" : "struct d0 {";
      std::string Mid = Chain ? "struct s1 {" : "union d1 {";
      std::string Top = Chain ? "struct s50000 {" : "union d30 {";
      EXPECT_LT(H.find(Inner), H.find(Mid));
      EXPECT_LT(H.find(Mid), H.find(Top));
      EXPECT_NE(H.find(Top), std::string::npos);
    } else if (D.Name == "array-chain") {
      EXPECT_EQ(Msg, "");
      EXPECT_NE(H.find("typedef int top[1][1][1]"), std::string::npos);
    } else if (D.Name == "anonymous-doubling") {
      // 2^30 members written inline, 31 levels deep.
      EXPECT_NE(Msg.find("longer than"), std::string::npos) << Msg;
    } else if (D.Name == "func-proto-doubling") {
      EXPECT_NE(Msg.find("longer than"), std::string::npos) << Msg;
    } else {
      // Anonymous structs written inline and prototypes of prototypes nest
      // one level each: refused beyond what clang would parse.
      EXPECT_NE(Msg.find("more than 256 levels"), std::string::npos) << Msg;
    }
  }
}

} // namespace
