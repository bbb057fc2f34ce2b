// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CheckTest.cpp - Tests of the object-level CO-RE checker ------------===//
//
// Each test builds a small BPF object in memory (BTF with the builder, the
// instructions with a tiny assembler, the relocation records by hand) and a
// target BTF, and checks what checkObject() says libbpf and the verifier
// will do: values, poisoning, guards, libbpf's candidate-list pruning,
// failures and where libbpf would stop.
//
//===----------------------------------------------------------------------===//

#include "corecc/CORE/Check.h"
#include "corecc/BTF/Codec.h"
#include "corecc/BTF/Spec.h"
#include "llvm/DebugInfo/BTF/BTF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::btf;
using namespace corecc::core;

namespace {

/// Just enough of a BPF assembler for the tests (little-endian).
struct Asm {
  std::vector<uint8_t> B;
  uint32_t insn(uint8_t Code, uint8_t Dst, uint8_t Src, int16_t Off,
                int32_t Imm) {
    uint32_t Index = static_cast<uint32_t>(B.size() / 8);
    uint8_t I[8] = {Code, uint8_t(Dst | Src << 4)};
    support::endian::write<int16_t>(I + 2, Off, endianness::little);
    support::endian::write<int32_t>(I + 4, Imm, endianness::little);
    B.insert(B.end(), I, I + 8);
    return Index;
  }
  uint32_t movImm(uint8_t Dst, int32_t Imm) {
    return insn(0xb7, Dst, 0, 0, Imm);
  }
  uint32_t ldxw(uint8_t Dst, uint8_t Src, int16_t Off) {
    return insn(0x61, Dst, Src, Off, 0);
  }
  uint32_t ldxdw(uint8_t Dst, uint8_t Src, int16_t Off) {
    return insn(0x79, Dst, Src, Off, 0);
  }
  uint32_t stxdw(uint8_t Dst, uint8_t Src, int16_t Off) {
    return insn(0x7b, Dst, Src, Off, 0);
  }
  uint32_t jeqImm(uint8_t Dst, int32_t Imm, int16_t Off) {
    return insn(0x15, Dst, 0, Off, Imm);
  }
  uint32_t ja(int16_t Off) { return insn(0x05, 0, 0, Off, 0); }
  uint32_t call(int32_t Helper) { return insn(0x85, 0, 0, 0, Helper); }
  uint32_t exit() { return insn(0x95, 0, 0, 0, 0); }
};

/// An object with one program "prog" in section "kprobe/x".
struct ObjectBuilder {
  std::shared_ptr<Spec> BTF = std::make_shared<Spec>();
  Asm Code;
  std::vector<ObjectReloc> Relocs;

  void reloc(uint32_t Insn, uint32_t TypeId, StringRef Access, uint32_t Kind) {
    ObjectReloc R;
    R.Section = "kprobe/x";
    R.IndexInSection = static_cast<unsigned>(Relocs.size());
    R.InsnIndex = Insn;
    R.Program = 0;
    R.ProgInsnIndex = Insn;
    R.Record.Insn = Insn * 8;
    R.Record.TypeId = TypeId;
    R.Record.Kind = Kind;
    R.Access = Access.str();
    Relocs.push_back(std::move(R));
  }

  BPFObject build(bool Autoload = true) {
    BPFObject Obj;
    Obj.Path = "test.o";
    Obj.BTF = BTF;
    Obj.Sections.push_back({"kprobe/x", Code.B, {}});
    Obj.Programs.push_back({"prog", "kprobe/x", 0,
                            static_cast<uint32_t>(Code.B.size() / 8), Autoload,
                            false});
    for (ObjectReloc &R : Relocs) {
      size_t Len = Code.B[R.InsnIndex * 8] == 0x18 ? 16 : 8;
      R.Insn.assign(Code.B.begin() + R.InsnIndex * 8,
                    Code.B.begin() + R.InsnIndex * 8 + Len);
      Obj.Relocs.push_back(R);
    }
    return Obj;
  }
};

TargetBTF target(std::shared_ptr<Spec> S) {
  TargetBTF T;
  T.Name = "target";
  T.Vmlinux = std::move(S);
  return T;
}

/// struct s { int a; int gone; } locally, struct s { int a; } in the target.
struct GoneFixture {
  ObjectBuilder O;
  uint32_t S;
  std::shared_ptr<Spec> T = std::make_shared<Spec>();
  GoneFixture() {
    uint32_t Int = O.BTF->addInt("int", 4, IntSigned);
    S = O.BTF->addStruct("s", 8, {{"a", Int, 0, 0}, {"gone", Int, 32, 0}});
    uint32_t TInt = T->addInt("int", 4, IntSigned);
    T->addStruct("s", 4, {{"a", TInt, 0, 0}});
  }
};

TEST(Check, GuardedPoisonIsDeadCode) {
  // if (bpf_core_field_exists(p->gone)) r0 = p->gone;
  GoneFixture F;
  Asm &A = F.O.Code;
  uint32_t Exists = A.movImm(1, 1);
  A.jeqImm(1, 0, 2);
  uint32_t Load = A.ldxw(0, 2, 4);
  A.exit();
  A.movImm(0, 0);
  A.exit();
  F.O.reloc(Exists, F.S, "0:1", BTF::FIELD_EXISTENCE);
  F.O.reloc(Load, F.S, "0:1", BTF::FIELD_BYTE_OFFSET);
  TargetCheck TC = checkObject(F.O.build(), target(F.T));
  ASSERT_EQ(TC.Outcomes.size(), 2u);
  EXPECT_EQ(TC.Outcomes[0].Verdict, RelocOutcome::Missing);
  EXPECT_EQ(TC.Outcomes[0].Res.NewValue, 0u);
  EXPECT_EQ(TC.Outcomes[1].Verdict, RelocOutcome::Guarded);
  EXPECT_FALSE(TC.Rejected);
}

TEST(Check, UnguardedPoisonRejects) {
  GoneFixture F;
  Asm &A = F.O.Code;
  uint32_t Load = A.ldxw(0, 2, 4);
  A.exit();
  F.O.reloc(Load, F.S, "0:1", BTF::FIELD_BYTE_OFFSET);
  TargetCheck TC = checkObject(F.O.build(), target(F.T));
  EXPECT_EQ(TC.Outcomes[0].Verdict, RelocOutcome::Poisoned);
  EXPECT_TRUE(TC.Rejected);
  // The notes say why: the member is missing, and the load fails.
  std::string Notes;
  for (const std::string &N : TC.Outcomes[0].Notes)
    Notes += N + "\n";
  EXPECT_NE(Notes.find("member gone is missing from struct s"),
            std::string::npos)
      << Notes;
  EXPECT_NE(Notes.find("reachable"), std::string::npos) << Notes;
}

TEST(Check, GuardThroughASpillAndAHelperCall) {
  // The existence value is spilled across a helper call that gets a
  // pointer to a buffer above the slot (the helper may write from r10-32
  // up): the constant survives, the guard holds.
  GoneFixture F;
  Asm &A = F.O.Code;
  uint32_t Exists = A.movImm(6, 1);
  A.stxdw(10, 6, -40);
  A.insn(0xbf, 1, 10, 0, 0);  // r1 = r10
  A.insn(0x07, 1, 0, 0, -32); // r1 += -32
  A.call(14);
  A.ldxdw(1, 10, -40);
  A.jeqImm(1, 0, 2);
  uint32_t Load = A.ldxw(0, 7, 4);
  A.exit();
  A.movImm(0, 0);
  A.exit();
  F.O.reloc(Exists, F.S, "0:1", BTF::FIELD_EXISTENCE);
  F.O.reloc(Load, F.S, "0:1", BTF::FIELD_BYTE_OFFSET);
  TargetCheck TC = checkObject(F.O.build(), target(F.T));
  EXPECT_EQ(TC.Outcomes[1].Verdict, RelocOutcome::Guarded);

  // A helper given a pointer to the slot (or below it) may overwrite it:
  // then the guard is not known to hold.
  GoneFixture G;
  Asm &B = G.O.Code;
  Exists = B.movImm(6, 1);
  B.stxdw(10, 6, -8);
  B.insn(0xbf, 1, 10, 0, 0); // r1 = r10
  B.insn(0x07, 1, 0, 0, -8); // r1 += -8
  B.call(14);
  B.ldxdw(1, 10, -8);
  B.jeqImm(1, 0, 2);
  Load = B.ldxw(0, 7, 4);
  B.exit();
  B.movImm(0, 0);
  B.exit();
  G.O.reloc(Exists, G.S, "0:1", BTF::FIELD_EXISTENCE);
  G.O.reloc(Load, G.S, "0:1", BTF::FIELD_BYTE_OFFSET);
  TC = checkObject(G.O.build(), target(G.T));
  EXPECT_EQ(TC.Outcomes[1].Verdict, RelocOutcome::Poisoned);
}

TEST(Check, GuardOnTheFlippedBranch) {
  // if (!bpf_core_field_exists(p->gone)) goto out; r0 = p->gone; out:
  // -- with the jump over the load taken when the field exists on the
  // target, the load is reachable there and dead here.
  GoneFixture F;
  Asm &A = F.O.Code;
  uint32_t Exists = A.movImm(1, 1);
  A.insn(0x55, 1, 0, 1, 0); // if r1 != 0 goto +1
  A.ja(1);
  uint32_t Load = A.ldxw(0, 2, 4);
  A.exit();
  F.O.reloc(Exists, F.S, "0:1", BTF::FIELD_EXISTENCE);
  F.O.reloc(Load, F.S, "0:1", BTF::FIELD_BYTE_OFFSET);
  TargetCheck TC = checkObject(F.O.build(), target(F.T));
  EXPECT_EQ(TC.Outcomes[1].Verdict, RelocOutcome::Guarded);
}

TEST(Check, CandidateListIsPrunedAfterEachRelocation) {
  // Candidates prn (x only) and prn___b (y only). After the relocation of
  // x, libbpf keeps only prn for this local type, so y finds nothing,
  // although prn___b has it.
  ObjectBuilder O;
  uint32_t Int = O.BTF->addInt("int", 4, IntSigned);
  uint32_t Prn =
      O.BTF->addStruct("prn", 8, {{"x", Int, 0, 0}, {"y", Int, 32, 0}});
  auto T = std::make_shared<Spec>();
  uint32_t TInt = T->addInt("int", 4, IntSigned);
  uint32_t TPrn = T->addStruct("prn", 4, {{"x", TInt, 0, 0}});
  T->addStruct("prn___b", 8, {{"y", TInt, 32, 0}, {"pad", TInt, 0, 0}});
  Asm &A = O.Code;
  uint32_t X = A.movImm(1, 0);
  uint32_t Y = A.movImm(2, 1);
  A.exit();
  O.reloc(X, Prn, "0:0", BTF::FIELD_BYTE_OFFSET);
  O.reloc(Y, Prn, "0:1", BTF::FIELD_EXISTENCE);
  TargetCheck TC = checkObject(O.build(), target(T));
  ASSERT_EQ(TC.Outcomes[0].Res.Candidates.size(), 2u);
  EXPECT_TRUE(TC.Outcomes[0].Res.Candidates[0].Matched);
  EXPECT_FALSE(TC.Outcomes[0].Res.Candidates[1].Matched);
  ASSERT_EQ(TC.Outcomes[1].Res.Candidates.size(), 1u);
  EXPECT_EQ(TC.Outcomes[1].Res.Candidates[0].TypeId, TPrn);
  EXPECT_EQ(TC.Outcomes[1].Verdict, RelocOutcome::Missing);

  // Without the first relocation, y resolves to prn___b.
  ObjectBuilder O2;
  O2.BTF = O.BTF;
  uint32_t Y2 = O2.Code.movImm(2, 1);
  O2.Code.exit();
  O2.reloc(Y2, Prn, "0:1", BTF::FIELD_EXISTENCE);
  TC = checkObject(O2.build(), target(T));
  EXPECT_EQ(TC.Outcomes[0].Verdict, RelocOutcome::Ok);
  EXPECT_EQ(TC.Outcomes[0].Res.NewValue, 1u);
}

TEST(Check, OffsetTooBigForALoadFailsAndLibbpfStops) {
  ObjectBuilder O;
  uint32_t Int = O.BTF->addInt("int", 4, IntSigned);
  uint32_t Big =
      O.BTF->addStruct("big", 8, {{"a", Int, 0, 0}, {"far", Int, 32, 0}});
  auto T = std::make_shared<Spec>();
  uint32_t TInt = T->addInt("int", 4, IntSigned);
  T->addStruct("big", 40008,
               {{"a", TInt, 40000 * 8, 0}, {"far", TInt, 40004 * 8, 0}});
  Asm &A = O.Code;
  uint32_t Load = A.ldxw(0, 1, 4);
  uint32_t Alu = A.insn(0x07, 1, 0, 0, 4); // r1 += 4: an ALU immediate
  A.exit();
  O.reloc(Load, Big, "0:1", BTF::FIELD_BYTE_OFFSET);
  O.reloc(Alu, Big, "0:1", BTF::FIELD_BYTE_OFFSET);
  TargetCheck TC = checkObject(O.build(), target(T));
  EXPECT_EQ(TC.Outcomes[0].Verdict, RelocOutcome::Failed);
  EXPECT_EQ(TC.Outcomes[0].ErrorCode, CoreErrorCode::ValueTooBig);
  EXPECT_NE(TC.Outcomes[0].Error.find("40004"), std::string::npos);
  EXPECT_EQ(TC.Outcomes[1].Verdict, RelocOutcome::Ok);
  EXPECT_EQ(TC.Outcomes[1].Patch.To, 40004u);
  EXPECT_EQ(TC.Outcomes[1].Patch.Class, "ALU/ALU64");
  EXPECT_TRUE(TC.Outcomes[1].AfterFailure);
  EXPECT_TRUE(TC.Rejected);
}

TEST(Check, LoadSizeChanges) {
  // u: unsigned 4 -> 8 bytes: the load grows. s: signed 4 -> 8 bytes:
  // libbpf poisons the load.
  ObjectBuilder O;
  uint32_t UInt = O.BTF->addInt("unsigned int", 4);
  uint32_t Int = O.BTF->addInt("int", 4, IntSigned);
  uint32_t G =
      O.BTF->addStruct("grow", 8, {{"u", UInt, 0, 0}, {"s", Int, 32, 0}});
  auto T = std::make_shared<Spec>();
  uint32_t TUL = T->addInt("unsigned long", 8);
  uint32_t TL = T->addInt("long", 8, IntSigned);
  T->addStruct("grow", 16, {{"u", TUL, 0, 0}, {"s", TL, 64, 0}});
  Asm &A = O.Code;
  uint32_t LU = A.ldxw(0, 1, 0);
  uint32_t LS = A.ldxw(0, 1, 4);
  A.exit();
  O.reloc(LU, G, "0:0", BTF::FIELD_BYTE_OFFSET);
  O.reloc(LS, G, "0:1", BTF::FIELD_BYTE_OFFSET);
  TargetCheck TC = checkObject(O.build(), target(T));
  EXPECT_EQ(TC.Outcomes[0].Verdict, RelocOutcome::Ok);
  EXPECT_EQ(TC.Outcomes[0].Patch.MemSizeFrom, 4u);
  EXPECT_EQ(TC.Outcomes[0].Patch.MemSizeTo, 8u);
  EXPECT_EQ(TC.Outcomes[1].Verdict, RelocOutcome::Poisoned);
  EXPECT_TRUE(TC.Outcomes[1].PoisonedByMemSize);
  std::string Notes;
  for (const std::string &N : TC.Outcomes[1].Notes)
    Notes += N + "\n";
  EXPECT_NE(Notes.find("signed integer 'long' of 8 bytes"), std::string::npos)
      << Notes;
}

TEST(Check, ProgramsNotLoadedAreNotRelocated) {
  GoneFixture F;
  uint32_t Load = F.O.Code.ldxw(0, 2, 4);
  F.O.Code.exit();
  F.O.reloc(Load, F.S, "0:1", BTF::FIELD_BYTE_OFFSET);
  // A "?" section: autoload off.
  TargetCheck TC = checkObject(F.O.build(/*Autoload=*/false), target(F.T));
  EXPECT_EQ(TC.Outcomes[0].Verdict, RelocOutcome::NotApplied);
  EXPECT_FALSE(TC.Rejected);
  // --prog names another program: same.
  CheckOptions Opts;
  Opts.Programs = {"other"};
  TC = checkObject(F.O.build(), target(F.T), Opts);
  EXPECT_EQ(TC.Outcomes[0].Verdict, RelocOutcome::NotApplied);
  Opts.Programs = {"prog"};
  TC = checkObject(F.O.build(), target(F.T), Opts);
  EXPECT_EQ(TC.Outcomes[0].Verdict, RelocOutcome::Poisoned);
}

TEST(Check, UnexpectedInstructionValueFails) {
  // The instruction does not hold the value the object's BTF gives (libbpf:
  // "unexpected insn #0 (LDX/ST/STX) value: got 8, exp 4").
  GoneFixture F;
  uint32_t Load = F.O.Code.ldxw(0, 2, 8);
  F.O.Code.exit();
  F.O.reloc(Load, F.S, "0:0", BTF::FIELD_BYTE_OFFSET);
  TargetCheck TC = checkObject(F.O.build(), target(F.T));
  EXPECT_EQ(TC.Outcomes[0].Verdict, RelocOutcome::Failed);
  EXPECT_EQ(TC.Outcomes[0].ErrorCode, CoreErrorCode::BadInstruction);
}

TEST(Check, LoadTargetReportsAMissingFile) {
  Expected<TargetBTF> T = loadTarget("/nonexistent/vmlinux", {});
  EXPECT_FALSE(bool(T));
  consumeError(T.takeError());
}

// With a vmlinux and several modules, a decoding error says which file it
// is about.
TEST(Check, LoadTargetNamesTheFileThatDoesNotDecode) {
  btf::Spec V;
  V.addInt("int", 4, IntSigned);
  SmallString<128> VPath, MPath;
  int FD;
  ASSERT_FALSE(sys::fs::createTemporaryFile("vmlinux", "btf", FD, VPath));
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    std::vector<uint8_t> Bytes = btf::encodeBTF(V, llvm::endianness::little);
    OS.write(reinterpret_cast<const char *>(Bytes.data()), Bytes.size());
  }
  ASSERT_FALSE(sys::fs::createTemporaryFile("badmod", "btf", FD, MPath));
  {
    // BTF magic, then a header that runs past the file.
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    const char Bad[] = {'\x9f', '\xeb', 1, 0, 24, 0, 0, 0};
    OS.write(Bad, sizeof(Bad));
  }
  Expected<TargetBTF> T = loadTarget(VPath, {std::string(MPath.str())}, "k");
  ASSERT_FALSE(bool(T));
  std::string Msg = toString(T.takeError());
  EXPECT_EQ(Msg.find(MPath.str().str() + ": "), 0u) << Msg;
  sys::fs::remove(VPath);
  sys::fs::remove(MPath);
}

} // namespace
