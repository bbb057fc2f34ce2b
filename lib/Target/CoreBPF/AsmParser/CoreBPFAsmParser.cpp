// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//===- CoreBPFAsmParser.cpp - BPF assembly in llvm-objdump's syntax -------===//
//
// Parses the assembly corecc prints (the syntax llvm-objdump uses for BPF),
// so that inline assembly with instructions works:
//
//   asm volatile("r1 = %[ctx]\n\tr2 = %[map]\n\tr3 = %[slot]\n\tcall 12"
//                :: [ctx]"r"(ctx), [map]"r"(map), [slot]"i"(slot)
//                : "r0", "r1", "r2", "r3", "r4", "r5");
//
// (bpf_tail_call_static of libbpf's bpf_helpers.h). BPF statements are not
// "mnemonic operand, operand" but C-like assignments, so there is no
// TableGen matcher: each statement is read as a list of tokens and matched
// by hand against the forms below, which build the MCInst directly. The
// generic parser hands us the first token as the "name".
//
//   rD = rS | imm | imm ll | sym ll | -rD | (s8|s16|s32)rS
//   rD = be16|be32|be64|le16|le32|le64|bswap16|bswap32|bswap64 rD
//   rD op= rS | imm        op: + - * / % | & ^ << >> s>> s/ s%
//   rD = *(u8|u16|u32|u64|s8|s16|s32 *)(rB + off)
//   *(u8|u16|u32|u64 *)(rB + off) = rS | imm
//   lock *(u32|u64 *)(rB + off) += | &= | |= | ^= rS
//   rD = atomic_fetch_add|and|or|xor((u32|u64 *)(rB + off), rD)
//   rD = xchg_64(rB + off, rD)         wD = xchg32_32(rB + off, wD)
//   r0 = cmpxchg_64(rB + off, r0, rS)  w0 = cmpxchg32_32(rB + off, w0, wS)
//   if rA cc rB|imm goto target        cc: == != > >= < <= s> s>= s< s<= &
//   goto target | gotol target | may_goto target | call imm | call sym
//   callx rN | exit
//   r0 = *(u8|u16|u32 *)skb[imm | rN]  (legacy packet loads)
//   rD = addr_space_cast(rS, dst_as, src_as)
//
// An immediate is a constant expression with C's operators and precedence
// ("4 - 1", "(1 << 3) | 1"), as llvm-mc's BPF assembler reads it; a 32-bit
// immediate may be written signed or unsigned (0xffffffff is -1).
//
// w registers (wN) select the 32-bit forms. A jump target is a label, a
// local label ("1f", "1b") or a signed number of instructions ("goto +3").
//
//===----------------------------------------------------------------------===//

#include "MCTargetDesc/CoreBPFMCTargetDesc.h"
#include "TargetInfo/CoreBPFTargetInfo.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInst.h"
#include "llvm/MC/MCParser/MCAsmLexer.h"
#include "llvm/MC/MCParser/MCParsedAsmOperand.h"
#include "llvm/MC/MCParser/MCTargetAsmParser.h"
#include "llvm/MC/MCRegister.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"

using namespace llvm;

namespace {

/// The whole statement, already turned into an instruction.
class CoreBPFStatement : public MCParsedAsmOperand {
  SMLoc Start, End;

public:
  MCInst Inst;

  CoreBPFStatement(MCInst Inst, SMLoc Start, SMLoc End)
      : Start(Start), End(End), Inst(std::move(Inst)) {}

  bool isToken() const override { return false; }
  bool isImm() const override { return false; }
  bool isReg() const override { return false; }
  MCRegister getReg() const override { return MCRegister(); }
  bool isMem() const override { return false; }
  SMLoc getStartLoc() const override { return Start; }
  SMLoc getEndLoc() const override { return End; }
  void print(raw_ostream &OS) const override { OS << "<statement>"; }
};

/// One token of a statement: its text, and an expression when it is a
/// number or a symbol.
struct Tok {
  AsmToken::TokenKind Kind;
  std::string Text;
  SMLoc Loc;
  int64_t Int = 0;
};

class CoreBPFAsmParser : public MCTargetAsmParser {
  SmallVector<Tok, 16> Toks;
  size_t Pos = 0;
  SMLoc StmtLoc;

public:
  CoreBPFAsmParser(const MCSubtargetInfo &STI, MCAsmParser &Parser,
                   const MCInstrInfo &MII, const MCTargetOptions &Options)
      : MCTargetAsmParser(Options, STI, MII) {
    setAvailableFeatures(ComputeAvailableFeatures(STI.getFeatureBits()));
  }

  static FeatureBitset ComputeAvailableFeatures(const FeatureBitset &FB) {
    return FB;
  }

  bool parseRegister(MCRegister &Reg, SMLoc &StartLoc, SMLoc &EndLoc) override;
  ParseStatus tryParseRegister(MCRegister &Reg, SMLoc &StartLoc,
                               SMLoc &EndLoc) override;
  bool ParseInstruction(ParseInstructionInfo &Info, StringRef Name,
                        SMLoc NameLoc, OperandVector &Operands) override;
  bool MatchAndEmitInstruction(SMLoc IDLoc, unsigned &Opcode,
                               OperandVector &Operands, MCStreamer &Out,
                               uint64_t &ErrorInfo,
                               bool MatchingInlineAsm) override;
  void convertToMapAndConstraints(unsigned Kind,
                                  const OperandVector &Operands) override {}
  bool equalIsAsmAssignment() override { return false; }
  bool starIsStartOfStatement() override { return true; }

private:
  // Token cursor over the statement.
  const Tok &peek(size_t Ahead = 0) const {
    static const Tok EndTok{AsmToken::EndOfStatement, "", SMLoc()};
    return Pos + Ahead < Toks.size() ? Toks[Pos + Ahead] : EndTok;
  }
  bool atEnd() const { return Pos >= Toks.size(); }
  bool accept(StringRef Text) {
    if (atEnd() || peek().Text != Text)
      return false;
    ++Pos;
    return true;
  }
  bool expect(StringRef Text) {
    if (accept(Text))
      return true;
    return fail("expected '" + Text + "'");
  }
  bool fail(const Twine &Msg) {
    Error(atEnd() ? StmtLoc : peek().Loc, Msg);
    return false;
  }
  /// An error at the token just read.
  bool failPrev(const Twine &Msg) {
    Error(Pos ? Toks[Pos - 1].Loc : StmtLoc, Msg);
    return false;
  }
  SMLoc TypeLoc;

  bool readStatement(StringRef Name, SMLoc NameLoc);
  bool parseStatement(MCInst &Inst);
  bool parseAssignment(MCInst &Inst, MCRegister Dst);
  bool parseStore(MCInst &Inst);
  bool parseLock(MCInst &Inst);
  bool parseIf(MCInst &Inst);
  bool parseSkbLoad(MCInst &Inst, MCRegister Dst);

  /// rN or wN at the cursor.
  bool reg(MCRegister &R, bool &Is32);
  /// A constant expression (see the outline).
  bool imm(int64_t &V);
  /// A constant expression that fits an instruction's 32-bit immediate,
  /// given as the immediate operand (see asImm32).
  bool imm32(MCOperand &Op);
  bool unaryExpr(int64_t &V);
  bool binaryExpr(int64_t &V, int MinPrec);
  /// A label, a symbol or a signed instruction count.
  bool target(MCOperand &Op);
  /// "*(TYPE *)(rB + off)" without the leading "*" when InParens.
  bool memory(StringRef &Type, MCRegister &Base, int64_t &Off,
              bool Deref = true);
  bool baseOffset(MCRegister &Base, int64_t &Off);
};

} // namespace

static MCRegister regNamed(StringRef Name, bool &Is32) {
  if (Name.size() < 2 || (Name[0] != 'r' && Name[0] != 'w'))
    return MCRegister();
  unsigned N;
  if (Name.drop_front().getAsInteger(10, N) || N > 10)
    return MCRegister();
  static const MCPhysReg R[] = {CoreBPF::R0, CoreBPF::R1, CoreBPF::R2,
                                CoreBPF::R3, CoreBPF::R4, CoreBPF::R5,
                                CoreBPF::R6, CoreBPF::R7, CoreBPF::R8,
                                CoreBPF::R9, CoreBPF::R10};
  static const MCPhysReg W[] = {CoreBPF::W0, CoreBPF::W1, CoreBPF::W2,
                                CoreBPF::W3, CoreBPF::W4, CoreBPF::W5,
                                CoreBPF::W6, CoreBPF::W7, CoreBPF::W8,
                                CoreBPF::W9, CoreBPF::W10};
  Is32 = Name[0] == 'w';
  return Is32 ? W[N] : R[N];
}

bool CoreBPFAsmParser::parseRegister(MCRegister &Reg, SMLoc &StartLoc,
                                     SMLoc &EndLoc) {
  if (!tryParseRegister(Reg, StartLoc, EndLoc).isSuccess())
    return Error(StartLoc, "expected a register");
  return false;
}

ParseStatus CoreBPFAsmParser::tryParseRegister(MCRegister &Reg, SMLoc &StartLoc,
                                               SMLoc &EndLoc) {
  const AsmToken &T = getParser().getTok();
  StartLoc = T.getLoc();
  EndLoc = T.getEndLoc();
  bool Is32;
  if (T.isNot(AsmToken::Identifier) ||
      !(Reg = regNamed(T.getIdentifier(), Is32)))
    return ParseStatus::NoMatch;
  getParser().Lex();
  return ParseStatus::Success;
}

/// Reads the rest of the statement into Toks. Multi-character operators
/// arrive from the lexer in pieces ("s", ">>", "="; "<", "="); they are
/// joined so that matching sees "s>>=", "<=", "+=".
bool CoreBPFAsmParser::readStatement(StringRef Name, SMLoc NameLoc) {
  Toks.clear();
  Pos = 0;
  StmtLoc = NameLoc;
  Toks.push_back({AsmToken::Identifier, Name.str(), NameLoc});
  MCAsmParser &P = getParser();
  while (P.getTok().isNot(AsmToken::EndOfStatement) &&
         P.getTok().isNot(AsmToken::Eof)) {
    const AsmToken &T = P.getTok();
    Tok N{T.getKind(), T.getString().str(), T.getLoc()};
    if (T.is(AsmToken::Integer))
      N.Int = T.getIntVal();
    Toks.push_back(N);
    P.Lex();
  }
  // Join operator pieces: "s" ">>=" etc. The lexer gives "<<", ">>", "<=",
  // ">=", "==", "!=" as single tokens; "+=" comes as "+" "=".
  SmallVector<Tok, 16> Joined;
  for (size_t I = 0; I < Toks.size(); ++I) {
    Tok T = Toks[I];
    auto Next = [&](StringRef S) {
      return I + 1 < Toks.size() && Toks[I + 1].Text == S &&
             Toks[I + 1].Loc.getPointer() == T.Loc.getPointer() + T.Text.size();
    };
    static const char *const Ops[] = {"+", "-",  "*",  "/",   "%",  "|",
                                      "&", "^",  "<<", ">>",  "=",  "<",
                                      ">", "s>", "s<", "s>>", "s/", "s%"};
    bool Changed = true;
    while (Changed) {
      Changed = false;
      bool IsOp = T.Kind != AsmToken::Integer &&
                  (T.Text == "s" || llvm::is_contained(Ops, T.Text));
      if (!IsOp)
        break;
      for (StringRef S : {"=", ">", "<", ">>", ">=", "<=", "/", "%", "=="}) {
        if (Next(S)) {
          // "s" joins only an operator; "=" may follow any operator.
          T.Text += S.str();
          T.Kind = AsmToken::Identifier;
          ++I;
          Changed = true;
          break;
        }
      }
    }
    Joined.push_back(T);
  }
  Toks = std::move(Joined);
  return true;
}

bool CoreBPFAsmParser::reg(MCRegister &R, bool &Is32) {
  if (atEnd() || peek().Kind != AsmToken::Identifier ||
      !(R = regNamed(peek().Text, Is32)))
    return fail("expected a register");
  ++Pos;
  return true;
}

bool CoreBPFAsmParser::imm(int64_t &V) { return binaryExpr(V, 0); }

/// Binding strength of a binary operator, as in C; -1 for anything else.
static int precedence(StringRef Op) {
  return StringSwitch<int>(Op)
      .Cases("*", "/", "%", 10)
      .Cases("+", "-", 9)
      .Cases("<<", ">>", 8)
      .Case("&", 7)
      .Case("^", 6)
      .Case("|", 5)
      .Default(-1);
}

bool CoreBPFAsmParser::unaryExpr(int64_t &V) {
  if (accept("-")) {
    if (!unaryExpr(V))
      return false;
    V = static_cast<int64_t>(-static_cast<uint64_t>(V));
    return true;
  }
  if (accept("~")) {
    if (!unaryExpr(V))
      return false;
    V = ~V;
    return true;
  }
  accept("+");
  if (accept("("))
    return binaryExpr(V, 0) && expect(")");
  if (atEnd() || peek().Kind != AsmToken::Integer)
    return fail("expected a number");
  V = peek().Int;
  ++Pos;
  return true;
}

bool CoreBPFAsmParser::binaryExpr(int64_t &V, int MinPrec) {
  if (!unaryExpr(V))
    return false;
  while (!atEnd() && peek().Kind != AsmToken::Integer) {
    StringRef Op = peek().Text;
    int Prec = precedence(Op);
    if (Prec < 0 || Prec < MinPrec)
      break;
    ++Pos;
    int64_t R;
    if (!binaryExpr(R, Prec + 1))
      return false;
    uint64_t A = static_cast<uint64_t>(V), B = static_cast<uint64_t>(R);
    if ((Op == "/" || Op == "%") && R == 0)
      return failPrev("division by zero in an immediate");
    if (Op == "*")
      V = static_cast<int64_t>(A * B);
    else if (Op == "/")
      V = V / R;
    else if (Op == "%")
      V = V % R;
    else if (Op == "+")
      V = static_cast<int64_t>(A + B);
    else if (Op == "-")
      V = static_cast<int64_t>(A - B);
    else if (Op == "<<")
      V = static_cast<int64_t>(B < 64 ? A << B : 0);
    else if (Op == ">>")
      V = B < 64 ? V >> B : (V < 0 ? -1 : 0);
    else if (Op == "&")
      V &= R;
    else if (Op == "^")
      V ^= R;
    else
      V |= R;
  }
  return true;
}

/// A 32-bit immediate field takes a value written signed or unsigned; the
/// field holds its low 32 bits (sign-extended when the instruction widens).
static bool fitsImm32(int64_t V) { return isInt<32>(V) || isUInt<32>(V); }
static int64_t asImm32(int64_t V) {
  return static_cast<int32_t>(static_cast<uint32_t>(V));
}

bool CoreBPFAsmParser::imm32(MCOperand &Op) {
  int64_t V;
  if (!imm(V))
    return false;
  if (!fitsImm32(V))
    return failPrev("immediate does not fit 32 bits");
  Op = MCOperand::createImm(asImm32(V));
  return true;
}

bool CoreBPFAsmParser::target(MCOperand &Op) {
  // "1f" / "1b": the next / previous local label "1:".
  if (peek().Kind == AsmToken::Integer &&
      peek(1).Kind == AsmToken::Identifier &&
      (peek(1).Text == "f" || peek(1).Text == "b") &&
      peek(1).Loc.getPointer() ==
          peek().Loc.getPointer() + peek().Text.size()) {
    MCSymbol *Sym = getContext().getDirectionalLocalSymbol(
        peek().Int, /*Before=*/peek(1).Text == "b");
    Pos += 2;
    Op = MCOperand::createExpr(MCSymbolRefExpr::create(Sym, getContext()));
    return true;
  }
  if (peek().Text == "+" || peek().Text == "-" ||
      peek().Kind == AsmToken::Integer) {
    int64_t V;
    if (!imm(V))
      return false;
    Op = MCOperand::createImm(V);
    return true;
  }
  if (atEnd() ||
      (peek().Kind != AsmToken::Identifier && peek().Kind != AsmToken::String))
    return fail("expected a jump target");
  MCSymbol *Sym = getContext().getOrCreateSymbol(peek().Text);
  ++Pos;
  Op = MCOperand::createExpr(MCSymbolRefExpr::create(Sym, getContext()));
  return true;
}

bool CoreBPFAsmParser::baseOffset(MCRegister &Base, int64_t &Off) {
  bool Is32;
  if (!reg(Base, Is32))
    return false;
  if (Is32)
    return fail("the base of an address is an r register");
  Off = 0;
  if (peek().Text == "+" || peek().Text == "-") {
    if (!imm(Off))
      return false;
  }
  if (!isInt<16>(Off))
    return failPrev("offset does not fit 16 bits");
  return true;
}

// "*(TYPE *)(rB + off)", the "*" already consumed when Deref is false.
bool CoreBPFAsmParser::memory(StringRef &Type, MCRegister &Base, int64_t &Off,
                              bool Deref) {
  if (Deref && !expect("*"))
    return false;
  if (!expect("("))
    return false;
  if (atEnd())
    return fail("expected a type");
  TypeLoc = peek().Loc;
  Type = Toks[Pos++].Text;
  if (!expect("*") || !expect(")") || !expect("("))
    return false;
  return baseOffset(Base, Off) && expect(")");
}

namespace {
struct SizeOps {
  unsigned Load, Load32, LoadSX, Store, Store32, StoreImm;
};
} // namespace

static const SizeOps *sizeOps(StringRef Type, bool &Signed) {
  static const SizeOps B = {CoreBPF::LDB, CoreBPF::LDB32, CoreBPF::LDBSX,
                            CoreBPF::STB, CoreBPF::STB32, CoreBPF::STB_imm};
  static const SizeOps H = {CoreBPF::LDH, CoreBPF::LDH32, CoreBPF::LDHSX,
                            CoreBPF::STH, CoreBPF::STH32, CoreBPF::STH_imm};
  static const SizeOps W = {CoreBPF::LDW, CoreBPF::LDW32, CoreBPF::LDWSX,
                            CoreBPF::STW, CoreBPF::STW32, CoreBPF::STW_imm};
  static const SizeOps D = {CoreBPF::LDD, CoreBPF::LDD, 0,
                            CoreBPF::STD, CoreBPF::STD, CoreBPF::STD_imm};
  Signed = Type.starts_with("s");
  return StringSwitch<const SizeOps *>(Type)
      .Cases("u8", "s8", &B)
      .Cases("u16", "s16", &H)
      .Cases("u32", "s32", &W)
      .Case("u64", &D)
      .Default(nullptr);
}

/// ALU opcodes by operator: {64 reg, 64 imm, 32 reg, 32 imm}.
static const unsigned *aluOps(StringRef Op) {
#define ROW(N)                                                                 \
  {CoreBPF::N##_rr, CoreBPF::N##_ri, CoreBPF::N##_rr_32, CoreBPF::N##_ri_32}
  static const unsigned Add[] = ROW(ADD), Sub[] = ROW(SUB), Mul[] = ROW(MUL),
                        Div[] = ROW(DIV), Mod[] = ROW(MOD), Or[] = ROW(OR),
                        And[] = ROW(AND), Xor[] = ROW(XOR), Shl[] = ROW(SLL),
                        Shr[] = ROW(SRL), Sra[] = ROW(SRA), SDiv[] = ROW(SDIV),
                        SMod[] = ROW(SMOD);
#undef ROW
  return StringSwitch<const unsigned *>(Op)
      .Case("+=", Add)
      .Case("-=", Sub)
      .Case("*=", Mul)
      .Case("/=", Div)
      .Case("%=", Mod)
      .Case("|=", Or)
      .Case("&=", And)
      .Case("^=", Xor)
      .Case("<<=", Shl)
      .Case(">>=", Shr)
      .Case("s>>=", Sra)
      .Case("s/=", SDiv)
      .Case("s%=", SMod)
      .Default(nullptr);
}

/// Conditional jumps by condition: {64 reg, 64 imm, 32 reg, 32 imm}.
static const unsigned *jumpOps(StringRef Cond) {
#define ROW(N)                                                                 \
  {CoreBPF::N##_rr, CoreBPF::N##_ri, CoreBPF::N##_rr_32, CoreBPF::N##_ri_32}
  static const unsigned Eq[] = ROW(JEQ), Ne[] = ROW(JNE), Gt[] = ROW(JUGT),
                        Ge[] = ROW(JUGE), Lt[] = ROW(JULT), Le[] = ROW(JULE),
                        SGt[] = ROW(JSGT), SGe[] = ROW(JSGE), SLt[] = ROW(JSLT),
                        SLe[] = ROW(JSLE), Set[] = ROW(JSET);
#undef ROW
  return StringSwitch<const unsigned *>(Cond)
      .Case("==", Eq)
      .Case("!=", Ne)
      .Case(">", Gt)
      .Case(">=", Ge)
      .Case("<", Lt)
      .Case("<=", Le)
      .Case("s>", SGt)
      .Case("s>=", SGe)
      .Case("s<", SLt)
      .Case("s<=", SLe)
      .Case("&", Set)
      .Default(nullptr);
}

bool CoreBPFAsmParser::parseIf(MCInst &Inst) {
  MCRegister A;
  bool A32;
  if (!reg(A, A32))
    return false;
  if (atEnd())
    return fail("expected a comparison");
  const unsigned *Ops = jumpOps(peek().Text);
  if (!Ops)
    return fail("expected a comparison");
  ++Pos;
  MCRegister B;
  bool B32 = false;
  int64_t V = 0;
  bool IsReg = !atEnd() && peek().Kind == AsmToken::Identifier &&
               regNamed(peek().Text, B32);
  if (IsReg ? !reg(B, B32) : !imm(V))
    return false;
  if (!IsReg && !fitsImm32(V))
    return failPrev("immediate does not fit 32 bits");
  if (IsReg && A32 != B32)
    return failPrev("both operands of a comparison have the same width");
  MCOperand T;
  if (!expect("goto") || !target(T))
    return false;
  Inst.setOpcode(Ops[(A32 ? 2 : 0) + (IsReg ? 0 : 1)]);
  Inst.addOperand(MCOperand::createReg(A));
  Inst.addOperand(IsReg ? MCOperand::createReg(B)
                        : MCOperand::createImm(asImm32(V)));
  Inst.addOperand(T);
  return true;
}

bool CoreBPFAsmParser::parseStore(MCInst &Inst) {
  StringRef Type;
  MCRegister Base;
  int64_t Off;
  bool Signed;
  if (!memory(Type, Base, Off, /*Deref=*/false) || !expect("="))
    return false;
  const SizeOps *S = sizeOps(Type, Signed);
  if (!S || Signed) {
    Error(TypeLoc, "expected u8, u16, u32 or u64");
    return false;
  }
  MCRegister Src;
  bool Is32;
  if (!atEnd() && peek().Kind == AsmToken::Identifier &&
      regNamed(peek().Text, Is32)) {
    reg(Src, Is32);
    Inst.setOpcode(Is32 ? S->Store32 : S->Store);
    Inst.addOperand(MCOperand::createReg(Src));
  } else {
    MCOperand Imm;
    if (!imm32(Imm))
      return false;
    Inst.setOpcode(S->StoreImm);
    Inst.addOperand(Imm);
  }
  Inst.addOperand(MCOperand::createReg(Base));
  Inst.addOperand(MCOperand::createImm(Off));
  return true;
}

bool CoreBPFAsmParser::parseLock(MCInst &Inst) {
  StringRef Type;
  MCRegister Base, Val;
  int64_t Off;
  bool Is32;
  if (!memory(Type, Base, Off) || atEnd())
    return false;
  StringRef Op = peek().Text;
  ++Pos;
  if (!reg(Val, Is32))
    return false;
  unsigned Opc = 0;
  bool W = Type == "u32";
  if (Type != "u32" && Type != "u64")
    return fail("atomic operations are on u32 or u64");
#define PICK(N) (W ? (Is32 ? CoreBPF::N##W32 : CoreBPF::N##W) : CoreBPF::N##D)
  if (Op == "+=")
    Opc = PICK(AADD);
  else if (Op == "&=")
    Opc = PICK(AAND);
  else if (Op == "|=")
    Opc = PICK(AOR);
  else if (Op == "^=")
    Opc = PICK(AXOR);
#undef PICK
  if (!Opc)
    return fail("expected +=, &=, |= or ^=");
  Inst.setOpcode(Opc);
  Inst.addOperand(MCOperand::createReg(Val)); // the (unused) result
  Inst.addOperand(MCOperand::createReg(Base));
  Inst.addOperand(MCOperand::createImm(Off));
  Inst.addOperand(MCOperand::createReg(Val));
  return true;
}

bool CoreBPFAsmParser::parseAssignment(MCInst &Inst, MCRegister Dst) {
  bool Dst32 = CoreBPF::W0 <= Dst && Dst <= CoreBPF::W10;
  if (atEnd())
    return fail("expected an operator");
  StringRef Op = peek().Text;
  ++Pos;
  MCOperand D = MCOperand::createReg(Dst);

  // rD op= rS | imm
  if (const unsigned *Ops = aluOps(Op)) {
    MCRegister Src;
    bool Src32;
    Inst.addOperand(D);
    Inst.addOperand(D);
    if (!atEnd() && peek().Kind == AsmToken::Identifier &&
        regNamed(peek().Text, Src32)) {
      reg(Src, Src32);
      if (Src32 != Dst32)
        return failPrev("both operands have the same width");
      Inst.setOpcode(Ops[Dst32 ? 2 : 0]);
      Inst.addOperand(MCOperand::createReg(Src));
      return true;
    }
    MCOperand Imm;
    if (!imm32(Imm))
      return false;
    Inst.setOpcode(Ops[Dst32 ? 3 : 1]);
    Inst.addOperand(Imm);
    return true;
  }
  if (Op != "=")
    return fail("expected an assignment operator");

  Inst.addOperand(D);
  // rD = -rD
  if (peek().Text == "-" && peek(1).Kind == AsmToken::Identifier) {
    bool S32;
    if (regNamed(peek(1).Text, S32)) {
      ++Pos;
      MCRegister S;
      reg(S, S32);
      if (S != Dst)
        return fail("negation is in place: rD = -rD");
      Inst.setOpcode(Dst32 ? CoreBPF::NEG_32 : CoreBPF::NEG);
      Inst.addOperand(D);
      return true;
    }
  }
  // r0 = *(TYPE *)skb[imm | rN]: a legacy packet load.
  if (peek().Text == "*" && peek(1).Text == "(" && peek(3).Text == "*" &&
      peek(4).Text == ")" && peek(5).Text == "skb")
    return parseSkbLoad(Inst, Dst);
  // rD = *(TYPE *)(rB + off)
  if (accept("*")) {
    StringRef Type;
    MCRegister Base;
    int64_t Off;
    bool Signed;
    if (!memory(Type, Base, Off, /*Deref=*/false))
      return false;
    const SizeOps *S = sizeOps(Type, Signed);
    if (!S) {
      Error(TypeLoc, "expected u8 .. u64 or s8 .. s32");
      return false;
    }
    unsigned Opc = Signed ? S->LoadSX : (Dst32 ? S->Load32 : S->Load);
    if (!Opc || (Signed && Dst32) || (Dst32 && Type == "u64"))
      return fail("no such load");
    Inst.setOpcode(Opc);
    Inst.addOperand(MCOperand::createReg(Base));
    Inst.addOperand(MCOperand::createImm(Off));
    return true;
  }
  // rD = (s8)rS
  if (peek().Text == "(" && peek(1).Kind == AsmToken::Identifier &&
      peek(2).Text == ")") {
    StringRef T = peek(1).Text;
    unsigned Opc =
        StringSwitch<unsigned>(T)
            .Case("s8", Dst32 ? CoreBPF::MOVSX_rr_32_8 : CoreBPF::MOVSX_rr_8)
            .Case("s16", Dst32 ? CoreBPF::MOVSX_rr_32_16 : CoreBPF::MOVSX_rr_16)
            .Case("s32", Dst32 ? 0 : CoreBPF::MOVSX_rr_32)
            .Default(0);
    if (!Opc)
      return fail("expected (s8), (s16) or (s32)");
    Pos += 3;
    MCRegister S;
    bool S32;
    if (!reg(S, S32))
      return false;
    Inst.setOpcode(Opc);
    Inst.addOperand(MCOperand::createReg(S));
    return true;
  }
  if (!atEnd() && peek().Kind == AsmToken::Identifier) {
    StringRef Word = peek().Text;
    // Byte swaps.
    unsigned Swap = StringSwitch<unsigned>(Word)
                        .Case("be16", CoreBPF::BE16)
                        .Case("be32", CoreBPF::BE32)
                        .Case("be64", CoreBPF::BE64)
                        .Case("le16", CoreBPF::LE16)
                        .Case("le32", CoreBPF::LE32)
                        .Case("le64", CoreBPF::LE64)
                        .Case("bswap16", CoreBPF::BSWAP16)
                        .Case("bswap32", CoreBPF::BSWAP32)
                        .Case("bswap64", CoreBPF::BSWAP64)
                        .Default(0);
    if (Swap) {
      ++Pos;
      MCRegister S;
      bool S32;
      if (!reg(S, S32))
        return false;
      if (S != Dst || Dst32)
        return fail("byte swaps are in place on r registers: rD = be16 rD");
      Inst.setOpcode(Swap);
      Inst.addOperand(D);
      return true;
    }
    // Atomic fetch operations, xchg and cmpxchg.
    unsigned FetchOp = StringSwitch<unsigned>(Word)
                           .Case("atomic_fetch_add", 1)
                           .Case("atomic_fetch_and", 2)
                           .Case("atomic_fetch_or", 3)
                           .Case("atomic_fetch_xor", 4)
                           .Default(0);
    if (FetchOp) {
      ++Pos;
      StringRef Type;
      MCRegister Base, Val;
      int64_t Off;
      bool V32;
      if (!expect("(") || !memory(Type, Base, Off, /*Deref=*/false) ||
          !expect(",") || !reg(Val, V32) || !expect(")"))
        return false;
      if (Val != Dst)
        return fail("the fetched value replaces the operand: rD = "
                    "atomic_fetch_add((u64 *)(rB + off), rD)");
      bool W = Type == "u32";
      static const unsigned D64[] = {CoreBPF::AADDFD, CoreBPF::AANDFD,
                                     CoreBPF::AORFD, CoreBPF::AXORFD};
      static const unsigned W64[] = {CoreBPF::AADDFW, CoreBPF::AANDFW,
                                     CoreBPF::AORFW, CoreBPF::AXORFW};
      static const unsigned W32[] = {CoreBPF::AADDFW32, CoreBPF::AANDFW32,
                                     CoreBPF::AORFW32, CoreBPF::AXORFW32};
      Inst.setOpcode(W ? (V32 ? W32 : W64)[FetchOp - 1] : D64[FetchOp - 1]);
      Inst.addOperand(MCOperand::createReg(Base));
      Inst.addOperand(MCOperand::createImm(Off));
      Inst.addOperand(D);
      return true;
    }
    // rD = addr_space_cast(rS, dst_as, src_as)
    if (Word == "addr_space_cast") {
      ++Pos;
      MCRegister Src;
      bool S32;
      int64_t DstAS, SrcAS;
      if (!expect("(") || !reg(Src, S32) || !expect(",") || !imm(DstAS) ||
          !expect(",") || !imm(SrcAS) || !expect(")"))
        return false;
      if (Dst32 || S32)
        return fail("addr_space_cast converts r registers");
      if (!isUInt<16>(DstAS) || !isUInt<16>(SrcAS))
        return fail("address spaces are 16-bit numbers");
      Inst.setOpcode(CoreBPF::ADDR_SPACE_CAST);
      Inst.addOperand(MCOperand::createReg(Src));
      Inst.addOperand(MCOperand::createImm(DstAS));
      Inst.addOperand(MCOperand::createImm(SrcAS));
      return true;
    }
    if (Word == "xchg_64" || Word == "xchg32_32" || Word == "cmpxchg_64" ||
        Word == "cmpxchg32_32") {
      ++Pos;
      bool Cmp = Word.starts_with("cmp");
      bool W = Word.ends_with("_32");
      MCRegister Base, A, B;
      int64_t Off;
      bool A32, B32;
      if (!expect("(") || !baseOffset(Base, Off) || !expect(",") ||
          !reg(A, A32))
        return false;
      if (Cmp && (!expect(",") || !reg(B, B32)))
        return false;
      if (!expect(")"))
        return false;
      if (Cmp) {
        if (Dst != (W ? CoreBPF::W0 : CoreBPF::R0) || A != Dst)
          return fail("cmpxchg compares with and returns in r0 (w0)");
        Inst.clear();
        Inst.setOpcode(W ? CoreBPF::CMPXCHGW32 : CoreBPF::CMPXCHGD);
        Inst.addOperand(MCOperand::createReg(Base));
        Inst.addOperand(MCOperand::createImm(Off));
        Inst.addOperand(MCOperand::createReg(B));
        return true;
      }
      if (A != Dst)
        return fail("xchg exchanges the destination register");
      Inst.setOpcode(W ? (A32 ? CoreBPF::XCHGW32 : CoreBPF::XCHGW)
                       : CoreBPF::XCHGD);
      Inst.addOperand(MCOperand::createReg(Base));
      Inst.addOperand(MCOperand::createImm(Off));
      Inst.addOperand(D);
      return true;
    }
    // rD = rS
    bool S32;
    if (regNamed(Word, S32)) {
      MCRegister S;
      reg(S, S32);
      if (S32 != Dst32)
        return failPrev("both registers have the same width");
      Inst.setOpcode(Dst32 ? CoreBPF::MOV_rr_32 : CoreBPF::MOV_rr);
      Inst.addOperand(MCOperand::createReg(S));
      return true;
    }
    // rD = sym ll
    if (peek(1).Text == "ll" && !Dst32) {
      MCOperand T;
      target(T);
      ++Pos;
      Inst.setOpcode(CoreBPF::LD_imm64);
      Inst.addOperand(T);
      return true;
    }
    return fail("unknown operand '" + Word + "'");
  }
  // rD = imm [ll]
  int64_t V;
  if (!imm(V))
    return false;
  if (accept("ll")) {
    if (Dst32)
      return fail("64-bit immediates go to r registers");
    Inst.setOpcode(CoreBPF::LD_imm64);
  } else {
    if (!fitsImm32(V))
      return failPrev("immediate does not fit 32 bits (use 'll')");
    V = asImm32(V);
    Inst.setOpcode(Dst32 ? CoreBPF::MOV_ri_32 : CoreBPF::MOV_ri);
  }
  Inst.addOperand(MCOperand::createImm(V));
  return true;
}

bool CoreBPFAsmParser::parseSkbLoad(MCInst &Inst, MCRegister Dst) {
  Pos += 2; // "*", "("
  TypeLoc = peek().Loc;
  StringRef Type = Toks[Pos++].Text;
  Pos += 3; // "*", ")", "skb"
  int Size = StringSwitch<int>(Type)
                 .Case("u8", 0)
                 .Case("u16", 1)
                 .Case("u32", 2)
                 .Default(-1);
  if (Size < 0) {
    Error(TypeLoc, "legacy packet loads are of u8, u16 or u32");
    return false;
  }
  if (Dst != CoreBPF::R0)
    return fail("legacy packet loads write r0");
  if (!expect("["))
    return false;
  bool Is32;
  if (!atEnd() && peek().Kind == AsmToken::Identifier &&
      regNamed(peek().Text, Is32)) {
    MCRegister Off;
    reg(Off, Is32);
    if (Is32)
      return failPrev("the offset of a packet load is an r register");
    static const unsigned Ind[] = {CoreBPF::LD_IND_B, CoreBPF::LD_IND_H,
                                   CoreBPF::LD_IND_W};
    Inst.clear();
    Inst.setOpcode(Ind[Size]);
    Inst.addOperand(MCOperand::createReg(Off));
  } else {
    MCOperand Imm;
    if (!imm32(Imm))
      return false;
    static const unsigned Abs[] = {CoreBPF::LD_ABS_B, CoreBPF::LD_ABS_H,
                                   CoreBPF::LD_ABS_W};
    Inst.clear();
    Inst.setOpcode(Abs[Size]);
    Inst.addOperand(Imm);
  }
  return expect("]");
}

bool CoreBPFAsmParser::parseStatement(MCInst &Inst) {
  if (accept("exit")) {
    Inst.setOpcode(CoreBPF::EXIT);
    return true;
  }
  if (accept("may_goto")) {
    MCOperand T;
    if (!target(T))
      return false;
    Inst.setOpcode(CoreBPF::JCOND);
    Inst.addOperand(T);
    return true;
  }
  if (accept("callx")) {
    MCRegister R;
    bool Is32;
    if (!reg(R, Is32))
      return false;
    if (Is32)
      return failPrev("callx calls through an r register");
    Inst.setOpcode(CoreBPF::CALLX);
    Inst.addOperand(MCOperand::createReg(R));
    return true;
  }
  if (accept("goto") || peek().Text == "gotol") {
    bool Long = accept("gotol");
    MCOperand T;
    if (!target(T))
      return false;
    Inst.setOpcode(Long ? CoreBPF::JMPL : CoreBPF::JMP);
    Inst.addOperand(T);
    return true;
  }
  if (accept("call")) {
    if (!atEnd() && peek().Kind == AsmToken::Integer) {
      Inst.setOpcode(CoreBPF::CALL_HELPER);
      Inst.addOperand(MCOperand::createImm(peek().Int));
      ++Pos;
      return true;
    }
    MCOperand T;
    if (!target(T))
      return false;
    Inst.setOpcode(CoreBPF::CALL_FUNC);
    Inst.addOperand(T);
    return true;
  }
  if (accept("if"))
    return parseIf(Inst);
  if (accept("lock"))
    return parseLock(Inst);
  if (accept("*"))
    return parseStore(Inst);
  MCRegister Dst;
  bool Is32;
  if (!reg(Dst, Is32))
    return false;
  return parseAssignment(Inst, Dst);
}

bool CoreBPFAsmParser::ParseInstruction(ParseInstructionInfo &Info,
                                        StringRef Name, SMLoc NameLoc,
                                        OperandVector &Operands) {
  readStatement(Name, NameLoc);
  MCInst Inst;
  Inst.setLoc(NameLoc);
  if (!parseStatement(Inst))
    return true;
  if (!atEnd())
    return Error(peek().Loc, "unexpected '" + peek().Text + "'");
  SMLoc End = Toks.empty() ? NameLoc : Toks.back().Loc;
  Operands.push_back(
      std::make_unique<CoreBPFStatement>(std::move(Inst), NameLoc, End));
  // The generic parser expects the end of the statement to be consumed.
  getParser().Lex();
  return false;
}

bool CoreBPFAsmParser::MatchAndEmitInstruction(SMLoc IDLoc, unsigned &Opcode,
                                               OperandVector &Operands,
                                               MCStreamer &Out,
                                               uint64_t &ErrorInfo,
                                               bool MatchingInlineAsm) {
  auto &S = static_cast<CoreBPFStatement &>(*Operands[0]);
  Opcode = S.Inst.getOpcode();
  Out.emitInstruction(S.Inst, getSTI());
  return false;
}

extern "C" void LLVMInitializeCoreBPFAsmParser() {
  static bool Done = false;
  if (Done)
    return;
  Done = true;
  RegisterMCAsmParser<CoreBPFAsmParser> X(getTheCoreBPFTarget());
}
