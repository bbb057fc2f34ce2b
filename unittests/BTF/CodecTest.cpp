// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CodecTest.cpp - .BTF encoder and decoder ---------------------------===//
//
// Part of corecc.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace corecc::btf;
using namespace corecc::btf::test;
using llvm::endianness;

namespace {

TEST(CodecTest, ExactBytes) {
  Spec S;
  S.addInt("int", 4, IntSigned);
  std::vector<uint8_t> Expected = {
      0x9f, 0xeb, 1,   0,     // magic, version, flags
      24,   0,    0,   0,     // hdr_len
      0,    0,    0,   0,     // type_off
      16,   0,    0,   0,     // type_len
      16,   0,    0,   0,     // str_off
      5,    0,    0,   0,     // str_len
      1,    0,    0,   0,     // name_off
      0,    0,    0,   1,     // info: kind INT
      4,    0,    0,   0,     // size
      32,   0,    0,   1,     // encoding SIGNED, 32 bits
      0,    'i',  'n', 't', 0 // strings
  };
  EXPECT_EQ(encodeBTF(S, endianness::little), Expected);
  std::vector<uint8_t> Big = encodeBTF(S, endianness::big);
  ASSERT_EQ(Big.size(), Expected.size());
  EXPECT_EQ(Big[0], 0xeb);
  EXPECT_EQ(Big[1], 0x9f);
  EXPECT_EQ(Big[7], 24);
  EXPECT_EQ(Big[27], 1) << "name_off, big-endian";
}

TEST(CodecTest, RoundTripBothEndians) {
  Spec S;
  buildAllKinds(S);
  ASSERT_FALSE(bool(S.validate()));
  for (endianness E : {endianness::little, endianness::big}) {
    std::vector<uint8_t> Bytes = encodeBTF(S, E);
    Spec D = decodeOrFail(Bytes);
    EXPECT_EQ(D.endianness(), E);
    EXPECT_EQ(dump(D), dump(S));
    EXPECT_EQ(encodeBTF(D), Bytes) << "decode then encode gives the bytes";
    EXPECT_EQ(encodeBTF(D, E == endianness::little ? endianness::big
                                                   : endianness::little),
              encodeBTF(S, E == endianness::little ? endianness::big
                                                   : endianness::little))
        << "and converts between byte orders";
  }
}

TEST(CodecTest, GccCharEncoding) {
  // GCC 12 marks 'char' SIGNED|CHAR; bpftool prints it as UNKN.
  Spec S;
  S.addInt("char", 1, IntSigned | IntChar);
  Spec D = decodeOrFail(encodeBTF(S));
  EXPECT_EQ(formatType(D, 1),
            "[1] INT 'char' size=1 bits_offset=0 nr_bits=8 encoding=UNKN");
}

TEST(CodecTest, EmptySpecRoundTrips) {
  Spec S;
  std::vector<uint8_t> Bytes = encodeBTF(S);
  EXPECT_EQ(Bytes.size(), 25u);
  Spec D = decodeOrFail(Bytes);
  EXPECT_EQ(D.typeCount(), 1u);
}

TEST(CodecTest, HeaderLongerThanKnownFieldsIsAccepted) {
  Spec S;
  S.addInt("int", 4, IntSigned);
  std::vector<uint8_t> Bytes = encodeBTF(S, endianness::little);
  Bytes.insert(Bytes.begin() + 24, 8,
               0); // Eight zero bytes of "future" header.
  Bytes[4] = 32;
  Spec D = decodeOrFail(Bytes);
  EXPECT_EQ(dump(D), dump(S));
}

TEST(CodecTest, SectionsInOtherOrderAreAccepted) {
  // Strings first, then types (libbpf accepts it; so do we).
  Spec S;
  S.addInt("int", 4, IntSigned);
  std::vector<uint8_t> Canon = encodeBTF(S, endianness::little);
  std::vector<uint8_t> Bytes(Canon.begin(), Canon.begin() + 24);
  Bytes.insert(Bytes.end(), {0, 'i', 'n', 't', 0, 0, 0, 0}); // strings + pad
  Bytes.insert(Bytes.end(), Canon.begin() + 24, Canon.begin() + 40);
  Bytes[8] = 8;  // type_off
  Bytes[16] = 0; // str_off
  Spec D = decodeOrFail(Bytes);
  EXPECT_EQ(dump(D), dump(S));
  EXPECT_EQ(encodeBTF(D), Canon) << "re-encoding gives the canonical layout";
}

TEST(CodecTest, Comments) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  S.addStruct("s", 4, {{"a", Int, 0}});
  RecordingSink Sink;
  encodeBTF(S, Sink);
  ASSERT_GE(Sink.Lines.size(), 8u);
  EXPECT_EQ(Sink.Lines[0], "u16 60319 # magic");
  EXPECT_EQ(Sink.Lines[3], "u32 24 # hdr_len");
  EXPECT_EQ(Sink.Lines[8], "u32 1 # BTF_KIND_INT(id = 1)");
  EXPECT_EQ(Sink.Lines[12], "u32 5 # BTF_KIND_STRUCT(id = 2)");
  EXPECT_EQ(Sink.Lines[Sink.Lines.size() - 4], "string \"\" # string offset=0");
  EXPECT_EQ(Sink.Lines[Sink.Lines.size() - 3],
            "string \"int\" # string offset=1");
  EXPECT_EQ(Sink.Lines[Sink.Lines.size() - 2],
            "string \"s\" # string offset=5");
  EXPECT_EQ(Sink.Lines.back(), "string \"a\" # string offset=7");
}

TEST(CodecTest, Split) {
  auto Base = std::make_shared<Spec>();
  uint32_t Int = Base->addInt("int", 4, IntSigned);
  Base->addStruct("base_s", 4, {{"x", Int, 0}});
  std::shared_ptr<const Spec> B = Base;
  // The base as a decoded Spec, the way a tool would hold it.
  auto DB = std::make_shared<const Spec>(decodeOrFail(encodeBTF(*B)));

  Spec Split(DB);
  uint32_t Ptr = Split.addPtr(2);
  Split.addStruct("mod_s", 8, {{"p", Ptr, 0}, {"int", Int, 64}});
  std::vector<uint8_t> Bytes = encodeBTF(Split);
  // Strings of a split BTF do not start with the empty string.
  EXPECT_EQ(Bytes[20], 8) << "str_len: \"mod_s\\0p\\0\" only";

  Spec D = decodeOrFail(Bytes, DB);
  EXPECT_EQ(D.firstId(), 3u);
  EXPECT_EQ(dump(D), dump(Split));
  EXPECT_EQ(encodeBTF(D), Bytes);
  EXPECT_EQ(D.type(4).member(1).NameOff, DB->findString("int"));

  // Without its base, split BTF refers to strings and types it does not have.
  llvm::Expected<Spec> Alone = decodeBTF(Bytes);
  EXPECT_TRUE(errorCodeOf(Alone.takeError()).has_value());
}

TEST(CodecTest, SplitOnSplit) {
  auto Base = std::make_shared<Spec>();
  Base->addInt("int", 4, IntSigned);
  std::shared_ptr<const Spec> B = Base;
  auto Mid = std::make_shared<Spec>(B);
  Mid->addPtr(1);
  std::shared_ptr<const Spec> M = Mid;
  Spec Top(M);
  Top.addPtr(2);
  Spec D = decodeOrFail(encodeBTF(Top), M);
  EXPECT_EQ(D.firstId(), 3u);
  EXPECT_EQ(D.type(3).refType(), 2u);
  EXPECT_EQ(D.type(1).name(), "int");
}

TEST(CodecTest, BorrowedDecodeCopiesOnWrite) {
  Spec S;
  buildAllKinds(S);
  std::vector<uint8_t> Bytes = encodeBTF(S, llvm::endianness::native);
  auto Owner = std::shared_ptr<llvm::MemoryBuffer>(
      llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(
          reinterpret_cast<const char *>(Bytes.data()), Bytes.size())));
  llvm::ArrayRef<uint8_t> Data(
      reinterpret_cast<const uint8_t *>(Owner->getBufferStart()),
      Owner->getBufferSize());
  llvm::Expected<Spec> D = decodeBTF(Owner, Data);
  ASSERT_TRUE(bool(D)) << llvm::toString(D.takeError());
  Spec Copy = *D; // Shares the borrowed buffer.
  D->addString("brand new");
  D->setName(1, "renamed");
  D->addPtr(1);
  EXPECT_EQ(D->type(1).name(), "renamed");
  EXPECT_EQ(Copy.type(1).name(), "int") << "the copy still reads the buffer";
  EXPECT_EQ(dump(Copy), dump(S));
  EXPECT_EQ(llvm::ArrayRef<uint8_t>(encodeBTF(Copy)), Data);
  Owner.reset();
  EXPECT_EQ(D->typeCount(), S.typeCount() + 1);
}

TEST(CodecTest, ValidateCatchesBuiltLoops) {
  Spec S;
  uint32_t T = S.addTypedef("a", 0);
  uint32_t C = S.addConst(T);
  S.setRefType(T, C);
  EXPECT_EQ(errorCodeOf(S.validate()), ErrorCode::ReferenceLoop);
  // A pointer breaks the cycle.
  uint32_t P = S.addPtr(T);
  S.setRefType(C, P);
  EXPECT_EQ(errorCodeOf(S.validate()), std::nullopt);
}

} // namespace
