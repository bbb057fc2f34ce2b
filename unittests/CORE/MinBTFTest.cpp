// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- MinBTFTest.cpp - Tests of the minimal BTF builder ------------------===//
//
// The property that matters: every relocation resolves against the minimal
// BTF as it does against the whole target. The tests also pin what is kept
// (members on the access path with their offsets, sizes, pointers to void)
// and what is not.
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/MinBTF.h"
#include "corecc/BTF/Format.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include "gtest/gtest.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

namespace {

/// A kernel-like target: task with pid, tgid, a pointer to mm, an array,
/// a nested anonymous union; mm with a counter; an enum.
std::shared_ptr<Spec> kernel() {
  auto T = std::make_shared<Spec>();
  uint32_t Int = T->addInt("int", 4, IntSigned);      // [1]
  uint32_t Long = T->addInt("long", 8, IntSigned);    // [2]
  uint32_t Mm = T->addStruct("mm_struct", 64);        // [3]
  uint32_t MmPtr = T->addPtr(Mm);                     // [4]
  uint32_t Idx = T->addInt("__ARRAY_SIZE_TYPE__", 4); // [5]
  uint32_t Comm =
      T->addArray(T->addInt("char", 1, IntSigned), Idx, 16); // [6,7]
  uint32_t Pid = T->addTypedef("pid_t", Int);                // [8]
  uint32_t U = T->addUnion("", 8, {{"x", Long, 0, 0}, {"y", Int, 0, 0}}); // [9]
  uint32_t Task = T->addStruct("task", 4096,
                               {{"state", Long, 0, 0},
                                {"pid", Pid, 1024, 0},
                                {"tgid", Pid, 1056, 0},
                                {"mm", MmPtr, 2048, 0},
                                {"comm", Comm, 3072, 0},
                                {"", U, 4096, 0}}); // [10]
  T->setMembers(Mm, {{"total_vm", Long, 0, 0}, {"count", Int, 64, 0}});
  T->addEnum("state", 4, false, {{"RUNNING", 0}, {"SLEEPING", 5}, {"DEAD", 9}});
  (void)Task;
  return T;
}

/// The program's view of the same types, and relocations against them.
struct Program {
  std::shared_ptr<Spec> BTF = std::make_shared<Spec>();
  uint32_t Task, Mm, State;
  Program() {
    Spec &S = *BTF;
    uint32_t Int = S.addInt("int", 4, IntSigned);
    uint32_t Long = S.addInt("long", 8, IntSigned);
    Mm = S.addStruct("mm_struct", 16);
    uint32_t MmPtr = S.addPtr(Mm);
    uint32_t Idx = S.addInt("__ARRAY_SIZE_TYPE__", 4);
    uint32_t Comm = S.addArray(S.addInt("char", 1, IntSigned), Idx, 16);
    Task = S.addStruct("task", 64,
                       {{"pid", Int, 0, 0},
                        {"tgid", Int, 32, 0},
                        {"mm", MmPtr, 64, 0},
                        {"comm", Comm, 128, 0},
                        {"y", Int, 256, 0}});
    S.setMembers(Mm, {{"count", Int, 0, 0}, {"total_vm", Long, 64, 0}});
    State = S.addEnum("state", 4, false, {{"SLEEPING", 1}});
  }
};

BPFObject object(const Program &P,
                 std::vector<std::tuple<uint32_t, std::string, uint32_t>> Rs) {
  BPFObject Obj;
  Obj.BTF = P.BTF;
  Obj.Sections.push_back(
      {"kprobe/x", std::vector<uint8_t>(8 * Rs.size() + 8), {}});
  Obj.Programs.push_back(
      {"prog", "kprobe/x", 0, uint32_t(Rs.size() + 1), true, false});
  for (size_t I = 0; I < Rs.size(); ++I) {
    ObjectReloc R;
    R.Section = "kprobe/x";
    R.IndexInSection = unsigned(I);
    R.InsnIndex = uint32_t(I);
    R.Program = 0;
    R.ProgInsnIndex = uint32_t(I);
    R.Record.Insn = I * 8;
    R.Record.TypeId = std::get<0>(Rs[I]);
    R.Access = std::get<1>(Rs[I]);
    R.Record.Kind = std::get<2>(Rs[I]);
    // "r1 = <value>": an ALU instruction, validated against the local value.
    Expected<uint64_t> V =
        localValue(*P.BTF, R.Record.TypeId, R.Access, R.Record.Kind);
    uint64_t Val = V ? *V : 0;
    if (!V)
      consumeError(V.takeError());
    R.Insn = {0xb7,
              0x01,
              0,
              0,
              uint8_t(Val),
              uint8_t(Val >> 8),
              uint8_t(Val >> 16),
              uint8_t(Val >> 24)};
    Obj.Relocs.push_back(R);
  }
  return Obj;
}

TargetBTF target(std::shared_ptr<const Spec> S) {
  TargetBTF T;
  T.Vmlinux = std::move(S);
  return T;
}

/// Builds the min BTF of Obj against Full and checks that every relocation
/// comes out the same against both (target type ids aside).
std::shared_ptr<Spec> minAndCompare(const BPFObject &Obj,
                                    std::shared_ptr<const Spec> Full) {
  TargetBTF FT = target(Full);
  TargetCheck FC = checkObject(Obj, FT);
  MinBTFBuilder B(FT);
  for (size_t I = 0; I < Obj.Relocs.size(); ++I)
    B.add(Obj, Obj.Relocs[I], FC.Outcomes[I]);
  auto Min = std::make_shared<Spec>(B.build());
  EXPECT_FALSE(bool(Min->validate()));
  TargetCheck MC = checkObject(Obj, target(Min));
  for (size_t I = 0; I < Obj.Relocs.size(); ++I) {
    const RelocOutcome &F = FC.Outcomes[I], &M = MC.Outcomes[I];
    EXPECT_EQ(F.Verdict, M.Verdict) << Obj.Relocs[I].Access;
    if (Obj.Relocs[I].Record.Kind != BTF::BTF_TYPE_ID_REMOTE) {
      EXPECT_EQ(F.Res.NewValue, M.Res.NewValue) << Obj.Relocs[I].Access;
    }
  }
  return Min;
}

TEST(MinBTF, FieldRelocationsKeepThePathOnly) {
  Program P;
  BPFObject Obj = object(P, {{P.Task, "0:1", BTF::FIELD_BYTE_OFFSET},
                             {P.Task, "0:3:5", BTF::FIELD_BYTE_OFFSET},
                             {P.Task, "0:2", BTF::FIELD_BYTE_OFFSET},
                             {P.Task, "0:4", BTF::FIELD_BYTE_OFFSET},
                             {P.Task, "0:1", BTF::FIELD_BYTE_SIZE}});
  std::shared_ptr<Spec> Min = minAndCompare(Obj, kernel());
  std::optional<uint32_t> Task = Min->findByName("task", Kind::Struct);
  ASSERT_TRUE(Task);
  Type T = Min->type(*Task);
  EXPECT_EQ(T.size(), 4096u);
  // tgid, mm, comm, and the anonymous union holding y; not state or pid.
  ASSERT_EQ(T.vlen(), 4u);
  EXPECT_EQ(Min->string(T.member(0).NameOff), "tgid");
  EXPECT_EQ(T.member(0).BitOffset, 1056u);
  EXPECT_EQ(Min->string(T.member(3).NameOff), "");
  // pid_t survives as the typedef it is.
  EXPECT_EQ(Min->kindOf(T.member(0).Type), Kind::Typedef);
  // mm is a pointer, and a field relocation does not need what it points to.
  Type MmPtr = Min->type(T.member(1).Type);
  ASSERT_TRUE(MmPtr.is(Kind::Ptr));
  EXPECT_EQ(MmPtr.refType(), 0u);
  EXPECT_FALSE(Min->findByName("mm_struct", Kind::Struct));
  // The union keeps only y.
  Type U = Min->type(T.member(3).Type);
  ASSERT_EQ(U.vlen(), 1u);
  EXPECT_EQ(Min->string(U.member(0).NameOff), "y");
  // No enum: nothing asked for it.
  EXPECT_FALSE(Min->findByName("state", Kind::Enum));
}

TEST(MinBTF, TypeRelocationsFollowPointers) {
  Program P;
  uint32_t PtrTask = P.BTF->addPtr(P.Task);
  uint32_t TD = P.BTF->addTypedef("task_ptr", PtrTask);
  auto Full = kernel();
  uint32_t KTaskPtr = Full->addPtr(*Full->findByName("task", Kind::Struct));
  Full->addTypedef("task_ptr", KTaskPtr);
  BPFObject Obj = object(P, {{TD, "0", BTF::TYPE_EXISTENCE},
                             {P.Task, "0", BTF::TYPE_SIZE},
                             {P.Mm, "0", BTF::BTF_TYPE_ID_REMOTE}});
  std::shared_ptr<Spec> Min = minAndCompare(Obj, Full);
  // The typedef's pointer still points to a struct task: type
  // compatibility looks through pointers.
  std::optional<uint32_t> TDId = Min->findByName("task_ptr", Kind::Typedef);
  ASSERT_TRUE(TDId);
  uint32_t Ptr = Min->type(*TDId).refType();
  EXPECT_EQ(Min->kindOf(Min->type(Ptr).refType()), Kind::Struct);
  // A type relocation needs no members.
  std::optional<uint32_t> Mm = Min->findByName("mm_struct", Kind::Struct);
  ASSERT_TRUE(Mm);
  EXPECT_EQ(Min->type(*Mm).vlen(), 0u);
  EXPECT_EQ(Min->type(*Mm).size(), 64u);
}

TEST(MinBTF, EnumAndMatchRelocationsKeepWhatMatched) {
  Program P;
  BPFObject Obj = object(P, {{P.State, "0", BTF::ENUM_VALUE},
                             {P.Mm, "0", BTF::TYPE_MATCH},
                             {P.State, "0", BTF::TYPE_MATCH}});
  std::shared_ptr<Spec> Min = minAndCompare(Obj, kernel());
  std::optional<uint32_t> E = Min->findByName("state", Kind::Enum);
  ASSERT_TRUE(E);
  ASSERT_EQ(Min->type(*E).vlen(), 1u);
  EXPECT_EQ(Min->type(*E).enumValue(0).Value, 5u);
  // mm_struct matched member by member: both members kept.
  std::optional<uint32_t> Mm = Min->findByName("mm_struct", Kind::Struct);
  ASSERT_TRUE(Mm);
  EXPECT_EQ(Min->type(*Mm).vlen(), 2u);
}

TEST(MinBTF, UnresolvedRelocationsKeepNothing) {
  Program P;
  P.BTF->addStruct("not_in_kernel", 4);
  uint32_t Missing = *P.BTF->findByName("not_in_kernel", Kind::Struct);
  BPFObject Obj = object(P, {{Missing, "0", BTF::TYPE_EXISTENCE}});
  std::shared_ptr<Spec> Min = minAndCompare(Obj, kernel());
  EXPECT_EQ(Min->ownTypeCount(), 0u);
}

} // namespace
