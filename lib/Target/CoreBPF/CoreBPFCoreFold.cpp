// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFCoreFold.cpp - Put CO-RE offsets where libbpf patches -------===//
//
// Instruction selection turns a CO-RE field offset into "rX = <off>" with
// the relocation on the move. libbpf can patch the offset in three kinds of
// instruction: an ALU immediate, an LD_IMM64, and the offset field of a
// load or store. This pass moves the relocated value into the instruction
// that uses it, so the code is as short as without CO-RE:
//
//   r2 = 16            ; CO-RE byte_off s::b
//   r3 = r1            ; r3 = r1 + r2
//   r3 += r2
//   r0 = *(u32 *)(r3 + 0)
//
// becomes
//
//   r0 = *(u32 *)(r1 + 16)      ; CO-RE byte_off s::b   (all uses are memory)
//
// or, when the address itself is needed (passed to bpf_probe_read_kernel),
//
//   r3 = r1
//   r3 += 16                    ; CO-RE byte_off s::b
//
// The offset field holds 16 bits; a larger local value stays an ALU
// immediate.
//
// A relocated shift amount (lshift_u64/rshift_u64, as BPF_CORE_READ_BITFIELD
// uses them) moves into the shift the same way:
//
//   r2 = 40            ; CO-RE lshift_u64 s::f          r1 <<= 40 ; CO-RE
//   r1 <<= r2                                    ->
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFInstrInfo.h"
#include "corecc/CoreIR/IRReloc.h"
#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/DebugInfo/BTF/BTF.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-core-fold"

namespace {

class CoreBPFCoreFold : public MachineFunctionPass {
public:
  static char ID;
  CoreBPFCoreFold() : MachineFunctionPass(ID) {}

  StringRef getPassName() const override {
    return "CoreBPF CO-RE relocation folding";
  }
  bool runOnMachineFunction(MachineFunction &MF) override;

private:
  MachineRegisterInfo *MRI = nullptr;
  const TargetInstrInfo *TII = nullptr;

  bool foldIntoMemory(MachineInstr &Add, Register Base,
                      const MachineOperand &Sym);
  bool foldIntoShift(MachineInstr &Mov);
  MachineInstr *widen(MachineInstr &Mov32);
};

} // namespace

char CoreBPFCoreFold::ID = 0;
INITIALIZE_PASS(CoreBPFCoreFold, DEBUG_TYPE, "CoreBPF CO-RE relocation folding",
                false, false)

FunctionPass *llvm::createCoreBPFCoreFoldPass() {
  return new CoreBPFCoreFold();
}

/// Loads and stores whose operands are (value, base, offset): the ones
/// libbpf's CO-RE patching handles (LDX, ST, STX in MEM mode).
static bool isPatchableMemory(unsigned Opc) {
  switch (Opc) {
  case CoreBPF::LDD:
  case CoreBPF::LDW:
  case CoreBPF::LDH:
  case CoreBPF::LDB:
  case CoreBPF::LDW32:
  case CoreBPF::LDH32:
  case CoreBPF::LDB32:
  case CoreBPF::LDWSX:
  case CoreBPF::LDHSX:
  case CoreBPF::LDBSX:
  case CoreBPF::STD:
  case CoreBPF::STW:
  case CoreBPF::STH:
  case CoreBPF::STB:
  case CoreBPF::STW32:
  case CoreBPF::STH32:
  case CoreBPF::STB32:
  case CoreBPF::STD_imm:
  case CoreBPF::STW_imm:
  case CoreBPF::STH_imm:
  case CoreBPF::STB_imm:
  case CoreBPF::STW32_imm:
  case CoreBPF::STH32_imm:
  case CoreBPF::STB32_imm:
    return true;
  default:
    return false;
  }
}

/// Rewrites the memory accesses through Add's result (at offset 0) to use
/// Base and the relocated offset, each with its own relocation. Returns true
/// if no other use of the address is left. Folding even when the address is
/// also needed as a value matters for pointers the verifier tracks by their
/// offset: a ctx load must be "rX = *(ctx + off)" from the unmodified ctx
/// register, as clang emits it, never through a copy advanced by "+= off".
bool CoreBPFCoreFold::foldIntoMemory(MachineInstr &Add, Register Base,
                                     const MachineOperand &Sym) {
  Register Addr = Add.getOperand(0).getReg();
  SmallVector<MachineInstr *, 4> Uses;
  bool Others = false;
  for (MachineOperand &MO : MRI->use_nodbg_operands(Addr)) {
    MachineInstr *U = MO.getParent();
    if (!isPatchableMemory(U->getOpcode()) || MO.getOperandNo() != 1 ||
        !U->getOperand(2).isImm() || U->getOperand(2).getImm() != 0)
      Others = true;
    else
      Uses.push_back(U);
  }
  for (MachineInstr *U : Uses) {
    U->getOperand(1).setReg(Base);
    U->getOperand(1).setIsKill(false);
    MachineOperand &Off = U->getOperand(2);
    Off.ChangeToGA(Sym.getGlobal(), Sym.getOffset(), Sym.getTargetFlags());
  }
  if (!Uses.empty())
    MRI->clearKillFlags(Base);
  return !Others;
}

/// The immediate form of a register shift, or 0.
static unsigned shiftWithImmediate(unsigned Opc) {
  switch (Opc) {
  case CoreBPF::SLL_rr:
    return CoreBPF::SLL_ri;
  case CoreBPF::SRL_rr:
    return CoreBPF::SRL_ri;
  case CoreBPF::SRA_rr:
    return CoreBPF::SRA_ri;
  case CoreBPF::SLL_rr_32:
    return CoreBPF::SLL_ri_32;
  case CoreBPF::SRL_rr_32:
    return CoreBPF::SRL_ri_32;
  case CoreBPF::SRA_rr_32:
    return CoreBPF::SRA_ri_32;
  default:
    return 0;
  }
}

/// "rA = <reloc>; rB <<= rA" -> "rB <<= <reloc>", when every use of the
/// relocated value is such a shift amount of the same width (libbpf patches
/// the immediate of any ALU instruction; each shift gets its own record).
bool CoreBPFCoreFold::foldIntoShift(MachineInstr &Mov) {
  Register Amount = Mov.getOperand(0).getReg();
  bool Is32 = Mov.getOpcode() == CoreBPF::MOV_ri_32;
  SmallVector<MachineInstr *, 2> Shifts;
  for (MachineInstr &U : MRI->use_nodbg_instructions(Amount)) {
    unsigned Opc = shiftWithImmediate(U.getOpcode());
    bool Shift32 = Opc == CoreBPF::SLL_ri_32 || Opc == CoreBPF::SRL_ri_32 ||
                   Opc == CoreBPF::SRA_ri_32;
    if (!Opc || Is32 != Shift32 || U.getOperand(2).getReg() != Amount ||
        U.getOperand(1).getReg() == Amount)
      return false;
    Shifts.push_back(&U);
  }
  if (Shifts.empty())
    return false;
  const MachineOperand &Sym = Mov.getOperand(1);
  for (MachineInstr *Shift : Shifts) {
    BuildMI(*Shift->getParent(), *Shift, Shift->getDebugLoc(),
            TII->get(shiftWithImmediate(Shift->getOpcode())),
            Shift->getOperand(0).getReg())
        .addReg(Shift->getOperand(1).getReg())
        .addGlobalAddress(Sym.getGlobal(), Sym.getOffset(),
                          Sym.getTargetFlags());
    Shift->eraseFromParent();
  }
  for (MachineOperand &MO : make_early_inc_range(MRI->use_operands(Amount)))
    MO.setReg(Register()); // debug values
  Mov.eraseFromParent();
  return true;
}

/// A relocated 32-bit value used only as a 64-bit one,
///
///   %a:gpr32 = MOV_ri_32 @reloc
///   %b:gpr32 = MOV_rr_32 %a                (zero extension, optional)
///   %c:gpr = SUBREG_TO_REG 0, %b, sub_32
///
/// becomes "%c:gpr = MOV_ri @reloc", which the folds below understand: the
/// relocated values (offsets, sizes, shifts, flags) are below 2^31, where
/// the 64-bit move's sign extension is the 32-bit move's zero extension.
/// Returns the new move, or null.
MachineInstr *CoreBPFCoreFold::widen(MachineInstr &Mov32) {
  SmallVector<MachineInstr *, 3> Chain{&Mov32};
  Register R = Mov32.getOperand(0).getReg();
  while (true) {
    if (!MRI->hasOneNonDBGUse(R))
      return nullptr;
    MachineInstr &U = *MRI->use_instr_nodbg_begin(R);
    if (U.getOpcode() == CoreBPF::MOV_rr_32 || U.isCopy()) {
      if (U.getOperand(1).getSubReg() != 0 ||
          !U.getOperand(0).getReg().isVirtual())
        return nullptr;
      Chain.push_back(&U);
      R = U.getOperand(0).getReg();
      continue;
    }
    if (!U.isSubregToReg() || U.getOperand(1).getImm() != 0)
      return nullptr;
    Chain.push_back(&U);
    break;
  }
  MachineInstr &Sub = *Chain.back();
  Register R64 = Sub.getOperand(0).getReg();
  const MachineOperand &Sym = Mov32.getOperand(1);
  MachineInstr *Mov = BuildMI(*Sub.getParent(), Sub, Mov32.getDebugLoc(),
                              TII->get(CoreBPF::MOV_ri), R64)
                          .addGlobalAddress(Sym.getGlobal(), Sym.getOffset(),
                                            Sym.getTargetFlags());
  for (MachineInstr *MI : llvm::reverse(Chain)) {
    Register Def = MI->getOperand(0).getReg();
    MI->eraseFromParent();
    if (Def != R64)
      for (MachineOperand &MO : make_early_inc_range(MRI->use_operands(Def)))
        MO.setReg(Register()); // debug values
  }
  return Mov;
}

bool CoreBPFCoreFold::runOnMachineFunction(MachineFunction &MF) {
  MRI = &MF.getRegInfo();
  TII = MF.getSubtarget().getInstrInfo();
  bool Changed = false;

  SmallVector<MachineInstr *, 16> Moves;
  for (MachineBasicBlock &MBB : MF)
    for (MachineInstr &MI : MBB)
      if ((MI.getOpcode() == CoreBPF::MOV_ri ||
           MI.getOpcode() == CoreBPF::MOV_ri_32) &&
          MI.getOperand(1).isGlobal())
        Moves.push_back(&MI);
  for (MachineInstr *&Mov : Moves)
    if (Mov->getOpcode() == CoreBPF::MOV_ri_32)
      if (MachineInstr *Wide = widen(*Mov)) {
        Mov = Wide;
        Changed = true;
      }

  for (MachineInstr *Mov : Moves) {
    std::optional<corecc::core::IRReloc> R =
        corecc::core::readIRReloc(*Mov->getOperand(1).getGlobal());
    if (!R)
      continue;
    if (R->Kind == BTF::FIELD_LSHIFT_U64 || R->Kind == BTF::FIELD_RSHIFT_U64) {
      Changed |= foldIntoShift(*Mov);
      continue;
    }
    if (R->Kind != BTF::FIELD_BYTE_OFFSET ||
        Mov->getOpcode() != CoreBPF::MOV_ri)
      continue;
    Register Off = Mov->getOperand(0).getReg();
    const MachineOperand &Sym = Mov->getOperand(1);

    SmallVector<MachineInstr *, 4> Adds;
    for (MachineInstr &U : MRI->use_nodbg_instructions(Off))
      if (U.getOpcode() == CoreBPF::ADD_rr)
        Adds.push_back(&U);

    for (MachineInstr *Add : Adds) {
      // ADD_rr dst, src2, src: the offset may be either source.
      unsigned OffIdx = Add->getOperand(2).getReg() == Off ? 2 : 1;
      Register Base = Add->getOperand(OffIdx == 2 ? 1 : 2).getReg();
      if (Base == Off)
        continue;
      if (R->Value <= INT16_MAX && foldIntoMemory(*Add, Base, Sym)) {
        Add->eraseFromParent();
        Changed = true;
        continue;
      }
      // The address is used as a value: "dst = base; dst += <off>".
      BuildMI(*Add->getParent(), *Add, Add->getDebugLoc(),
              TII->get(CoreBPF::ADD_ri), Add->getOperand(0).getReg())
          .addReg(Base)
          .addGlobalAddress(Sym.getGlobal(), Sym.getOffset(),
                            Sym.getTargetFlags());
      Add->eraseFromParent();
      Changed = true;
    }
    if (MRI->use_nodbg_empty(Off)) {
      for (MachineOperand &MO : make_early_inc_range(MRI->use_operands(Off)))
        MO.setReg(Register()); // debug values: the offset is gone
      Mov->eraseFromParent();
      Changed = true;
    }
  }
  return Changed;
}
