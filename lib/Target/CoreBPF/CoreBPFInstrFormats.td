// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFInstrFormats.td - BPF instruction encoding ---*- tablegen -*-===//
//
// Every BPF instruction is one 64-bit slot (LD_IMM64 takes two):
//
//   63      56 55   52 51   48 47          32 31                   0
//  +----------+-------+-------+--------------+----------------------+
//  |  opcode  |  dst  |  src  |    offset    |      immediate       |
//  +----------+-------+-------+--------------+----------------------+
//
// The opcode's low three bits are the instruction class. For arithmetic and
// jumps the rest is an operation (4 bits) and a source bit (K: immediate,
// X: register); for loads and stores it is a mode (3 bits) and a size
// (2 bits). Each of those fields has its own small class below, named as in
// the kernel's instruction-set document, and the base class places them.
//
// The field order above is the order of bits in Inst, not in memory: the
// code emitter writes offset and immediate in the target's byte order and
// swaps the two register nibbles on little-endian targets.
//
//===----------------------------------------------------------------------===//

class OpClass<bits<3> v> { bits<3> Value = v; }
def CLS_LD    : OpClass<0x0>;
def CLS_LDX   : OpClass<0x1>;
def CLS_ST    : OpClass<0x2>;
def CLS_STX   : OpClass<0x3>;
def CLS_ALU   : OpClass<0x4>;
def CLS_JMP   : OpClass<0x5>;
def CLS_JMP32 : OpClass<0x6>;
def CLS_ALU64 : OpClass<0x7>;

class SrcKind<bits<1> v> { bits<1> Value = v; }
def SRC_K : SrcKind<0>;   // immediate operand
def SRC_X : SrcKind<1>;   // register operand

class AluOp<bits<4> v> { bits<4> Value = v; }
def ALU_ADD  : AluOp<0x0>;
def ALU_SUB  : AluOp<0x1>;
def ALU_MUL  : AluOp<0x2>;
def ALU_DIV  : AluOp<0x3>;
def ALU_OR   : AluOp<0x4>;
def ALU_AND  : AluOp<0x5>;
def ALU_LSH  : AluOp<0x6>;
def ALU_RSH  : AluOp<0x7>;
def ALU_NEG  : AluOp<0x8>;
def ALU_MOD  : AluOp<0x9>;
def ALU_XOR  : AluOp<0xa>;
def ALU_MOV  : AluOp<0xb>;
def ALU_ARSH : AluOp<0xc>;
def ALU_END  : AluOp<0xd>;

class JmpOp<bits<4> v> { bits<4> Value = v; }
def JMP_JA   : JmpOp<0x0>;
def JMP_JEQ  : JmpOp<0x1>;
def JMP_JGT  : JmpOp<0x2>;
def JMP_JGE  : JmpOp<0x3>;
def JMP_JSET : JmpOp<0x4>;
def JMP_JNE  : JmpOp<0x5>;
def JMP_JSGT : JmpOp<0x6>;
def JMP_JSGE : JmpOp<0x7>;
def JMP_CALL : JmpOp<0x8>;
def JMP_EXIT : JmpOp<0x9>;
def JMP_JLT  : JmpOp<0xa>;
def JMP_JLE  : JmpOp<0xb>;
def JMP_JSLT : JmpOp<0xc>;
def JMP_JSLE : JmpOp<0xd>;
def JMP_JCOND : JmpOp<0xe>; // may_goto

class MemSize<bits<2> v> { bits<2> Value = v; }
def SZ_W  : MemSize<0x0>;
def SZ_H  : MemSize<0x1>;
def SZ_B  : MemSize<0x2>;
def SZ_DW : MemSize<0x3>;

class MemMode<bits<3> v> { bits<3> Value = v; }
def MODE_IMM    : MemMode<0x0>;
def MODE_ABS    : MemMode<0x1>; // legacy packet loads: skb[imm]
def MODE_IND    : MemMode<0x2>; //                      skb[reg]
def MODE_MEM    : MemMode<0x3>;
def MODE_MEMSX  : MemMode<0x4>;
def MODE_ATOMIC : MemMode<0x6>;

// Base class: places dst/src/offset/imm; subclasses fill the opcode byte.
class CoreBPFInst<dag outs, dag ins, string asmstr, list<dag> pattern>
    : Instruction {
  field bits<64> Inst;
  field bits<64> SoftFail = 0;
  let Size = 8;
  let Namespace = "CoreBPF";
  let OutOperandList = outs;
  let InOperandList = ins;
  let AsmString = asmstr;
  let Pattern = pattern;

  OpClass Cls = CLS_LD;
  let Inst{58-56} = Cls.Value;
}

// Arithmetic and jumps: opcode = op(4) | source(1) | class(3).
class OpSrcInst<OpClass cls, bits<4> op, SrcKind src, dag outs, dag ins,
                string asmstr, list<dag> pattern>
    : CoreBPFInst<outs, ins, asmstr, pattern> {
  let Cls = cls;
  let Inst{63-60} = op;
  let Inst{59} = src.Value;
}

// Loads and stores: opcode = mode(3) | size(2) | class(3).
class MemInst<OpClass cls, MemMode mode, MemSize size, dag outs, dag ins,
              string asmstr, list<dag> pattern>
    : CoreBPFInst<outs, ins, asmstr, pattern> {
  let Cls = cls;
  let Inst{63-61} = mode.Value;
  let Inst{60-59} = size.Value;
}

class Pseudo<dag outs, dag ins, string asmstr, list<dag> pattern>
    : CoreBPFInst<outs, ins, asmstr, pattern> {
  let Inst{63-0} = 0;
  let isPseudo = 1;
  let isCodeGenOnly = 1;
}
