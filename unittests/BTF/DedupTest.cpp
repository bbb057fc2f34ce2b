// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- DedupTest.cpp - Deduplication and split BTF building ---------------===//
//
// Part of corecc.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

using namespace corecc::btf;
using namespace corecc::btf::test;

namespace {

TEST(DedupTest, DuplicatesCollapse) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned); // [1]
  uint32_t S1 = S.addStruct("s", 16);           // [2]
  uint32_t P1 = S.addPtr(S1);                   // [3]
  S.setMembers(S1, {{"a", Int, 0}, {"next", P1, 64}});
  uint32_t S2 = S.addStruct("s", 16); // [4]
  uint32_t P2 = S.addPtr(S2);         // [5]
  S.setMembers(S2, {{"a", Int, 0}, {"next", P2, 64}});
  uint32_t Int2 = S.addInt("int", 4, IntSigned);      // [6]
  uint32_t V = S.addVar("v", P2, VarLinkage::Global); // [7]

  DedupResult R = dedup(S);
  EXPECT_EQ(R.Removed, 3u);
  EXPECT_EQ(R.Remap, std::vector<uint32_t>({0, 1, 2, 3, 2, 3, 1, 4}));
  EXPECT_EQ(R.Remap[Int2], Int);
  EXPECT_EQ(R.Remap[V], 4u);
  EXPECT_EQ(dump(S), std::vector<std::string>(
                         {"[1] INT 'int' size=4 bits_offset=0 nr_bits=32 "
                          "encoding=SIGNED",
                          "[2] STRUCT 's' size=16 vlen=2\n"
                          "\t'a' type_id=1 bits_offset=0\n"
                          "\t'next' type_id=3 bits_offset=64",
                          "[3] PTR '(anon)' type_id=2",
                          "[4] VAR 'v' type_id=3, linkage=global"}));
  EXPECT_FALSE(bool(S.validate()));
}

TEST(DedupTest, NoDuplicatesNoChange) {
  Spec S;
  buildAllKinds(S);
  std::vector<uint8_t> Before = encodeBTF(S);
  DedupResult R = dedup(S);
  EXPECT_EQ(R.Removed, 0u);
  for (uint32_t Id = 0; Id < S.typeCount(); ++Id)
    EXPECT_EQ(R.Remap[Id], Id);
  EXPECT_EQ(encodeBTF(S), Before);
}

TEST(DedupTest, DifferencesKeepTypesApart) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  S.addStruct("s", 4, {{"a", Int, 0}});
  S.addStruct("s", 4, {{"b", Int, 0}});    // Member name.
  S.addStruct("s", 8, {{"a", Int, 0}});    // Size.
  S.addStruct("s", 4, {{"a", Int, 0, 3}}); // Bitfield.
  S.addUnion("s", 4, {{"a", Int, 0}});     // Kind.
  S.addStruct("t", 4, {{"a", Int, 0}});    // Name.
  S.addEnum("e", 4, true, {{"A", 1}});
  S.addEnum("e", 4, false, {{"A", 1}}); // Signedness.
  S.addFunc("f", S.addFuncProto(Int, {{"x", Int}}), FuncLinkage::Static);
  S.addFuncProto(Int, {{"y", Int}}); // Parameter name.
  EXPECT_EQ(dedup(S).Removed, 0u);
}

TEST(DedupTest, ContentNotOffsetsDecide) {
  // A decoded table may hold the same string twice.
  Spec S;
  S.addInt("int", 4, IntSigned);
  S.addInt("int", 4, IntSigned);
  std::vector<uint8_t> Bytes = encodeBTF(S, llvm::endianness::little);
  // Append a second "int" to the strings and point type [2] at it.
  Bytes.insert(Bytes.end(), {'i', 'n', 't', 0});
  Bytes[20] += 4;     // str_len
  Bytes[24 + 16] = 5; // [2] name_off
  Spec D = decodeOrFail(Bytes);
  ASSERT_NE(D.type(1).nameOffset(), D.type(2).nameOffset());
  EXPECT_EQ(dedup(D).Removed, 1u);
}

TEST(DedupTest, MutuallyRecursiveCopies) {
  // Two copies of { struct a { struct b *b; }; struct b { struct a *a; } }.
  Spec S;
  for (int Copy = 0; Copy < 2; ++Copy) {
    uint32_t A = S.addStruct("a", 8);
    uint32_t B = S.addStruct("b", 8);
    uint32_t PA = S.addPtr(A);
    uint32_t PB = S.addPtr(B);
    S.setMembers(A, {{"b", PB, 0}});
    S.setMembers(B, {{"a", PA, 0}});
  }
  DedupResult R = dedup(S);
  EXPECT_EQ(R.Removed, 4u);
  EXPECT_EQ(S.ownTypeCount(), 4u);
  EXPECT_FALSE(bool(S.validate()));
}

TEST(DedupTest, FwdResolvesToTheStruct) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);          // [1]
  uint32_t Fwd = S.addFwd("foo", false);                 // [2]
  uint32_t PF = S.addPtr(Fwd);                           // [3]
  uint32_t Foo = S.addStruct("foo", 4, {{"x", Int, 0}}); // [4]
  uint32_t PS = S.addPtr(Foo);                           // [5]
  S.addVar("a", PF, VarLinkage::Global);                 // [6]
  S.addVar("a", PS, VarLinkage::Global);                 // [7]
  DedupResult R = dedup(S);
  EXPECT_EQ(R.Remap[Fwd], R.Remap[Foo]);
  EXPECT_EQ(R.Remap[PF], R.Remap[PS]);
  EXPECT_EQ(R.Remap[6], R.Remap[7]);
  EXPECT_EQ(S.ownTypeCount(), 4u) << "int, ptr, struct, var";
  EXPECT_FALSE(S.findByName("foo", Kind::Fwd).has_value());

  Spec NoFwd;
  NoFwd.addFwd("foo", false);
  NoFwd.addStruct("foo", 4, {{"x", NoFwd.addInt("int", 4, IntSigned), 0}});
  DedupOptions Opts;
  Opts.ResolveFwds = false;
  EXPECT_EQ(dedup(NoFwd, Opts).Removed, 0u);
}

TEST(DedupTest, FwdHeldByValueStays) {
  // Found by the fuzzer: resolving a FWD that a struct holds by value could
  // make a struct contain itself.
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t Fwd = S.addFwd("o", false);
  uint32_t Inner = S.addStruct("inner", 4, {{"f", Fwd, 0}});
  S.addStruct("o", 4, {{"i", Inner, 0}, {"x", Int, 0}});
  DedupResult R = dedup(S);
  EXPECT_EQ(S.type(R.Remap[Fwd]).kind(), Kind::Fwd);
  EXPECT_FALSE(bool(S.validate()));
}

TEST(DedupTest, AmbiguousFwdStays) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t Fwd = S.addFwd("foo", false);
  S.addStruct("foo", 4, {{"x", Int, 0}});
  S.addStruct("foo", 4, {{"y", Int, 0}});
  uint32_t U = S.addFwd("bar", true); // A union FWD; only a struct 'bar'.
  S.addStruct("bar", 4, {{"x", Int, 0}});
  DedupResult R = dedup(S);
  EXPECT_EQ(R.Removed, 0u);
  EXPECT_EQ(S.type(R.Remap[Fwd]).kind(), Kind::Fwd);
  EXPECT_EQ(S.type(R.Remap[U]).kind(), Kind::Fwd);
}

TEST(DedupTest, SplitSpecKeepsBaseIds) {
  auto Base = std::make_shared<Spec>();
  uint32_t Int = Base->addInt("int", 4, IntSigned);
  std::shared_ptr<const Spec> B = Base;
  Spec S(B);
  uint32_t P1 = S.addPtr(Int);
  uint32_t P2 = S.addPtr(Int);
  DedupResult R = dedup(S);
  EXPECT_EQ(R.Remap[Int], Int);
  EXPECT_EQ(R.Remap[P1], 2u);
  EXPECT_EQ(R.Remap[P2], 2u);
  EXPECT_EQ(S.ownTypeCount(), 1u);
}

TEST(DedupTest, SplitOnBase) {
  auto Base = std::make_shared<Spec>();
  uint32_t Int = Base->addInt("int", 4, IntSigned);          // [1]
  uint32_t Foo = Base->addStruct("foo", 4, {{"x", Int, 0}}); // [2]
  std::shared_ptr<const Spec> B = Base;

  // A module's types, built on their own: shares int and foo with the base.
  Spec Mod;
  uint32_t MInt = Mod.addInt("int", 4, IntSigned); // [1]
  uint32_t MFwd = Mod.addFwd("foo", false);        // [2]
  uint32_t MPtr = Mod.addPtr(MFwd);                // [3]
  uint32_t MS = Mod.addStruct("mod", 16,
                              {{"f", MPtr, 0}, // [4]
                               {"i", MInt, 64}});
  uint32_t MFoo = Mod.addStruct("foo", 4, {{"x", MInt, 0}}); // [5]

  std::vector<uint32_t> Remap;
  llvm::Expected<Spec> Split = splitOnBase(Mod, B, &Remap);
  ASSERT_TRUE(bool(Split)) << llvm::toString(Split.takeError());
  EXPECT_EQ(Remap[MInt], Int);
  EXPECT_EQ(Remap[MFoo], Foo);
  EXPECT_EQ(Remap[MFwd], Foo) << "the FWD resolves to the base struct";
  EXPECT_EQ(dump(*Split),
            std::vector<std::string>({"[3] PTR '(anon)' type_id=2",
                                      "[4] STRUCT 'mod' size=16 vlen=2\n"
                                      "\t'f' type_id=3 bits_offset=0\n"
                                      "\t'i' type_id=1 bits_offset=64"}));
  EXPECT_EQ(Remap[MS], 4u);
  // It encodes and decodes as split BTF on the base.
  Spec D = decodeOrFail(encodeBTF(*Split), B);
  EXPECT_EQ(dump(D), dump(*Split));
  EXPECT_EQ(errorCodeOf(splitOnBase(*Split, B).takeError()),
            ErrorCode::InvalidArgument);
}

} // namespace
