// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFISelLowering.h - BPF DAG lowering -----------------*- C++ -*-===//

#ifndef CORECC_LIB_TARGET_COREBPF_COREBPFISELLOWERING_H
#define CORECC_LIB_TARGET_COREBPF_COREBPFISELLOWERING_H

#include "llvm/CodeGen/SelectionDAG.h"
#include "llvm/CodeGen/TargetLowering.h"

namespace llvm {
class CoreBPFSubtarget;

namespace CoreBPFISD {
enum NodeType : unsigned {
  FIRST_NUMBER = ISD::BUILTIN_OP_END,
  RET_GLUE,
  CALL,
  SELECT_CC,
  BR_CC,
  Wrapper,
};
} // namespace CoreBPFISD

class CoreBPFTargetLowering : public TargetLowering {
  const CoreBPFSubtarget &STI;

public:
  CoreBPFTargetLowering(const TargetMachine &TM, const CoreBPFSubtarget &STI);

  SDValue LowerOperation(SDValue Op, SelectionDAG &DAG) const override;
  SDValue lowerLegacyPacketLoad(SDValue Op, SelectionDAG &DAG) const;
  void ReplaceNodeResults(SDNode *N, SmallVectorImpl<SDValue> &Results,
                          SelectionDAG &DAG) const override;
  const char *getTargetNodeName(unsigned Opcode) const override;

  MachineBasicBlock *
  EmitInstrWithCustomInserter(MachineInstr &MI,
                              MachineBasicBlock *BB) const override;

  bool isOffsetFoldingLegal(const GlobalAddressSDNode *GA) const override {
    // Keep "LD_IMM64 sym" plain and add offsets separately, as libbpf and
    // the CO-RE machinery expect.
    return false;
  }
  bool shouldReduceLoadWidth(SDNode *Load, ISD::LoadExtType ExtTy,
                             EVT NewVT) const override {
    // Keep loads at the width the program wrote: CO-RE relocated loads must
    // match the field's size (libbpf adjusts or rejects them by size), and
    // the verifier accepts narrower context loads only for some fields.
    return false;
  }
  bool isIntDivCheap(EVT VT, AttributeList Attr) const override { return true; }
  SDValue BuildSDIVPow2(SDNode *N, const APInt &Divisor, SelectionDAG &DAG,
                        SmallVectorImpl<SDNode *> &Created) const override;
  SDValue BuildSREMPow2(SDNode *N, const APInt &Divisor, SelectionDAG &DAG,
                        SmallVectorImpl<SDNode *> &Created) const override;
  bool isTruncateFree(Type *Ty1, Type *Ty2) const override;
  bool isTruncateFree(EVT VT1, EVT VT2) const override;
  bool isZExtFree(Type *Ty1, Type *Ty2) const override;
  bool isZExtFree(EVT VT1, EVT VT2) const override;
  bool isZExtFree(SDValue Val, EVT VT2) const override;
  bool shouldConvertConstantLoadToIntImm(const APInt &Imm,
                                         Type *Ty) const override {
    return true;
  }
  EVT getSetCCResultType(const DataLayout &DL, LLVMContext &Ctx,
                         EVT VT) const override;
  MVT getScalarShiftAmountTy(const DataLayout &DL, EVT VT) const override;

  ConstraintType getConstraintType(StringRef Constraint) const override;
  std::pair<unsigned, const TargetRegisterClass *>
  getRegForInlineAsmConstraint(const TargetRegisterInfo *TRI,
                               StringRef Constraint, MVT VT) const override;

private:
  SDValue LowerFormalArguments(SDValue Chain, CallingConv::ID CallConv,
                               bool IsVarArg,
                               const SmallVectorImpl<ISD::InputArg> &Ins,
                               const SDLoc &DL, SelectionDAG &DAG,
                               SmallVectorImpl<SDValue> &InVals) const override;
  SDValue LowerCall(TargetLowering::CallLoweringInfo &CLI,
                    SmallVectorImpl<SDValue> &InVals) const override;
  SDValue LowerReturn(SDValue Chain, CallingConv::ID CallConv, bool IsVarArg,
                      const SmallVectorImpl<ISD::OutputArg> &Outs,
                      const SmallVectorImpl<SDValue> &OutVals, const SDLoc &DL,
                      SelectionDAG &DAG) const override;
  bool CanLowerReturn(CallingConv::ID CallConv, MachineFunction &MF,
                      bool IsVarArg,
                      const SmallVectorImpl<ISD::OutputArg> &Outs,
                      LLVMContext &Context) const override;
  bool mayBeEmittedAsTailCall(const CallInst *CI) const override {
    return false;
  }
  bool allowsMisalignedMemoryAccesses(EVT VT, unsigned AddrSpace, Align A,
                                      MachineMemOperand::Flags Flags,
                                      unsigned *Fast) const override {
    return false;
  }

  SDValue lowerCallResult(SDValue Chain, SDValue InGlue,
                          CallingConv::ID CallConv, bool IsVarArg,
                          const SmallVectorImpl<ISD::InputArg> &Ins,
                          const SDLoc &DL, SelectionDAG &DAG,
                          SmallVectorImpl<SDValue> &InVals,
                          bool IsLibCall) const;

  SDValue lowerBR_CC(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerSELECT_CC(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerGlobalAddress(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerAtomicRMW(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerAtomicLoadStore(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerUnsupported(SDValue Op, SelectionDAG &DAG) const;
  SDValue lowerSREMPow2(SDValue Op, SelectionDAG &DAG) const;

  /// Reports an unsupported construct at DL and returns.
  void fail(const SDLoc &DL, SelectionDAG &DAG, const Twine &Msg) const;

  MachineBasicBlock *emitSelect(MachineInstr &MI, MachineBasicBlock *BB) const;
};

} // namespace llvm

#endif
