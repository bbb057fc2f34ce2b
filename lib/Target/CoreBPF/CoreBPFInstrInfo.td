// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFInstrInfo.td - BPF instructions --------------*- tablegen -*-===//
//
// The BPF instruction set, in the order of the kernel's instruction-set
// document: arithmetic, byte swaps, jumps and calls, loads and stores,
// atomics; then the pseudo instructions and the selection patterns that do
// not belong to a single instruction.
//
// Assembly strings follow the syntax llvm-objdump prints for BPF, so that
// `corecc -S` and a disassembly of `corecc -c` read the same.
//
//===----------------------------------------------------------------------===//

include "CoreBPFInstrFormats.td"

//===----------------------------------------------------------------------===//
// Target-specific DAG nodes
//===----------------------------------------------------------------------===//

def SDT_CallSeqStart : SDCallSeqStart<[SDTCisVT<0, i64>, SDTCisVT<1, i64>]>;
def SDT_CallSeqEnd : SDCallSeqEnd<[SDTCisVT<0, i64>, SDTCisVT<1, i64>]>;
def SDT_Call : SDTypeProfile<0, -1, [SDTCisVT<0, i64>]>;
// (select_cc lhs, rhs, cc, trueval, falseval)
def SDT_SelectCC : SDTypeProfile<1, 5, [SDTCisSameAs<1, 2>,
                                        SDTCisSameAs<0, 4>,
                                        SDTCisSameAs<4, 5>,
                                        SDTCisVT<3, i64>]>;
// (br_cc lhs, rhs, cc, dest)
def SDT_BrCC : SDTypeProfile<0, 4, [SDTCisSameAs<0, 1>, SDTCisVT<2, i64>,
                                    SDTCisVT<3, OtherVT>]>;
def SDT_Wrapper : SDTypeProfile<1, 1, [SDTCisSameAs<0, 1>, SDTCisPtrTy<0>]>;

def callseq_start : SDNode<"ISD::CALLSEQ_START", SDT_CallSeqStart,
                           [SDNPHasChain, SDNPOutGlue]>;
def callseq_end : SDNode<"ISD::CALLSEQ_END", SDT_CallSeqEnd,
                         [SDNPHasChain, SDNPOptInGlue, SDNPOutGlue]>;
def CoreBPFcall : SDNode<"CoreBPFISD::CALL", SDT_Call,
                         [SDNPHasChain, SDNPOptInGlue, SDNPOutGlue,
                          SDNPVariadic]>;
def CoreBPFret : SDNode<"CoreBPFISD::RET_GLUE", SDTNone,
                        [SDNPHasChain, SDNPOptInGlue, SDNPVariadic]>;
def CoreBPFbrcc : SDNode<"CoreBPFISD::BR_CC", SDT_BrCC, [SDNPHasChain]>;
def CoreBPFselectcc : SDNode<"CoreBPFISD::SELECT_CC", SDT_SelectCC>;
def CoreBPFwrapper : SDNode<"CoreBPFISD::Wrapper", SDT_Wrapper>;

//===----------------------------------------------------------------------===//
// Operands and leaves
//===----------------------------------------------------------------------===//

// Operands as the assembler reads them. Each class says which parsed
// operand it takes (CoreBPFAsmParser.cpp's CoreBPFOperand::is<Name>) and
// how it becomes an MCOperand (its render method); a class with a
// diagnostic says why a value did not fit.
class CoreBPFAsmOperand<string name, string render, string diag = "">
    : AsmOperandClass {
  let Name = name;
  let RenderMethod = render;
  let DiagnosticString = diag;
}
// A 32-bit immediate field: written signed or unsigned ("0xffffffff" is -1).
def SImm32AsmOperand : CoreBPFAsmOperand<"SImm32", "addImm32Operands",
    "immediate does not fit 32 bits">;
// The same field in a move, where a wider value wants LD_IMM64.
def MovImmAsmOperand : CoreBPFAsmOperand<"MovImm", "addImm32Operands",
    "immediate does not fit 32 bits (use 'll' for a 64-bit immediate)">;
def Off16AsmOperand : CoreBPFAsmOperand<"Off16", "addImmOperands",
    "offset does not fit 16 bits">;
def AddrSpaceAsmOperand : CoreBPFAsmOperand<"AddrSpace", "addImmOperands",
    "address spaces are 16-bit numbers">;
// A jump target: a label, a local label ("1f") or an instruction count.
def BrTargetAsmOperand : CoreBPFAsmOperand<"BrTarget", "addImmOperands">;
// "call 12" calls a helper by number, "call name" a function.
def HelperIdAsmOperand : CoreBPFAsmOperand<"HelperId", "addImm32Operands",
    "helper numbers are 32-bit">;
def CallTargetAsmOperand : CoreBPFAsmOperand<"CallTarget", "addExprOperands">;
// LD_IMM64's value: any constant or a symbol.
def Imm64AsmOperand : CoreBPFAsmOperand<"Imm64", "addImmOperands">;

def brtarget : Operand<OtherVT> {
  let PrintMethod = "printBrTargetOperand";
  let EncoderMethod = "getBranchTargetOpValue";
  let OperandType = "OPERAND_PCREL";
  let ParserMatchClass = BrTargetAsmOperand;
}

def calltarget : Operand<i64> {
  let EncoderMethod = "getCallTargetOpValue";
  let ParserMatchClass = CallTargetAsmOperand;
}

def helperid : Operand<i64> {
  let ParserMatchClass = HelperIdAsmOperand;
}

def s32imm : Operand<i64> {
  let PrintMethod = "printImmOperand";
  let ParserMatchClass = SImm32AsmOperand;
}

def s32imm32 : Operand<i32> {
  let PrintMethod = "printImmOperand";
  let ParserMatchClass = SImm32AsmOperand;
}

// The immediate of "rD = imm" (MOV_ri).
def movimm : Operand<i64> {
  let PrintMethod = "printImmOperand";
  let ParserMatchClass = MovImmAsmOperand;
}
def movimm32 : Operand<i32> {
  let PrintMethod = "printImmOperand";
  let ParserMatchClass = MovImmAsmOperand;
}

def u64imm : Operand<i64> {
  let PrintMethod = "printImm64Operand";
  let EncoderMethod = "getImm64OpValue";
  let ParserMatchClass = Imm64AsmOperand;
}

// The offset of skb[imm] in a legacy packet load.
def pktoff : Operand<i64> {
  let ParserMatchClass = SImm32AsmOperand;
}

def addrspace : Operand<i64> {
  let ParserMatchClass = AddrSpaceAsmOperand;
}

def off16 : Operand<i16> {
  let ParserMatchClass = Off16AsmOperand;
}

// A memory operand is a base register and a signed 16-bit offset; the
// assembler reads it as its two parts ("r1 + 8" or "r1 - 8").
def memsrc : Operand<i64> {
  let MIOperandInfo = (ops GPR, off16);
  let PrintMethod = "printMemOperand";
  let EncoderMethod = "getMemoryOpValue";
}

def ADDRri : ComplexPattern<i64, 2, "selectAddr", [], []>;

def i64immSExt32 : PatLeaf<(i64 imm),
    [{ return isInt<32>(N->getSExtValue()); }]>;
def i32immAny : PatLeaf<(i32 imm)>;

// Condition codes travel as ISD::CondCode values in an i64 operand. Each
// leaf also holds the value as a number, for the table of conditional jumps
// below; the selector's own code checks that the two agree.
class CondLeaf<string cc, int value> : PatLeaf<(i64 imm),
    "static_assert(ISD::" # cc # " == " # value # ", \"CondLeaf value\");\n"
    "return N->getZExtValue() == ISD::" # cc # ";"> {
  int Value = value;
}
def CC_EQ  : CondLeaf<"SETEQ", 17>;
def CC_NE  : CondLeaf<"SETNE", 22>;
def CC_UGT : CondLeaf<"SETUGT", 10>;
def CC_UGE : CondLeaf<"SETUGE", 11>;
def CC_ULT : CondLeaf<"SETULT", 12>;
def CC_ULE : CondLeaf<"SETULE", 13>;
def CC_SGT : CondLeaf<"SETGT", 18>;
def CC_SGE : CondLeaf<"SETGE", 19>;
def CC_SLT : CondLeaf<"SETLT", 20>;
def CC_SLE : CondLeaf<"SETLE", 21>;

// The table of conditional jumps (CoreBPFGenSearchableTables.inc): for each,
// the condition it tests, whether its right side is an immediate, and
// whether it compares 32-bit registers. CoreBPFInstrInfo finds a jump by
// condition and form, and recognises one by opcode, through it.
defvar NoCondCode = 255; // JSET: "a & b" is not an ISD condition
class CondJump<int cond, bit imm, bit is32> {
  Instruction Opcode = !cast<Instruction>(NAME);
  bits<8> CondCode = cond;
  bit IsImm = imm;
  bit Is32 = is32;
}
def CondJumps : GenericTable {
  let FilterClass = "CondJump";
  let CppTypeName = "CondJumpInfo";
  let Fields = ["Opcode", "CondCode", "IsImm", "Is32"];
  let PrimaryKey = ["Opcode"];
  let PrimaryKeyName = "lookupCondJumpByOpcode";
}
def lookupCondJump : SearchIndex {
  let Table = CondJumps;
  let Key = ["CondCode", "IsImm", "Is32"];
}

//===----------------------------------------------------------------------===//
// Arithmetic (ALU64 on r registers, ALU on w registers)
//===----------------------------------------------------------------------===//

class ALU_RR<OpClass cls, AluOp op, string opstr, RegisterClass RC,
             list<dag> pattern, bits<16> off = 0>
    : OpSrcInst<cls, op.Value, SRC_X, (outs RC:$dst), (ins RC:$src2, RC:$src),
                "$dst " # opstr # " $src", pattern> {
  bits<4> dst;
  bits<4> src;
  let Inst{55-52} = dst;
  let Inst{51-48} = src;
  let Inst{47-32} = off;
  let Constraints = "$dst = $src2";
}

class ALU_RI<OpClass cls, AluOp op, string opstr, RegisterClass RC,
             Operand ImmOp, list<dag> pattern, bits<16> off = 0>
    : OpSrcInst<cls, op.Value, SRC_K, (outs RC:$dst), (ins RC:$src2, ImmOp:$imm),
                "$dst " # opstr # " $imm", pattern> {
  bits<4> dst;
  bits<32> imm;
  let Inst{55-52} = dst;
  let Inst{47-32} = off;
  let Inst{31-0} = imm;
  let Constraints = "$dst = $src2";
}

// Off is the offset field: 1 selects the signed variant of DIV and MOD.
multiclass ALU<AluOp op, string opstr, SDNode node, bits<16> off = 0,
               list<Predicate> preds = []> {
  let Predicates = preds in {
  def _rr : ALU_RR<CLS_ALU64, op, opstr, GPR,
                   [(set GPR:$dst, (node i64:$src2, i64:$src))], off>;
  def _ri : ALU_RI<CLS_ALU64, op, opstr, GPR, s32imm,
                   [(set GPR:$dst, (node i64:$src2, i64immSExt32:$imm))], off>;
  }
  let Predicates = !listconcat(preds, [HasALU32]) in {
    def _rr_32 : ALU_RR<CLS_ALU, op, opstr, GPR32,
                        [(set GPR32:$dst, (node i32:$src2, i32:$src))], off>;
    def _ri_32 : ALU_RI<CLS_ALU, op, opstr, GPR32, s32imm32,
                        [(set GPR32:$dst, (node i32:$src2, i32immAny:$imm))],
                        off>;
  }
}

let isAsCheapAsAMove = 1 in {
  defm ADD : ALU<ALU_ADD, "+=", add>;
  defm SUB : ALU<ALU_SUB, "-=", sub>;
  defm OR : ALU<ALU_OR, "|=", or>;
  defm AND : ALU<ALU_AND, "&=", and>;
  defm XOR : ALU<ALU_XOR, "^=", xor>;
  defm SLL : ALU<ALU_LSH, "<<=", shl>;
  defm SRL : ALU<ALU_RSH, ">>=", srl>;
  defm SRA : ALU<ALU_ARSH, "s>>=", sra>;
}
defm MUL : ALU<ALU_MUL, "*=", mul>;
defm DIV : ALU<ALU_DIV, "/=", udiv>;
defm MOD : ALU<ALU_MOD, "%=", urem>;

// cpu v4: signed division and modulo are DIV/MOD with offset 1.
defm SDIV : ALU<ALU_DIV, "s/=", sdiv, 1, [HasCPUv4]>;
defm SMOD : ALU<ALU_MOD, "s%=", srem, 1, [HasCPUv4]>;

// Negation has no source operand.
class NEG_R<OpClass cls, RegisterClass RC, ValueType VT>
    : OpSrcInst<cls, ALU_NEG.Value, SRC_K, (outs RC:$dst), (ins RC:$src),
                "$dst = -$src", [(set RC:$dst, (ineg VT:$src))]> {
  bits<4> dst;
  let Inst{55-52} = dst;
  let Constraints = "$dst = $src";
}
def NEG : NEG_R<CLS_ALU64, GPR, i64>;
let Predicates = [HasALU32] in
def NEG_32 : NEG_R<CLS_ALU, GPR32, i32>;

// Moves.
class MOV_RR<OpClass cls, RegisterClass RC>
    : OpSrcInst<cls, ALU_MOV.Value, SRC_X, (outs RC:$dst), (ins RC:$src),
                "$dst = $src", []> {
  bits<4> dst;
  bits<4> src;
  let Inst{55-52} = dst;
  let Inst{51-48} = src;
}

class MOV_RI<OpClass cls, RegisterClass RC, Operand ImmOp, list<dag> pattern>
    : OpSrcInst<cls, ALU_MOV.Value, SRC_K, (outs RC:$dst), (ins ImmOp:$imm),
                "$dst = $imm", pattern> {
  bits<4> dst;
  bits<32> imm;
  let Inst{55-52} = dst;
  let Inst{31-0} = imm;
}

let isAsCheapAsAMove = 1, isReMaterializable = 1, hasSideEffects = 0 in {
  def MOV_rr : MOV_RR<CLS_ALU64, GPR>;
  def MOV_ri : MOV_RI<CLS_ALU64, GPR, movimm, [(set GPR:$dst, (i64 i64immSExt32:$imm))]>;
  let Predicates = [HasALU32] in {
    def MOV_rr_32 : MOV_RR<CLS_ALU, GPR32>;
    def MOV_ri_32 : MOV_RI<CLS_ALU, GPR32, movimm32, [(set GPR32:$dst, (i32 imm:$imm))]>;
  }
}

// A 32-bit move that reads and writes the 64-bit registers: it copies the
// low half and zeroes the high half ("w1 = w2" on r registers). Used to
// zero-extend on every cpu.
def GPRAsW : RegisterOperand<GPR> {
  let PrintMethod = "printRegAsW";
}
def MOV_32_64 : OpSrcInst<CLS_ALU, ALU_MOV.Value, SRC_X, (outs GPRAsW:$dst),
                          (ins GPRAsW:$src), "$dst = $src", []> {
  bits<4> dst;
  bits<4> src;
  let Inst{55-52} = dst;
  let Inst{51-48} = src;
  let isCodeGenOnly = 1;
}

// Its immediate form: a 64-bit constant in [2^31, 2^32) is "w1 = imm", one
// slot instead of LD_IMM64's two (the 32-bit move zero-extends).
let isAsCheapAsAMove = 1, isReMaterializable = 1, hasSideEffects = 0,
    isCodeGenOnly = 1 in
def MOV_ri_32_64 : OpSrcInst<CLS_ALU, ALU_MOV.Value, SRC_K, (outs GPRAsW:$dst),
                             (ins s32imm:$imm), "$dst = $imm", []> {
  bits<4> dst;
  bits<32> imm;
  let Inst{55-52} = dst;
  let Inst{31-0} = imm;
}
def i64immZExt32Only : PatLeaf<(i64 imm), [{
  uint64_t V = N->getZExtValue();
  return isUInt<32>(V) && !isInt<32>(static_cast<int64_t>(V));
}]>;
def AsSImm32 : SDNodeXForm<imm, [{
  return CurDAG->getTargetConstant(
      static_cast<int32_t>(static_cast<uint32_t>(N->getZExtValue())), SDLoc(N),
      MVT::i64);
}]>;
let AddedComplexity = 1 in
def : Pat<(i64 i64immZExt32Only:$imm), (MOV_ri_32_64 (AsSImm32 imm:$imm))>;

// The two-slot 64-bit immediate load, also used for addresses of globals
// (with an R_BPF_64_64 relocation).
let isReMaterializable = 1, isAsCheapAsAMove = 1, Size = 16 in
def LD_imm64 : MemInst<CLS_LD, MODE_IMM, SZ_DW, (outs GPR:$dst),
                       (ins u64imm:$imm), "$dst = $imm ll",
                       [(set GPR:$dst, (i64 imm:$imm))]> {
  bits<4> dst;
  bits<64> imm;
  let Inst{55-52} = dst;
  let Inst{31-0} = imm{31-0};
}

// Arena pointers (kernel 6.9): a 64-bit move with offset 1 converts between
// address spaces; the immediate holds them as (dst << 16) | src.
def ADDR_SPACE_CAST : OpSrcInst<CLS_ALU64, ALU_MOV.Value, SRC_X,
                                (outs GPR:$dst),
                                (ins GPR:$src, addrspace:$dst_as, addrspace:$src_as),
                                "$dst = addr_space_cast($src, $dst_as, $src_as)",
                                []> {
  bits<4> dst;
  bits<4> src;
  bits<16> dst_as;
  bits<16> src_as;
  let Inst{55-52} = dst;
  let Inst{51-48} = src;
  let Inst{47-32} = 1;
  let Inst{31-16} = dst_as;
  let Inst{15-0} = src_as;
}
def DstAddrSpace : SDNodeXForm<addrspacecast, [{
  return CurDAG->getTargetConstant(
      cast<AddrSpaceCastSDNode>(N)->getDestAddressSpace(), SDLoc(N), MVT::i64);
}]>;
def SrcAddrSpace : SDNodeXForm<addrspacecast, [{
  return CurDAG->getTargetConstant(
      cast<AddrSpaceCastSDNode>(N)->getSrcAddressSpace(), SDLoc(N), MVT::i64);
}]>;
def : Pat<(addrspacecast:$cast GPR:$src),
          (ADDR_SPACE_CAST GPR:$src, (DstAddrSpace $cast),
                           (SrcAddrSpace $cast))>;

// cpu v4 sign-extending moves: MOV with offset 8, 16 or 32.
class MOVSX_RR<OpClass cls, RegisterClass RC, int width, list<dag> pattern>
    : OpSrcInst<cls, ALU_MOV.Value, SRC_X, (outs RC:$dst), (ins RC:$src),
                "$dst = (s" # width # ")$src", pattern> {
  bits<4> dst;
  bits<4> src;
  let Inst{55-52} = dst;
  let Inst{51-48} = src;
  let Inst{47-32} = width;
}
let Predicates = [HasCPUv4] in {
  def MOVSX_rr_8 : MOVSX_RR<CLS_ALU64, GPR, 8,
                            [(set GPR:$dst, (sext_inreg i64:$src, i8))]>;
  def MOVSX_rr_16 : MOVSX_RR<CLS_ALU64, GPR, 16,
                             [(set GPR:$dst, (sext_inreg i64:$src, i16))]>;
  def MOVSX_rr_32 : MOVSX_RR<CLS_ALU64, GPR, 32,
                             [(set GPR:$dst, (sext_inreg i64:$src, i32))]>;
  def MOVSX_rr_32_8 : MOVSX_RR<CLS_ALU, GPR32, 8,
                               [(set GPR32:$dst, (sext_inreg i32:$src, i8))]>;
  def MOVSX_rr_32_16 : MOVSX_RR<CLS_ALU, GPR32, 16,
                                [(set GPR32:$dst, (sext_inreg i32:$src, i16))]>;
}

//===----------------------------------------------------------------------===//
// Byte swaps
//===----------------------------------------------------------------------===//

// END in the ALU class converts to little (source bit 0) or big (1) endian;
// in the ALU64 class (cpu v4) it swaps unconditionally. Each zeroes the bits
// above the swapped width.
class ENDIAN<OpClass cls, SrcKind dir, string name, int width>
    : OpSrcInst<cls, ALU_END.Value, dir, (outs GPR:$dst), (ins GPR:$src),
                "$dst = " # name # width # " $src", []> {
  bits<4> dst;
  let Inst{55-52} = dst;
  let Inst{31-0} = width;
  let Constraints = "$dst = $src";
}
foreach W = [16, 32, 64] in {
  def LE#W : ENDIAN<CLS_ALU, SRC_K, "le", W>;
  def BE#W : ENDIAN<CLS_ALU, SRC_X, "be", W>;
  let Predicates = [HasCPUv4] in
  def BSWAP#W : ENDIAN<CLS_ALU64, SRC_K, "bswap", W>;
}

//===----------------------------------------------------------------------===//
// Jumps and calls
//===----------------------------------------------------------------------===//

class JMP_RR<OpClass cls, JmpOp op, string opstr, RegisterClass RC,
             ValueType VT, CondLeaf cc>
    : OpSrcInst<cls, op.Value, SRC_X, (outs),
                (ins RC:$dst, RC:$src, brtarget:$BrDst),
                "if $dst " # opstr # " $src goto $BrDst",
                [(CoreBPFbrcc VT:$dst, VT:$src, cc, bb:$BrDst)]>,
      CondJump<cc.Value, 0, !eq(cls, CLS_JMP32)> {
  bits<4> dst;
  bits<4> src;
  bits<16> BrDst;
  let Inst{55-52} = dst;
  let Inst{51-48} = src;
  let Inst{47-32} = BrDst;
}

class JMP_RI<OpClass cls, JmpOp op, string opstr, RegisterClass RC,
             ValueType VT, Operand ImmOp, PatLeaf ImmLeaf, CondLeaf cc>
    : OpSrcInst<cls, op.Value, SRC_K, (outs),
                (ins RC:$dst, ImmOp:$imm, brtarget:$BrDst),
                "if $dst " # opstr # " $imm goto $BrDst",
                [(CoreBPFbrcc VT:$dst, ImmLeaf:$imm, cc, bb:$BrDst)]>,
      CondJump<cc.Value, 1, !eq(cls, CLS_JMP32)> {
  bits<4> dst;
  bits<16> BrDst;
  bits<32> imm;
  let Inst{55-52} = dst;
  let Inst{47-32} = BrDst;
  let Inst{31-0} = imm;
}

multiclass JMP<JmpOp op, string opstr, CondLeaf cc> {
  def _rr : JMP_RR<CLS_JMP, op, opstr, GPR, i64, cc>;
  def _ri : JMP_RI<CLS_JMP, op, opstr, GPR, i64, s32imm, i64immSExt32, cc>;
  let Predicates = [HasALU32] in {
    def _rr_32 : JMP_RR<CLS_JMP32, op, opstr, GPR32, i32, cc>;
    def _ri_32 : JMP_RI<CLS_JMP32, op, opstr, GPR32, i32, s32imm32, i32immAny,
                        cc>;
  }
}

let isBranch = 1, isTerminator = 1, hasDelaySlot = 0 in {
  defm JEQ : JMP<JMP_JEQ, "==", CC_EQ>;
  defm JNE : JMP<JMP_JNE, "!=", CC_NE>;
  defm JUGT : JMP<JMP_JGT, ">", CC_UGT>;
  defm JUGE : JMP<JMP_JGE, ">=", CC_UGE>;
  defm JSGT : JMP<JMP_JSGT, "s>", CC_SGT>;
  defm JSGE : JMP<JMP_JSGE, "s>=", CC_SGE>;
  let Predicates = [HasJmpExt] in {
    defm JULT : JMP<JMP_JLT, "<", CC_ULT>;
    defm JULE : JMP<JMP_JLE, "<=", CC_ULE>;
    defm JSLT : JMP<JMP_JSLT, "s<", CC_SLT>;
    defm JSLE : JMP<JMP_JSLE, "s<=", CC_SLE>;
  }
  // JSET: jump if (dst & src) != 0. Selected from "(x & y) != 0" below.
  def JSET_rr : JMP_RR<CLS_JMP, JMP_JSET, "&", GPR, i64, CC_NE> {
    let Pattern = [];
    let CondCode = NoCondCode;
  }
  def JSET_ri : JMP_RI<CLS_JMP, JMP_JSET, "&", GPR, i64, s32imm, i64immSExt32,
                       CC_NE> {
    let Pattern = [];
    let CondCode = NoCondCode;
  }
  let Predicates = [HasALU32] in {
    def JSET_rr_32 : JMP_RR<CLS_JMP32, JMP_JSET, "&", GPR32, i32, CC_NE> {
      let Pattern = [];
      let CondCode = NoCondCode;
    }
    def JSET_ri_32 : JMP_RI<CLS_JMP32, JMP_JSET, "&", GPR32, i32, s32imm32,
                            i32immAny, CC_NE> {
      let Pattern = [];
      let CondCode = NoCondCode;
    }
  }
}

def : Pat<(CoreBPFbrcc (and i64:$a, i64:$b), (i64 0), CC_NE, bb:$d),
          (JSET_rr GPR:$a, GPR:$b, bb:$d)>;
def : Pat<(CoreBPFbrcc (and i64:$a, i64immSExt32:$b), (i64 0), CC_NE, bb:$d),
          (JSET_ri GPR:$a, i64immSExt32:$b, bb:$d)>;
let Predicates = [HasALU32] in {
  def : Pat<(CoreBPFbrcc (and i32:$a, i32:$b), (i32 0), CC_NE, bb:$d),
            (JSET_rr_32 GPR32:$a, GPR32:$b, bb:$d)>;
  def : Pat<(CoreBPFbrcc (and i32:$a, i32immAny:$b), (i32 0), CC_NE, bb:$d),
            (JSET_ri_32 GPR32:$a, i32immAny:$b, bb:$d)>;
}

let isBranch = 1, isTerminator = 1, isBarrier = 1, hasDelaySlot = 0 in {
  def JMP : OpSrcInst<CLS_JMP, JMP_JA.Value, SRC_K, (outs),
                      (ins brtarget:$BrDst), "goto $BrDst", [(br bb:$BrDst)]> {
    bits<16> BrDst;
    let Inst{47-32} = BrDst;
  }
  // cpu v4: the long form keeps the displacement in the immediate.
  let Predicates = [HasCPUv4] in
  def JMPL : OpSrcInst<CLS_JMP32, JMP_JA.Value, SRC_K, (outs),
                       (ins brtarget:$BrDst), "gotol $BrDst", []> {
    bits<32> BrDst;
    let Inst{31-0} = BrDst;
  }
}

// Calls. A helper is called by number (source register 0); a BPF function
// (BPF-to-BPF call, or an extern kfunc that libbpf resolves) through a
// relocated pc-relative immediate with source register 1.
let isCall = 1, hasDelaySlot = 0, Uses = [R10],
    Defs = [R0, R1, R2, R3, R4, R5] in {
  def CALL_HELPER : OpSrcInst<CLS_JMP, JMP_CALL.Value, SRC_K, (outs),
                              (ins helperid:$id), "call $id", []> {
    bits<32> id;
    let Inst{31-0} = id;
  }
  def CALL_FUNC : OpSrcInst<CLS_JMP, JMP_CALL.Value, SRC_K, (outs),
                            (ins calltarget:$callee), "call $callee", []> {
    bits<32> callee;
    let Inst{51-48} = 1;
    let Inst{31-0} = callee;
  }
}

// An indirect call through a register (the kernel does not accept it
// yet; the assembler reads and writes it as llvm-mc-19 does).
let isCall = 1, hasDelaySlot = 0, Uses = [R10],
    Defs = [R0, R1, R2, R3, R4, R5], isCodeGenOnly = 0 in
def CALLX : OpSrcInst<CLS_JMP, JMP_CALL.Value, SRC_X, (outs), (ins GPR:$dst),
                      "callx $dst", []> {
  bits<4> dst;
  let Inst{55-52} = dst;
}

// may_goto (kernel 6.9): a conditional jump the verifier decides, so that
// loops end when the kernel says so. Assembler only.
let isBranch = 1, isTerminator = 1, hasSideEffects = 1 in
def JCOND : OpSrcInst<CLS_JMP, JMP_JCOND.Value, SRC_K, (outs),
                      (ins brtarget:$BrDst), "may_goto $BrDst", []> {
  bits<16> BrDst;
  let Inst{47-32} = BrDst;
}

def : Pat<(CoreBPFcall tglobaladdr:$f), (CALL_FUNC tglobaladdr:$f)>;
def : Pat<(CoreBPFcall texternalsym:$f), (CALL_FUNC texternalsym:$f)>;
def : Pat<(CoreBPFcall imm:$id), (CALL_HELPER imm:$id)>;

let isReturn = 1, isTerminator = 1, hasDelaySlot = 0, isBarrier = 1,
    hasCtrlDep = 1 in
def EXIT : OpSrcInst<CLS_JMP, JMP_EXIT.Value, SRC_K, (outs), (ins), "exit",
                     [(CoreBPFret)]>;

//===----------------------------------------------------------------------===//
// Legacy packet loads
//===----------------------------------------------------------------------===//

// BPF_LD | BPF_ABS / BPF_IND (the llvm.bpf.load.{byte,half,word} intrinsics,
// `load_byte()` of old socket filters): r0 = the packet's byte, half or word
// at skb[imm] or skb[reg], in host order, read through the context, which
// must be in r6. Like a call, they clobber r1-r5 (and end the program with
// r0 = 0 when out of bounds). CoreBPFISelLowering.cpp puts the context in
// r6 and takes r0.
let Defs = [R0, R1, R2, R3, R4, R5], Uses = [R6], hasSideEffects = 1,
    mayLoad = 1 in {
  class LD_ABS<MemSize size, string ty>
      : MemInst<CLS_LD, MODE_ABS, size, (outs), (ins pktoff:$imm),
                "r0 = *(" # ty # " *)skb[$imm]", []> {
    bits<32> imm;
    let Inst{31-0} = imm;
  }
  class LD_IND<MemSize size, string ty>
      : MemInst<CLS_LD, MODE_IND, size, (outs), (ins GPR:$val),
                "r0 = *(" # ty # " *)skb[$val]", []> {
    bits<4> val;
    let Inst{51-48} = val;
  }
}
def LD_ABS_B : LD_ABS<SZ_B, "u8">;
def LD_ABS_H : LD_ABS<SZ_H, "u16">;
def LD_ABS_W : LD_ABS<SZ_W, "u32">;
def LD_IND_B : LD_IND<SZ_B, "u8">;
def LD_IND_H : LD_IND<SZ_H, "u16">;
def LD_IND_W : LD_IND<SZ_W, "u32">;

//===----------------------------------------------------------------------===//
// Loads and stores
//===----------------------------------------------------------------------===//

class LOAD<MemMode mode, MemSize size, string ty, RegisterClass RC,
           list<dag> pattern>
    : MemInst<CLS_LDX, mode, size, (outs RC:$dst), (ins memsrc:$addr),
              "$dst = *(" # ty # " *)($addr)", pattern> {
  bits<4> dst;
  bits<20> addr;
  let Inst{55-52} = dst;
  let Inst{51-48} = addr{19-16};
  let Inst{47-32} = addr{15-0};
  let mayLoad = 1;
}

class STORE<MemSize size, string ty, RegisterClass RC, list<dag> pattern>
    : MemInst<CLS_STX, MODE_MEM, size, (outs), (ins RC:$src, memsrc:$addr),
              "*(" # ty # " *)($addr) = $src", pattern> {
  bits<4> src;
  bits<20> addr;
  let Inst{55-52} = addr{19-16};
  let Inst{51-48} = src;
  let Inst{47-32} = addr{15-0};
  let mayStore = 1;
}

class STORE_IMM<MemSize size, string ty, Operand ImmOp, list<dag> pattern>
    : MemInst<CLS_ST, MODE_MEM, size, (outs), (ins ImmOp:$imm, memsrc:$addr),
              "*(" # ty # " *)($addr) = $imm", pattern> {
  bits<20> addr;
  bits<32> imm;
  let Inst{55-52} = addr{19-16};
  let Inst{47-32} = addr{15-0};
  let Inst{31-0} = imm;
  let mayStore = 1;
}

def LDD : LOAD<MODE_MEM, SZ_DW, "u64", GPR, [(set i64:$dst, (load ADDRri:$addr))]>;
def LDW : LOAD<MODE_MEM, SZ_W, "u32", GPR, [(set i64:$dst, (zextloadi32 ADDRri:$addr))]>;
def LDH : LOAD<MODE_MEM, SZ_H, "u16", GPR, [(set i64:$dst, (zextloadi16 ADDRri:$addr))]>;
def LDB : LOAD<MODE_MEM, SZ_B, "u8", GPR, [(set i64:$dst, (zextloadi8 ADDRri:$addr))]>;

let Predicates = [HasALU32] in {
  def LDW32 : LOAD<MODE_MEM, SZ_W, "u32", GPR32, [(set i32:$dst, (load ADDRri:$addr))]>;
  def LDH32 : LOAD<MODE_MEM, SZ_H, "u16", GPR32, [(set i32:$dst, (zextloadi16 ADDRri:$addr))]>;
  def LDB32 : LOAD<MODE_MEM, SZ_B, "u8", GPR32, [(set i32:$dst, (zextloadi8 ADDRri:$addr))]>;
}

let Predicates = [HasCPUv4] in {
  def LDWSX : LOAD<MODE_MEMSX, SZ_W, "s32", GPR, [(set i64:$dst, (sextloadi32 ADDRri:$addr))]>;
  def LDHSX : LOAD<MODE_MEMSX, SZ_H, "s16", GPR, [(set i64:$dst, (sextloadi16 ADDRri:$addr))]>;
  def LDBSX : LOAD<MODE_MEMSX, SZ_B, "s8", GPR, [(set i64:$dst, (sextloadi8 ADDRri:$addr))]>;
}
// Into a w register: the low half of the 64-bit sign-extending load.
let Predicates = [HasCPUv4, HasALU32] in {
  def : Pat<(i32 (sextloadi8 ADDRri:$a)), (EXTRACT_SUBREG (LDBSX ADDRri:$a), sub_32)>;
  def : Pat<(i32 (sextloadi16 ADDRri:$a)), (EXTRACT_SUBREG (LDHSX ADDRri:$a), sub_32)>;
}

def STD : STORE<SZ_DW, "u64", GPR, [(store i64:$src, ADDRri:$addr)]>;
def STW : STORE<SZ_W, "u32", GPR, [(truncstorei32 i64:$src, ADDRri:$addr)]>;
def STH : STORE<SZ_H, "u16", GPR, [(truncstorei16 i64:$src, ADDRri:$addr)]>;
def STB : STORE<SZ_B, "u8", GPR, [(truncstorei8 i64:$src, ADDRri:$addr)]>;

let Predicates = [HasALU32] in {
  def STW32 : STORE<SZ_W, "u32", GPR32, [(store i32:$src, ADDRri:$addr)]>;
  def STH32 : STORE<SZ_H, "u16", GPR32, [(truncstorei16 i32:$src, ADDRri:$addr)]>;
  def STB32 : STORE<SZ_B, "u8", GPR32, [(truncstorei8 i32:$src, ADDRri:$addr)]>;
}

// Stores of immediates (BPF_ST). Older verifiers did not track constants
// stored this way on the stack precisely, so they are used with cpu v4 only.
let Predicates = [HasCPUv4] in {
  def STD_imm : STORE_IMM<SZ_DW, "u64", s32imm, [(store (i64 i64immSExt32:$imm), ADDRri:$addr)]>;
  def STW_imm : STORE_IMM<SZ_W, "u32", s32imm, [(truncstorei32 (i64 i64immSExt32:$imm), ADDRri:$addr)]>;
  def STH_imm : STORE_IMM<SZ_H, "u16", s32imm, [(truncstorei16 (i64 i64immSExt32:$imm), ADDRri:$addr)]>;
  def STB_imm : STORE_IMM<SZ_B, "u8", s32imm, [(truncstorei8 (i64 i64immSExt32:$imm), ADDRri:$addr)]>;
  // The same encodings with an i32 value: for selection only, so that the
  // assembler has one instruction per form.
  let isCodeGenOnly = 1 in {
  def STW32_imm : STORE_IMM<SZ_W, "u32", s32imm32, [(store (i32 imm:$imm), ADDRri:$addr)]>;
  def STH32_imm : STORE_IMM<SZ_H, "u16", s32imm32, [(truncstorei16 (i32 imm:$imm), ADDRri:$addr)]>;
  def STB32_imm : STORE_IMM<SZ_B, "u8", s32imm32, [(truncstorei8 (i32 imm:$imm), ADDRri:$addr)]>;
  }
}

//===----------------------------------------------------------------------===//
// Atomics (STX | ATOMIC; the operation sits in the immediate)
//===----------------------------------------------------------------------===//

// Operation codes in the immediate: an ALU operation, optionally with the
// FETCH bit (0x01); XCHG and CMPXCHG always fetch.
defvar ATOMIC_FETCH = 0x01;
defvar ATOMIC_XCHG = 0xe1;
defvar ATOMIC_CMPXCHG = 0xf1;

// "lock *(u64 *)(r1 + 0) += r2": no result. The output register is tied to
// the value operand so that the node's (unused) result has a home; a
// post-selection check reports programs that use it.
class ATOMIC_NOFETCH<MemSize size, string ty, AluOp op, string opstr,
                     RegisterClass RC>
    : MemInst<CLS_STX, MODE_ATOMIC, size, (outs RC:$dst),
              (ins memsrc:$addr, RC:$val),
              "lock *(" # ty # " *)($addr) " # opstr # " $val", []> {
  bits<4> dst;
  bits<20> addr;
  let Inst{55-52} = addr{19-16};
  let Inst{51-48} = dst;
  let Inst{47-32} = addr{15-0};
  let Inst{31-0} = !shl(op.Value, 4);
  let Constraints = "$dst = $val";
  let mayLoad = 1;
  let mayStore = 1;
}

class ATOMIC_FETCH<MemSize size, bits<32> opcode, string asmstr,
                   RegisterClass RC>
    : MemInst<CLS_STX, MODE_ATOMIC, size, (outs RC:$dst),
              (ins memsrc:$addr, RC:$val), asmstr, []> {
  bits<4> dst;
  bits<20> addr;
  let Inst{55-52} = addr{19-16};
  let Inst{51-48} = dst;
  let Inst{47-32} = addr{15-0};
  let Inst{31-0} = opcode;
  let Constraints = "$dst = $val";
  let mayLoad = 1;
  let mayStore = 1;
}

multiclass ATOMIC_OP<AluOp op, string name, string opstr> {
  def D : ATOMIC_NOFETCH<SZ_DW, "u64", op, opstr, GPR>;
  def W : ATOMIC_NOFETCH<SZ_W, "u32", op, opstr, GPR>;
  let Predicates = [HasALU32] in
  def W32 : ATOMIC_NOFETCH<SZ_W, "u32", op, opstr, GPR32>;
  def FD : ATOMIC_FETCH<SZ_DW, !or(!shl(op.Value, 4), ATOMIC_FETCH),
                        "$dst = atomic_fetch_" # name # "((u64 *)($addr), $val)",
                        GPR>;
  def FW : ATOMIC_FETCH<SZ_W, !or(!shl(op.Value, 4), ATOMIC_FETCH),
                        "$dst = atomic_fetch_" # name # "((u32 *)($addr), $val)",
                        GPR>;
  let Predicates = [HasALU32] in
  def FW32 : ATOMIC_FETCH<SZ_W, !or(!shl(op.Value, 4), ATOMIC_FETCH),
                          "$dst = atomic_fetch_" # name # "((u32 *)($addr), $val)",
                          GPR32>;
}

defm AADD : ATOMIC_OP<ALU_ADD, "add", "+=">;
defm AAND : ATOMIC_OP<ALU_AND, "and", "&=">;
defm AOR : ATOMIC_OP<ALU_OR, "or", "|=">;
defm AXOR : ATOMIC_OP<ALU_XOR, "xor", "^=">;

def XCHGD : ATOMIC_FETCH<SZ_DW, ATOMIC_XCHG, "$dst = xchg_64($addr, $val)", GPR>;
def XCHGW : ATOMIC_FETCH<SZ_W, ATOMIC_XCHG, "$dst = xchg32_32($addr, $val)", GPR>;
let Predicates = [HasALU32] in
def XCHGW32 : ATOMIC_FETCH<SZ_W, ATOMIC_XCHG, "$dst = xchg32_32($addr, $val)", GPR32>;

// Compare-and-exchange compares with R0 (W0) and returns the old value there.
class CMPXCHG<MemSize size, string asmstr, RegisterClass RC, Register R0R,
              list<dag> pattern>
    : MemInst<CLS_STX, MODE_ATOMIC, size, (outs), (ins memsrc:$addr, RC:$new),
              asmstr, pattern> {
  bits<4> new;
  bits<20> addr;
  let Inst{55-52} = addr{19-16};
  let Inst{51-48} = new;
  let Inst{47-32} = addr{15-0};
  let Inst{31-0} = ATOMIC_CMPXCHG;
  let Defs = [R0R];
  let Uses = [R0R];
  let mayLoad = 1;
  let mayStore = 1;
}
let Predicates = [HasAtomicFetch] in
def CMPXCHGD : CMPXCHG<SZ_DW, "r0 = cmpxchg_64($addr, r0, $new)", GPR, R0,
    [(set R0, (atomic_cmp_swap_i64 ADDRri:$addr, R0, i64:$new))]>;
let Predicates = [HasAtomicFetch, HasALU32] in
def CMPXCHGW32 : CMPXCHG<SZ_W, "w0 = cmpxchg32_32($addr, w0, $new)", GPR32, W0,
    [(set W0, (atomic_cmp_swap_i32 ADDRri:$addr, W0, i32:$new))]>;

// Selection: fetch forms where the cpu has them, else the v1 add.
let Predicates = [HasAtomicFetch] in {
  def : Pat<(atomic_load_add_i64 ADDRri:$a, i64:$v), (AADDFD ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_and_i64 ADDRri:$a, i64:$v), (AANDFD ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_or_i64 ADDRri:$a, i64:$v), (AORFD ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_xor_i64 ADDRri:$a, i64:$v), (AXORFD ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_swap_i64 ADDRri:$a, i64:$v), (XCHGD ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_sub_i64 ADDRri:$a, i64:$v),
            (AADDFD ADDRri:$a, (NEG GPR:$v))>;
}
let Predicates = [HasAtomicFetch, HasALU32] in {
  def : Pat<(atomic_load_add_i32 ADDRri:$a, i32:$v), (AADDFW32 ADDRri:$a, GPR32:$v)>;
  def : Pat<(atomic_load_and_i32 ADDRri:$a, i32:$v), (AANDFW32 ADDRri:$a, GPR32:$v)>;
  def : Pat<(atomic_load_or_i32 ADDRri:$a, i32:$v), (AORFW32 ADDRri:$a, GPR32:$v)>;
  def : Pat<(atomic_load_xor_i32 ADDRri:$a, i32:$v), (AXORFW32 ADDRri:$a, GPR32:$v)>;
  def : Pat<(atomic_swap_i32 ADDRri:$a, i32:$v), (XCHGW32 ADDRri:$a, GPR32:$v)>;
  def : Pat<(atomic_load_sub_i32 ADDRri:$a, i32:$v),
            (AADDFW32 ADDRri:$a, (NEG_32 GPR32:$v))>;
}
// i32 atomics without ALU32 are promoted to i64 values on 32-bit memory.
let Predicates = [HasAtomicFetch, NoALU32] in {
  def : Pat<(atomic_load_add_i32 ADDRri:$a, i64:$v), (AADDFW ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_and_i32 ADDRri:$a, i64:$v), (AANDFW ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_or_i32 ADDRri:$a, i64:$v), (AORFW ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_xor_i32 ADDRri:$a, i64:$v), (AXORFW ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_swap_i32 ADDRri:$a, i64:$v), (XCHGW ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_sub_i32 ADDRri:$a, i64:$v),
            (AADDFW ADDRri:$a, (NEG GPR:$v))>;
}
let Predicates = [NoAtomicFetch] in {
  def : Pat<(atomic_load_add_i64 ADDRri:$a, i64:$v), (AADDD ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_add_i32 ADDRri:$a, i64:$v), (AADDW ADDRri:$a, GPR:$v)>;
  def : Pat<(atomic_load_sub_i64 ADDRri:$a, i64:$v),
            (AADDD ADDRri:$a, (NEG GPR:$v))>;
  def : Pat<(atomic_load_sub_i32 ADDRri:$a, i64:$v),
            (AADDW ADDRri:$a, (NEG GPR:$v))>;
}

//===----------------------------------------------------------------------===//
// Pseudo instructions
//===----------------------------------------------------------------------===//

let Defs = [R10], Uses = [R10], hasSideEffects = 1 in {
  def ADJCALLSTACKDOWN : Pseudo<(outs), (ins i64imm:$amt, i64imm:$amt2),
                                "#ADJCALLSTACKDOWN $amt $amt2",
                                [(callseq_start timm:$amt, timm:$amt2)]>;
  def ADJCALLSTACKUP : Pseudo<(outs), (ins i64imm:$amt1, i64imm:$amt2),
                              "#ADJCALLSTACKUP $amt1 $amt2",
                              [(callseq_end timm:$amt1, timm:$amt2)]>;
}

// The address of a stack object plus a constant; frame lowering turns it
// into "rX = r10; rX += offset" (CoreBPFRegisterInfo.cpp).
let isReMaterializable = 1, isAsCheapAsAMove = 1 in
def FI_ADDR : Pseudo<(outs GPR:$dst), (ins i64imm:$fi, i64imm:$off),
                     "# $dst = frame address $fi + $off", []>;

// BPF has no conditional move: selects become a diamond of branches in the
// custom inserter. One pseudo per (compared type, selected type) pair, with
// a register or an immediate on the right of the comparison.
multiclass SELECT<string suffix, RegisterClass CmpRC, ValueType CmpVT,
                  RegisterClass ValRC, ValueType ValVT, Operand ImmOp,
                  PatLeaf ImmLeaf> {
  def _rr#suffix : Pseudo<(outs ValRC:$dst),
      (ins CmpRC:$lhs, CmpRC:$rhs, i64imm:$cc, ValRC:$t, ValRC:$f),
      "# select pseudo",
      [(set ValVT:$dst, (CoreBPFselectcc CmpVT:$lhs, CmpVT:$rhs,
                                         (i64 imm:$cc), ValVT:$t, ValVT:$f))]>;
  def _ri#suffix : Pseudo<(outs ValRC:$dst),
      (ins CmpRC:$lhs, ImmOp:$rhs, i64imm:$cc, ValRC:$t, ValRC:$f),
      "# select pseudo",
      [(set ValVT:$dst, (CoreBPFselectcc CmpVT:$lhs, ImmLeaf:$rhs,
                                         (i64 imm:$cc), ValVT:$t, ValVT:$f))]>;
}

let usesCustomInserter = 1, isCodeGenOnly = 1 in {
  defm Select : SELECT<"_64_64", GPR, i64, GPR, i64, s32imm, i64immSExt32>;
  let Predicates = [HasALU32] in {
    defm Select : SELECT<"_64_32", GPR, i64, GPR32, i32, s32imm, i64immSExt32>;
    defm Select : SELECT<"_32_64", GPR32, i32, GPR, i64, s32imm32, i32immAny>;
    defm Select : SELECT<"_32_32", GPR32, i32, GPR32, i32, s32imm32, i32immAny>;
  }
}

//===----------------------------------------------------------------------===//
// Patterns
//===----------------------------------------------------------------------===//

// Addresses of globals and symbols: LD_IMM64 with a relocation.
def : Pat<(CoreBPFwrapper tglobaladdr:$g), (LD_imm64 tglobaladdr:$g)>;
def : Pat<(CoreBPFwrapper texternalsym:$s), (LD_imm64 texternalsym:$s)>;

// Extending loads that do not care about the upper bits.
def : Pat<(i64 (extloadi8 ADDRri:$a)), (LDB ADDRri:$a)>;
def : Pat<(i64 (extloadi16 ADDRri:$a)), (LDH ADDRri:$a)>;
def : Pat<(i64 (extloadi32 ADDRri:$a)), (LDW ADDRri:$a)>;
let Predicates = [HasALU32] in {
  def : Pat<(i32 (extloadi8 ADDRri:$a)), (LDB32 ADDRri:$a)>;
  def : Pat<(i32 (extloadi16 ADDRri:$a)), (LDH32 ADDRri:$a)>;
}

// Sign extension without cpu v4 is expanded to a shift pair by the
// legalizer (see CoreBPFISelLowering.cpp).

// 32-bit subregisters.
let Predicates = [HasALU32] in {
  def : Pat<(i32 (trunc i64:$s)), (EXTRACT_SUBREG GPR:$s, sub_32)>;
  def : Pat<(i64 (anyext i32:$s)),
            (INSERT_SUBREG (i64 (IMPLICIT_DEF)), GPR32:$s, sub_32)>;
  // Writing a w register zeroes the upper half, so a 32-bit move is an
  // explicit zero extension; a peephole drops it when the source already
  // came from a 32-bit operation.
  def : Pat<(i64 (zext i32:$s)),
            (SUBREG_TO_REG (i64 0), (MOV_rr_32 GPR32:$s), sub_32)>;
  def : Pat<(i64 (sext i32:$s)),
            (SRA_ri (SLL_ri (INSERT_SUBREG (i64 (IMPLICIT_DEF)), GPR32:$s,
                                           sub_32), 32), 32)>;
}
let Predicates = [HasALU32, HasCPUv4] in
def : Pat<(i64 (sext i32:$s)),
          (MOVSX_rr_32 (INSERT_SUBREG (i64 (IMPLICIT_DEF)), GPR32:$s, sub_32))>;

// Zero extension of the low 32 bits of a 64-bit register.
def : Pat<(i64 (and i64:$s, 0xffffffff)), (MOV_32_64 GPR:$s)>;

// Byte swaps. A little-endian target converts to big endian to swap; a
// big-endian target converts to little endian. cpu v4 has BSWAP for both.
multiclass BSWAPS<Instruction I16, Instruction I32, Instruction I64> {
  def : Pat<(bswap i64:$s), (I64 GPR:$s)>;
  def : Pat<(srl (bswap i64:$s), (i64 48)), (I16 GPR:$s)>;
  def : Pat<(srl (bswap i64:$s), (i64 32)), (I32 GPR:$s)>;
}
let Predicates = [IsLittleEndian, NoCPUv4] in defm : BSWAPS<BE16, BE32, BE64>;
let Predicates = [IsBigEndian, NoCPUv4] in defm : BSWAPS<LE16, LE32, LE64>;
let Predicates = [HasCPUv4] in defm : BSWAPS<BSWAP16, BSWAP32, BSWAP64>;

multiclass BSWAPS32<Instruction I16, Instruction I32> {
  def : Pat<(bswap i32:$s),
            (EXTRACT_SUBREG (I32 (INSERT_SUBREG (i64 (IMPLICIT_DEF)),
                                                GPR32:$s, sub_32)), sub_32)>;
  def : Pat<(srl (bswap i32:$s), (i32 16)),
            (EXTRACT_SUBREG (I16 (INSERT_SUBREG (i64 (IMPLICIT_DEF)),
                                                GPR32:$s, sub_32)), sub_32)>;
}
let Predicates = [HasALU32, IsLittleEndian, NoCPUv4] in defm : BSWAPS32<BE16, BE32>;
let Predicates = [HasALU32, IsBigEndian, NoCPUv4] in defm : BSWAPS32<LE16, LE32>;
let Predicates = [HasALU32, HasCPUv4] in defm : BSWAPS32<BSWAP16, BSWAP32>;
