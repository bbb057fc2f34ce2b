// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- ReachabilityTest.cpp - Dead code after CO-RE relocation ------------===//
//
// The pass decides whether a poisoned instruction can run. Each test is a
// small program and the instructions that must (not) be reachable.
//
//===----------------------------------------------------------------------===//

#include "Reachability.h"
#include "llvm/Support/Endian.h"
#include "gtest/gtest.h"

using namespace llvm;
using namespace corecc;
using namespace corecc::core;

namespace {

struct Prog {
  std::vector<uint8_t> B;
  uint32_t insn(uint8_t Code, uint8_t Dst, uint8_t Src, int16_t Off,
                int32_t Imm) {
    uint32_t I = static_cast<uint32_t>(B.size() / 8);
    uint8_t W[8] = {Code, uint8_t(Dst | Src << 4)};
    support::endian::write<int16_t>(W + 2, Off, endianness::little);
    support::endian::write<int32_t>(W + 4, Imm, endianness::little);
    B.insert(B.end(), W, W + 8);
    return I;
  }
  uint32_t poison() { return insn(0x85, 0, 0, 0, 0xbad2310); }
  uint32_t exit() { return insn(0x95, 0, 0, 0, 0); }

  /// Reachability of the first program "p" (and subprograms after it).
  std::vector<bool> reach(std::vector<uint32_t> Relocated = {},
                          std::vector<BPFProgram> Extra = {}) {
    BPFObject Obj;
    Obj.Sections.push_back({"s", B, Relocated});
    Obj.Programs.push_back(
        {"p", "s", 0,
         Extra.empty() ? uint32_t(B.size() / 8) : Extra[0].FirstInsn, true,
         false});
    for (BPFProgram &P : Extra)
      Obj.Programs.push_back(P);
    std::vector<bool> Loaded(Obj.Programs.size(), true);
    return reachableInsns(Obj, {B}, Loaded)[0];
  }
};

TEST(Reachability, ConstantConditionTakesOneBranch) {
  Prog P;
  P.insn(0xb7, 1, 0, 0, 0);   // r1 = 0
  P.insn(0x15, 1, 0, 1, 0);   // if r1 == 0 goto +1
  uint32_t Dead = P.poison(); // never runs
  P.exit();
  std::vector<bool> R = P.reach();
  EXPECT_TRUE(R[0]);
  EXPECT_FALSE(R[Dead]);
  EXPECT_TRUE(R[3]);
}

TEST(Reachability, UnknownConditionTakesBoth) {
  Prog P;
  P.insn(0x61, 1, 1, 0, 0); // r1 = *(u32 *)(r1 + 0): unknown
  P.insn(0x15, 1, 0, 1, 0);
  uint32_t Live = P.poison();
  P.exit();
  EXPECT_TRUE(P.reach()[Live]);
}

TEST(Reachability, AluFoldsAndJmp32Compares) {
  // r1 = 0x100000001; w1 &= 1 (32-bit, zero-extends); if w1 != 1 goto bad
  Prog P;
  P.insn(0x18, 1, 0, 0, 1);
  P.insn(0x00, 0, 0, 0, 1);
  P.insn(0x54, 1, 0, 0, 1); // w1 &= 1
  P.insn(0x56, 1, 0, 2, 1); // if w1 != 1 goto +2
  P.insn(0x77, 1, 0, 0, 1); // r1 >>= 1
  P.insn(0x15, 1, 0, 1, 0); // if r1 == 0 goto +1
  uint32_t Bad = P.poison();
  P.exit();
  std::vector<bool> R = P.reach();
  EXPECT_FALSE(R[Bad]);
  EXPECT_TRUE(R[7]);
}

TEST(Reachability, RelocatedImm64IsNotAConstant) {
  // r1 = <map> ll (ELF relocation): libbpf rewrites it, so nothing is known.
  Prog P;
  P.insn(0x18, 1, 0, 0, 0);
  P.insn(0x00, 0, 0, 0, 0);
  P.insn(0x15, 1, 0, 1, 0);
  uint32_t Live = P.poison();
  P.exit();
  EXPECT_FALSE(P.reach()[Live]);
  EXPECT_TRUE(P.reach({0})[Live]);
}

TEST(Reachability, JoinOfDifferentConstantsIsUnknown) {
  Prog P;
  P.insn(0x61, 2, 1, 0, 0); // r2 = unknown
  P.insn(0xb7, 1, 0, 0, 0); // r1 = 0
  P.insn(0x15, 2, 0, 1, 0); // if r2 == 0 goto +1
  P.insn(0xb7, 1, 0, 0, 1); // r1 = 1
  P.insn(0x15, 1, 0, 1, 0); // if r1 == 0 goto +1: r1 is 0 or 1
  uint32_t Live = P.poison();
  P.exit();
  EXPECT_TRUE(P.reach()[Live]);
}

TEST(Reachability, SubprogramsCountOnceCalled) {
  // p calls the subprogram at 2 (a poisoned instruction inside).
  Prog P;
  P.insn(0x85, 0, 1, 0, 1); // call pc+1+1 (BPF_PSEUDO_CALL)
  P.exit();
  uint32_t Sub = P.poison();
  P.exit();
  BPFProgram S{"sub", "s", 2, 2, true, true};
  EXPECT_TRUE(P.reach({}, {S})[Sub]);

  // Without a call, the subprogram is never loaded.
  Prog Q;
  Q.insn(0xb7, 0, 0, 0, 0);
  Q.exit();
  uint32_t Sub2 = Q.poison();
  Q.exit();
  EXPECT_FALSE(Q.reach({}, {S})[Sub2]);
}

TEST(Reachability, ExitEndsAPath) {
  Prog P;
  P.insn(0xb7, 0, 0, 0, 0);
  P.exit();
  uint32_t After = P.poison();
  P.exit();
  EXPECT_FALSE(P.reach()[After]);
}

} // namespace
