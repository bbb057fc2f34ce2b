// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CHeaderTest.cpp - The C header writer ------------------------------===//
//
// Part of corecc.
//
//===----------------------------------------------------------------------===//
//
// These tests pin the text; test/BTF compiles headers with clang-19 (and
// checks every size and offset with _Static_asserts).
//
//===----------------------------------------------------------------------===//

#include "TestUtil.h"

using namespace corecc::btf;
using namespace corecc::btf::test;

namespace {

std::string header(const Spec &S, bool Asserts = false) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  CHeaderOptions O;
  O.PreserveAccessIndex = false;
  O.Guard = "G";
  O.LayoutAsserts = Asserts;
  EXPECT_FALSE(bool(writeCHeader(S, OS, O)));
  return OS.str();
}

/// The part between the guard and its #endif.
std::string body(const Spec &S, bool Asserts = false) {
  std::string H = header(S, Asserts);
  size_t B = H.find("#define G\n\n");
  size_t E = H.rfind("#endif /* G */");
  return H.substr(B + 11, E - B - 11);
}

TEST(CHeaderTest, GuardAndPragma) {
  Spec S;
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  ASSERT_FALSE(bool(writeCHeader(S, OS)));
  EXPECT_EQ(OS.str(),
            "#ifndef __VMLINUX_H__\n#define __VMLINUX_H__\n\n"
            "#ifndef BPF_NO_PRESERVE_ACCESS_INDEX\n"
            "#pragma clang attribute push "
            "(__attribute__((preserve_access_index)), apply_to = record)\n"
            "#endif\n\n"
            "#ifndef BPF_NO_PRESERVE_ACCESS_INDEX\n"
            "#pragma clang attribute pop\n#endif\n\n"
            "#endif /* __VMLINUX_H__ */\n");
}

TEST(CHeaderTest, OrderAndForwardDeclarations) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);      // [1]
  uint32_t B = S.addStruct("B", 16);                 // [2]
  uint32_t A = S.addStruct("A", 4, {{"x", Int, 0}}); // [3]
  uint32_t C = S.addStruct("C", 4, {{"y", Int, 0}}); // [4]
  S.setMembers(B, {{"a", S.addPtr(A), 0}, {"c", C, 64}});
  EXPECT_EQ(body(S), "struct C {\n\tint y;\n};\n\n"
                     "struct B {\n\tstruct A *a;\n\tstruct C c;\n};\n\n"
                     "struct A {\n\tint x;\n};\n\n");
}

TEST(CHeaderTest, ForwardDeclarationsOnlyForPrototypes) {
  // A parameter list is a scope of its own: a struct first named there would
  // be another type, so it is declared first. Elsewhere a first use declares
  // the tag at file scope.
  Spec S;
  uint32_t A = S.addStruct("A", 0);
  uint32_t Proto = S.addFuncProto(0, {{"a", S.addPtr(A)}});
  S.addStruct("B", 8, {{"cb", S.addPtr(Proto), 0}});
  EXPECT_EQ(body(S), "struct A {};\n\n"
                     "struct B {\n\tvoid (*cb)(struct A *);\n};\n\n");
  Spec T;
  uint32_t Late = T.addStruct("late", 0);
  uint32_t P2 = T.addFuncProto(0, {{"l", T.addPtr(Late)}});
  T.setSize(Late, 8);
  T.setMembers(Late, {{"cb", T.addPtr(P2), 0}});
  EXPECT_EQ(body(T), "struct late;\n\n"
                     "struct late {\n\tvoid (*cb)(struct late *);\n};\n\n");
}

TEST(CHeaderTest, SelfReferenceNeedsNoForwardDeclaration) {
  Spec S;
  uint32_t L = S.addStruct("list", 8);
  S.setMembers(L, {{"next", S.addPtr(L), 0}});
  EXPECT_EQ(body(S), "struct list {\n\tstruct list *next;\n};\n\n");
}

TEST(CHeaderTest, AnonymousTypesAreInline) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t Anon = S.addUnion("", 4, {{"i", Int, 0}, {"u", Int, 0}});
  uint32_t E = S.addEnum("", 4, false, {{"X", 1}});
  S.addStruct("outer", 8, {{"", Anon, 0}, {"e", E, 32}});
  EXPECT_EQ(body(S), "struct outer {\n"
                     "\tunion {\n\t\tint i;\n\t\tint u;\n\t};\n"
                     "\tenum {\n\t\tX = 1,\n\t} e;\n"
                     "};\n\n");
}

TEST(CHeaderTest, TopLevelAnonymousEnum) {
  Spec S;
  S.addEnum("", 4, true, {{"CONST_A", uint64_t(-1)}, {"CONST_B", 7}});
  EXPECT_EQ(body(S), "enum {\n\tCONST_A = -1,\n\tCONST_B = 7,\n};\n\n");
}

TEST(CHeaderTest, BitfieldsAndPadding) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t UInt = S.addInt("unsigned int", 4);
  uint32_t Long = S.addInt("long", 8, IntSigned);
  S.addStruct("bits", 24,
              {{"a", Int, 0, 3},
               {"b", UInt, 3, 5},
               {"c", UInt, 12, 4}, // A 4-bit gap before c.
               {"l", Long, 64},
               {"d", Int, 160, 1}});
  EXPECT_EQ(body(S), "struct bits {\n"
                     "\tint a: 3;\n"
                     "\tunsigned int b: 5;\n"
                     "\tchar: 4;\n"
                     "\tunsigned int c: 4;\n"
                     "\tlong l;\n"
                     "\tint: 32;\n"
                     "\tint d: 1;\n"
                     "};\n\n");
}

TEST(CHeaderTest, PackedAndAligned) {
  Spec S;
  uint32_t Char = S.addInt("char", 1, IntSigned);
  uint32_t Int = S.addInt("int", 4, IntSigned);
  // int at offset 1: only a packed struct puts it there.
  S.addStruct("p", 5, {{"c", Char, 0}, {"i", Int, 8}});
  // A union larger than its members: aligned(8).
  S.addUnion("u", 8, {{"i", Int, 0}});
  // A struct with tail padding beyond its alignment: explicit padding.
  S.addStruct("t", 8, {{"c", Char, 0}});
  std::string B = body(S);
  EXPECT_NE(B.find("struct p {\n\tchar c;\n\tint i;\n} "
                   "__attribute__((packed));"),
            std::string::npos)
      << B;
  EXPECT_NE(B.find("union u {\n\tint i;\n} __attribute__((aligned(8)));"),
            std::string::npos)
      << B;
  EXPECT_NE(B.find("struct t {\n\tchar c;\n\tlong: 56;\n};"), std::string::npos)
      << B;
}

TEST(CHeaderTest, DeclaratorsAndQualifiers) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t Char = S.addInt("char", 1, IntSigned);
  uint32_t CChar = S.addConst(Char);
  uint32_t PCChar = S.addPtr(CChar);
  uint32_t CPtr = S.addConst(S.addPtr(Char));
  uint32_t Proto = S.addFuncProto(Int, {{"a", Int}, {"s", PCChar}}, true);
  uint32_t FnPtr = S.addPtr(Proto);
  uint32_t Arr = S.addArray(FnPtr, Int, 4);
  uint32_t PArr = S.addPtr(S.addArray(Int, Int, 3));
  uint32_t Void = S.addPtr(S.addFuncProto(0, {}));
  uint32_t Tagged = S.addPtr(S.addTypeTag("user", Int));
  S.addTypedef("cb_t", FnPtr);
  S.addStruct("d", 88,
              {{"s", PCChar, 0},
               {"cp", CPtr, 64},
               {"fns", Arr, 128},
               {"pa", PArr, 384},
               {"v", Void, 448},
               {"t", Tagged, 512},
               {"vol", S.addVolatile(Int), 576},
               {"m", S.addArray(S.addArray(Char, Int, 3), Int, 2), 608}});
  std::string B = body(S);
  for (const char *Want :
       {"typedef int (*cb_t)(int, const char *, ...);", "\tconst char *s;",
        "\tchar *const cp;", "\tint (*fns[4])(int, const char *, ...);",
        "\tint (*pa)[3];", "\tvoid (*v)(void);",
        "\tint __attribute__((btf_type_tag(\"user\"))) *t;",
        "\tvolatile int vol;", "\tchar m[2][3];"})
    EXPECT_NE(B.find(Want), std::string::npos) << Want << "\n" << B;
}

TEST(CHeaderTest, NameClashes) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t S1 = S.addStruct("dup", 4, {{"a", Int, 0}});
  uint32_t S2 = S.addStruct("dup", 4, {{"b", Int, 0}});
  S.addUnion("dup", 4, {{"c", Int, 0}});
  S.addEnum("e1", 4, false, {{"SAME", 1}});
  S.addEnum("e2", 4, false, {{"SAME", 2}});
  S.addTypedef("t", S1);
  S.addTypedef("t", S2);
  S.addFwd("dup", false);
  std::string B = body(S);
  for (const char *Want :
       {"struct dup {\n\tint a;\n};", "struct dup___2 {\n\tint b;\n};",
        "union dup___3 {\n\tint c;\n};", "\tSAME = 1,", "\tSAME___2 = 2,",
        "typedef struct dup t;", "typedef struct dup___2 t___2;"})
    EXPECT_NE(B.find(Want), std::string::npos) << Want << "\n" << B;
  EXPECT_EQ(B.find("struct dup;"), std::string::npos)
      << "the FWD is the struct of its name, already defined";
}

TEST(CHeaderTest, EnumSizes) {
  Spec S;
  S.addEnum("one", 1, false, {{"O", 1}});
  S.addEnum("two", 2, false, {{"T", 1}});
  S.addEnum("eight", 8, false, {{"E", 1}});
  S.addEnum64("big", 8, false, {{"B", 0x100000000ULL}});
  S.addEnum64("small64", 8, true, {{"S", uint64_t(-1)}});
  S.addEnum64("min", 8, true, {{"M", 0x8000000000000000ULL}});
  std::string B = body(S);
  for (const char *Want :
       {"enum one {\n\tO = 1,\n} __attribute__((mode(byte)));",
        "enum two {\n\tT = 1,\n} __attribute__((mode(HI)));",
        "enum eight {\n\tE = 1,\n} __attribute__((mode(word)));",
        "enum big {\n\tB = 4294967296ULL,\n};",
        "enum small64 {\n\tS = -1LL,\n} __attribute__((mode(word)));",
        "\tM = (-9223372036854775807LL - 1),"})
    EXPECT_NE(B.find(Want), std::string::npos) << Want << "\n" << B;
}

TEST(CHeaderTest, LayoutAsserts) {
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t Anon = S.addStruct("", 8, {{"x", Int, 0}, {"y", Int, 32}});
  S.addStruct("s", 12, {{"a", Int, 0}, {"", Anon, 32}, {"b", Int, 64, 3}});
  S.addTypedef("anon_t", S.addStruct("", 4, {{"z", Int, 0}}));
  std::string B = body(S, /*Asserts=*/true);
  for (const char *Want :
       {"_Static_assert(sizeof(struct s) == 12, \"size of struct s\");",
        "_Static_assert(__builtin_offsetof(struct s, a) == 0,",
        "_Static_assert(__builtin_offsetof(struct s, x) == 4,",
        "_Static_assert(__builtin_offsetof(struct s, y) == 8,",
        "_Static_assert(sizeof(anon_t) == 4,"})
    EXPECT_NE(B.find(Want), std::string::npos) << Want << "\n" << B;
  EXPECT_EQ(B.find("offsetof(struct s, b)"), std::string::npos)
      << "no offsetof of a bitfield";
}

} // namespace

namespace {
TEST(CHeaderTest, AnonymousStructPointingToItself) {
  // Valid BTF (a pointer breaks the cycle) that C cannot spell: found by the
  // fuzzer. The pointer becomes void *.
  Spec S;
  uint32_t Anon = S.addStruct("", 8);
  S.setMembers(Anon, {{"self", S.addPtr(Anon), 0}});
  S.addStruct("holder", 8, {{"a", Anon, 0}});
  EXPECT_EQ(body(S), "struct holder {\n\tstruct {\n\t\tvoid *self;\n\t} a;\n"
                     "};\n\n");
}
} // namespace

namespace {
TEST(CHeaderTest, LongGapsBecomeOneArray) {
  Spec S;
  uint32_t Char = S.addInt("char", 1, IntSigned);
  S.addStruct("gap", 4096, {{"a", Char, 0}, {"z", Char, 8 * 4000}});
  EXPECT_EQ(body(S), "struct gap {\n\tchar a;\n\tlong: 56;\n"
                     "\tchar __corecc_pad8[3992];\n\tchar z;\n\tlong: 56;\n"
                     "\tchar __corecc_pad4008[88];\n};\n\n");
}
} // namespace
