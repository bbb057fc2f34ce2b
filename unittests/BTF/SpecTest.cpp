// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- SpecTest.cpp - Builder, fix-ups, strings, lookups ------------------===//
//
// Part of corecc.
//
//===----------------------------------------------------------------------===//
//
// Types are built in code, one per line with the id in a comment, and checked
// against bpftool's one-line form.
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

using namespace corecc::btf;
using namespace corecc::btf::test;

namespace {

TEST(SpecTest, EmptySpec) {
  Spec S;
  EXPECT_EQ(S.firstId(), 1u);
  EXPECT_EQ(S.typeCount(), 1u);
  EXPECT_EQ(S.ownStrings(), llvm::StringRef("\0", 1));
  EXPECT_TRUE(S.type(0).isVoid());
  EXPECT_EQ(S.type(0).kind(), Kind::Unknown);
}

TEST(SpecTest, EveryKind) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned); // [1]
  S.addPtr(Int);                                // [2]
  S.addArray(Int, Int, 4);                      // [3]
  uint32_t Str = S.addStruct("s", 8,
                             {{"a", Int, 0}, // [4]
                              {"b", Int, 32}});
  S.addUnion("u", 4, {{"x", Int, 0}, {"y", Int, 0}});                    // [5]
  S.addEnum("e", 4, /*IsSigned=*/true, {{"A", uint64_t(-1)}, {"B", 2}}); // [6]
  S.addFwd("f", /*IsUnion=*/false);                                      // [7]
  S.addTypedef("t", Str);                                                // [8]
  S.addVolatile(Int);                                                    // [9]
  S.addConst(Int);                                                       // [10]
  S.addRestrict(2);                                                      // [11]
  uint32_t Proto = S.addFuncProto(Int, {{"p", Int}, {"", 2}},            // [12]
                                  /*Variadic=*/true);
  uint32_t Fn = S.addFunc("fn", Proto, FuncLinkage::Global); // [13]
  uint32_t Var = S.addVar("v", Int, VarLinkage::Static);     // [14]
  S.addDatasec(".data", 4, {{Var, 0, 4}});                   // [15]
  S.addFloat("double", 8);                                   // [16]
  S.addDeclTag("tag", Fn, 0);                                // [17]
  S.addTypeTag("user", Int);                                 // [18]
  S.addEnum64("e64", 8, /*IsSigned=*/false,                  // [19]
              {{"X", 0xffffffffffffffffULL}});
  S.addFwd("fu", /*IsUnion=*/true);                                // [20]
  S.addEnum64("s64", 8, /*IsSigned=*/true, {{"Y", uint64_t(-5)}}); // [21]
  S.addFunc("ext", Proto, FuncLinkage::Extern);                    // [22]
  S.addVar("ev", Int, VarLinkage::Extern);                         // [23]
  S.addEnum("ue", 4, /*IsSigned=*/false, {{"Z", 0xffffffffu}});    // [24]
  S.addInt("_Bool", 1, IntBool, 1);                                // [25]
  S.addInt("char", 1, IntChar);                                    // [26]

  EXPECT_EQ(
      dump(S),
      std::vector<std::string>(
          {"[1] INT 'int' size=4 bits_offset=0 nr_bits=32 encoding=SIGNED",
           "[2] PTR '(anon)' type_id=1",
           "[3] ARRAY '(anon)' type_id=1 index_type_id=1 nr_elems=4",
           "[4] STRUCT 's' size=8 vlen=2\n"
           "\t'a' type_id=1 bits_offset=0\n"
           "\t'b' type_id=1 bits_offset=32",
           "[5] UNION 'u' size=4 vlen=2\n"
           "\t'x' type_id=1 bits_offset=0\n"
           "\t'y' type_id=1 bits_offset=0",
           "[6] ENUM 'e' encoding=SIGNED size=4 vlen=2\n"
           "\t'A' val=-1\n"
           "\t'B' val=2",
           "[7] FWD 'f' fwd_kind=struct",
           "[8] TYPEDEF 't' type_id=4",
           "[9] VOLATILE '(anon)' type_id=1",
           "[10] CONST '(anon)' type_id=1",
           "[11] RESTRICT '(anon)' type_id=2",
           "[12] FUNC_PROTO '(anon)' ret_type_id=1 vlen=3\n"
           "\t'p' type_id=1\n"
           "\t'(anon)' type_id=2\n"
           "\t'(anon)' type_id=0",
           "[13] FUNC 'fn' type_id=12 linkage=global",
           "[14] VAR 'v' type_id=1, linkage=static",
           "[15] DATASEC '.data' size=4 vlen=1\n"
           "\ttype_id=14 offset=0 size=4 (VAR 'v')",
           "[16] FLOAT 'double' size=8",
           "[17] DECL_TAG 'tag' type_id=13 component_idx=0",
           "[18] TYPE_TAG 'user' type_id=1",
           "[19] ENUM64 'e64' encoding=UNSIGNED size=8 vlen=1\n"
           "\t'X' val=18446744073709551615ULL",
           "[20] FWD 'fu' fwd_kind=union",
           "[21] ENUM64 's64' encoding=SIGNED size=8 vlen=1\n"
           "\t'Y' val=-5LL",
           "[22] FUNC 'ext' type_id=12 linkage=extern",
           "[23] VAR 'ev' type_id=1, linkage=extern",
           "[24] ENUM 'ue' encoding=UNSIGNED size=4 vlen=1\n"
           "\t'Z' val=4294967295",
           "[25] INT '_Bool' size=1 bits_offset=0 nr_bits=1 encoding=BOOL",
           "[26] INT 'char' size=1 bits_offset=0 nr_bits=8 encoding=CHAR"}));
  EXPECT_FALSE(bool(S.validate())) << "all kinds are valid";
  EXPECT_TRUE(S.type(Proto).isVariadic());
}

TEST(SpecTest, Bitfields) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t Str =
      S.addStruct("b", 8, {{"x", Int, 0, 3}, {"y", Int, 3, 5}, {"z", Int, 32}});
  Type T = S.type(Str);
  EXPECT_TRUE(T.kindFlag()) << "a bitfield member sets kind_flag";
  EXPECT_EQ(T.member(1).BitOffset, 3u);
  EXPECT_EQ(T.member(1).BitfieldSize, 5u);
  EXPECT_EQ(T.member(2).BitfieldSize, 0u);
  // On the wire, kind_flag members pack size << 24 | offset.
  EXPECT_EQ(T.words()[3 + 3 * 1 + 2], (5u << 24) | 3u);
  EXPECT_EQ(formatType(S, Str), "[2] STRUCT 'b' size=8 vlen=3\n"
                                "\t'x' type_id=1 bits_offset=0 "
                                "bitfield_size=3\n"
                                "\t'y' type_id=1 bits_offset=3 "
                                "bitfield_size=5\n"
                                "\t'z' type_id=1 bits_offset=32");
  // Without bitfields the flag goes away again.
  S.setMembers(Str, {{"x", Int, 0}});
  EXPECT_FALSE(S.type(Str).kindFlag());
}

TEST(SpecTest, EnumValueExtension) {
  Spec S;
  uint32_t Signed = S.addEnum("s", 4, true, {{"M", uint64_t(int64_t(-7))}});
  uint32_t Unsigned = S.addEnum("u", 4, false, {{"N", 0x80000000u}});
  EXPECT_EQ(int64_t(S.type(Signed).enumValue(0).Value), -7);
  EXPECT_EQ(S.type(Unsigned).enumValue(0).Value, 0x80000000u);
  uint32_t E64 = S.addEnum64("w", 8, false, {{"W", 0x123456789abcdef0ULL}});
  EXPECT_EQ(S.type(E64).enumValue(0).Value, 0x123456789abcdef0ULL);
}

TEST(SpecTest, StringsAreDeduplicated) {
  Spec S;
  uint32_t A = S.addString("abc");
  uint32_t B = S.addString("def");
  EXPECT_EQ(S.addString("abc"), A);
  EXPECT_EQ(S.addString(""), 0u);
  EXPECT_EQ(A, 1u);
  EXPECT_EQ(B, 5u);
  EXPECT_EQ(S.string(B), "def");
  EXPECT_EQ(S.findString("def"), B);
  EXPECT_EQ(S.findString("nope"), std::nullopt);
  S.addInt("abc", 4);
  EXPECT_EQ(S.type(1).nameOffset(), A) << "type names share the table";
  EXPECT_EQ(S.ownStrings(), llvm::StringRef("\0abc\0def\0", 9));
}

TEST(SpecTest, SplitIdsAndStringsContinue) {
  auto Base = std::make_shared<Spec>();
  uint32_t Int = Base->addInt("int", 4, IntSigned); // [1]
  Base->addPtr(Int);                                // [2]
  std::shared_ptr<const Spec> B = Base;
  Spec Split(B);
  EXPECT_EQ(Split.firstId(), 3u);
  EXPECT_EQ(Split.stringsBegin(), B->stringsEnd());
  EXPECT_EQ(Split.addString("int"), B->findString("int"))
      << "strings of the base are reused";
  uint32_t S = Split.addStruct("s", 4, {{"i", Int, 0}}); // [3]
  EXPECT_EQ(S, 3u);
  EXPECT_EQ(Split.string(Split.type(S).nameOffset()), "s");
  EXPECT_GE(Split.type(S).nameOffset(), B->stringsEnd());
  EXPECT_EQ(Split.type(1).name(), "int") << "base ids resolve in the base";
  EXPECT_EQ(Split.findByName("int").size(), 1u);
  EXPECT_EQ(dump(Split),
            std::vector<std::string>({"[3] STRUCT 's' size=4 vlen=1\n"
                                      "\t'i' type_id=1 bits_offset=0"}));
  EXPECT_FALSE(bool(Split.validate()));
}

TEST(SpecTest, FixUps) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned); // [1]
  uint32_t Str = S.addStruct("node", 16);       // [2], members come later
  uint32_t Ptr = S.addPtr(Str);                 // [3]
  S.setMembers(Str, {{"v", Int, 0}, {"next", Ptr, 64}});
  EXPECT_EQ(S.type(Str).vlen(), 2u);
  EXPECT_EQ(S.type(Ptr).refType(), Str) << "the struct moved, ids did not";
  EXPECT_EQ(S.type(Str).member(1).Type, Ptr);

  uint32_t V = S.addVar("g", Int, VarLinkage::Global); // [4]
  uint32_t Sec = S.addDatasec(".bss", 0, {{V, 0, 0}}); // [5]
  S.setSecInfo(Sec, 0, {V, 8, 4});
  S.setSize(Sec, 12);
  EXPECT_EQ(formatType(S, Sec), "[5] DATASEC '.bss' size=12 vlen=1\n"
                                "\ttype_id=4 offset=8 size=4 (VAR 'g')");

  S.makeFwd(Str, /*IsUnion=*/false);
  EXPECT_EQ(formatType(S, Str), "[2] FWD 'node' fwd_kind=struct");
  S.setName(Int, "long");
  S.setSize(Int, 8);
  EXPECT_EQ(S.type(Int).name(), "long");
  S.setRefType(Ptr, Int);
  EXPECT_EQ(S.type(Ptr).refType(), Int);
  S.setFuncLinkage(S.addFunc("f", S.addFuncProto(0, {}), FuncLinkage::Static),
                   FuncLinkage::Extern);
  EXPECT_EQ(S.type(S.typeCount() - 1).funcLinkage(), FuncLinkage::Extern);
  S.setVarLinkage(V, VarLinkage::Extern);
  EXPECT_EQ(S.type(V).varLinkage(), VarLinkage::Extern);
  uint32_t E = S.addEnum("e", 4, false);
  S.setEnumValues(E, {{"A", 1}, {"B", 2}});
  EXPECT_EQ(S.type(E).vlen(), 2u);
  uint32_t P = S.addFuncProto(Int, {});
  S.setParams(P, {{"x", Int}}, /*Variadic=*/true);
  EXPECT_EQ(S.type(P).vlen(), 2u);
  EXPECT_TRUE(S.type(P).isVariadic());
  uint32_t A = S.addArray(Int, Int, 1);
  S.setArray(A, {Ptr, Int, 7});
  EXPECT_EQ(S.type(A).array().NumElements, 7u);
  EXPECT_FALSE(bool(S.validate()));

  // Encoding skips the stale copy of the moved struct.
  Spec Again = decodeOrFail(encodeBTF(S));
  EXPECT_EQ(dump(Again), dump(S));
}

TEST(SpecTest, ForEachTypeRefAndRemap) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);                   // [1]
  uint32_t Arr = S.addArray(Int, Int, 2);                         // [2]
  uint32_t Proto = S.addFuncProto(Arr, {{"a", Int}, {"b", Arr}}); // [3]
  std::vector<uint32_t> Refs;
  static_cast<const Spec &>(S).forEachTypeRef(
      Proto, [&](uint32_t R) { Refs.push_back(R); });
  EXPECT_EQ(Refs, std::vector<uint32_t>({Arr, Int, Arr}));
  Refs.clear();
  static_cast<const Spec &>(S).forEachTypeRef(
      Arr, [&](uint32_t R) { Refs.push_back(R); });
  EXPECT_EQ(Refs, std::vector<uint32_t>({Int, Int}));
  S.remapTypeIds([](uint32_t Id) { return Id == 1 ? 2 : Id; });
  EXPECT_EQ(S.type(Proto).param(0).Type, 2u);
  std::vector<uint32_t> Names;
  S.forEachStringRef(Proto, [&](uint32_t &Off) { Names.push_back(Off); });
  EXPECT_EQ(Names.size(), 3u) << "the (empty) type name and two params";
}

TEST(SpecTest, Lookups) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);   // [1]
  uint32_t Long = S.addInt("long", 8, IntSigned); // [2]
  uint32_t C = S.addConst(Int);                   // [3]
  uint32_t Td = S.addTypedef("myint", C);         // [4]
  uint32_t V = S.addVolatile(Td);                 // [5]
  uint32_t Arr = S.addArray(V, Int, 3);           // [6]
  uint32_t Task = S.addStruct("task_struct", 24,
                              {{"pid", Int, 0}, // [7]
                               {"x", Arr, 32},
                               {"f", Int, 128, 4}});
  uint32_t Flav = S.addStruct("task_struct___v2", 8, {{"pid", Int, 0}}); // [8]
  uint32_t Ptr = S.addPtr(Task);                                         // [9]
  uint32_t Packed = S.addStruct("p", 5, {{"c", Int, 0}, {"l", Long, 8}});
  uint32_t Fwd = S.addFwd("task_struct", false);

  EXPECT_EQ(S.findByName("task_struct"),
            (llvm::SmallVector<uint32_t, 4>{Task, Fwd}));
  EXPECT_EQ(S.findByName("task_struct", Kind::Fwd), Fwd);
  EXPECT_EQ(S.findByName("nope", Kind::Struct), std::nullopt);
  EXPECT_EQ(S.findByEssentialName("task_struct"),
            (llvm::SmallVector<uint32_t, 4>{Task, Flav, Fwd}));
  // Only the last "___" starts a flavor: "a___b___c" is a flavor of
  // "a___b", and "a___b" one of "a".
  uint32_t ABC = S.addStruct("a___b___c", 4, {{"pid", Int, 0}});
  uint32_t AB = S.addStruct("a___b", 4, {{"pid", Int, 0}});
  EXPECT_EQ(S.findByEssentialName("a___b"),
            (llvm::SmallVector<uint32_t, 4>{ABC}));
  EXPECT_EQ(S.findByEssentialName("a"), (llvm::SmallVector<uint32_t, 4>{AB}));
  EXPECT_EQ(S.findByName("a___b"), (llvm::SmallVector<uint32_t, 4>{AB}));
  EXPECT_EQ(S.skipModifiers(V), Td);
  EXPECT_EQ(S.skipModifiersAndTypedefs(V), Int);
  EXPECT_EQ(S.findMember(Task, "x"), 1u);
  EXPECT_EQ(S.findMember(Task, "nope"), std::nullopt);
  EXPECT_EQ(S.findMember(Int, "x"), std::nullopt);
  EXPECT_EQ(S.type(Task).member(2).BitfieldSize, 4u);
  EXPECT_EQ(S.type(Task).member(2).BitOffset, 128u);

  EXPECT_EQ(take(S.sizeOf(Arr)), 12u);
  EXPECT_EQ(take(S.sizeOf(Task)), 24u);
  EXPECT_EQ(take(S.sizeOf(Ptr)), 8u);
  EXPECT_EQ(take(S.sizeOf(V)), 4u);
  EXPECT_EQ(errorCodeOf(S.sizeOf(0).takeError()), ErrorCode::InvalidType);
  EXPECT_EQ(errorCodeOf(S.sizeOf(Fwd).takeError()), ErrorCode::InvalidType);
  EXPECT_EQ(errorCodeOf(S.sizeOf(1000).takeError()),
            ErrorCode::TypeIdOutOfRange);
  EXPECT_EQ(take(S.alignOf(Task)), 4u);
  EXPECT_EQ(take(S.alignOf(Long)), 8u);
  EXPECT_EQ(take(S.alignOf(Packed)), 1u) << "misaligned member: packed";
  EXPECT_EQ(S.pointerSize(), 8u) << "from the 8-byte 'long'";
}

TEST(SpecTest, EssentialName) {
  EXPECT_EQ(essentialName("task_struct___v2"), "task_struct");
  EXPECT_EQ(essentialName("a___b___c"), "a___b");
  EXPECT_EQ(essentialName("task_struct"), "task_struct");
  EXPECT_EQ(essentialName("____x"), "____x");
  EXPECT_EQ(essentialName("x___"), "x___");
  EXPECT_EQ(essentialName("x____y"), "x____y") << "four underscores";
  EXPECT_EQ(essentialName("a___1"), "a");
  EXPECT_EQ(essentialName(""), "");
}

TEST(SpecTest, PointerSizeGuess) {
  Spec S;
  S.addInt("long int", 4, IntSigned);
  EXPECT_EQ(S.pointerSize(), 4u) << "a 32-bit kernel's BTF";
  S.setPointerSize(8);
  EXPECT_EQ(S.pointerSize(), 8u);
}

TEST(SpecTest, CopiesAreIndependent) {
  Spec S;
  S.addInt("int", 4, IntSigned);
  Spec C = S;
  C.addPtr(1);
  EXPECT_EQ(S.typeCount(), 2u);
  EXPECT_EQ(C.typeCount(), 3u);
}

TEST(SpecTest, TruncateTypes) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t Str = S.addStruct("s", 4);
  S.addPtr(Str);
  S.setMembers(Str, {{"a", Int, 0}}); // Moves [2] to the end.
  S.truncateTypes(2);
  EXPECT_EQ(S.typeCount(), 3u);
  EXPECT_EQ(S.type(Str).vlen(), 1u);
  Spec Again = decodeOrFail(encodeBTF(S));
  EXPECT_EQ(dump(Again), dump(S));
}

} // namespace
