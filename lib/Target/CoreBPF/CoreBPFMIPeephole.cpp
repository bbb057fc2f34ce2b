// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFMIPeephole.cpp - Drop redundant zero extensions -------------===//
//
// With ALU32, zero-extending a 32-bit value to 64 bits is selected as
// "w1 = w1" (MOV_rr_32) inside SUBREG_TO_REG, because a 32-bit value that
// arrives through a copy or a PHI may carry garbage in the upper half. When
// the value comes straight from a 32-bit ALU operation or a 32-bit load that
// the verifier tracks (see zeroesUpperHalf()), the hardware and the verifier
// both know the upper half is zero, and the move is redundant:
//
//   %1:gpr32 = ADD_ri_32 %0, 1
//   %2:gpr32 = MOV_rr_32 %1          <- removed
//   %3:gpr = SUBREG_TO_REG 0, %2, sub_32
//
// The same holds through PHIs and plain copies of 32-bit virtual registers
// when every value that reaches them comes from such an instruction:
//
//   %1:gpr32 = MOV_ri_32 1     %2:gpr32 = MOV_ri_32 0
//   %3:gpr32 = PHI %1, %2
//   %4:gpr32 = MOV_rr_32 %3          <- removed ("w0 = w0" in "return a != b")
//
// Without ALU32 the zero extension is MOV_32_64 ("w1 = w2" on r registers);
// it goes the same way when its source is already below 2^32 (a narrow
// load, another such move, through PHIs and copies). One that stays and is
// added to a register (where a pointer offset can be) becomes the shift
// pair "r1 <<= 32; r1 >>= 32", as clang-19 writes every zero extension
// without ALU32. The verifier follows a 32-bit move exactly: on a path where
// it knows the 64-bit value is negative (an error code minus a length, say)
// it then knows the zero-extended offset is at least 2^31 and refuses the
// pointer arithmetic ("value 2147483521 makes map_value pointer be out of
// bounds"), even when the pointer only goes to bpf_probe_read. The shift pair
// gives [0, 2^32) there, as with clang-19, and the same exact range as the
// move for an offset already known to be below 2^31. (Tetragon's execve
// event loads at -mcpu=v1/v2 only this way; at v3 both compilers' 32-bit
// arithmetic is followed exactly and both are refused.) Other zero
// extensions keep the one-instruction move.
//
// A copy out of the low half of a 64-bit register counts when the 64-bit
// value is known to fit in 32 bits (a narrow zero-extending load). A physical
// register (an argument or a call result, which the other side may have left
// with upper bits set), inline assembly and anything unknown keep the move.
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFInstrInfo.h"
#include "CoreBPFSubtarget.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-mi-peephole"

namespace {

class CoreBPFMIPeephole : public MachineFunctionPass {
public:
  static char ID;
  CoreBPFMIPeephole() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF zero-extension peephole";
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
};

} // namespace

char CoreBPFMIPeephole::ID = 0;
INITIALIZE_PASS(CoreBPFMIPeephole, DEBUG_TYPE, "CoreBPF MI peephole", false,
                false)

FunctionPass *llvm::createCoreBPFMIPeepholePass() {
  return new CoreBPFMIPeephole();
}

/// Whether MI, an instruction defining a 32-bit register, leaves the upper
/// half of the 64-bit register zero in the verifier's eyes too. The
/// hardware zeroes it after every 32-bit instruction, but the verifier
/// models that only where it tracks the result: moves, loads, add, sub and
/// and; or, xor, mul and shifts by a constant (by a register they make the
/// whole register unknown before Linux 6.10); never division and modulo
/// (unknown from 6.10 on: the zero extension then goes unseen, and "w1 /= 200;
/// if w1 < 25 ...; r1 <<= 2; r2 += r1" is rejected as unbounded
/// pointer arithmetic), negation, byte swaps or atomics.
static bool zeroesUpperHalf(const MachineInstr &MI) {
  switch (MI.getOpcode()) {
  case CoreBPF::MOV_rr_32:
  case CoreBPF::MOV_ri_32:
  case CoreBPF::MOVSX_rr_32_8:
  case CoreBPF::MOVSX_rr_32_16:
  case CoreBPF::LDW32:
  case CoreBPF::LDH32:
  case CoreBPF::LDB32:
  case CoreBPF::ADD_rr_32:
  case CoreBPF::ADD_ri_32:
  case CoreBPF::SUB_rr_32:
  case CoreBPF::SUB_ri_32:
  case CoreBPF::AND_rr_32:
  case CoreBPF::AND_ri_32:
  case CoreBPF::OR_ri_32:
  case CoreBPF::XOR_ri_32:
  case CoreBPF::MUL_ri_32:
  case CoreBPF::SLL_ri_32:
  case CoreBPF::SRL_ri_32:
  case CoreBPF::SRA_ri_32:
    return true;
  default:
    return false;
  }
}

/// Whether MI writes a 64-bit register with a value below 2^32 that the
/// verifier also knows to be below 2^32: zero-extending loads of up to 32
/// bits and 32-bit moves. (Byte swaps of 16 and 32 bits clear the upper
/// bits too, but the verifier treats their result as unknown.)
static bool fitsIn32Bits(const MachineInstr &MI) {
  switch (MI.getOpcode()) {
  case CoreBPF::LDW:
  case CoreBPF::LDH:
  case CoreBPF::LDB:
  case CoreBPF::MOV_32_64:
  case CoreBPF::MOV_ri_32_64:
    return true;
  case CoreBPF::SRL_ri: // the second half of a zero extension
    return MI.getOperand(2).isImm() && MI.getOperand(2).getImm() == 32;
  default:
    return false;
  }
}

/// Whether \p Leaf holds for every definition that can reach virtual
/// register \p Reg through PHIs. \p Leaf sees each non-PHI definition and
/// may recurse through copies with \p Depth + 1. Visited breaks PHI cycles:
/// a cycle adds no value of its own, so it is sound to assume the answer for
/// registers already on the path.
template <typename LeafFn>
static bool allDefs(Register Reg, const MachineRegisterInfo &MRI,
                    SmallPtrSetImpl<const MachineInstr *> &Visited,
                    unsigned Depth, LeafFn Leaf) {
  if (!Reg.isVirtual() || Depth > 16)
    return false;
  const MachineInstr *Def = MRI.getVRegDef(Reg);
  if (!Def)
    return false;
  if (!Visited.insert(Def).second)
    return true;
  if (Def->isPHI()) {
    for (unsigned I = 1, E = Def->getNumOperands(); I < E; I += 2)
      if (!allDefs(Def->getOperand(I).getReg(), MRI, Visited, Depth + 1, Leaf))
        return false;
    return true;
  }
  return Leaf(*Def, Depth);
}

/// Whether every value that can reach the 32-bit virtual register Reg was
/// produced by an instruction that zeroed the upper half.
static bool upperHalfKnownZero(Register Reg, const MachineRegisterInfo &MRI,
                               SmallPtrSetImpl<const MachineInstr *> &Visited,
                               unsigned Depth = 0) {
  return allDefs(Reg, MRI, Visited, Depth,
                 [&](const MachineInstr &Def, unsigned D) {
                   if (!Def.isCopy())
                     return zeroesUpperHalf(Def);
                   const MachineOperand &Src = Def.getOperand(1);
                   if (!Src.getReg().isVirtual())
                     return false;
                   // The low half of a 64-bit value that fits in 32 bits.
                   if (Src.getSubReg() == CoreBPF::sub_32) {
                     const MachineInstr *Wide = MRI.getVRegDef(Src.getReg());
                     return Wide && fitsIn32Bits(*Wide);
                   }
                   if (Src.getSubReg() ||
                       MRI.getRegClass(Src.getReg()) != &CoreBPF::GPR32RegClass)
                     return false;
                   return upperHalfKnownZero(Src.getReg(), MRI, Visited, D + 1);
                 });
}

/// Whether the 64-bit virtual register Reg holds a value below 2^32 on every
/// path: it comes from an instruction that leaves the upper half zero,
/// possibly through PHIs and copies of 64-bit registers.
static bool fitsIn32BitsReg(Register Reg, const MachineRegisterInfo &MRI,
                            SmallPtrSetImpl<const MachineInstr *> &Visited,
                            unsigned Depth = 0) {
  return allDefs(
      Reg, MRI, Visited, Depth, [&](const MachineInstr &Def, unsigned D) {
        const MachineOperand *Src =
            Def.getNumOperands() > 1 ? &Def.getOperand(1) : nullptr;
        if (Def.isCopy() && !Src->getSubReg() && Src->getReg().isVirtual() &&
            MRI.getRegClass(Src->getReg()) == &CoreBPF::GPRRegClass)
          return fitsIn32BitsReg(Src->getReg(), MRI, Visited, D + 1);
        // SUBREG_TO_REG 0, x, sub_32: a 32-bit value written with zeroed
        // bits.
        if (Def.isSubregToReg() && Src->getImm() == 0) {
          SmallPtrSet<const MachineInstr *, 8> Inner;
          return upperHalfKnownZero(Def.getOperand(2).getReg(), MRI, Inner);
        }
        return fitsIn32Bits(Def);
      });
}

/// Whether a use of Reg adds it to another register: where a pointer
/// offset can be.
static bool feedsAnAdd(Register Reg, const MachineRegisterInfo &MRI) {
  for (const MachineInstr &Use : MRI.use_nodbg_instructions(Reg))
    if (Use.getOpcode() == CoreBPF::ADD_rr)
      return true;
  return false;
}

/// Replaces MI, "w1 = w2" on 64-bit registers, by "r1 = r2; r1 <<= 32;
/// r1 >>= 32".
static void expandToShiftPair(MachineInstr &MI, const TargetInstrInfo &TII,
                              MachineRegisterInfo &MRI) {
  MachineBasicBlock &MBB = *MI.getParent();
  const DebugLoc &DL = MI.getDebugLoc();
  Register Up = MRI.createVirtualRegister(&CoreBPF::GPRRegClass);
  BuildMI(MBB, MI, DL, TII.get(CoreBPF::SLL_ri), Up)
      .add(MI.getOperand(1))
      .addImm(32);
  BuildMI(MBB, MI, DL, TII.get(CoreBPF::SRL_ri), MI.getOperand(0).getReg())
      .addReg(Up)
      .addImm(32);
  MI.eraseFromParent();
}

bool CoreBPFMIPeephole::runOnMachineFunction(MachineFunction &MF) {
  MachineRegisterInfo &MRI = MF.getRegInfo();
  const TargetInstrInfo &TII = *MF.getSubtarget().getInstrInfo();
  bool HasALU32 = MF.getSubtarget<CoreBPFSubtarget>().hasALU32();
  bool Changed = false;
  for (MachineBasicBlock &MBB : MF) {
    for (MachineInstr &MI : llvm::make_early_inc_range(MBB)) {
      // "w1 = w2" on 64-bit registers (the zero extension without ALU32)
      // of a value that is already below 2^32: a plain copy.
      if (MI.getOpcode() == CoreBPF::MOV_32_64) {
        Register Dst = MI.getOperand(0).getReg();
        Register Src = MI.getOperand(1).getReg();
        SmallPtrSet<const MachineInstr *, 8> Visited;
        if (!Dst.isVirtual() || !Src.isVirtual() ||
            !fitsIn32BitsReg(Src, MRI, Visited)) {
          if (!HasALU32 && Dst.isVirtual() && feedsAnAdd(Dst, MRI)) {
            expandToShiftPair(MI, TII, MRI);
            Changed = true;
          }
          continue;
        }
        MRI.replaceRegWith(Dst, Src);
        MI.eraseFromParent();
        Changed = true;
        continue;
      }
      if (MI.getOpcode() != CoreBPF::MOV_rr_32)
        continue;
      Register Dst = MI.getOperand(0).getReg();
      Register Src = MI.getOperand(1).getReg();
      if (!Dst.isVirtual() || !Src.isVirtual())
        continue;
      // Only moves that feed zero extensions.
      bool OnlyZExt = !MRI.use_nodbg_empty(Dst);
      for (MachineInstr &Use : MRI.use_nodbg_instructions(Dst))
        OnlyZExt &= Use.isSubregToReg();
      if (!OnlyZExt)
        continue;
      if (MRI.getRegClass(Src) != MRI.getRegClass(Dst))
        continue;
      SmallPtrSet<const MachineInstr *, 8> Visited;
      if (!upperHalfKnownZero(Src, MRI, Visited))
        continue;
      MRI.replaceRegWith(Dst, Src);
      MI.eraseFromParent();
      Changed = true;
    }
  }
  return Changed;
}
