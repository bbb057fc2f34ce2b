// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFCoreLowering.cpp - Type legalization of CO-RE values --------===//
//
// The CO-RE pass hands relocation values over as llvm.bpf.passthrough calls
// of the value's type (corecc/CoreIR/IRReloc.h). On cpus without ALU32, i32
// is not a legal type: a 32-bit value (a field size, a type size...) is
// computed as a 64-bit one and truncated, and the call's i32 first argument
// becomes a target constant, so that selection sees only legal types.
//
//===----------------------------------------------------------------------===//

#include "CoreBPFISelLowering.h"
#include "corecc/CoreIR/IRReloc.h"
#include "llvm/CodeGen/SelectionDAG.h"
#include "llvm/IR/IntrinsicsBPF.h"

using namespace llvm;

void CoreBPFTargetLowering::ReplaceNodeResults(
    SDNode *N, SmallVectorImpl<SDValue> &Results, SelectionDAG &DAG) const {
  if (N->getOpcode() != ISD::INTRINSIC_WO_CHAIN)
    return;
  auto *ID = dyn_cast<ConstantSDNode>(N->getOperand(0));
  if (!ID || ID->getZExtValue() != Intrinsic::bpf_passthrough)
    return;
  // The call's first argument is an i32 constant, also illegal here: as a
  // target constant it is left alone by type legalization.
  auto *Seq = dyn_cast<ConstantSDNode>(N->getOperand(1));
  if (!Seq || Seq->getOpcode() == ISD::TargetConstant)
    return;
  SDLoc DL(N);
  SDValue Ops[] = {N->getOperand(0),
                   DAG.getTargetConstant(Seq->getZExtValue(), DL, MVT::i32),
                   N->getOperand(2)};
  SDValue Wide = DAG.getNode(ISD::INTRINSIC_WO_CHAIN, DL, MVT::i64, Ops);
  // A value below 2^31 (IRReloc.h) has its upper bits clear: widening the
  // 32-bit value again (a field offset added to a pointer) costs nothing.
  if (auto *GA = dyn_cast<GlobalAddressSDNode>(N->getOperand(2)))
    if (std::optional<corecc::core::IRReloc> R =
            corecc::core::readIRReloc(*GA->getGlobal());
        R && corecc::core::relocValueBelow2To31(R->Kind))
      Wide = DAG.getNode(ISD::AssertZext, DL, MVT::i64, Wide,
                         DAG.getValueType(MVT::i32));
  EVT VT = N->getValueType(0);
  Results.push_back(VT == MVT::i64 ? Wide
                                   : DAG.getNode(ISD::TRUNCATE, DL, VT, Wide));
}
