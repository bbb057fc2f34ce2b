// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- DeepTypesTest.cpp - CO-RE walks on very deep and doubling types ----===//
//
// The resolver, its type relations (compatible, matches), the checker, the
// minimal-BTF builder and distillation over the adversarial shapes of
// unittests/BTF/DeepTypes.h, each used both as the program's BTF and as the
// target's: every walk must finish in bounded stack and without exponential
// work. What the answers are follows libbpf (chains deeper than its limits
// do not match); that they come is what is tested here.
//
//===----------------------------------------------------------------------===//

#include "../BTF/DeepTypes.h"
#include "corecc/CORE/Check.h"
#include "corecc/CORE/Distill.h"
#include "corecc/CORE/MinBTF.h"
#include "corecc/CORE/Resolver.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include "gtest/gtest.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::btf::test;
using namespace corecc::core;

namespace {

/// An object with one relocation of each kind (and the given field access)
/// against type \p Top of \p BTF.
BPFObject object(std::shared_ptr<const Spec> BTF, uint32_t Top,
                 const std::string &FieldAccess) {
  const std::vector<std::pair<uint32_t, std::string>> Relocs = {
      {BTF::FIELD_BYTE_OFFSET, FieldAccess},
      {BTF::FIELD_EXISTENCE, FieldAccess},
      {BTF::TYPE_EXISTENCE, "0"},
      {BTF::TYPE_MATCH, "0"},
      {BTF::TYPE_SIZE, "0"},
      {BTF::BTF_TYPE_ID_REMOTE, "0"}};
  BPFObject Obj;
  Obj.BTF = BTF;
  Obj.Sections.push_back(
      {"kprobe/x", std::vector<uint8_t>(8 * Relocs.size() + 8), {}});
  Obj.Programs.push_back(
      {"prog", "kprobe/x", 0, uint32_t(Relocs.size() + 1), true, false});
  for (size_t I = 0; I < Relocs.size(); ++I) {
    ObjectReloc R;
    R.Section = "kprobe/x";
    R.IndexInSection = unsigned(I);
    R.InsnIndex = uint32_t(I);
    R.Program = 0;
    R.ProgInsnIndex = uint32_t(I);
    R.Record.Insn = uint32_t(I * 8);
    R.Record.TypeId = Top;
    R.Record.Kind = Relocs[I].first;
    R.Access = Relocs[I].second;
    Expected<uint64_t> V = localValue(*BTF, Top, R.Access, R.Record.Kind);
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

/// "0:0:0...": the first member, \p N levels down (libbpf's specs stop at
/// 64 accessors).
std::string firstMembers(unsigned N) {
  std::string A = "0";
  for (unsigned I = 0; I < N; ++I)
    A += ":0";
  return A;
}

/// Relocations that libbpf applies on the doubling shapes against
/// themselves; each needs a comparison that looks at 2^30 pairs of types
/// without memory. (On the deep chains, libbpf's limits decide, and only
/// finishing is checked.)
bool mustRelocate(StringRef Shape, uint32_t Kind) {
  if (Kind == BTF::TYPE_MATCH)
    return Shape == "struct-doubling" || Shape == "func-proto-doubling";
  if (Kind == BTF::TYPE_EXISTENCE)
    return Shape == "func-proto-doubling" || Shape.ends_with("doubling");
  return false;
}

TEST(DeepTypes, ResolveCheckMinDistill) {
  for (DeepShape &D : deepShapes()) {
    SCOPED_TRACE(D.Name);
    auto BTF = std::make_shared<const Spec>(std::move(D.S));
    TargetBTF Target;
    Target.Name = "self";
    Target.Vmlinux = BTF;

    for (unsigned Levels : {1u, 40u, 100u}) {
      BPFObject Obj = object(BTF, D.Top, firstMembers(Levels));
      TargetCheck C = checkObject(Obj, Target);
      ASSERT_EQ(C.Outcomes.size(), Obj.Relocs.size());
      for (size_t I = 0; I < Obj.Relocs.size(); ++I) {
        uint32_t Kind = Obj.Relocs[I].Record.Kind;
        if (mustRelocate(D.Name, Kind)) {
          EXPECT_EQ(C.Outcomes[I].Res.Status, Resolution::Patched)
              << "kind " << Kind;
        }
      }
      MinBTFBuilder B(Target);
      for (size_t I = 0; I < Obj.Relocs.size(); ++I)
        B.add(Obj, Obj.Relocs[I], C.Outcomes[I]);
      Spec Min = B.build();
      EXPECT_FALSE(bool(Min.validate()));
    }
    (void)explainMismatch(*BTF, D.Top, *BTF, D.Top);

    // The shape as a module's BTF on a small base.
    auto Base = std::make_shared<Spec>();
    Base->addInt("int", 4, IntSigned);
    Spec Split(Base);
    uint32_t Int = 1;
    for (uint32_t Id : BTF->ownIds()) {
      Type T = BTF->type(Id);
      uint32_t New =
          Split.addRawType(ArrayRef<uint32_t>(T.words(), T.wordCount()));
      // The shapes' int (id 1) becomes the base's.
      Split.forEachTypeRef(New,
                           [&](uint32_t &R) { R = R > Int ? R + Int : R; });
      Split.forEachStringRef(New, [&](uint32_t &Off) {
        Off = Off ? Split.addString(BTF->string(Off)) : 0;
      });
    }
    Expected<Distilled> Dist = distillBase(Split);
    if (!Dist)
      consumeError(Dist.takeError());
  }
}

} // namespace

namespace {

/// A member the target does not have, searched for through 2^30 anonymous
/// members (libbpf's own search would look at each).
TEST(DeepTypes, MissingMemberUnderDoublingAnonymousMembers) {
  for (DeepShape &D : deepShapes()) {
    if (D.Name != "anonymous-doubling")
      continue;
    auto Target = std::make_shared<const Spec>(std::move(D.S));
    auto Local = std::make_shared<Spec>();
    uint32_t Int = Local->addInt("int", 4, IntSigned);
    uint32_t Top = Local->addStruct("top", 4);
    Local->setMembers(Top, {{"zzz", Int, 0}});
    TargetBTF T;
    T.Vmlinux = Target;
    BPFObject Obj = object(Local, Top, "0:0");
    TargetCheck C = checkObject(Obj, T);
    ASSERT_EQ(C.Outcomes.size(), Obj.Relocs.size());
    // Field offset: poisoned; field exists: patched to 0.
    EXPECT_EQ(C.Outcomes[0].Res.Status, Resolution::Poisoned);
    EXPECT_EQ(C.Outcomes[1].Res.Status, Resolution::Patched);
    EXPECT_EQ(C.Outcomes[1].Res.NewValue, 0u);
  }
}

} // namespace
