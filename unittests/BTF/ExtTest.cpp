// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- ExtTest.cpp - .BTF.ext model, codec and descriptions ---------------===//
//
// Part of corecc.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"
#include "llvm/Support/Endian.h"
#include <algorithm>
#include <functional>

using namespace corecc::btf;
using namespace corecc::btf::test;
using llvm::endianness;

namespace {

/// struct foo { int a; int b; }; struct bar { int u; struct foo v[7]; };
/// enum e { U, V = -2 } (signed); a FUNC 'prog'.
struct Fixture {
  Spec S;
  uint32_t Int, Foo, Arr, Bar, Enum, Proto, Func, ConstBar, Td;
  Fixture() {
    Int = S.addInt("int", 4, IntSigned);                             // [1]
    Foo = S.addStruct("foo", 8, {{"a", Int, 0}, {"b", Int, 32}});    // [2]
    Arr = S.addArray(Foo, Int, 7);                                   // [3]
    Bar = S.addStruct("bar", 60, {{"u", Int, 0}, {"v", Arr, 32}});   // [4]
    Enum = S.addEnum("e", 4, true, {{"U", 0}, {"V", uint64_t(-2)}}); // [5]
    Proto = S.addFuncProto(Int, {});                                 // [6]
    Func = S.addFunc("prog", Proto, FuncLinkage::Global);            // [7]
    ConstBar = S.addConst(Bar);                                      // [8]
    Td = S.addTypedef("bar_t", Bar);                                 // [9]
  }
  CoreReloc reloc(uint32_t Type, llvm::StringRef Access, uint32_t Kind) {
    return {0, Type, S.addString(Access), Kind};
  }
};

ExtInfo sampleExt(Fixture &F) {
  ExtInfo Ext;
  uint32_t Sec = F.S.addString("tp/x");
  uint32_t Text = F.S.addString(".text");
  uint32_t File = F.S.addString("prog.bpf.c");
  uint32_t Line = F.S.addString("  return x->v[2].b;");
  Ext.FuncInfos.section(Sec).Records.push_back({0, F.Func});
  Ext.FuncInfos.section(Text).Records.push_back({16, F.Func});
  Ext.LineInfos.section(Sec).Records.push_back({0, File, Line, 12, 5});
  Ext.LineInfos.section(Sec).Records.push_back({8, File, Line, 13, 1023});
  CoreReloc R = F.reloc(F.Bar, "0:1:2:1", llvm::BTF::FIELD_BYTE_OFFSET);
  R.Insn = 8;
  Ext.CoreRelocs.section(Sec).Records.push_back(R);
  return Ext;
}

TEST(ExtTest, RoundTripBothEndians) {
  Fixture F;
  ExtInfo Ext = sampleExt(F);
  for (endianness E : {endianness::little, endianness::big}) {
    std::vector<uint8_t> Bytes = encodeExt(Ext, E);
    llvm::Expected<ExtInfo> D = decodeExt(Bytes, F.S);
    ASSERT_TRUE(bool(D)) << llvm::toString(D.takeError());
    EXPECT_EQ(encodeExt(*D, E), Bytes);
    ASSERT_EQ(D->FuncInfos.Sections.size(), 2u);
    EXPECT_EQ(D->FuncInfos.Sections[1].Records[0].Insn, 16u);
    ASSERT_EQ(D->LineInfos.recordCount(), 2u);
    EXPECT_EQ(D->LineInfos.Sections[0].Records[1].Line, 13u);
    EXPECT_EQ(D->LineInfos.Sections[0].Records[1].Column, 1023u);
    ASSERT_EQ(D->CoreRelocs.recordCount(), 1u);
    EXPECT_EQ(D->CoreRelocs.Sections[0].Records[0].Kind,
              uint32_t(llvm::BTF::FIELD_BYTE_OFFSET));
  }
}

TEST(ExtTest, LayoutMatchesClang) {
  // An empty CO-RE subsection is written as nothing; func/line info keep
  // their record size word even when empty (what clang emits).
  Fixture F;
  ExtInfo Ext;
  Ext.FuncInfos.section(F.S.addString(".text")).Records.push_back({0, F.Func});
  std::vector<uint8_t> Bytes = encodeExt(Ext, endianness::little);
  auto W = [&](size_t Off) {
    return llvm::support::endian::read32le(Bytes.data() + Off);
  };
  EXPECT_EQ(W(4), 32u);         // hdr_len
  EXPECT_EQ(W(8), 0u);          // func_info_off
  EXPECT_EQ(W(12), 4u + 8 + 8); // func_info_len
  EXPECT_EQ(W(16), 20u);        // line_info_off
  EXPECT_EQ(W(20), 4u);         // line_info_len: only the record size
  EXPECT_EQ(W(24), 24u);        // core_relo_off
  EXPECT_EQ(W(28), 0u);         // core_relo_len
  EXPECT_EQ(Bytes.size(), 32u + 24);
}

TEST(ExtTest, LargerRecordSizesAreKept) {
  Fixture F;
  ExtInfo Ext = sampleExt(F);
  Ext.LineInfos.RecordSize = 20; // A future format with one more field.
  std::vector<uint8_t> Bytes = encodeExt(Ext, endianness::little);
  llvm::Expected<ExtInfo> D = decodeExt(Bytes, F.S);
  ASSERT_TRUE(bool(D)) << llvm::toString(D.takeError());
  EXPECT_EQ(D->LineInfos.RecordSize, 20u);
  EXPECT_EQ(D->LineInfos.Sections[0].Records[1].Insn, 8u);
  EXPECT_EQ(encodeExt(*D, endianness::little), Bytes);
}

TEST(ExtTest, OldHeaderWithoutCoreRelocs) {
  Fixture F;
  ExtInfo Ext = sampleExt(F);
  Ext.CoreRelocs.Sections.clear();
  Ext.HeaderLength = 24;
  std::vector<uint8_t> Bytes = encodeExt(Ext, endianness::little);
  llvm::Expected<ExtInfo> D = decodeExt(Bytes, F.S);
  ASSERT_TRUE(bool(D)) << llvm::toString(D.takeError());
  EXPECT_EQ(D->HeaderLength, 24u);
  EXPECT_EQ(encodeExt(*D, endianness::little), Bytes);
}

TEST(ExtTest, SinkGetsSymbolicInstructionOffsets) {
  Fixture F;
  ExtInfo Ext;
  uint32_t Sec = F.S.addString("tp/x");
  // The compiler stores its own instruction references (here: 1000 + n).
  Ext.FuncInfos.section(Sec).Records.push_back({1000, F.Func});
  Ext.CoreRelocs.section(Sec).Records.push_back(
      {1003, F.Bar, F.S.addString("0:1"), llvm::BTF::FIELD_EXISTENCE});
  RecordingSink Sink;
  encodeExt(Ext, Sink);
  std::vector<std::string> Insns;
  for (const std::string &L : Sink.Lines)
    if (L.rfind("insn ", 0) == 0)
      Insns.push_back(L);
  EXPECT_EQ(Insns, std::vector<std::string>(
                       {"insn 1000 # insn_off", "insn 1003 # insn_off"}));
  EXPECT_NE(std::find(Sink.Lines.begin(), Sink.Lines.end(),
                      "u32 2 # kind field_exists"),
            Sink.Lines.end());
}

TEST(ExtTest, Malformations) {
  Fixture F;
  std::vector<uint8_t> Valid = encodeExt(sampleExt(F), endianness::little);
  auto Put = [](std::vector<uint8_t> &B, size_t Off, uint32_t V) {
    llvm::support::endian::write32le(B.data() + Off, V);
  };
  // Offsets inside the valid blob: header 32; func_info: rec size at 32,
  // section "tp/x" at 36 (name, count), record at 44 (insn, type).
  struct Case {
    const char *Name;
    std::function<void(std::vector<uint8_t> &)> Break;
    ErrorCode Expected;
  } Cases[] = {
      {"short", [](auto &B) { B.resize(10); }, ErrorCode::Truncated},
      {"magic", [](auto &B) { B[0] = 0; }, ErrorCode::BadMagic},
      {"version", [](auto &B) { B[2] = 9; }, ErrorCode::BadVersion},
      {"flags", [](auto &B) { B[3] = 1; }, ErrorCode::BadFlags},
      {"hdr_len", [&](auto &B) { Put(B, 4, 8); }, ErrorCode::BadHeaderLength},
      {"func_info past the end", [&](auto &B) { Put(B, 12, 5000); },
       ErrorCode::SectionOutOfBounds},
      {"record size too small", [&](auto &B) { Put(B, 32, 4); },
       ErrorCode::BadRecordSize},
      {"record size misaligned", [&](auto &B) { Put(B, 32, 10); },
       ErrorCode::BadRecordSize},
      {"section name", [&](auto &B) { Put(B, 36, 100000); },
       ErrorCode::StringOffsetOutOfRange},
      {"no records", [&](auto &B) { Put(B, 40, 0); }, ErrorCode::InvalidRecord},
      {"too many records", [&](auto &B) { Put(B, 40, 1000); },
       ErrorCode::SectionOutOfBounds},
      {"func_info type out of range", [&](auto &B) { Put(B, 48, 500); },
       ErrorCode::TypeIdOutOfRange},
      {"func_info type not a FUNC", [&](auto &B) { Put(B, 48, 1); },
       ErrorCode::InvalidRecord},
  };
  for (const Case &C : Cases) {
    std::vector<uint8_t> B = Valid;
    C.Break(B);
    EXPECT_EQ(errorCodeOf(decodeExt(B, F.S).takeError()), C.Expected) << C.Name;
  }

  // CO-RE records: unknown kind, bad access string.
  ExtInfo Bad;
  uint32_t Sec = F.S.addString("s");
  Bad.CoreRelocs.section(Sec).Records.push_back({0, F.Bar, 0, 99});
  EXPECT_EQ(errorCodeOf(
                decodeExt(encodeExt(Bad, endianness::little), F.S).takeError()),
            ErrorCode::InvalidRecord);
  Bad.CoreRelocs.Sections[0].Records[0] = {0, F.Bar, 1000000, 0};
  EXPECT_EQ(errorCodeOf(
                decodeExt(encodeExt(Bad, endianness::little), F.S).takeError()),
            ErrorCode::StringOffsetOutOfRange);
  Bad.CoreRelocs.Sections[0].Records[0] = {0, 77, 0, 0};
  EXPECT_EQ(errorCodeOf(
                decodeExt(encodeExt(Bad, endianness::little), F.S).takeError()),
            ErrorCode::TypeIdOutOfRange);
}

TEST(ExtTest, DescribeCoreRelocs) {
  Fixture F;
  using namespace llvm::BTF;
  EXPECT_EQ(
      describeCoreReloc(F.S, F.reloc(F.Bar, "0:1:2:1", FIELD_BYTE_OFFSET)),
      "<byte_off> [4] struct bar::v[2].b (0:1:2:1)");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Bar, "7:1", FIELD_BYTE_OFFSET)),
            "<byte_off> [4] struct bar::[7].v (7:1)");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Bar, "0:1", FIELD_EXISTENCE)),
            "<field_exists> [4] struct bar::v (0:1)");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Td, "0:0", FIELD_BYTE_SIZE)),
            "<byte_sz> [9] typedef bar_t::u (0:0)");
  EXPECT_EQ(
      describeCoreReloc(F.S, F.reloc(F.ConstBar, "0:0", FIELD_SIGNEDNESS)),
      "<signed> [8] const struct bar::u (0:0)");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Foo, "0", TYPE_SIZE)),
            "<type_size> [2] struct foo");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Foo, "0", TYPE_EXISTENCE)),
            "<type_exists> [2] struct foo");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Foo, "0", BTF_TYPE_ID_LOCAL)),
            "<local_type_id> [2] struct foo");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Foo, "0", TYPE_MATCH)),
            "<type_matches> [2] struct foo");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Enum, "1", ENUM_VALUE)),
            "<enumval_value> [5] enum e::V = -2");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Enum, "0", ENUM_VALUE_EXISTENCE)),
            "<enumval_exists> [5] enum e::U = 0");
  // Malformed records are described, not rejected.
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Bar, "0:5", FIELD_BYTE_OFFSET)),
            "<byte_off> [4] '0:5' <member index 5 for spec sub-string 1 is "
            "out of range>");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Foo, "x", FIELD_BYTE_OFFSET)),
            "<byte_off> [2] 'x' <spec string is not a number>");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Foo, "1", TYPE_SIZE)),
            "<type_size> [2] '1' <unexpected type-based relocation spec: "
            "should be '0'>");
  EXPECT_EQ(describeCoreReloc(F.S, F.reloc(F.Foo, "0", 42)),
            "<reloc kind #42> [2] '0' <unknown relocation kind: 42>");
}

TEST(ExtTest, DumpExt) {
  Fixture F;
  ExtInfo Ext = sampleExt(F);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  dumpExt(F.S, Ext, OS);
  EXPECT_EQ(OS.str(),
            "func_info: section 'tp/x' (1 records)\n"
            "  insn_off=0 type_id=7 (FUNC 'prog')\n"
            "func_info: section '.text' (1 records)\n"
            "  insn_off=16 type_id=7 (FUNC 'prog')\n"
            "line_info: section 'tp/x' (2 records)\n"
            "  insn_off=0 file='prog.bpf.c' line=12 col=5 text='  return "
            "x->v[2].b;'\n"
            "  insn_off=8 file='prog.bpf.c' line=13 col=1023 text='  return "
            "x->v[2].b;'\n"
            "core_relo: section 'tp/x' (1 records)\n"
            "  insn_off=8 CO-RE <byte_off> [4] struct bar::v[2].b (0:1:2:1)\n");
}

} // namespace
