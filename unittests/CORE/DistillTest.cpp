// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- DistillTest.cpp - Distilled base BTF and relocation ----------------===//
//
// One test per rule of distillBase() and relocateSplit() (see
// corecc/CORE/Distill.h), then the round trip: distill, relocate onto the
// base with its type ids shuffled, and compare structurally.
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Distill.h"
#include "corecc/CORE/Resolver.h"
#include "gtest/gtest.h"
#include <algorithm>
#include <functional>
#include <random>

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

namespace {

/// A "vmlinux" base and a "module" split BTF on it:
///
///   base: [1] INT int, [2] INT unsigned long, [3] FLOAT double,
///         [4] STRUCT list_head { next, prev } (size 16), [5] PTR -> 4,
///         [6] FWD struct opaque, [7] ENUM state (size 4), [8] ENUM64 big,
///         [9] TYPEDEF u64 -> 2, [10] anonymous STRUCT { a: int },
///         [11] ARRAY int[4], [12] CONST -> 1, [13] STRUCT unused,
///         [14] FUNC_PROTO int(int), [15] UNION u (size 8)
///   split: [16] STRUCT mod { list_head l; opaque *o; u64 c; state s;
///          big b; anon x; int arr[4]; const int k; double d; u u }
///          [17] PTR -> 6, [18] PTR -> 14
struct Fixture {
  std::shared_ptr<Spec> Base = std::make_shared<Spec>();
  std::unique_ptr<Spec> Split;
  uint32_t Mod;

  Fixture() {
    Spec &B = *Base;
    uint32_t Int = B.addInt("int", 4, IntSigned);
    uint32_t UL = B.addInt("unsigned long", 8);
    uint32_t Dbl = B.addFloat("double", 8);
    uint32_t LH = B.addStruct("list_head", 16);
    uint32_t LHP = B.addPtr(LH);
    B.setMembers(LH, {{"next", LHP, 0, 0}, {"prev", LHP, 64, 0}});
    uint32_t Opaque = B.addFwd("opaque", false);
    uint32_t State = B.addEnum("state", 4, false, {{"A", 0}, {"B", 1}});
    uint32_t Big = B.addEnum64("big", 8, false, {{"X", 1ULL << 40}});
    uint32_t U64 = B.addTypedef("u64", UL);
    uint32_t Anon = B.addStruct("", 4, {{"a", Int, 0, 0}});
    uint32_t Idx = Int;
    uint32_t Arr = B.addArray(Int, Idx, 4);
    uint32_t CInt = B.addConst(Int);
    B.addStruct("unused", 4, {{"z", Int, 0, 0}});
    uint32_t Proto = B.addFuncProto(Int, {{"x", Int}});
    uint32_t U = B.addUnion("u", 8, {{"p", UL, 0, 0}});
    EXPECT_EQ(U, 15u);
    Split = std::make_unique<Spec>(Base);
    Spec &S = *Split;
    Mod = S.addStruct("mod", 128);
    uint32_t OP = S.addPtr(Opaque);
    S.addPtr(Proto);
    S.setMembers(Mod, {{"l", LH, 0, 0},
                       {"o", OP, 128, 0},
                       {"c", U64, 192, 0},
                       {"s", State, 256, 0},
                       {"b", Big, 320, 0},
                       {"x", Anon, 384, 0},
                       {"arr", Arr, 416, 0},
                       {"k", CInt, 544, 0},
                       {"d", Dbl, 576, 0},
                       {"u", U, 640, 0}});
  }
};

std::optional<CoreErrorCode> codeOf(Error E) {
  std::optional<CoreErrorCode> C;
  handleAllErrors(std::move(E), [&](const CoreError &CE) { C = CE.code(); });
  return C;
}

/// A structural rendering of type Id (references followed, named
/// composites and enums by kind, name and size).
std::string render(const Spec &S, uint32_t Id, int Depth = 0) {
  if (Id == 0)
    return "void";
  if (Depth > 20)
    return "...";
  Type T = S.type(Id);
  std::string N = T.name().str();
  switch (T.kind()) {
  case Kind::Struct:
  case Kind::Union:
  case Kind::Enum:
  case Kind::Enum64:
    if (!N.empty() && Depth > 0)
      // A distilled base has ENUM for ENUM64: same name, same size.
      return (T.isEnumLike() ? std::string("ENUM*")
                             : kindName(T.kind()).str()) +
             " " + N + " " + std::to_string(T.size());
    if (T.isComposite()) {
      std::string Out = kindName(T.kind()).str() + " " + N + " " +
                        std::to_string(T.size()) + " {";
      for (Member M : T.members())
        Out += " " + S.string(M.NameOff).str() + ":" +
               render(S, M.Type, Depth + 1) + "@" + std::to_string(M.BitOffset);
      return Out + " }";
    }
    return kindName(T.kind()).str() + " " + N + " " + std::to_string(T.size()) +
           " vlen=" + std::to_string(T.vlen());
  case Kind::Int:
    return "INT " + N + " " + std::to_string(T.size()) + " " +
           std::to_string(T.intEncoding());
  case Kind::Float:
    return "FLOAT " + N;
  case Kind::Fwd:
    return "FWD " + N;
  case Kind::Array:
    return "ARRAY " + std::to_string(T.array().NumElements) + " " +
           render(S, T.array().ElemType, Depth + 1);
  case Kind::FuncProto: {
    std::string Out = "PROTO(";
    for (Param P : T.params())
      Out += render(S, P.Type, Depth + 1) + ",";
    return Out + ")->" + render(S, T.refType(), Depth + 1);
  }
  default:
    return kindName(T.kind()).str() + " " + N + " -> " +
           render(S, T.refType(), Depth + 1);
  }
}

TEST(Distill, BaseGetsIntsFloatsFwdsAndSizedNamedTypes) {
  Fixture F;
  Expected<Distilled> D = distillBase(*F.Split);
  ASSERT_TRUE(bool(D)) << toString(D.takeError());
  const Spec &DB = *D->Base;
  std::vector<std::string> Kinds;
  for (uint32_t Id : DB.ownIds())
    Kinds.push_back(kindName(DB.kindOf(Id)).str() + " " +
                    DB.type(Id).name().str());
  // Base id order; unused is not referred to, list_head's pointer members
  // are not needed (a named struct goes memberless), the typedef, pointer,
  // array, const, anonymous struct and prototype move into the split.
  EXPECT_EQ(Kinds, (std::vector<std::string>{"INT int", "INT unsigned long",
                                             "FLOAT double", "STRUCT list_head",
                                             "FWD opaque", "ENUM state",
                                             "ENUM big", "UNION u"}));
  // Named composites: sized, memberless.
  std::optional<uint32_t> LH = DB.findByName("list_head", Kind::Struct);
  ASSERT_TRUE(LH);
  EXPECT_EQ(DB.type(*LH).size(), 16u);
  EXPECT_EQ(DB.type(*LH).vlen(), 0u);
  // Enums, ENUM64 too: sized ENUMs without enumerators.
  std::optional<uint32_t> Big = DB.findByName("big", Kind::Enum);
  ASSERT_TRUE(Big);
  EXPECT_EQ(DB.type(*Big).size(), 8u);
  EXPECT_EQ(DB.type(*Big).vlen(), 0u);
}

TEST(Distill, SplitGetsTheOtherNeededTypes) {
  Fixture F;
  Expected<Distilled> D = distillBase(*F.Split);
  ASSERT_TRUE(bool(D));
  const Spec &S = D->Split;
  // The three split types first, in order, then the moved ones.
  EXPECT_EQ(S.firstId(), D->Base->typeCount());
  EXPECT_EQ(S.type(S.firstId()).name(), "mod");
  std::vector<std::string> Moved;
  for (uint32_t Id = S.firstId() + 3; Id < S.typeCount(); ++Id)
    Moved.push_back(kindName(S.kindOf(Id)).str());
  EXPECT_EQ(Moved, (std::vector<std::string>{"TYPEDEF", "STRUCT", "ARRAY",
                                             "CONST", "FUNC_PROTO"}));
  // And it means what it meant.
  EXPECT_EQ(render(S, S.firstId()), render(*F.Split, F.Mod));
}

TEST(Distill, RefusesBaseFuncsAndVars) {
  Fixture F;
  uint32_t Proto = 14;
  uint32_t Func = F.Base->addFunc("f", Proto, FuncLinkage::Global);
  Spec S(F.Base);
  S.addDeclTag("tag", Func);
  Expected<Distilled> D = distillBase(S);
  ASSERT_FALSE(bool(D));
  EXPECT_EQ(codeOf(D.takeError()), CoreErrorCode::InvalidRecord);
  Spec NotSplit;
  Expected<Distilled> D2 = distillBase(NotSplit);
  EXPECT_EQ(codeOf(D2.takeError()), CoreErrorCode::InvalidRecord);
}

/// The base with its ids shuffled (a new permutation of the same types).
std::shared_ptr<Spec> shuffled(const Spec &B, unsigned Seed) {
  std::vector<uint32_t> Order;
  for (uint32_t Id : B.ownIds())
    Order.push_back(Id);
  std::shuffle(Order.begin(), Order.end(), std::mt19937(Seed));
  std::vector<uint32_t> NewId(B.typeCount(), 0);
  for (size_t I = 0; I < Order.size(); ++I)
    NewId[Order[I]] = uint32_t(I + 1);
  auto Out = std::make_shared<Spec>();
  for (uint32_t Old : Order) {
    Type T = B.type(Old);
    std::vector<uint32_t> W(T.words(), T.words() + T.wordCount());
    uint32_t New = Out->addRawType(W);
    Out->forEachStringRef(
        New, [&](uint32_t &O) { O = Out->addString(B.string(O)); });
  }
  Out->remapTypeIds([&](uint32_t R) { return NewId[R]; });
  return Out;
}

TEST(Relocate, OntoAShuffledBaseMeansTheSame) {
  Fixture F;
  Expected<Distilled> D = distillBase(*F.Split);
  ASSERT_TRUE(bool(D));
  for (unsigned Seed : {1u, 2u, 3u}) {
    std::shared_ptr<Spec> NB = shuffled(*F.Base, Seed);
    Expected<Spec> R = relocateSplit(D->Split, NB);
    ASSERT_TRUE(bool(R)) << toString(R.takeError());
    EXPECT_EQ(R->firstId(), NB->typeCount());
    EXPECT_FALSE(bool(R->validate()));
    EXPECT_EQ(render(*R, R->firstId()), render(*F.Split, F.Mod)) << Seed;
  }
}

/// Relocates the fixture's distilled split BTF onto a base built by Make.
Expected<Spec> relocateOnto(std::function<void(Spec &)> Make) {
  Fixture F;
  Expected<Distilled> D = distillBase(*F.Split);
  if (!D)
    return D.takeError();
  auto NB = std::make_shared<Spec>();
  Make(*NB);
  return relocateSplit(D->Split, NB);
}

/// The fixture's base types, with Change applied to the named one.
void baseTypes(Spec &B, StringRef Change = "") {
  uint32_t Int = Change == "int-unsigned" ? B.addInt("int", 4)
                 : Change == "int-size"   ? B.addInt("int", 8, IntSigned)
                                          : B.addInt("int", 4, IntSigned);
  uint32_t UL = B.addInt("unsigned long", 8);
  if (Change != "no-double")
    B.addFloat("double", 8);
  if (Change == "list_head-union")
    B.addUnion("list_head", 16);
  else
    B.addStruct("list_head", Change == "list_head-size" ? 24 : 16);
  if (Change == "two-list_heads")
    B.addStruct("list_head", 16);
  if (Change == "list_head-32")
    B.addStruct("list_head", 32);
  if (Change == "opaque-union")
    B.addUnion("opaque", 4);
  else if (Change != "opaque-struct")
    B.addFwd("opaque", false);
  else
    B.addStruct("opaque", 4);
  if (Change == "state-64")
    B.addEnum64("state", 4, false, {{"A", 0}});
  else
    B.addEnum("state", Change == "state-size" ? 8 : 4, false, {{"A", 0}});
  B.addEnum64("big", 8, false);
  B.addUnion("u", Change == "u-size" ? 16 : 8, {{"p", UL, 0, 0}});
  (void)Int;
}

TEST(Relocate, IntsMatchByNameSizeAndEncoding) {
  EXPECT_TRUE(bool(relocateOnto([](Spec &B) { baseTypes(B); })));
  EXPECT_EQ(codeOf(relocateOnto([](Spec &B) {
                     baseTypes(B, "int-unsigned");
                   }).takeError()),
            CoreErrorCode::NotFound);
  EXPECT_EQ(codeOf(relocateOnto([](Spec &B) {
                     baseTypes(B, "int-size");
                   }).takeError()),
            CoreErrorCode::NotFound);
}

TEST(Relocate, FloatsMustBeThere) {
  Expected<Spec> R = relocateOnto([](Spec &B) { baseTypes(B, "no-double"); });
  ASSERT_FALSE(bool(R));
  std::string Msg = toString(R.takeError());
  EXPECT_NE(Msg.find("FLOAT 'double' size=8 has no match"), std::string::npos)
      << Msg;
}

TEST(Relocate, FwdsMatchFwdsAndCompositesOfTheirKind) {
  EXPECT_TRUE(
      bool(relocateOnto([](Spec &B) { baseTypes(B, "opaque-struct"); })));
  EXPECT_EQ(codeOf(relocateOnto([](Spec &B) {
                     baseTypes(B, "opaque-union");
                   }).takeError()),
            CoreErrorCode::NotFound);
}

TEST(Relocate, EnumsMatchEnumOrEnum64OfTheSize) {
  EXPECT_TRUE(bool(relocateOnto([](Spec &B) { baseTypes(B, "state-64"); })));
  EXPECT_EQ(codeOf(relocateOnto([](Spec &B) {
                     baseTypes(B, "state-size");
                   }).takeError()),
            CoreErrorCode::NotFound);
}

TEST(Relocate, EmbeddedCompositesMustKeepTheirSize) {
  // list_head and u are members of mod (embedded): their sizes count.
  Expected<Spec> R =
      relocateOnto([](Spec &B) { baseTypes(B, "list_head-size"); });
  ASSERT_FALSE(bool(R));
  std::string Msg = toString(R.takeError());
  EXPECT_NE(Msg.find("embedded"), std::string::npos) << Msg;
  EXPECT_NE(Msg.find("STRUCT 'list_head' size=24"), std::string::npos) << Msg;
  EXPECT_EQ(
      codeOf(relocateOnto([](Spec &B) { baseTypes(B, "u-size"); }).takeError()),
      CoreErrorCode::NotFound);
}

TEST(Relocate, SameNamedCompositesAreToldApartBySize) {
  // Two list_heads: the one of size 16 is picked.
  EXPECT_TRUE(
      bool(relocateOnto([](Spec &B) { baseTypes(B, "list_head-32"); })));
  // Two of the same size: ambiguous.
  EXPECT_EQ(codeOf(relocateOnto([](Spec &B) {
                     baseTypes(B, "two-list_heads");
                   }).takeError()),
            CoreErrorCode::Ambiguous);
}

TEST(Relocate, CompositesMatchTheirKindOnly) {
  // libbpf would accept a union for a distilled struct; we do not.
  EXPECT_EQ(codeOf(relocateOnto([](Spec &B) {
                     baseTypes(B, "list_head-union");
                   }).takeError()),
            CoreErrorCode::NotFound);
}

TEST(Relocate, UnembeddedCompositesMatchByNameAlone) {
  // list_head of any size is fine when the split BTF only points to it.
  Fixture F;
  Spec S(F.Base);
  uint32_t LH = 4;
  S.addPtr(LH);
  Expected<Distilled> D = distillBase(S);
  ASSERT_TRUE(bool(D));
  auto NB = std::make_shared<Spec>();
  NB->addStruct("list_head", 999);
  EXPECT_TRUE(bool(relocateSplit(D->Split, NB)));
}

TEST(Relocate, OnlyDistilledBasesAreAccepted) {
  // The fixture's own base has typedefs, pointers and anonymous types.
  Fixture F;
  Expected<Spec> R = relocateSplit(*F.Split, F.Base);
  EXPECT_EQ(codeOf(R.takeError()), CoreErrorCode::InvalidRecord);
  Expected<Distilled> D = distillBase(*F.Split);
  ASSERT_TRUE(bool(D));
  // Onto split BTF: no.
  auto NotBase = std::make_shared<Spec>(F.Base);
  EXPECT_EQ(codeOf(relocateSplit(D->Split, NotBase).takeError()),
            CoreErrorCode::InvalidRecord);
}

} // namespace
