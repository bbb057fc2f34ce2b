// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFISelDAGToDAG.cpp - BPF instruction selection ----------------===//
//
// Pattern-driven selection (CoreBPFGenDAGISel.inc) plus the two things the
// patterns cannot say: how an address splits into base register and 16-bit
// offset, and how a frame index becomes a value.
//
// Folding constant offsets into the load or store is not only shorter: the
// verifier rejects loads through a modified context pointer, so
// "*(u32 *)(r1 + 76)" must stay one instruction rather than "r1 += 76".
//
//===----------------------------------------------------------------------===//

#include "CoreBPF.h"
#include "CoreBPFSubtarget.h"
#include "CoreBPFTargetMachine.h"
#include "corecc/BTF/RelocKinds.h"
#include "corecc/CoreIR/IRReloc.h"
#include "llvm/CodeGen/SelectionDAGISel.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/IntrinsicsBPF.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-isel"
#define PASS_NAME "CoreBPF DAG->DAG Pattern Instruction Selection"

namespace {

class CoreBPFDAGToDAGISel : public SelectionDAGISel {
  const CoreBPFSubtarget *Subtarget = nullptr;

public:
  explicit CoreBPFDAGToDAGISel(CoreBPFTargetMachine &TM)
      : SelectionDAGISel(TM) {}

  bool runOnMachineFunction(MachineFunction &MF) override {
    Subtarget = &MF.getSubtarget<CoreBPFSubtarget>();
    return SelectionDAGISel::runOnMachineFunction(MF);
  }

  void Select(SDNode *N) override;

  bool SelectInlineAsmMemoryOperand(const SDValue &Op,
                                    InlineAsm::ConstraintCode ConstraintID,
                                    std::vector<SDValue> &OutOps) override;

#include "CoreBPFGenDAGISel.inc"

private:
  bool selectAddr(SDValue Addr, SDValue &Base, SDValue &Offset);
  bool trySelectFrameAddress(SDNode *N);
  bool trySelectPassthrough(SDNode *N);
};

class CoreBPFDAGToDAGISelLegacy : public SelectionDAGISelLegacy {
public:
  static char ID;
  explicit CoreBPFDAGToDAGISelLegacy(CoreBPFTargetMachine &TM)
      : SelectionDAGISelLegacy(ID, std::make_unique<CoreBPFDAGToDAGISel>(TM)) {}
};

} // namespace

char CoreBPFDAGToDAGISelLegacy::ID = 0;

INITIALIZE_PASS(CoreBPFDAGToDAGISelLegacy, DEBUG_TYPE, PASS_NAME, false, false)

bool CoreBPFDAGToDAGISel::selectAddr(SDValue Addr, SDValue &Base,
                                     SDValue &Offset) {
  SDLoc DL(Addr);
  auto AsBase = [&](SDValue V) {
    if (auto *FI = dyn_cast<FrameIndexSDNode>(V))
      return CurDAG->getTargetFrameIndex(FI->getIndex(), MVT::i64);
    return V;
  };

  if (CurDAG->isBaseWithConstantOffset(Addr)) {
    int64_t C = cast<ConstantSDNode>(Addr.getOperand(1))->getSExtValue();
    if (isInt<16>(C)) {
      Base = AsBase(Addr.getOperand(0));
      Offset = CurDAG->getTargetConstant(C, DL, MVT::i16);
      return true;
    }
  }
  Base = AsBase(Addr);
  Offset = CurDAG->getTargetConstant(0, DL, MVT::i16);
  return true;
}

bool CoreBPFDAGToDAGISel::SelectInlineAsmMemoryOperand(
    const SDValue &Op, InlineAsm::ConstraintCode ConstraintID,
    std::vector<SDValue> &OutOps) {
  SDValue Base, Offset;
  if (ConstraintID != InlineAsm::ConstraintCode::m)
    return true;
  selectAddr(Op, Base, Offset);
  OutOps.push_back(Base);
  OutOps.push_back(Offset);
  return false;
}

/// The CO-RE IR pass hands each relocation over as
/// "llvm.bpf.passthrough(0, @corecc.core.N)" (see corecc/CoreIR/IRReloc.h).
/// It becomes an immediate that carries the relocation: "rX = <value>"
/// (LD_IMM64 for the kinds that need 64 bits). CoreBPFCoreFold may then fold
/// it into the instruction that uses it, and the AsmPrinter records the
/// relocation wherever the operand ends up. A passthrough of anything else
/// is its second operand.
bool CoreBPFDAGToDAGISel::trySelectPassthrough(SDNode *N) {
  auto *ID = dyn_cast<ConstantSDNode>(N->getOperand(0));
  if (!ID || ID->getZExtValue() != Intrinsic::bpf_passthrough)
    return false;
  SDValue Arg = N->getOperand(2);
  const GlobalValue *GV = nullptr;
  SDValue Addr =
      Arg.getOpcode() == CoreBPFISD::Wrapper ? Arg.getOperand(0) : Arg;
  if (auto *GA = dyn_cast<GlobalAddressSDNode>(Addr))
    GV = GA->getGlobal();
  std::optional<corecc::core::IRReloc> R =
      GV ? corecc::core::readIRReloc(*GV) : std::nullopt;
  if (!R) {
    ReplaceUses(SDValue(N, 0), Arg);
    CurDAG->RemoveDeadNode(N);
    return true;
  }

  SDLoc DL(N);
  EVT VT = N->getValueType(0);
  uint32_t Kind = R->Kind & ~corecc::core::IRRelocValueOnly;
  unsigned Opc = VT == MVT::i32                  ? CoreBPF::MOV_ri_32
                 : corecc::btf::needsImm64(Kind) ? CoreBPF::LD_imm64
                                                 : CoreBPF::MOV_ri;
  SDValue Sym = CurDAG->getTargetGlobalAddress(GV, DL, MVT::i64);
  SDNode *Mov = CurDAG->getMachineNode(Opc, DL, VT, Sym);
  ReplaceUses(SDValue(N, 0), SDValue(Mov, 0));
  CurDAG->RemoveDeadNode(N);
  return true;
}

void CoreBPFDAGToDAGISel::Select(SDNode *N) {
  if (N->isMachineOpcode()) {
    N->setNodeId(-1);
    return;
  }
  if (N->getOpcode() == ISD::INTRINSIC_WO_CHAIN && trySelectPassthrough(N))
    return;
  if (trySelectFrameAddress(N))
    return;
  SelectCode(N);
}

/// "&local" and "&local + C" (as an add, or as an or when the frame
/// object's alignment leaves the low bits free): FI_ADDR, which frame
/// lowering rewrites to "rX = r10; rX += off + C". Selected generically,
/// "&s.b" of an 8-aligned struct would be "rX = r10; rX += -16; rX |= 4",
/// and the verifier rejects bitwise operations on pointers.
bool CoreBPFDAGToDAGISel::trySelectFrameAddress(SDNode *N) {
  SDValue Base;
  int64_t Off = 0;
  if (N->getOpcode() == ISD::FrameIndex) {
    Base = SDValue(N, 0);
  } else if ((N->getOpcode() == ISD::ADD || N->getOpcode() == ISD::OR) &&
             isa<FrameIndexSDNode>(N->getOperand(0)) &&
             isa<ConstantSDNode>(N->getOperand(1)) &&
             CurDAG->isBaseWithConstantOffset(SDValue(N, 0))) {
    Base = N->getOperand(0);
    Off = cast<ConstantSDNode>(N->getOperand(1))->getSExtValue();
  } else {
    return false;
  }
  int FI = cast<FrameIndexSDNode>(Base)->getIndex();
  SDLoc DL(N);
  SDValue Ops[] = {CurDAG->getTargetFrameIndex(FI, MVT::i64),
                   CurDAG->getTargetConstant(Off, DL, MVT::i64)};
  CurDAG->SelectNodeTo(N, CoreBPF::FI_ADDR, MVT::i64, Ops);
  return true;
}

FunctionPass *llvm::createCoreBPFISelDag(CoreBPFTargetMachine &TM) {
  return new CoreBPFDAGToDAGISelLegacy(TM);
}
