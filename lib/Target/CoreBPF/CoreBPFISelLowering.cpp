// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFISelLowering.cpp - BPF DAG lowering -------------------------===//
//
// Lowers LLVM's target-independent DAG to what BPF can express, and reports
// what it cannot. BPF has:
//   - five argument registers and no argument stack, one return register;
//   - no conditional move (selects become branches in a custom inserter);
//   - compare-and-jump instructions, but no "set on condition";
//   - no library to call: an operation LLVM would turn into a runtime call
//     (soft-float, 128-bit division, a memcpy too large to inline) is an
//     error that names the operation.
// Every unsupported construct is reported through the LLVMContext as a
// DiagnosticInfoUnsupported at the source line, and lowering carries on with
// a harmless value so that selection never crashes; the driver then refuses
// to write the output.
//
//===----------------------------------------------------------------------===//

#include "CoreBPFISelLowering.h"
#include "CoreBPF.h"
#include "CoreBPFDiagnostics.h"
#include "CoreBPFInstrInfo.h"
#include "CoreBPFSubtarget.h"
#include "CoreBPFTargetMachine.h"
#include "llvm/CodeGen/CallingConvLower.h"
#include "llvm/CodeGen/MachineFrameInfo.h"
#include "llvm/CodeGen/MachineFunction.h"
#include "llvm/CodeGen/MachineInstrBuilder.h"
#include "llvm/CodeGen/MachineRegisterInfo.h"
#include "llvm/CodeGen/ValueTypes.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/IntrinsicsBPF.h"

using namespace llvm;

#define DEBUG_TYPE "corebpf-lower"

#include "CoreBPFGenCallingConv.inc"

/// Registers for arguments and the return value.
static constexpr unsigned MaxArgRegs = 5;

CoreBPFTargetLowering::CoreBPFTargetLowering(const TargetMachine &TM,
                                             const CoreBPFSubtarget &STI)
    : TargetLowering(TM), STI(STI) {
  addRegisterClass(MVT::i64, &CoreBPF::GPRRegClass);
  if (STI.hasALU32())
    addRegisterClass(MVT::i32, &CoreBPF::GPR32RegClass);
  computeRegisterProperties(STI.getRegisterInfo());

  setBooleanContents(ZeroOrOneBooleanContent);
  // BPF has no latencies worth modelling; what costs is spilling (each
  // spill and reload is an instruction, and stack slots count against the
  // 512-byte frame). Source order hoists every load of a block to its top
  // and spills them; the ILP list scheduler (in low-pressure mode) keeps
  // loads near their uses and chains of selects interleaved as written.
  // Instructions, cpu v3: the examples 4605 (register-pressure scheduler
  // 4630, source order 4625, clang-19 4779); v4_stats at v4 208 (254 with
  // the register-pressure scheduler, whose min and max chains spill; clang
  // 209); a corpus of random expression programs 13805 (13556, 14130;
  // clang 14027).
  setSchedulingPreference(Sched::ILP);
  setMinFunctionAlignment(Align(8));
  setPrefFunctionAlignment(Align(8));
  setMaxAtomicSizeInBitsSupported(64);
  // No jump tables: BPF has no indirect jump.
  setMinimumJumpTableEntries(UINT_MAX);

  // Control flow and what cannot be expressed at all.
  setOperationAction(ISD::BR_JT, MVT::Other, Expand);
  setOperationAction(ISD::BRCOND, MVT::Other, Expand);
  for (unsigned Op :
       {ISD::BRIND, ISD::TRAP, ISD::DEBUGTRAP, ISD::ATOMIC_FENCE, ISD::VASTART,
        ISD::VAARG, ISD::VACOPY, ISD::VAEND, ISD::STACKSAVE, ISD::STACKRESTORE})
    setOperationAction(Op, MVT::Other, Custom);
  setOperationAction(ISD::DYNAMIC_STACKALLOC, MVT::i64, Custom);
  setOperationAction(ISD::GlobalAddress, MVT::i64, Custom);
  setOperationAction(ISD::BlockAddress, MVT::i64, Custom);
  setOperationAction(ISD::ConstantPool, MVT::i64, Custom);
  setOperationAction(ISD::GlobalTLSAddress, MVT::i64, Custom);

  SmallVector<MVT, 2> IntVTs = {MVT::i64};
  if (STI.hasALU32())
    IntVTs.push_back(MVT::i32);
  for (MVT VT : IntVTs) {
    // Trailing zeros as a population count (lowerCTTZ), not the generic
    // expansion's table of a De Bruijn sequence in a constant pool.
    setOperationAction(ISD::CTTZ, VT, Custom);
    setOperationAction(ISD::CTTZ_ZERO_UNDEF, VT, Custom);
    setOperationAction(ISD::BR_CC, VT, Custom);
    setOperationAction(ISD::SELECT_CC, VT, Custom);
    setOperationAction(ISD::SETCC, VT, Expand);
    setOperationAction(ISD::SELECT, VT, Expand);

    for (unsigned Op :
         {ISD::ROTL, ISD::ROTR, ISD::CTPOP, ISD::CTLZ, ISD::CTLZ_ZERO_UNDEF,
          ISD::MULHU, ISD::MULHS, ISD::UMUL_LOHI, ISD::SMUL_LOHI, ISD::SDIVREM,
          ISD::UDIVREM, ISD::SHL_PARTS, ISD::SRL_PARTS, ISD::SRA_PARTS,
          ISD::ADDC, ISD::ADDE, ISD::SUBC, ISD::SUBE})
      setOperationAction(Op, VT, Expand);
    if (!STI.hasCPUv4()) {
      setOperationAction(ISD::SDIV, VT, Custom);
      setOperationAction(ISD::SREM, VT, Custom);
    }

    for (unsigned Op :
         {ISD::ATOMIC_LOAD_ADD, ISD::ATOMIC_LOAD_SUB, ISD::ATOMIC_LOAD_AND,
          ISD::ATOMIC_LOAD_OR, ISD::ATOMIC_LOAD_XOR, ISD::ATOMIC_SWAP,
          ISD::ATOMIC_CMP_SWAP, ISD::ATOMIC_LOAD_NAND, ISD::ATOMIC_LOAD_MIN,
          ISD::ATOMIC_LOAD_MAX, ISD::ATOMIC_LOAD_UMIN, ISD::ATOMIC_LOAD_UMAX,
          ISD::ATOMIC_LOAD_FADD, ISD::ATOMIC_LOAD_FSUB,
          ISD::ATOMIC_LOAD_UINC_WRAP, ISD::ATOMIC_LOAD_UDEC_WRAP,
          ISD::ATOMIC_LOAD, ISD::ATOMIC_STORE})
      setOperationAction(Op, VT, Custom);
    setOperationAction(ISD::ATOMIC_CMP_SWAP_WITH_SUCCESS, VT, Expand);
  }
  // Legacy packet loads (llvm.bpf.load.*): see lowerLegacyPacketLoad.
  setOperationAction(ISD::INTRINSIC_W_CHAIN, MVT::Other, Custom);
  // 32-bit CO-RE relocation values (see CoreBPFCoreLowering.cpp) on cpus
  // without ALU32, where i32 is not a legal type.
  if (!STI.hasALU32())
    setOperationAction(ISD::INTRINSIC_WO_CHAIN, MVT::i32, Custom);

  // Sign extension within a register: MOVSX on cpu v4. Earlier cpus get a
  // shift pair from the legalizer, which DAGCombiner can then merge with
  // neighbouring shifts ("(x << 32) s>> 37" rather than three shifts).
  // The action of SIGN_EXTEND_INREG is keyed by the narrow type.
  setOperationAction(ISD::SIGN_EXTEND_INREG, MVT::i1, Expand);
  for (MVT From : {MVT::i8, MVT::i16, MVT::i32})
    setOperationAction(ISD::SIGN_EXTEND_INREG, From,
                       STI.hasCPUv4() ? Legal : Expand);

  // Extending loads: BPF loads zero-extend; cpu v4 also sign-extends.
  for (MVT VT : MVT::integer_valuetypes()) {
    setLoadExtAction(ISD::EXTLOAD, VT, MVT::i1, Promote);
    setLoadExtAction(ISD::ZEXTLOAD, VT, MVT::i1, Promote);
    setLoadExtAction(ISD::SEXTLOAD, VT, MVT::i1, Promote);
  }
  for (MVT From : {MVT::i8, MVT::i16, MVT::i32})
    setLoadExtAction(ISD::SEXTLOAD, MVT::i64, From,
                     STI.hasCPUv4() ? Legal : Expand);
  if (STI.hasALU32()) {
    // A sign-extending load into a w register is the 64-bit one (cpu v4).
    setLoadExtAction(ISD::SEXTLOAD, MVT::i32, MVT::i8,
                     STI.hasCPUv4() ? Legal : Expand);
    setLoadExtAction(ISD::SEXTLOAD, MVT::i32, MVT::i16,
                     STI.hasCPUv4() ? Legal : Expand);
  }

  // Inline memcpy/memset/memmove: BPF has no library to call. Beyond this
  // many stores the call survives and is reported as an error
  // (CoreBPFCheckIR.cpp says so first, with the same limit). clang-19
  // inlines a 1 KiB memset of bytes, 1024 byte stores: so do we, and the
  // verifier's instruction limit is what bounds a program, not this.
  MaxStoresPerMemset = MaxStoresPerMemsetOptSize = MaxInlineMemStores;
  MaxStoresPerMemcpy = MaxStoresPerMemcpyOptSize = MaxInlineMemStores;
  MaxStoresPerMemmove = MaxStoresPerMemmoveOptSize = MaxInlineMemStores;
  // memcmp/bcmp of a constant size: expanded into loads and compares at the
  // IR level (see CoreBPFTargetTransformInfo.h).
  MaxLoadsPerMemcmp = MaxLoadsPerMemcmpOptSize = 128;
}

const char *CoreBPFTargetLowering::getTargetNodeName(unsigned Opcode) const {
  switch (static_cast<CoreBPFISD::NodeType>(Opcode)) {
  case CoreBPFISD::FIRST_NUMBER:
    break;
  case CoreBPFISD::RET_GLUE:
    return "CoreBPFISD::RET_GLUE";
  case CoreBPFISD::CALL:
    return "CoreBPFISD::CALL";
  case CoreBPFISD::SELECT_CC:
    return "CoreBPFISD::SELECT_CC";
  case CoreBPFISD::BR_CC:
    return "CoreBPFISD::BR_CC";
  case CoreBPFISD::Wrapper:
    return "CoreBPFISD::Wrapper";
  }
  return nullptr;
}

void CoreBPFTargetLowering::fail(const SDLoc &DL, SelectionDAG &DAG,
                                 const Twine &Msg) const {
  const Function &F = DAG.getMachineFunction().getFunction();
  DAG.getContext()->diagnose(
      DiagnosticInfoUnsupported(F, Msg, DL.getDebugLoc()));
}

//===----------------------------------------------------------------------===//
// Type queries
//===----------------------------------------------------------------------===//

// Signed division by a power of two needs no divide instruction: before cpu
// v4, which has one, let DAGCombiner use its shift sequence ("x / 4" is
// "(x + ((x s>> 63) >> 62)) s>> 2") instead of reporting signed division.
SDValue
CoreBPFTargetLowering::BuildSDIVPow2(SDNode *N, const APInt &Divisor,
                                     SelectionDAG &DAG,
                                     SmallVectorImpl<SDNode *> &Created) const {
  if (!STI.hasCPUv4())
    return SDValue();
  return TargetLowering::BuildSDIVPow2(N, Divisor, DAG, Created);
}

SDValue
CoreBPFTargetLowering::BuildSREMPow2(SDNode *N, const APInt &Divisor,
                                     SelectionDAG &DAG,
                                     SmallVectorImpl<SDNode *> &Created) const {
  if (!STI.hasCPUv4())
    return SDValue();
  return TargetLowering::BuildSREMPow2(N, Divisor, DAG, Created);
}

EVT CoreBPFTargetLowering::getSetCCResultType(const DataLayout &DL,
                                              LLVMContext &Ctx, EVT VT) const {
  return STI.hasALU32() ? MVT::i32 : MVT::i64;
}

MVT CoreBPFTargetLowering::getScalarShiftAmountTy(const DataLayout &DL,
                                                  EVT VT) const {
  return (STI.hasALU32() && VT == MVT::i32) ? MVT::i32 : MVT::i64;
}

// Narrowing costs nothing on any cpu: the value stays in its register and
// whoever needs the upper bits clear clears them. (Saying otherwise makes
// DAGCombiner widen constants: "(aext (and (trunc x), -16))" would become
// "x & 0xfffffff0", an LD_IMM64 more.)
bool CoreBPFTargetLowering::isTruncateFree(Type *Ty1, Type *Ty2) const {
  return Ty1->isIntegerTy() && Ty2->isIntegerTy() &&
         Ty1->getPrimitiveSizeInBits() > Ty2->getPrimitiveSizeInBits();
}

bool CoreBPFTargetLowering::isTruncateFree(EVT VT1, EVT VT2) const {
  return VT1.isScalarInteger() && VT2.isScalarInteger() &&
         VT1.getSizeInBits() > VT2.getSizeInBits();
}

bool CoreBPFTargetLowering::isZExtFree(Type *Ty1, Type *Ty2) const {
  // A 32-bit operation leaves the upper half zero.
  return STI.hasALU32() && Ty1->isIntegerTy(32) && Ty2->isIntegerTy(64);
}

bool CoreBPFTargetLowering::isZExtFree(EVT VT1, EVT VT2) const {
  return STI.hasALU32() && VT1 == MVT::i32 && VT2 == MVT::i64;
}

// LDX of 1, 2 or 4 bytes clears the rest of the register on every cpu (only
// v4's LDSX sign-extends). Saying so lets a loaded value that crosses blocks
// be exported zero-extended, so the blocks using it know its upper bits and
// need no mask ("w2 &= 0xffff" before comparing a port loaded elsewhere).
bool CoreBPFTargetLowering::isZExtFree(SDValue Val, EVT VT2) const {
  if (const auto *LD = dyn_cast<LoadSDNode>(Val))
    if (LD->getExtensionType() != ISD::SEXTLOAD && VT2.isScalarInteger() &&
        LD->getMemoryVT().isScalarInteger() &&
        LD->getMemoryVT().getSizeInBits() <= 32 && VT2.getSizeInBits() <= 64 &&
        Val.getValueType().getSizeInBits() <= VT2.getSizeInBits())
      return true;
  return isZExtFree(Val.getValueType(), VT2);
}

/// "r" is a 64-bit register; "w" a 32-bit subregister (cpu v3 and later, as
/// Clang's BPF front end accepts it).
TargetLowering::ConstraintType
CoreBPFTargetLowering::getConstraintType(StringRef Constraint) const {
  if (Constraint.size() == 1 && (Constraint[0] == 'r' || Constraint[0] == 'w'))
    return C_RegisterClass;
  return TargetLowering::getConstraintType(Constraint);
}

std::pair<unsigned, const TargetRegisterClass *>
CoreBPFTargetLowering::getRegForInlineAsmConstraint(
    const TargetRegisterInfo *TRI, StringRef Constraint, MVT VT) const {
  if (Constraint.size() == 1) {
    switch (Constraint[0]) {
    case 'r':
      // Always an r register, whatever the operand's width, as in LLVM's
      // BPF backend: inline assembly written for clang says "%[x] += r1"
      // of an int x, which a w register would make an error.
      return {0U, &CoreBPF::GPRRegClass};
    case 'w':
      if (STI.hasALU32())
        return {0U, &CoreBPF::GPR32RegClass};
      break;
    default:
      break;
    }
  }
  return TargetLowering::getRegForInlineAsmConstraint(TRI, Constraint, VT);
}

//===----------------------------------------------------------------------===//
// Calling convention
//===----------------------------------------------------------------------===//

SDValue CoreBPFTargetLowering::LowerFormalArguments(
    SDValue Chain, CallingConv::ID CallConv, bool IsVarArg,
    const SmallVectorImpl<ISD::InputArg> &Ins, const SDLoc &DL,
    SelectionDAG &DAG, SmallVectorImpl<SDValue> &InVals) const {
  MachineFunction &MF = DAG.getMachineFunction();
  const Function &F = MF.getFunction();
  MachineRegisterInfo &RegInfo = MF.getRegInfo();
  LLVMContext &Ctx = *DAG.getContext();
  // Found only when reported: finding the name's column reads the source.
  auto FnLoc = [&F, &MF] {
    return corebpf::functionLocation(
        F,
        static_cast<const CoreBPFTargetMachine &>(MF.getTarget()).sourceFS());
  };

  if (IsVarArg)
    Ctx.diagnose(DiagnosticInfoUnsupported(
        F, "variadic function '" + F.getName() + "' is not supported by BPF",
        FnLoc()));
  if (F.arg_size() > MaxArgRegs || Ins.size() > MaxArgRegs)
    Ctx.diagnose(DiagnosticInfoUnsupported(
        F,
        "function '" + F.getName() + "' takes " + Twine(F.arg_size()) +
            " arguments; BPF passes at most " + Twine(MaxArgRegs) +
            " in registers (group them in a struct passed by pointer)",
        FnLoc()));

  // Aggregates by value come as pointers, as in Clang's BPF ABI: a
  // "byval" argument points to the caller's copy (LowerCall makes it on the
  // caller's stack) and an "sret" one to where the caller wants the result.
  // The verifier lets a subprogram use pointers into its caller's stack.
  SmallVector<ISD::InputArg, 8> InRegs;
  for (const ISD::InputArg &In : Ins)
    if (InRegs.size() < MaxArgRegs)
      InRegs.push_back(In);

  SmallVector<CCValAssign, 8> ArgLocs;
  CCState CCInfo(CallConv, IsVarArg, MF, ArgLocs, Ctx);
  CCInfo.AnalyzeFormalArguments(InRegs,
                                STI.hasALU32() ? CC_CoreBPF32 : CC_CoreBPF64);

  for (const CCValAssign &VA : ArgLocs) {
    MVT RegVT = VA.getLocVT();
    const TargetRegisterClass *RC =
        RegVT == MVT::i32 ? &CoreBPF::GPR32RegClass : &CoreBPF::GPRRegClass;
    Register VReg = RegInfo.createVirtualRegister(RC);
    RegInfo.addLiveIn(VA.getLocReg(), VReg);
    SDValue Arg = DAG.getCopyFromReg(Chain, DL, VReg, RegVT);
    if (VA.getLocInfo() == CCValAssign::SExt)
      Arg = DAG.getNode(ISD::AssertSext, DL, RegVT, Arg,
                        DAG.getValueType(VA.getValVT()));
    else if (VA.getLocInfo() == CCValAssign::ZExt)
      Arg = DAG.getNode(ISD::AssertZext, DL, RegVT, Arg,
                        DAG.getValueType(VA.getValVT()));
    if (VA.getLocInfo() != CCValAssign::Full)
      Arg = DAG.getNode(ISD::TRUNCATE, DL, VA.getValVT(), Arg);
    InVals.push_back(Arg);
  }
  for (size_t I = InVals.size(); I < Ins.size(); ++I)
    InVals.push_back(DAG.getUNDEF(Ins[I].VT));
  return Chain;
}

bool CoreBPFTargetLowering::CanLowerReturn(
    CallingConv::ID CallConv, MachineFunction &MF, bool IsVarArg,
    const SmallVectorImpl<ISD::OutputArg> &Outs, LLVMContext &Context) const {
  // Never demote a return to memory: LowerReturn reports what does not fit.
  return true;
}

SDValue
CoreBPFTargetLowering::LowerReturn(SDValue Chain, CallingConv::ID CallConv,
                                   bool IsVarArg,
                                   const SmallVectorImpl<ISD::OutputArg> &Outs,
                                   const SmallVectorImpl<SDValue> &OutVals,
                                   const SDLoc &DL, SelectionDAG &DAG) const {
  MachineFunction &MF = DAG.getMachineFunction();
  SmallVector<ISD::OutputArg, 1> OutRegs;
  if (Outs.size() > 1)
    fail(DL, DAG,
         "function '" + MF.getName() +
             "' returns a value wider than one register (an aggregate or a "
             "128-bit integer); BPF returns only R0 (use a pointer argument)");
  if (!Outs.empty())
    OutRegs.push_back(Outs[0]);

  SmallVector<CCValAssign, 1> RVLocs;
  CCState CCInfo(CallConv, IsVarArg, MF, RVLocs, *DAG.getContext());
  CCInfo.AnalyzeReturn(OutRegs,
                       STI.hasALU32() ? RetCC_CoreBPF32 : RetCC_CoreBPF64);

  SDValue Glue;
  SmallVector<SDValue, 4> RetOps(1, Chain);
  for (unsigned I = 0; I < RVLocs.size(); ++I) {
    const CCValAssign &VA = RVLocs[I];
    SDValue Val = OutVals[I];
    switch (VA.getLocInfo()) {
    case CCValAssign::SExt:
      Val = DAG.getNode(ISD::SIGN_EXTEND, DL, VA.getLocVT(), Val);
      break;
    case CCValAssign::ZExt:
      Val = DAG.getNode(ISD::ZERO_EXTEND, DL, VA.getLocVT(), Val);
      break;
    case CCValAssign::AExt:
      Val = DAG.getNode(ISD::ANY_EXTEND, DL, VA.getLocVT(), Val);
      break;
    default:
      break;
    }
    Chain = DAG.getCopyToReg(Chain, DL, VA.getLocReg(), Val, Glue);
    Glue = Chain.getValue(1);
    RetOps.push_back(DAG.getRegister(VA.getLocReg(), VA.getLocVT()));
  }
  RetOps[0] = Chain;
  if (Glue.getNode())
    RetOps.push_back(Glue);
  return DAG.getNode(CoreBPFISD::RET_GLUE, DL, MVT::Other, RetOps);
}

SDValue
CoreBPFTargetLowering::LowerCall(CallLoweringInfo &CLI,
                                 SmallVectorImpl<SDValue> &InVals) const {
  SelectionDAG &DAG = CLI.DAG;
  SDLoc &DL = CLI.DL;
  SDValue Chain = CLI.Chain;
  SDValue Callee = CLI.Callee;
  MachineFunction &MF = DAG.getMachineFunction();
  CLI.IsTailCall = false;

  // Name the callee in messages where we can.
  std::string CalleeName = "a function pointer";
  if (auto *G = dyn_cast<GlobalAddressSDNode>(Callee))
    CalleeName = ("'" + G->getGlobal()->getName() + "'").str();
  else if (auto *E = dyn_cast<ExternalSymbolSDNode>(Callee))
    CalleeName = ("'" + Twine(E->getSymbol()) + "'").str();
  else if (auto *C = dyn_cast<ConstantSDNode>(Callee))
    CalleeName = ("helper " + Twine(C->getZExtValue())).str();

  if (CLI.Outs.size() > MaxArgRegs)
    fail(DL, DAG,
         "call to " + CalleeName + " passes " + Twine(CLI.Outs.size()) +
             " arguments; BPF passes at most " + Twine(MaxArgRegs) +
             " in registers");
  SmallVector<ISD::OutputArg, 8> OutRegs;
  for (const ISD::OutputArg &Out : CLI.Outs)
    if (OutRegs.size() < MaxArgRegs)
      OutRegs.push_back(Out);

  // An aggregate passed by value ("byval", more than two registers in
  // Clang's BPF ABI) is copied into this function's frame and passed by
  // its address: the callee may change its copy, never the caller's.
  // (clang-19 refuses such calls; the kernel runs them.)
  SmallVector<SDValue, 8> OutVals(CLI.OutVals.begin(), CLI.OutVals.end());
  for (unsigned I = 0; I < CLI.Outs.size() && I < OutVals.size(); ++I) {
    const ISD::ArgFlagsTy &Flags = CLI.Outs[I].Flags;
    if (!Flags.isByVal())
      continue;
    unsigned Size = Flags.getByValSize();
    Align A = Flags.getNonZeroByValAlign();
    int FI = MF.getFrameInfo().CreateStackObject(Size, A, false);
    SDValue Copy = DAG.getFrameIndex(FI, MVT::i64);
    Chain = DAG.getMemcpy(
        Chain, DL, Copy, OutVals[I], DAG.getConstant(Size, DL, MVT::i64), A,
        /*isVol=*/false, /*AlwaysInline=*/true,
        /*CI=*/nullptr, std::nullopt, MachinePointerInfo::getFixedStack(MF, FI),
        MachinePointerInfo());
    OutVals[I] = Copy;
  }

  SmallVector<CCValAssign, 8> ArgLocs;
  CCState CCInfo(CLI.CallConv, CLI.IsVarArg, MF, ArgLocs, *DAG.getContext());
  CCInfo.AnalyzeCallOperands(OutRegs,
                             STI.hasALU32() ? CC_CoreBPF32 : CC_CoreBPF64);

  Chain = DAG.getCALLSEQ_START(Chain, 0, 0, DL);

  SmallVector<std::pair<unsigned, SDValue>, MaxArgRegs> RegsToPass;
  for (unsigned I = 0; I < ArgLocs.size(); ++I) {
    const CCValAssign &VA = ArgLocs[I];
    SDValue Arg = OutVals[I];
    switch (VA.getLocInfo()) {
    case CCValAssign::SExt:
      Arg = DAG.getNode(ISD::SIGN_EXTEND, DL, VA.getLocVT(), Arg);
      break;
    case CCValAssign::ZExt:
      Arg = DAG.getNode(ISD::ZERO_EXTEND, DL, VA.getLocVT(), Arg);
      break;
    case CCValAssign::AExt:
      Arg = DAG.getNode(ISD::ANY_EXTEND, DL, VA.getLocVT(), Arg);
      break;
    default:
      break;
    }
    RegsToPass.push_back({VA.getLocReg(), Arg});
  }

  SDValue InGlue;
  for (auto &[Reg, Val] : RegsToPass) {
    Chain = DAG.getCopyToReg(Chain, DL, Reg, Val, InGlue);
    InGlue = Chain.getValue(1);
  }

  // A call LLVM made up for an operation BPF lacks: one error says it all.
  bool IsLibCall = false;
  if (auto *G = dyn_cast<GlobalAddressSDNode>(Callee)) {
    Callee = DAG.getTargetGlobalAddress(G->getGlobal(), DL, MVT::i64,
                                        G->getOffset());
  } else if (auto *E = dyn_cast<ExternalSymbolSDNode>(Callee)) {
    IsLibCall = true;
    fail(DL, DAG,
         "this operation needs the library routine '" + Twine(E->getSymbol()) +
             "', which BPF programs cannot call (128-bit arithmetic, a "
             "memcpy/memset too large to inline, or a math routine)");
    Callee = DAG.getTargetExternalSymbol(E->getSymbol(), MVT::i64);
  } else if (!isa<ConstantSDNode>(Callee)) {
    fail(DL, DAG,
         "indirect call through a function pointer is not supported by BPF: "
         "call helpers through their constant address and BPF functions by "
         "name");
    Callee = DAG.getConstant(0, DL, MVT::i64);
  }

  SmallVector<SDValue, 8> Ops;
  Ops.push_back(Chain);
  Ops.push_back(Callee);
  for (auto &[Reg, Val] : RegsToPass)
    Ops.push_back(DAG.getRegister(Reg, Val.getValueType()));
  const uint32_t *Mask =
      STI.getRegisterInfo()->getCallPreservedMask(MF, CLI.CallConv);
  Ops.push_back(DAG.getRegisterMask(Mask));
  if (InGlue.getNode())
    Ops.push_back(InGlue);

  SDVTList NodeTys = DAG.getVTList(MVT::Other, MVT::Glue);
  Chain = DAG.getNode(CoreBPFISD::CALL, DL, NodeTys, Ops);
  InGlue = Chain.getValue(1);
  Chain = DAG.getCALLSEQ_END(Chain, 0, 0, InGlue, DL);
  InGlue = Chain.getValue(1);

  return lowerCallResult(Chain, InGlue, CLI.CallConv, CLI.IsVarArg, CLI.Ins, DL,
                         DAG, InVals, IsLibCall);
}

SDValue CoreBPFTargetLowering::lowerCallResult(
    SDValue Chain, SDValue InGlue, CallingConv::ID CallConv, bool IsVarArg,
    const SmallVectorImpl<ISD::InputArg> &Ins, const SDLoc &DL,
    SelectionDAG &DAG, SmallVectorImpl<SDValue> &InVals, bool IsLibCall) const {
  MachineFunction &MF = DAG.getMachineFunction();
  SmallVector<ISD::InputArg, 1> InRegs;
  if (Ins.size() > 1 && !IsLibCall)
    fail(DL, DAG,
         "called function returns a value wider than one register; BPF "
         "returns only R0");
  if (!Ins.empty())
    InRegs.push_back(Ins[0]);

  SmallVector<CCValAssign, 1> RVLocs;
  CCState CCInfo(CallConv, IsVarArg, MF, RVLocs, *DAG.getContext());
  CCInfo.AnalyzeCallResult(InRegs,
                           STI.hasALU32() ? RetCC_CoreBPF32 : RetCC_CoreBPF64);
  for (const CCValAssign &VA : RVLocs) {
    SDValue Val =
        DAG.getCopyFromReg(Chain, DL, VA.getLocReg(), VA.getLocVT(), InGlue);
    Chain = Val.getValue(1);
    InGlue = Val.getValue(2);
    if (VA.getLocInfo() != CCValAssign::Full)
      Val = DAG.getNode(ISD::TRUNCATE, DL, VA.getValVT(), Val);
    InVals.push_back(Val);
  }
  for (size_t I = InVals.size(); I < Ins.size(); ++I)
    InVals.push_back(DAG.getUNDEF(Ins[I].VT));
  return Chain;
}

//===----------------------------------------------------------------------===//
// Custom lowering
//===----------------------------------------------------------------------===//

/// Puts a comparison in a form BPF can jump on: the register on the left,
/// and, without JLT/JLE (cpu v1), only "greater" comparisons.
static void normalizeCompare(ISD::CondCode &CC, SDValue &LHS, SDValue &RHS,
                             bool HasJmpExt) {
  if (isa<ConstantSDNode>(LHS) && !isa<ConstantSDNode>(RHS)) {
    std::swap(LHS, RHS);
    CC = ISD::getSetCCSwappedOperands(CC);
  }
  if (!HasJmpExt) {
    switch (CC) {
    case ISD::SETULT:
    case ISD::SETULE:
    case ISD::SETLT:
    case ISD::SETLE:
      std::swap(LHS, RHS);
      CC = ISD::getSetCCSwappedOperands(CC);
      break;
    default:
      break;
    }
  }
  // Integer comparisons only; map the "don't care about NaN" forms.
  switch (CC) {
  case ISD::SETUEQ:
  case ISD::SETOEQ:
    CC = ISD::SETEQ;
    break;
  case ISD::SETUNE:
  case ISD::SETONE:
    CC = ISD::SETNE;
    break;
  default:
    break;
  }
}

SDValue CoreBPFTargetLowering::lowerBR_CC(SDValue Op, SelectionDAG &DAG) const {
  SDLoc DL(Op);
  SDValue Chain = Op.getOperand(0);
  ISD::CondCode CC = cast<CondCodeSDNode>(Op.getOperand(1))->get();
  SDValue LHS = Op.getOperand(2);
  SDValue RHS = Op.getOperand(3);
  SDValue Dest = Op.getOperand(4);
  normalizeCompare(CC, LHS, RHS, STI.hasJmpExt());
  return DAG.getNode(CoreBPFISD::BR_CC, DL, Op.getValueType(), Chain, LHS, RHS,
                     DAG.getConstant(CC, DL, MVT::i64), Dest);
}

SDValue CoreBPFTargetLowering::lowerSELECT_CC(SDValue Op,
                                              SelectionDAG &DAG) const {
  SDLoc DL(Op);
  SDValue LHS = Op.getOperand(0);
  SDValue RHS = Op.getOperand(1);
  SDValue TrueV = Op.getOperand(2);
  SDValue FalseV = Op.getOperand(3);
  ISD::CondCode CC = cast<CondCodeSDNode>(Op.getOperand(4))->get();
  normalizeCompare(CC, LHS, RHS, STI.hasJmpExt());
  SDValue Ops[] = {LHS, RHS, DAG.getConstant(CC, DL, MVT::i64), TrueV, FalseV};
  return DAG.getNode(CoreBPFISD::SELECT_CC, DL, Op.getValueType(), Ops);
}

SDValue CoreBPFTargetLowering::lowerGlobalAddress(SDValue Op,
                                                  SelectionDAG &DAG) const {
  SDLoc DL(Op);
  auto *N = cast<GlobalAddressSDNode>(Op);
  SDValue GA = DAG.getTargetGlobalAddress(N->getGlobal(), DL, MVT::i64);
  SDValue Addr = DAG.getNode(CoreBPFISD::Wrapper, DL, MVT::i64, GA);
  if (N->getOffset())
    Addr = DAG.getNode(ISD::ADD, DL, MVT::i64, Addr,
                       DAG.getConstant(N->getOffset(), DL, MVT::i64));
  return Addr;
}

/// Replaces Op by undefined values (and its incoming chain), after an error.
static SDValue dummyResult(SDValue Op, SelectionDAG &DAG) {
  SDLoc DL(Op);
  SDNode *N = Op.getNode();
  if (N->getNumValues() == 1 && N->getValueType(0) == MVT::Other)
    return N->getOperand(0);
  SmallVector<SDValue, 2> Vals;
  for (unsigned I = 0; I < N->getNumValues(); ++I) {
    EVT VT = N->getValueType(I);
    if (VT == MVT::Other)
      Vals.push_back(N->getOperand(0));
    else
      Vals.push_back(DAG.getUNDEF(VT));
  }
  return DAG.getMergeValues(Vals, DL);
}

static StringRef atomicOpName(unsigned Opc) {
  switch (Opc) {
  case ISD::ATOMIC_LOAD_ADD:
    return "add";
  case ISD::ATOMIC_LOAD_SUB:
    return "sub";
  case ISD::ATOMIC_LOAD_AND:
    return "and";
  case ISD::ATOMIC_LOAD_OR:
    return "or";
  case ISD::ATOMIC_LOAD_XOR:
    return "xor";
  case ISD::ATOMIC_SWAP:
    return "exchange";
  case ISD::ATOMIC_CMP_SWAP:
    return "compare-and-exchange";
  case ISD::ATOMIC_LOAD_NAND:
    return "nand";
  case ISD::ATOMIC_LOAD_MIN:
  case ISD::ATOMIC_LOAD_UMIN:
    return "min";
  case ISD::ATOMIC_LOAD_MAX:
  case ISD::ATOMIC_LOAD_UMAX:
    return "max";
  default:
    return "read-modify-write";
  }
}

SDValue CoreBPFTargetLowering::lowerAtomicRMW(SDValue Op,
                                              SelectionDAG &DAG) const {
  SDLoc DL(Op);
  auto *N = cast<AtomicSDNode>(Op);
  unsigned Opc = Op.getOpcode();
  StringRef Name = atomicOpName(Opc);
  unsigned Bits = N->getMemoryVT().getSizeInBits();

  switch (Opc) {
  case ISD::ATOMIC_LOAD_ADD:
  case ISD::ATOMIC_LOAD_SUB:
  case ISD::ATOMIC_LOAD_AND:
  case ISD::ATOMIC_LOAD_OR:
  case ISD::ATOMIC_LOAD_XOR:
  case ISD::ATOMIC_SWAP:
  case ISD::ATOMIC_CMP_SWAP:
    break;
  default:
    fail(DL, DAG,
         "atomic " + Name +
             " is not supported by BPF (atomic add, sub, and, or, xor, "
             "exchange and compare-and-exchange are)");
    return dummyResult(Op, DAG);
  }

  if (Bits != 32 && Bits != 64) {
    fail(DL, DAG,
         "atomic " + Name + " on a " + Twine(Bits) +
             "-bit value is not supported by BPF (only 32 and 64 bits)");
    return dummyResult(Op, DAG);
  }

  if (Opc == ISD::ATOMIC_CMP_SWAP && Bits == 32 && !STI.hasALU32()) {
    fail(DL, DAG,
         "atomic compare-and-exchange of a 32-bit value needs 32-bit "
         "subregisters (-mcpu=v3 or -mattr=+alu32); use a 64-bit value");
    return dummyResult(Op, DAG);
  }
  if (!STI.hasAtomicFetch()) {
    bool IsAdd = Opc == ISD::ATOMIC_LOAD_ADD || Opc == ISD::ATOMIC_LOAD_SUB;
    if (!IsAdd) {
      fail(DL, DAG,
           "atomic " + Name +
               " needs the atomic-fetch feature (-mattr=-atomic-fetch leaves "
               "only atomic add)");
      return dummyResult(Op, DAG);
    }
    if (!Op.getValue(0).use_empty()) {
      fail(DL, DAG,
           "the value returned by atomic " + Name +
               " needs the atomic-fetch feature (-mattr=-atomic-fetch leaves "
               "an atomic add that returns nothing)");
      return dummyResult(Op, DAG);
    }
  }
  // Legal as it is: the patterns select it. (An empty SDValue would ask the
  // legalizer to expand it into a __sync_* library call.)
  return Op;
}

SDValue CoreBPFTargetLowering::lowerAtomicLoadStore(SDValue Op,
                                                    SelectionDAG &DAG) const {
  SDLoc DL(Op);
  auto *N = cast<AtomicSDNode>(Op);
  AtomicOrdering Ordering = N->getSuccessOrdering();
  bool IsLoad = Op.getOpcode() == ISD::ATOMIC_LOAD;
  if (Ordering != AtomicOrdering::Monotonic &&
      Ordering != AtomicOrdering::Unordered) {
    fail(DL, DAG,
         Twine("atomic ") + (IsLoad ? "load" : "store") + " with " +
             toIRString(Ordering) +
             " ordering is not supported by BPF; use a relaxed "
             "(__ATOMIC_RELAXED) access or READ_ONCE/WRITE_ONCE");
    return dummyResult(Op, DAG);
  }
  // A relaxed atomic access of a register-sized value is a plain access.
  MachineMemOperand *MMO = DAG.getMachineFunction().getMachineMemOperand(
      N->getPointerInfo(),
      IsLoad ? MachineMemOperand::MOLoad : MachineMemOperand::MOStore,
      N->getMemoryVT().getStoreSize(), N->getAlign());
  MMO->setFlags(MachineMemOperand::MOVolatile);
  if (IsLoad) {
    EVT VT = Op.getValueType();
    if (VT == N->getMemoryVT())
      return DAG.getLoad(VT, DL, N->getChain(), N->getBasePtr(), MMO);
    ISD::LoadExtType Ext = N->getExtensionType() == ISD::NON_EXTLOAD
                               ? ISD::EXTLOAD
                               : N->getExtensionType();
    return DAG.getExtLoad(Ext, DL, VT, N->getChain(), N->getBasePtr(),
                          N->getMemoryVT(), MMO);
  }
  SDValue Val = N->getVal();
  if (Val.getValueType() == N->getMemoryVT())
    return DAG.getStore(N->getChain(), DL, Val, N->getBasePtr(), MMO);
  return DAG.getTruncStore(N->getChain(), DL, Val, N->getBasePtr(),
                           N->getMemoryVT(), MMO);
}

/// Signed remainder by plus or minus a power of two, without a divide (cpus
/// before v4): the result takes the sign of the dividend, so round x toward
/// zero to a multiple of 2^k and subtract.
///   bias = (x s>> (n-1)) >> (n-k)     2^k - 1 if x < 0, else 0
///   x % 2^k = x - ((x + bias) & -2^k)
/// (DAGCombiner does the same for division, through BuildSDIVPow2.)
SDValue CoreBPFTargetLowering::lowerSREMPow2(SDValue Op,
                                             SelectionDAG &DAG) const {
  auto *C = dyn_cast<ConstantSDNode>(Op.getOperand(1));
  if (Op.getOpcode() != ISD::SREM || !C)
    return SDValue();
  APInt Abs = C->getAPIntValue().abs();
  if (!Abs.isPowerOf2())
    return SDValue();
  SDLoc DL(Op);
  EVT VT = Op.getValueType();
  unsigned Bits = VT.getSizeInBits();
  unsigned K = Abs.logBase2();
  SDValue X = Op.getOperand(0);
  if (K == 0)
    return DAG.getConstant(0, DL, VT);
  SDValue Sign = DAG.getNode(ISD::SRA, DL, VT, X,
                             DAG.getShiftAmountConstant(Bits - 1, VT, DL));
  SDValue Bias = DAG.getNode(ISD::SRL, DL, VT, Sign,
                             DAG.getShiftAmountConstant(Bits - K, VT, DL));
  SDValue Rounded = DAG.getNode(
      ISD::AND, DL, VT, DAG.getNode(ISD::ADD, DL, VT, X, Bias),
      DAG.getConstant(APInt::getHighBitsSet(Bits, Bits - K), DL, VT));
  return DAG.getNode(ISD::SUB, DL, VT, X, Rounded);
}

/// llvm.bpf.load.{byte,half,word}(skb, off): BPF_LD_ABS (a constant
/// offset) or BPF_LD_IND (a register). The instruction reads the context
/// from r6 and writes r0, so the context is copied to r6 and the result
/// taken from r0, glued to it.
SDValue CoreBPFTargetLowering::lowerLegacyPacketLoad(SDValue Op,
                                                     SelectionDAG &DAG) const {
  unsigned Size;
  switch (Op.getConstantOperandVal(1)) {
  case Intrinsic::bpf_load_byte:
    Size = 0;
    break;
  case Intrinsic::bpf_load_half:
    Size = 1;
    break;
  case Intrinsic::bpf_load_word:
    Size = 2;
    break;
  default:
    return SDValue();
  }
  static const unsigned Abs[] = {CoreBPF::LD_ABS_B, CoreBPF::LD_ABS_H,
                                 CoreBPF::LD_ABS_W};
  static const unsigned Ind[] = {CoreBPF::LD_IND_B, CoreBPF::LD_IND_H,
                                 CoreBPF::LD_IND_W};
  SDLoc DL(Op);
  SDValue Chain = Op.getOperand(0);
  SDValue Off = Op.getOperand(3);
  Chain = DAG.getCopyToReg(Chain, DL, CoreBPF::R6, Op.getOperand(2), SDValue());
  SDValue Glue = Chain.getValue(1);
  SmallVector<SDValue, 3> Ops;
  unsigned Opc;
  auto *C = dyn_cast<ConstantSDNode>(Off);
  if (C && isInt<32>(C->getSExtValue())) {
    Opc = Abs[Size];
    Ops.push_back(DAG.getTargetConstant(C->getSExtValue(), DL, MVT::i64));
  } else {
    Opc = Ind[Size];
    Ops.push_back(Off);
  }
  Ops.push_back(Chain);
  Ops.push_back(Glue);
  SDNode *N = DAG.getMachineNode(Opc, DL, {MVT::Other, MVT::Glue}, Ops);
  SDValue R0 = DAG.getCopyFromReg(SDValue(N, 0), DL, CoreBPF::R0, MVT::i64,
                                  SDValue(N, 1));
  return DAG.getMergeValues({R0, R0.getValue(1)}, DL);
}

SDValue CoreBPFTargetLowering::lowerUnsupported(SDValue Op,
                                                SelectionDAG &DAG) const {
  SDLoc DL(Op);
  switch (Op.getOpcode()) {
  case ISD::BRIND:
    fail(DL, DAG, "indirect branch (computed goto) is not supported by BPF");
    break;
  case ISD::TRAP:
  case ISD::DEBUGTRAP:
    fail(DL, DAG, "__builtin_trap is not supported by BPF");
    break;
  case ISD::ATOMIC_FENCE:
    fail(DL, DAG,
         "memory fences (__sync_synchronize, atomic_thread_fence) are not "
         "supported by BPF");
    break;
  case ISD::VASTART:
  case ISD::VAARG:
  case ISD::VACOPY:
  case ISD::VAEND:
    // A variadic function was reported once, at its name.
    if (DAG.getMachineFunction().getFunction().isVarArg())
      break;
    fail(DL, DAG,
         "variadic arguments (va_start, va_arg) are not supported "
         "by BPF");
    break;
  case ISD::DYNAMIC_STACKALLOC:
  case ISD::STACKSAVE:
  case ISD::STACKRESTORE:
    fail(DL, DAG,
         "variable-length arrays and alloca of a runtime size are not "
         "supported by BPF: stack frames have a fixed size");
    break;
  case ISD::SDIV:
  case ISD::SREM:
    if (SDValue Rem = lowerSREMPow2(Op, DAG))
      return Rem;
    fail(DL, DAG,
         Twine("signed ") +
             (Op.getOpcode() == ISD::SDIV ? "division" : "remainder") +
             " needs -mcpu=v4; earlier cpus divide unsigned only (use "
             "unsigned operands)");
    break;
  case ISD::BlockAddress:
    fail(DL, DAG, "address of a label is not supported by BPF");
    break;
  case ISD::ConstantPool:
    fail(DL, DAG,
         "constant pools (floating-point constants) are not "
         "supported by BPF");
    break;
  case ISD::GlobalTLSAddress:
    fail(DL, DAG, "thread-local variables are not supported by BPF");
    break;
  case ISD::RETURNADDR:
  case ISD::FRAMEADDR:
    fail(DL, DAG,
         Twine(Op.getOpcode() == ISD::RETURNADDR ? "__builtin_return_address"
                                                 : "__builtin_frame_address") +
             " is not supported by BPF");
    break;
  default:
    fail(DL, DAG,
         "operation " + Op->getOperationName(&DAG) +
             " is not supported by BPF");
    break;
  }
  return dummyResult(Op, DAG);
}

SDValue CoreBPFTargetLowering::LowerOperation(SDValue Op,
                                              SelectionDAG &DAG) const {
  switch (Op.getOpcode()) {
  case ISD::INTRINSIC_WO_CHAIN: {
    // A 32-bit CO-RE value without ALU32 (see CoreBPFCoreLowering.cpp).
    SmallVector<SDValue, 1> Results;
    ReplaceNodeResults(Op.getNode(), Results, DAG);
    return Results.empty() ? Op : Results.front();
  }
  case ISD::INTRINSIC_W_CHAIN:
    return lowerLegacyPacketLoad(Op, DAG);
  case ISD::BR_CC:
    return lowerBR_CC(Op, DAG);
  case ISD::CTTZ:
  case ISD::CTTZ_ZERO_UNDEF: {
    // The bits below the lowest set bit, counted: ctpop(~x & (x - 1)),
    // which is the width for x == 0. The generic expansion multiplies by a
    // De Bruijn constant and indexes a byte table in a constant pool, which
    // a BPF object has no place for (clang-19 puts it in .rodata.cst*).
    SDLoc DL(Op);
    EVT VT = Op.getValueType();
    SDValue X = Op.getOperand(0);
    SDValue Below = DAG.getNode(
        ISD::AND, DL, VT, DAG.getNOT(DL, X, VT),
        DAG.getNode(ISD::SUB, DL, VT, X, DAG.getConstant(1, DL, VT)));
    return DAG.getNode(ISD::CTPOP, DL, VT, Below);
  }
  case ISD::SELECT_CC:
    return lowerSELECT_CC(Op, DAG);
  case ISD::GlobalAddress:
    return lowerGlobalAddress(Op, DAG);
  case ISD::ATOMIC_LOAD:
  case ISD::ATOMIC_STORE:
    return lowerAtomicLoadStore(Op, DAG);
  case ISD::ATOMIC_LOAD_ADD:
  case ISD::ATOMIC_LOAD_SUB:
  case ISD::ATOMIC_LOAD_AND:
  case ISD::ATOMIC_LOAD_OR:
  case ISD::ATOMIC_LOAD_XOR:
  case ISD::ATOMIC_SWAP:
  case ISD::ATOMIC_CMP_SWAP:
  case ISD::ATOMIC_LOAD_NAND:
  case ISD::ATOMIC_LOAD_MIN:
  case ISD::ATOMIC_LOAD_MAX:
  case ISD::ATOMIC_LOAD_UMIN:
  case ISD::ATOMIC_LOAD_UMAX:
  case ISD::ATOMIC_LOAD_FADD:
  case ISD::ATOMIC_LOAD_FSUB:
  case ISD::ATOMIC_LOAD_UINC_WRAP:
  case ISD::ATOMIC_LOAD_UDEC_WRAP:
    return lowerAtomicRMW(Op, DAG);
  default:
    return lowerUnsupported(Op, DAG);
  }
}

//===----------------------------------------------------------------------===//
// Custom inserter: selects
//===----------------------------------------------------------------------===//

MachineBasicBlock *CoreBPFTargetLowering::EmitInstrWithCustomInserter(
    MachineInstr &MI, MachineBasicBlock *BB) const {
  return emitSelect(MI, BB);
}

/// Turns "dst = select (lhs cc rhs), t, f" into a diamond:
///
///   BB:      if lhs cc rhs goto Sink
///   FalseBB: (falls through)
///   Sink:    dst = phi [t, BB], [f, FalseBB]
MachineBasicBlock *
CoreBPFTargetLowering::emitSelect(MachineInstr &MI,
                                  MachineBasicBlock *BB) const {
  const TargetInstrInfo &TII = *STI.getInstrInfo();
  DebugLoc DL = MI.getDebugLoc();
  unsigned Opc = MI.getOpcode();

  bool RHSIsImm = false, Cmp32 = false;
  switch (Opc) {
  case CoreBPF::Select_rr_64_64:
  case CoreBPF::Select_rr_64_32:
    break;
  case CoreBPF::Select_ri_64_64:
  case CoreBPF::Select_ri_64_32:
    RHSIsImm = true;
    break;
  case CoreBPF::Select_rr_32_64:
  case CoreBPF::Select_rr_32_32:
    Cmp32 = true;
    break;
  case CoreBPF::Select_ri_32_64:
  case CoreBPF::Select_ri_32_32:
    Cmp32 = RHSIsImm = true;
    break;
  default:
    llvm_unreachable("unexpected instruction with a custom inserter");
  }

  MachineFunction *F = BB->getParent();
  const BasicBlock *LLVMBB = BB->getBasicBlock();
  MachineFunction::iterator InsertAt = ++BB->getIterator();
  MachineBasicBlock *FalseMBB = F->CreateMachineBasicBlock(LLVMBB);
  MachineBasicBlock *SinkMBB = F->CreateMachineBasicBlock(LLVMBB);
  F->insert(InsertAt, FalseMBB);
  F->insert(InsertAt, SinkMBB);

  SinkMBB->splice(SinkMBB->begin(), BB,
                  std::next(MachineBasicBlock::iterator(MI)), BB->end());
  SinkMBB->transferSuccessorsAndUpdatePHIs(BB);
  BB->addSuccessor(FalseMBB);
  BB->addSuccessor(SinkMBB);
  FalseMBB->addSuccessor(SinkMBB);

  auto CC = static_cast<ISD::CondCode>(MI.getOperand(3).getImm());
  unsigned JOpc = CoreBPFInstrInfo::getCondBranchOpcode(CC, RHSIsImm, Cmp32);
  BuildMI(BB, DL, TII.get(JOpc))
      .addReg(MI.getOperand(1).getReg())
      .add(MI.getOperand(2))
      .addMBB(SinkMBB);

  BuildMI(*SinkMBB, SinkMBB->begin(), DL, TII.get(TargetOpcode::PHI),
          MI.getOperand(0).getReg())
      .addReg(MI.getOperand(4).getReg())
      .addMBB(BB)
      .addReg(MI.getOperand(5).getReg())
      .addMBB(FalseMBB);

  MI.eraseFromParent();
  return SinkMBB;
}
