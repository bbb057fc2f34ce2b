// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- ResolverTest.cpp - Tests of the CO-RE resolver ---------------------===//
//
// Each test builds a local BTF (what a program was compiled against) and a
// target BTF (a kernel's) with the BTF builder, one type per line with its
// id in a comment, and checks what the resolver says libbpf will do.
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Resolver.h"
#include "corecc/BTF/Spec.h"
#include "corecc/CORE/Object.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include "gtest/gtest.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

namespace {

/// struct task { int pid; int tgid; struct task *parent; unsigned flags:3,
///               state:5; char comm[16]; };  (a kernel-like layout)
struct Fixture {
  Spec S;
  uint32_t Int, UInt, Char, Long, Task, PtrTask, Arr, Idx;
};

Fixture makeTask(bool Moved, bool WithTgid, bool Renamed = false) {
  Fixture F;
  Spec &S = F.S;
  F.Int = S.addInt("int", 4, IntSigned);                    // [1]
  F.UInt = S.addInt("unsigned int", 4);                     // [2]
  F.Char = S.addInt("char", 1, IntSigned);                  // [3]
  F.Long = S.addInt("long", 8, IntSigned);                  // [4]
  F.Idx = S.addInt("__ARRAY_SIZE_TYPE__", 4);               // [5]
  F.Arr = S.addArray(F.Char, F.Idx, 16);                    // [6]
  F.Task = S.addStruct(Renamed ? "task___v2" : "task", 48); // [7]
  F.PtrTask = S.addPtr(F.Task);                             // [8]
  std::vector<MemberSpec> M;
  uint32_t Base = Moved ? 64 : 0;
  M.push_back({"pid", F.Int, Base, 0});
  if (WithTgid)
    M.push_back({"tgid", F.Int, Base + 32, 0});
  M.push_back({"parent", F.PtrTask, 128, 0});
  M.push_back({"flags", F.UInt, 192, 3});
  M.push_back({"state", F.UInt, 195, 5});
  M.push_back({"comm", F.Arr, 256, 0});
  S.setMembers(F.Task, M);
  return F;
}

std::vector<Candidate> cands(const Spec &Local, uint32_t Id,
                             std::shared_ptr<const Spec> Target) {
  TargetBTF T;
  T.Name = "test";
  T.Vmlinux = std::move(Target);
  return findCandidates(Local, Id, T);
}

TEST(Resolver, FieldOffsetFollowsMovedField) {
  Fixture L = makeTask(false, true);
  auto T = std::make_shared<Spec>(makeTask(true, true).S);
  auto C = cands(L.S, L.Task, T);
  ASSERT_EQ(C.size(), 1u);
  // task::tgid is "0:1".
  Resolution R = resolve(L.S, L.Task, "0:1", BTF::FIELD_BYTE_OFFSET, C);
  ASSERT_EQ(R.Status, Resolution::Patched) << R.Error;
  EXPECT_EQ(R.OrigValue, 4u);
  EXPECT_EQ(R.NewValue, 12u);
  EXPECT_EQ(R.OrigSize, 4u);
  EXPECT_TRUE(R.Validate);
}

TEST(Resolver, MissingFieldPoisonsAndExistsIsZero) {
  Fixture L = makeTask(false, true);
  auto T = std::make_shared<Spec>(makeTask(false, false).S);
  auto C = cands(L.S, L.Task, T);
  Resolution R = resolve(L.S, L.Task, "0:1", BTF::FIELD_BYTE_OFFSET, C);
  EXPECT_EQ(R.Status, Resolution::Poisoned);
  ASSERT_FALSE(R.Notes.empty());
  EXPECT_NE(R.Notes[0].find("member tgid is missing"), std::string::npos)
      << R.Notes[0];

  Resolution E = resolve(L.S, L.Task, "0:1", BTF::FIELD_EXISTENCE, C);
  EXPECT_EQ(E.Status, Resolution::Patched);
  EXPECT_EQ(E.OrigValue, 1u);
  EXPECT_EQ(E.NewValue, 0u);
}

TEST(Resolver, FlavorsMatchByEssentialName) {
  Fixture L = makeTask(false, true, /*Renamed=*/true); // task___v2
  auto T = std::make_shared<Spec>(makeTask(true, true).S);
  auto C = cands(L.S, L.Task, T);
  ASSERT_EQ(C.size(), 1u);
  Resolution R = resolve(L.S, L.Task, "0:0", BTF::FIELD_BYTE_OFFSET, C);
  ASSERT_EQ(R.Status, Resolution::Patched);
  EXPECT_EQ(R.NewValue, 8u);
}

TEST(Resolver, BitfieldShiftsAndSize) {
  Fixture L = makeTask(false, true);
  auto T = std::make_shared<Spec>(makeTask(false, true).S);
  auto C = cands(L.S, L.Task, T);
  // state: bits 195..199 of an unsigned int unit at byte 24.
  Resolution Off = resolve(L.S, L.Task, "0:4", BTF::FIELD_BYTE_OFFSET, C);
  EXPECT_EQ(Off.NewValue, 24u);
  EXPECT_FALSE(Off.Validate); // libbpf does not validate bitfield offsets
  Resolution L64 = resolve(L.S, L.Task, "0:4", BTF::FIELD_LSHIFT_U64, C);
  EXPECT_EQ(L64.NewValue, 64u - (195 + 5 - 192));
  Resolution R64 = resolve(L.S, L.Task, "0:4", BTF::FIELD_RSHIFT_U64, C);
  EXPECT_EQ(R64.NewValue, 59u);
  Resolution Sz = resolve(L.S, L.Task, "0:4", BTF::FIELD_BYTE_SIZE, C);
  EXPECT_EQ(Sz.NewValue, 4u);
  Resolution Sign = resolve(L.S, L.Task, "0:4", BTF::FIELD_SIGNEDNESS, C);
  EXPECT_EQ(Sign.NewValue, 0u);
}

TEST(Resolver, ArrayElementAndBounds) {
  Fixture L = makeTask(false, true);
  auto T = std::make_shared<Spec>(makeTask(false, true).S);
  auto C = cands(L.S, L.Task, T);
  Resolution R = resolve(L.S, L.Task, "0:5:3", BTF::FIELD_BYTE_OFFSET, C);
  ASSERT_EQ(R.Status, Resolution::Patched) << R.Error;
  EXPECT_EQ(R.NewValue, 32u + 3);
  // Signedness of an array element is not a thing libbpf computes.
  Resolution S = resolve(L.S, L.Task, "0:5:3", BTF::FIELD_SIGNEDNESS, C);
  EXPECT_EQ(S.Status, Resolution::Failed);
  EXPECT_EQ(S.ErrorCode, CoreErrorCode::Unsupported);
  // Index past the local array is a malformed record.
  Resolution Bad = resolve(L.S, L.Task, "0:5:16", BTF::FIELD_BYTE_OFFSET, C);
  EXPECT_EQ(Bad.Status, Resolution::Failed);
  EXPECT_EQ(Bad.ErrorCode, CoreErrorCode::InvalidRecord);
}

TEST(Resolver, AnonymousMembersAreSearched) {
  // Local: struct s { int a; int b; }; target: struct s { int a; union {
  // int x; int b; }; } -- b moved into an anonymous union.
  Spec L;
  uint32_t LInt = L.addInt("int", 4, IntSigned);
  uint32_t LS = L.addStruct("s", 8, {{"a", LInt, 0, 0}, {"b", LInt, 32, 0}});
  auto T = std::make_shared<Spec>();
  uint32_t TInt = T->addInt("int", 4, IntSigned);
  uint32_t TU = T->addUnion("", 4, {{"x", TInt, 0, 0}, {"b", TInt, 0, 0}});
  T->addStruct("s", 12, {{"a", TInt, 0, 0}, {"", TU, 64, 0}});
  auto C = cands(L, LS, T);
  Resolution R = resolve(L, LS, "0:1", BTF::FIELD_BYTE_OFFSET, C);
  ASSERT_EQ(R.Status, Resolution::Patched) << R.Error;
  EXPECT_EQ(R.NewValue, 8u);
  ASSERT_TRUE(R.Target);
  EXPECT_EQ(R.Target->Raw, (SmallVector<uint32_t, 8>{0, 1, 1}));
}

TEST(Resolver, AmbiguousCandidatesFail) {
  Fixture L = makeTask(false, true);
  auto T = std::make_shared<Spec>();
  uint32_t Int = T->addInt("int", 4, IntSigned);
  T->addStruct("task", 8, {{"pid", Int, 0, 0}});
  T->addStruct("task___other", 8, {{"pid", Int, 32, 0}});
  auto C = cands(L.S, L.Task, T);
  ASSERT_EQ(C.size(), 2u);
  Resolution R = resolve(L.S, L.Task, "0:0", BTF::FIELD_BYTE_OFFSET, C);
  EXPECT_EQ(R.Status, Resolution::Failed);
  EXPECT_EQ(R.ErrorCode, CoreErrorCode::Ambiguous);
  EXPECT_NE(R.Error.find("ambiguity"), std::string::npos);
}

TEST(Resolver, EnumValueRenumbered) {
  Spec L;
  uint32_t LE = L.addEnum("state", 4, false, {{"RUNNING", 0}, {"SLEEPING", 1}});
  auto T = std::make_shared<Spec>();
  T->addEnum("state", 4, false,
             {{"NEW", 0}, {"RUNNING", 5}, {"SLEEPING___old", 9}});
  auto C = cands(L, LE, T);
  Resolution V = resolve(L, LE, "1", BTF::ENUM_VALUE, C);
  ASSERT_EQ(V.Status, Resolution::Patched) << V.Error;
  EXPECT_EQ(V.OrigValue, 1u);
  EXPECT_EQ(V.NewValue, 9u); // flavor suffixes are ignored
  Resolution V0 = resolve(L, LE, "0", BTF::ENUM_VALUE, C);
  EXPECT_EQ(V0.NewValue, 5u);
}

TEST(Resolver, TypeSizeExistsAndMatches) {
  Fixture L = makeTask(false, true);
  auto T = std::make_shared<Spec>(makeTask(true, true).S);
  auto C = cands(L.S, L.Task, T);
  EXPECT_EQ(resolve(L.S, L.Task, "0", BTF::TYPE_SIZE, C).NewValue, 48u);
  EXPECT_EQ(resolve(L.S, L.Task, "0", BTF::TYPE_EXISTENCE, C).NewValue, 1u);
  EXPECT_EQ(resolve(L.S, L.Task, "0", BTF::TYPE_MATCH, C).NewValue, 1u);

  auto Empty = std::make_shared<Spec>();
  auto None = cands(L.S, L.Task, Empty);
  Resolution Missing = resolve(L.S, L.Task, "0", BTF::TYPE_EXISTENCE, None);
  EXPECT_EQ(Missing.Status, Resolution::Patched);
  EXPECT_EQ(Missing.NewValue, 0u);
}

TEST(Resolver, TypeMatchNamesTheDifferingMember) {
  // clang names the integer "unsigned long"; a GCC-built kernel says "long
  // unsigned int". libbpf's type matching compares names at every level, so
  // the types do not match, and the explanation names the member.
  Spec L;
  uint32_t LUL = L.addInt("unsigned long", 8);
  uint32_t LS =
      L.addStruct("cfg", 16, {{"flags", LUL, 0, 0}, {"count", LUL, 64, 0}});
  auto T = std::make_shared<Spec>();
  uint32_t TUL = T->addInt("long unsigned int", 8);
  uint32_t TL = T->addInt("long int", 8, IntSigned);
  T->addStruct("cfg", 16, {{"flags", TUL, 0, 0}, {"count", TL, 64, 0}});
  auto C = cands(L, LS, T);
  Resolution R = resolve(L, LS, "0", BTF::TYPE_MATCH, C);
  EXPECT_EQ(R.NewValue, 0u);
  std::string Why = explainMismatch(L, LS, *T, C[0].TypeId);
  EXPECT_NE(Why.find("member flags"), std::string::npos) << Why;
  EXPECT_NE(Why.find("'long unsigned int'"), std::string::npos) << Why;

  // With the same integer names, the signedness of 'count' decides.
  auto T2 = std::make_shared<Spec>();
  uint32_t T2UL = T2->addInt("unsigned long", 8);
  uint32_t T2L = T2->addInt("unsigned long", 8, IntSigned);
  T2->addStruct("cfg", 16, {{"flags", T2UL, 0, 0}, {"count", T2L, 64, 0}});
  auto C2 = cands(L, LS, T2);
  std::string Why2 = explainMismatch(L, LS, *T2, C2[0].TypeId);
  EXPECT_NE(Why2.find("member count"), std::string::npos) << Why2;
  EXPECT_NE(Why2.find("signed"), std::string::npos) << Why2;
}

TEST(Resolver, AnonymousRootFails) {
  Spec L;
  uint32_t Int = L.addInt("int", 4, IntSigned);
  uint32_t S = L.addStruct("", 4, {{"a", Int, 0, 0}});
  Resolution R = resolve(L, S, "0:0", BTF::FIELD_BYTE_OFFSET, {});
  EXPECT_EQ(R.Status, Resolution::Failed);
  EXPECT_EQ(R.ErrorCode, CoreErrorCode::Unsupported);
  // ...except for a local type id, which needs no lookup.
  Resolution Id = resolve(L, S, "0", BTF::BTF_TYPE_ID_LOCAL, {});
  EXPECT_EQ(Id.Status, Resolution::Patched);
  EXPECT_EQ(Id.NewValue, S);
}

TEST(Resolver, ModulesAreSearchedOnlyWithoutVmlinuxCandidates) {
  Fixture L = makeTask(false, true);
  TargetBTF T;
  T.Vmlinux = std::make_shared<Spec>();
  auto Mod = std::make_shared<Spec>(T.Vmlinux);
  uint32_t Int = Mod->addInt("int", 4, IntSigned);
  Mod->addStruct("task", 4, {{"pid", Int, 0, 0}});
  T.Modules.push_back({"mymod", Mod});
  std::vector<Candidate> C = findCandidates(L.S, L.Task, T);
  ASSERT_EQ(C.size(), 1u);
  EXPECT_EQ(C[0].Origin, "mymod");
}

//===----------------------------------------------------------------------===//
// Patching
//===----------------------------------------------------------------------===//

std::vector<uint8_t> insn(uint8_t Code, uint8_t Regs, int16_t Off,
                          int32_t Imm) {
  std::vector<uint8_t> B(8);
  B[0] = Code;
  B[1] = Regs;
  support::endian::write<int16_t>(&B[2], Off, endianness::little);
  support::endian::write<int32_t>(&B[4], Imm, endianness::little);
  return B;
}

Resolution patched(uint64_t Orig, uint64_t New) {
  Resolution R;
  R.Status = Resolution::Patched;
  R.OrigValue = Orig;
  R.NewValue = New;
  return R;
}

TEST(Patch, LoadOffset) {
  // r0 = *(u32 *)(r1 + 4)
  auto Out = patchInstruction(insn(0x61, 0x10, 4, 0), endianness::little,
                              patched(4, 12));
  ASSERT_TRUE(bool(Out));
  EXPECT_EQ(support::endian::read<int16_t>(&(*Out)[2], endianness::little), 12);
}

TEST(Patch, ValidationAndRange) {
  auto Wrong = patchInstruction(insn(0x61, 0x10, 8, 0), endianness::little,
                                patched(4, 12));
  ASSERT_FALSE(bool(Wrong));
  handleAllErrors(Wrong.takeError(), [](const CoreError &E) {
    EXPECT_EQ(E.code(), CoreErrorCode::BadInstruction);
  });
  auto Big = patchInstruction(insn(0x61, 0x10, 4, 0), endianness::little,
                              patched(4, 40000));
  ASSERT_FALSE(bool(Big));
  handleAllErrors(Big.takeError(), [](const CoreError &E) {
    EXPECT_EQ(E.code(), CoreErrorCode::ValueTooBig);
  });
}

TEST(Patch, AluImmediateAndPoison) {
  // r1 += 8
  auto Out = patchInstruction(insn(0x07, 0x01, 0, 8), endianness::little,
                              patched(8, 16));
  ASSERT_TRUE(bool(Out));
  EXPECT_EQ(support::endian::read<int32_t>(&(*Out)[4], endianness::little), 16);
  Resolution P;
  P.Status = Resolution::Poisoned;
  auto Poisoned =
      patchInstruction(insn(0x07, 0x01, 0, 8), endianness::little, P);
  ASSERT_TRUE(bool(Poisoned));
  EXPECT_EQ((*Poisoned)[0], 0x85);
  EXPECT_EQ(support::endian::read<int32_t>(&(*Poisoned)[4], endianness::little),
            0xbad2310);
}

TEST(Patch, MemorySizeAdjustment) {
  Resolution R = patched(4, 4);
  R.OrigSize = 4;
  R.NewSize = 8;
  // r0 = *(u32 *)(r1 + 4) becomes a u64 load.
  auto Out = patchInstruction(insn(0x61, 0x10, 4, 0), endianness::little, R);
  ASSERT_TRUE(bool(Out));
  EXPECT_EQ((*Out)[0], 0x79);
  R.FailMemSizeAdjust = true;
  auto Poisoned =
      patchInstruction(insn(0x61, 0x10, 4, 0), endianness::little, R);
  ASSERT_TRUE(bool(Poisoned));
  EXPECT_EQ((*Poisoned)[0], 0x85);
}

TEST(Patch, LdImm64) {
  std::vector<uint8_t> B = insn(0x18, 0x01, 0, 7);
  std::vector<uint8_t> Second = insn(0, 0, 0, 0);
  B.insert(B.end(), Second.begin(), Second.end());
  auto Out =
      patchInstruction(B, endianness::little, patched(7, 0x100000002ULL));
  ASSERT_TRUE(bool(Out));
  EXPECT_EQ(support::endian::read<int32_t>(&(*Out)[4], endianness::little), 2);
  EXPECT_EQ(support::endian::read<int32_t>(&(*Out)[12], endianness::little), 1);
}

TEST(Resolver, EnumValuesAreSignExtendedLikeLibbpf) {
  // libbpf reads an ENUM's value through struct btf_enum's s32: -3 and
  // 0x80000000 become 64-bit negative numbers, whatever the enum's kflag.
  Spec L;
  uint32_t LE = L.addEnum("e", 4, true, {{"NEG", uint64_t(-3)}, {"HI", 1}});
  auto T = std::make_shared<Spec>();
  T->addEnum("e", 4, false, {{"HI", 0x80000000u}, {"NEG", uint64_t(-100)}});
  auto C = cands(L, LE, T);
  Resolution Neg = resolve(L, LE, "0", BTF::ENUM_VALUE, C);
  EXPECT_EQ(Neg.OrigValue, uint64_t(-3));
  EXPECT_EQ(Neg.NewValue, uint64_t(-100));
  Resolution Hi = resolve(L, LE, "1", BTF::ENUM_VALUE, C);
  EXPECT_EQ(Hi.NewValue, 0xffffffff80000000ULL);
  // ENUM64 values are taken as they are.
  Spec L64;
  uint32_t LE64 = L64.addEnum64("w", 8, false, {{"A", 0x100000000ULL}});
  auto T64 = std::make_shared<Spec>();
  T64->addEnum64("w", 8, false, {{"A", 0xfffffffffULL}});
  Resolution W =
      resolve(L64, LE64, "0", BTF::ENUM_VALUE, cands(L64, LE64, T64));
  EXPECT_EQ(W.NewValue, 0xfffffffffULL);
}

TEST(Resolver, TypeMatchNeedsAsManyEnumeratorsAndMembers) {
  // Two local enumerators, flavors of one name, match one target
  // enumerator: libbpf still says no, the target has fewer.
  Spec L;
  uint32_t LE = L.addEnum("e", 4, false, {{"A", 0}, {"A___old", 1}});
  auto T = std::make_shared<Spec>();
  T->addEnum("e", 4, false, {{"A", 0}});
  auto C = cands(L, LE, T);
  EXPECT_EQ(resolve(L, LE, "0", BTF::TYPE_MATCH, C).NewValue, 0u);
  EXPECT_NE(explainMismatch(L, LE, *T, C[0].TypeId).find("only 1"),
            std::string::npos);

  Spec L2;
  uint32_t Int = L2.addInt("int", 4, IntSigned);
  uint32_t LS = L2.addStruct("s", 8, {{"a", Int, 0, 0}, {"a___x", Int, 32, 0}});
  auto T2 = std::make_shared<Spec>();
  uint32_t TInt = T2->addInt("int", 4, IntSigned);
  T2->addStruct("s", 4, {{"a", TInt, 0, 0}});
  auto C2 = cands(L2, LS, T2);
  EXPECT_EQ(resolve(L2, LS, "0", BTF::TYPE_MATCH, C2).NewValue, 0u);
  EXPECT_NE(explainMismatch(L2, LS, *T2, C2[0].TypeId).find("only 1"),
            std::string::npos);
}

TEST(Resolver, IncompatibleMemberIsNamedAsSuch) {
  // The member is there but is a pointer in the target: not "missing".
  Fixture L = makeTask(false, true);
  auto T = std::make_shared<Spec>();
  uint32_t Int = T->addInt("int", 4, IntSigned);
  uint32_t Ptr = T->addPtr(Int);
  T->addStruct("task", 16, {{"pid", Int, 0, 0}, {"tgid", Ptr, 64, 0}});
  auto C = cands(L.S, L.Task, T);
  Resolution R = resolve(L.S, L.Task, "0:1", BTF::FIELD_BYTE_OFFSET, C);
  EXPECT_EQ(R.Status, Resolution::Poisoned);
  ASSERT_EQ(R.Candidates.size(), 1u);
  EXPECT_FALSE(R.Candidates[0].Matched);
  EXPECT_NE(R.Candidates[0].Why.find("a pointer in the target but integer "
                                     "'int' in the program"),
            std::string::npos)
      << R.Candidates[0].Why;
}

TEST(Resolver, LocalValueIsTheCompiledValue) {
  Fixture L = makeTask(false, true);
  Expected<uint64_t> Off =
      localValue(L.S, L.Task, "0:5:3", BTF::FIELD_BYTE_OFFSET);
  ASSERT_TRUE(bool(Off));
  EXPECT_EQ(*Off, 35u);
  Expected<uint64_t> Size = localValue(L.S, L.Task, "0", BTF::TYPE_SIZE);
  ASSERT_TRUE(bool(Size));
  EXPECT_EQ(*Size, 48u);
  Expected<uint64_t> Bad =
      localValue(L.S, L.Task, "0:9", BTF::FIELD_BYTE_OFFSET);
  EXPECT_FALSE(bool(Bad));
  consumeError(Bad.takeError());
}

TEST(Resolver, CandidatesAreReportedInOrder) {
  Fixture L = makeTask(false, true);
  auto T = std::make_shared<Spec>();
  uint32_t Int = T->addInt("int", 4, IntSigned);
  uint32_t A = T->addStruct("task", 4, {{"other", Int, 0, 0}});
  uint32_t B = T->addStruct("task___new", 8, {{"pid", Int, 32, 0}});
  auto C = cands(L.S, L.Task, T);
  Resolution R = resolve(L.S, L.Task, "0:0", BTF::FIELD_BYTE_OFFSET, C);
  ASSERT_EQ(R.Candidates.size(), 2u);
  EXPECT_EQ(R.Candidates[0].TypeId, A);
  EXPECT_FALSE(R.Candidates[0].Matched);
  EXPECT_EQ(R.Candidates[1].TypeId, B);
  EXPECT_TRUE(R.Candidates[1].Matched);
  EXPECT_EQ(R.Candidates[1].Spec,
            "<byte_off> [" + std::to_string(B) +
                "] struct task___new.pid (0:0 @ offset 4)");
  EXPECT_EQ(R.LocalSpec, "<byte_off> [7] struct task.pid (0:0 @ offset 0)");
  EXPECT_EQ(R.NewValue, 4u);
}

TEST(CPath, ReadsLikeC) {
  Fixture L = makeTask(false, true);
  EXPECT_EQ(cPath(L.S, L.Task, "0:1", BTF::FIELD_BYTE_OFFSET), "task::tgid");
  EXPECT_EQ(cPath(L.S, L.Task, "0:5:3", BTF::FIELD_BYTE_OFFSET),
            "task::comm[3]");
  EXPECT_EQ(cPath(L.S, L.Task, "2:0", BTF::FIELD_BYTE_OFFSET), "task[2].pid");
  EXPECT_EQ(cPath(L.S, L.Task, "0", BTF::TYPE_SIZE), "struct task");
  EXPECT_EQ(cPath(L.S, L.Task, "0:77", BTF::FIELD_BYTE_OFFSET), "");
  // Anonymous members are walked through without a name.
  Spec S;
  uint32_t Int = S.addInt("int", 4, IntSigned);
  uint32_t U = S.addUnion("", 4, {{"x", Int, 0, 0}, {"b", Int, 0, 0}});
  uint32_t Outer = S.addStruct("s", 8, {{"a", Int, 0, 0}, {"", U, 32, 0}});
  EXPECT_EQ(cPath(S, Outer, "0:1:1", BTF::FIELD_BYTE_OFFSET), "s::b");
  uint32_t E = S.addEnum("color", 4, false, {{"RED", 0}, {"BLUE", 1}});
  EXPECT_EQ(cPath(S, E, "1", BTF::ENUM_VALUE), "color::BLUE");
}

TEST(AccessSpec, Format) {
  Fixture L = makeTask(false, true);
  Expected<AccessSpec> S =
      parseAccess(L.S, L.Task, "0:5:3", BTF::FIELD_BYTE_OFFSET);
  ASSERT_TRUE(bool(S));
  EXPECT_EQ(S->format(),
            "<byte_off> [7] struct task.comm[3] (0:5:3 @ offset 35)");
}

} // namespace
