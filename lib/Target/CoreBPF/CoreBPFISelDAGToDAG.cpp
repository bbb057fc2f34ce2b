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
#include "corecc/CORE/IRReloc.h"
#include "corecc/CORE/RelocKind.h"
#include "llvm/CodeGen/SelectionDAGISel.h"
#include "llvm/IR/DiagnosticInfo.h"

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
  bool trySelectCoreReloc(SDNode *N);
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

/// A load of a CO-RE relocation global (see corecc/CORE/IRReloc.h) becomes
/// an immediate that carries the relocation: "rX = <value>" (LD_IMM64 for
/// the kinds that need 64 bits). CoreBPFCoreFold may then fold it into the
/// instruction that uses it, and the AsmPrinter records the relocation
/// wherever the operand ends up.
bool CoreBPFDAGToDAGISel::trySelectCoreReloc(SDNode *N) {
  auto *LD = cast<LoadSDNode>(N);
  SDValue Addr = LD->getBasePtr();
  if (Addr.getOpcode() != CoreBPFISD::Wrapper)
    return false;
  auto *GA = dyn_cast<GlobalAddressSDNode>(Addr.getOperand(0));
  if (!GA)
    return false;
  std::optional<corecc::core::IRReloc> R =
      corecc::core::readIRReloc(*GA->getGlobal());
  if (!R)
    return false;

  SDLoc DL(N);
  EVT VT = N->getValueType(0);
  // The value is the whole global: a load of a part of it (a narrowed or
  // offset load) would need a part of a value only libbpf knows.
  const GlobalValue *GV = GA->getGlobal();
  if (GA->getOffset() != 0 ||
      LD->getMemoryVT().getStoreSize() !=
          GV->getDataLayout().getTypeStoreSize(GV->getValueType())) {
    const Function &F = CurDAG->getMachineFunction().getFunction();
    F.getContext().diagnose(DiagnosticInfoUnsupported(
        F,
        "internal error: the CO-RE relocation " + R->Path +
            " was split by optimization and cannot be patched by libbpf",
        DL.getDebugLoc()));
  }
  uint32_t Kind = R->Kind & ~corecc::core::IRRelocValueOnly;
  unsigned Opc;
  if (VT == MVT::i32)
    Opc = CoreBPF::MOV_ri_32;
  else if (corecc::core::needsImm64(Kind))
    Opc = CoreBPF::LD_imm64;
  else
    Opc = CoreBPF::MOV_ri;
  SDValue Sym = CurDAG->getTargetGlobalAddress(GA->getGlobal(), DL, MVT::i64);
  SDNode *Mov = CurDAG->getMachineNode(Opc, DL, VT, Sym);
  ReplaceUses(SDValue(N, 0), SDValue(Mov, 0));
  ReplaceUses(SDValue(N, 1), LD->getChain());
  CurDAG->RemoveDeadNode(N);
  return true;
}

void CoreBPFDAGToDAGISel::Select(SDNode *N) {
  if (N->isMachineOpcode()) {
    N->setNodeId(-1);
    return;
  }
  if (N->getOpcode() == ISD::LOAD && trySelectCoreReloc(N))
    return;
  if (N->getOpcode() == ISD::FrameIndex) {
    // "&local": frame lowering rewrites this to "rX = r10; rX += off".
    int FI = cast<FrameIndexSDNode>(N)->getIndex();
    SDValue TFI = CurDAG->getTargetFrameIndex(FI, MVT::i64);
    CurDAG->SelectNodeTo(N, CoreBPF::MOV_rr, MVT::i64, TFI);
    return;
  }
  SelectCode(N);
}

FunctionPass *llvm::createCoreBPFISelDag(CoreBPFTargetMachine &TM) {
  return new CoreBPFDAGToDAGISelLegacy(TM);
}
